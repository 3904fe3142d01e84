/**
 * Copying the narrative. Rich text and plain text through the async clipboard API where the
 * host allows it; where `navigator.clipboard` is blocked (Excel on the web runs the pane in a
 * frame without clipboard permission, IE11 has no such API) a hidden text area is selected and
 * copied with `document.execCommand('copy')`. The caller says which way worked, or that none did.
 */
export type CopyOutcome = "rich" | "plain" | "fallback" | "failed";

/** The parts of the browser the copy needs, so tests can stand in for them. */
export interface ClipboardEnvironment {
  readonly document: Document;
  readonly navigator: Navigator;
  /** The ClipboardItem constructor, where the browser has one. */
  readonly ClipboardItem?: typeof ClipboardItem;
}

/** A way of copying the browser does not offer here; the next way is tried (never shown to the user). */
export class ClipboardUnavailableError extends Error {
  readonly code = "clipboard-unavailable";
  constructor(what: string) {
    super(`no ${what}`);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "ClipboardUnavailableError";
  }
}

function browserEnvironment(): ClipboardEnvironment {
  const w = window as unknown as { ClipboardItem?: typeof ClipboardItem };
  return { document, navigator, ClipboardItem: w.ClipboardItem };
}

function asyncRich(env: ClipboardEnvironment, html: string, plain: string): Promise<CopyOutcome> {
  const clipboard = env.navigator.clipboard;
  const Item = env.ClipboardItem;
  if (!clipboard || typeof clipboard.write !== "function" || !Item || typeof Blob === "undefined") {
    return Promise.reject(new ClipboardUnavailableError("rich clipboard"));
  }
  const item = new Item({
    "text/html": new Blob([html], { type: "text/html" }),
    "text/plain": new Blob([plain], { type: "text/plain" }),
  });
  return clipboard.write([item]).then(() => "rich" as const);
}

function asyncPlain(env: ClipboardEnvironment, plain: string): Promise<CopyOutcome> {
  const clipboard = env.navigator.clipboard;
  if (!clipboard || typeof clipboard.writeText !== "function")
    return Promise.reject(new ClipboardUnavailableError("clipboard"));
  return clipboard.writeText(plain).then(() => "plain" as const);
}

/**
 * Selects `plain` in a text area and runs the copy command. `area` is the pane's own (visually
 * hidden) text area when given, so a user who must copy by hand finds the text there.
 */
export function execCommandCopy(env: ClipboardEnvironment, plain: string, area?: HTMLTextAreaElement): boolean {
  const doc = env.document;
  const own = !area;
  const textarea = area ?? doc.createElement("textarea");
  textarea.value = plain;
  if (own) {
    textarea.setAttribute("readonly", "");
    textarea.style.position = "fixed";
    textarea.style.left = "-10000px";
    textarea.style.top = "0";
    doc.body.appendChild(textarea);
  }
  const previous = doc.activeElement as HTMLElement | null;
  let ok = false;
  try {
    textarea.focus();
    textarea.select();
    textarea.setSelectionRange(0, plain.length);
    ok = typeof doc.execCommand === "function" && doc.execCommand("copy");
  } catch {
    ok = false;
  } finally {
    if (own && textarea.parentNode) textarea.parentNode.removeChild(textarea);
    if (previous && typeof previous.focus === "function") previous.focus();
  }
  return ok;
}

/** Copies `html` and `plain`: rich first, then plain, then the text-area fallback. */
export function copyText(
  html: string,
  plain: string,
  area?: HTMLTextAreaElement,
  env: ClipboardEnvironment = browserEnvironment(),
): Promise<CopyOutcome> {
  const fallback = (): CopyOutcome => (execCommandCopy(env, plain, area) ? "fallback" : "failed");
  let attempt: Promise<CopyOutcome>;
  try {
    attempt = asyncRich(env, html, plain).then(undefined, () => asyncPlain(env, plain));
  } catch (error) {
    attempt = Promise.reject(error);
  }
  return attempt.then(undefined, fallback);
}
