/**
 * A few DOM helpers. Text is always inserted as text nodes: nothing here ever parses a string as
 * HTML, so a project named "<img src=x onerror=…>" shows as those characters.
 */
export type Child = Node | string | null | undefined | false;

export interface Props {
  readonly className?: string;
  readonly id?: string;
  readonly type?: string;
  readonly title?: string;
  readonly hidden?: boolean;
  /** Other attributes (aria-*, role, for, name …), set with setAttribute. */
  readonly attrs?: Readonly<Record<string, string>>;
  readonly onClick?: (event: MouseEvent) => void;
}

export function appendChildren(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? parent.ownerDocument!.createTextNode(child) : child);
  }
}

/** An element with properties and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  if (props.className) el.className = props.className;
  if (props.id) el.id = props.id;
  if (props.type) el.setAttribute("type", props.type);
  if (props.title) el.title = props.title;
  if (props.hidden) el.setAttribute("hidden", "");
  if (props.attrs) {
    for (const name of Object.keys(props.attrs)) {
      const value = props.attrs[name];
      if (value !== undefined) el.setAttribute(name, value);
    }
  }
  if (props.onClick) el.addEventListener("click", props.onClick as EventListener);
  appendChildren(el, children);
  return el;
}

/** Removes every child of `el` (IE11 has no `replaceChildren`). */
export function clear(el: Node): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** Replaces the children of `el`. */
export function replaceChildren(el: Node, ...children: Child[]): void {
  clear(el);
  appendChildren(el, children);
}

export function setHidden(el: HTMLElement, hidden: boolean): void {
  if (hidden) el.setAttribute("hidden", "");
  else el.removeAttribute("hidden");
}

/** A button (type="button", so it never submits) that calls `onClick`. */
export function button(
  doc: Document,
  label: string,
  className: string,
  onClick: () => void,
  id?: string,
): HTMLButtonElement {
  return h(doc, "button", { type: "button", className, id, onClick: () => onClick() }, label);
}
