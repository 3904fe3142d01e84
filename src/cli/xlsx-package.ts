/**
 * An .xlsx as a package: the zip's parts, their content types, the workbook part and its sheets
 * in tab order, each resolved to the part that holds its cells. Anything a sound workbook must
 * have and this one lacks — [Content_Types].xml, the workbook part, a sheet's part, a content type
 * for it — makes the package damaged: reading on would silently lose a sheet.
 */
import * as path from "path";
import { INPUT_LIMITS } from "./input-limits";
import { childElements, firstChild, localName, parseXml, type XmlElement } from "./xml-tree";
import type { ZipArchive, ZipEntry } from "./zip-archive";

/** Why a file cannot be read as a workbook; `detail` is Chinese, for the user. */
export class PackageError extends Error {
  readonly code = "package-unusable";
  constructor(
    readonly kind: "damaged" | "ods" | "xlsb" | "no-sheets",
    readonly detail: string,
  ) {
    super(detail);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "PackageError";
  }
}

export interface PackageSheet {
  readonly name: string;
  /** The workbook's r:id of the sheet. */
  readonly relId: string;
  /** The zip entry name of the sheet's part ("xl/worksheets/sheet1.xml"). */
  readonly part: string;
  /** A worksheet has cells; a chart sheet or dialog sheet has none. */
  readonly isWorksheet: boolean;
}

export interface XlsxPackage {
  readonly archive: ZipArchive;
  readonly contentTypes: XmlElement;
  readonly workbookPart: string;
  readonly workbook: XmlElement;
  readonly workbookRelsPart: string;
  readonly workbookRels: XmlElement;
  readonly sheets: readonly PackageSheet[];
  readonly sharedStringsPart?: string;
  readonly stylesPart?: string;
  /** Dates count from 1904 (old Mac workbooks). */
  readonly date1904: boolean;
}

export const REL_TYPE = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
} as const;

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
} as const;

const WORKSHEET_TYPES = [
  CONTENT_TYPE.worksheet,
  // Excel 2007's macro sheet of a .xlsm is a worksheet with cells too
  "application/vnd.ms-excel.worksheet",
];
const XLSB_MAIN = "application/vnd.ms-excel.sheet.binary.macroEnabled.main";

function damaged(detail: string): PackageError {
  return new PackageError("damaged", detail);
}

/** Finds an entry by part name; part names compare without case (OPC). */
export function findEntry(archive: ZipArchive, part: string): ZipEntry | undefined {
  const exact = archive.entries.get(part);
  if (exact) return exact;
  const lower = part.toLowerCase();
  for (const [name, entry] of archive.entries) if (name.toLowerCase() === lower) return entry;
  return undefined;
}

/** Reads and parses a small XML part. */
export function readXmlPart(archive: ZipArchive, part: string): XmlElement {
  const entry = findEntry(archive, part);
  if (!entry) throw damaged(`缺少 ${part}`);
  return parseXml(archive.read(entry, INPUT_LIMITS.xmlPartBytes).toString("utf8"), part);
}

/** The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPartOf(part: string): string {
  const dir = path.posix.dirname(part);
  return `${dir === "." ? "" : `${dir}/`}_rels/${path.posix.basename(part)}.rels`;
}

/** A relationship's target as a part name, relative to the part that holds the relationship. */
export function resolveTarget(fromPart: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // not percent-encoded
  }
  if (decoded.startsWith("/")) return decoded.slice(1);
  return path.posix.normalize(path.posix.join(path.posix.dirname(fromPart), decoded));
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

export function relationshipsOf(rels: XmlElement): Relationship[] {
  return childElements(rels, "Relationship").map((r) => ({
    id: r.attributes["Id"] ?? "",
    type: r.attributes["Type"] ?? "",
    target: r.attributes["Target"] ?? "",
    external: r.attributes["TargetMode"] === "External",
  }));
}

/** The content type of a part: its Override, or the Default for its extension. */
export function contentTypeOf(contentTypes: XmlElement, part: string): string | undefined {
  const name = `/${part}`.toLowerCase();
  for (const o of childElements(contentTypes, "Override")) {
    if ((o.attributes["PartName"] ?? "").toLowerCase() === name) return o.attributes["ContentType"];
  }
  const extension = path.posix.extname(part).slice(1).toLowerCase();
  for (const d of childElements(contentTypes, "Default")) {
    if ((d.attributes["Extension"] ?? "").toLowerCase() === extension) return d.attributes["ContentType"];
  }
  return undefined;
}

/** The r:id attribute of an element, whatever prefix the relationships namespace has. */
function relIdOf(e: XmlElement): string | undefined {
  for (const key of Object.keys(e.attributes))
    if (key.includes(":") && localName(key) === "id") return e.attributes[key];
  return undefined;
}

function isOpenDocument(archive: ZipArchive): boolean {
  const mimetype = archive.entries.get("mimetype");
  if (!mimetype || mimetype.uncompressedSize > 200) return false;
  return archive.read(mimetype, 200).toString("latin1").startsWith("application/vnd.oasis.opendocument");
}

/** Opens the package of an .xlsx: its structure, not yet its cells. */
export function openXlsxPackage(archive: ZipArchive): XlsxPackage {
  if (isOpenDocument(archive)) throw new PackageError("ods", "OpenDocument");
  if (!findEntry(archive, "[Content_Types].xml")) throw damaged("缺少 [Content_Types].xml");
  const contentTypes = readXmlPart(archive, "[Content_Types].xml");
  const rootRels = relationshipsOf(readXmlPart(archive, "_rels/.rels"));
  const main = rootRels.find((r) => r.type === REL_TYPE.officeDocument && !r.external);
  if (!main) throw damaged("找不到工作簿部分");
  const workbookPart = resolveTarget("", main.target);
  if (contentTypeOf(contentTypes, workbookPart) === XLSB_MAIN) throw new PackageError("xlsb", "xlsb");
  const workbook = readXmlPart(archive, workbookPart);
  const workbookRelsPart = relsPartOf(workbookPart);
  const workbookRels = readXmlPart(archive, workbookRelsPart);
  const rels = relationshipsOf(workbookRels);
  const partOf = (type: string): string | undefined => {
    const rel = rels.find((r) => r.type === type && !r.external);
    if (!rel) return undefined;
    const part = resolveTarget(workbookPart, rel.target);
    const entry = findEntry(archive, part);
    if (!entry) throw damaged(`缺少 ${part}`);
    return entry.name;
  };

  const sheetsElement = firstChild(workbook, "sheets");
  const sheets: PackageSheet[] = [];
  for (const s of sheetsElement ? childElements(sheetsElement, "sheet") : []) {
    const name = s.attributes["name"] ?? "";
    const relId = relIdOf(s) ?? "";
    const rel = rels.find((r) => r.id === relId);
    if (!rel || rel.external) throw damaged(`工作表“${name}”没有对应的内容部分`);
    const target = resolveTarget(workbookPart, rel.target);
    const entry = findEntry(archive, target);
    if (!entry) throw damaged(`缺少工作表“${name}”的内容（${target}）`);
    const type = contentTypeOf(contentTypes, entry.name);
    if (!type) throw damaged(`工作表“${name}”（${target}）没有登记内容类型`);
    sheets.push({ name, relId, part: entry.name, isWorksheet: WORKSHEET_TYPES.includes(type) });
  }
  if (sheets.length === 0) throw new PackageError("no-sheets", "没有工作表");

  const workbookPr = firstChild(workbook, "workbookPr");
  const date1904 = ["1", "true"].includes(workbookPr?.attributes["date1904"] ?? "");
  return {
    archive,
    contentTypes,
    workbookPart,
    workbook,
    workbookRelsPart,
    workbookRels,
    sheets,
    sharedStringsPart: partOf(REL_TYPE.sharedStrings),
    stylesPart: partOf(REL_TYPE.styles),
    date1904,
  };
}
