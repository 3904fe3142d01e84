/**
 * Reads the parts of a .docx that carry the GB/T 9704 layout, for the export tests and the
 * LibreOffice check of the same file. JSZip comes with ExcelJS.
 */
import JSZip from "jszip";

export interface DocxParts {
  readonly document: string;
  readonly styles: string;
  readonly settings: string;
  readonly fontTable: string;
  /** docProps/core.xml: title, creator. */
  readonly core: string;
  /** Footer parts by relationship type: "default" (odd pages) and "even". */
  readonly footers: Readonly<Record<string, string>>;
}

async function text(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (!file) throw new Error(`the .docx has no ${name}`);
  return file.async("string");
}

export async function readDocxParts(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const document = await text(zip, "word/document.xml");
  const rels = await text(zip, "word/_rels/document.xml.rels");
  const footers: Record<string, string> = {};
  for (const m of document.matchAll(/<w:footerReference w:type="(\w+)" r:id="(\w+)"\/>/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels);
    const part = target?.[1] ?? target?.[2];
    if (part) footers[m[1] ?? ""] = await text(zip, `word/${part}`);
  }
  return {
    document,
    styles: await text(zip, "word/styles.xml"),
    settings: await text(zip, "word/settings.xml"),
    fontTable: await text(zip, "word/fontTable.xml"),
    core: await text(zip, "docProps/core.xml"),
    footers,
  };
}

/** The <w:style> element with this id. */
export function styleXml(styles: string, id: string): string {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles);
  if (!m) throw new Error(`no style ${id}`);
  return m[0];
}

/** An element's attributes as a record, from the first match of `<tag …/>` in `xml`. */
export function attributesOf(xml: string, tag: string): Record<string, string> {
  const m = new RegExp(`<${tag}(\\s[^>]*?)?/?>`).exec(xml);
  if (!m) throw new Error(`no <${tag}> in ${xml.slice(0, 200)}`);
  const attributes: Record<string, string> = {};
  for (const a of (m[1] ?? "").matchAll(/([\w:]+)="([^"]*)"/g)) attributes[a[1] ?? ""] = a[2] ?? "";
  return attributes;
}

/** Text of XML character data: the five predefined entities decoded. */
export function decodeXml(text: string): string {
  return text.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e] ?? "",
  );
}

/** The text of a part's runs, fields shown as their instruction (e.g. "— PAGE —"). */
export function visibleText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:instrText(?:\s[^>]*)?>([^<]*)<\/w:instrText>/g)]
    .map((m) => (m[1] !== undefined ? decodeXml(m[1]) : (m[2] ?? "").trim()))
    .join("");
}
