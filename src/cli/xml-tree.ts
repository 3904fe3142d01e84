/**
 * Small XML parts of a package ([Content_Types].xml, workbook.xml, relationships, styles.xml,
 * a sheet's conditional formats) as a plain element tree: parsed by saxes (strict, as ExcelJS
 * reads them), edited, and written back. Names keep their prefixes ("x:row", "mc:Ignorable"), so
 * a part written by another program comes back as it was apart from the edit. Comments and
 * processing instructions are dropped; text and attributes are written XML-safe.
 */
import { SaxesParser } from "saxes";
import { xmlSafeText } from "../core/xml-safe-text";

export interface XmlElement {
  name: string;
  /** In document order. */
  attributes: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Malformed XML in a part (reported as a damaged workbook). */
export class XmlError extends Error {
  readonly code = "xml-malformed";
  constructor(
    readonly part: string,
    detail: string,
  ) {
    super(`${part}: ${detail}`);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "XmlError";
  }
}

/** Parses a whole (small) XML document into its root element. */
export function parseXml(text: string, part: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on("opentag", (tag) => {
    const element: XmlElement = { name: tag.name, attributes: { ...tag.attributes }, children: [] };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    if (!tag.isSelfClosing) stack.push(element);
  });
  parser.on("closetag", (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  const onText = (text: string): void => {
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(text);
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  try {
    parser.write(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).close();
  } catch (error) {
    throw new XmlError(part, error instanceof Error ? error.message : String(error));
  }
  if (!root) throw new XmlError(part, "no root element");
  return root;
}

/** The local name, without a namespace prefix ("x:row" → "row"). */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The prefix of a name with its colon ("x:row" → "x:", "row" → ""). */
export function prefixOf(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? "" : name.slice(0, colon + 1);
}

export function childElements(element: XmlElement, local?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of element.children) {
    if (typeof child !== "string" && (local === undefined || localName(child.name) === local)) out.push(child);
  }
  return out;
}

export function firstChild(element: XmlElement, local: string): XmlElement | undefined {
  return childElements(element, local)[0];
}

/** The text content of an element and its descendants. */
export function textContent(element: XmlElement): string {
  let text = "";
  for (const child of element.children) text += typeof child === "string" ? child : textContent(child);
  return text;
}

export function escapeText(text: string): string {
  return xmlSafeText(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttribute(text: string): string {
  return xmlSafeText(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}

export function attributesXml(attributes: Readonly<Record<string, string>>): string {
  let out = "";
  for (const key of Object.keys(attributes)) out += ` ${key}="${escapeAttribute(attributes[key] ?? "")}"`;
  return out;
}

/** An element (and its descendants) as XML text. */
export function serializeElement(element: XmlElement): string {
  const parts: string[] = [];
  const write = (e: XmlElement): void => {
    parts.push(`<${e.name}${attributesXml(e.attributes)}`);
    if (e.children.length === 0) {
      parts.push("/>");
      return;
    }
    parts.push(">");
    for (const child of e.children) {
      if (typeof child === "string") parts.push(escapeText(child));
      else write(child);
    }
    parts.push(`</${e.name}>`);
  };
  write(element);
  return parts.join("");
}

/** A whole part: the declaration and the root element. */
export function serializeXml(root: XmlElement): string {
  return XML_DECLARATION + serializeElement(root);
}

/** A new element named like its siblings (with `prefix`, e.g. "x:"). */
export function element(name: string, attributes: Record<string, string> = {}, children: XmlNode[] = []): XmlElement {
  return { name, attributes, children };
}
