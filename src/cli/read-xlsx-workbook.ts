/**
 * The cells of an .xlsx package as the core takes them (a RawWorkbook), read part by part as the
 * zip inflates, by the cells the file really holds — never one object per position of a sheet's
 * rectangle. Only what the core uses is kept: the sheets it reads, their first rows (where it
 * looks for the header), and below them the columns up to the last header it recognises; a blank
 * stretch of rows costs one shared empty row each. Formula cells give their cached value (as
 * Excel saved it); a formula without one reads as null beside its formula, which the core reports.
 * Every row and column is checked against Excel's bounds, and the rows against INPUT_LIMITS.
 */
import { isTemplateSheet } from "../core/report-types";
import { StringDecoder } from "string_decoder";
import { SaxesParser } from "saxes";
import { LAYOUT, SHEET_ORDER, type SheetKey } from "../core/layout";
import type { RawCell, RawSheet, RawWorkbook } from "../core/raw-cell";
import { HEADER_SEARCH_ROWS, normaliseHeader, readTable } from "../core/read-table";
import { BUILTIN_NUMBER_FORMATS } from "./builtin-number-formats";
import { INPUT_LIMITS } from "./input-limits";
import { PackageError, findEntry, readXmlPart, type PackageSheet, type XlsxPackage } from "./xlsx-package";
import { childElements, firstChild, localName, XmlError } from "./xml-tree";
import { tooLarge, ZipError } from "./zip-archive";

/** Excel's grid: 1,048,576 rows by 16,384 columns (A … XFD). */
export const EXCEL_ROWS = 1048576;
export const EXCEL_COLUMNS = 16384;

/** A sheet with more data than INPUT_LIMITS.dataRows rows or INPUT_LIMITS.dataCells cells. */
export class RowLimitError extends Error {
  readonly code = "row-limit";
  constructor(readonly sheet: string) {
    super(`${sheet}: more than ${INPUT_LIMITS.dataRows} data rows`);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "RowLimitError";
  }
}

/** Excel's escape for characters XML cannot hold: _x0001_ is U+0001, _x005F_ a literal underscore. */
export function decodeXString(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const EPOCH_1904_DAYS = 1462;

/** Excel's serial day number of an ISO 8601 date (cells of type "d"). */
function isoDateSerial(text: string, date1904: boolean): number | null {
  const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(text) || !text.includes("T") ? text : `${text}Z`);
  if (Number.isNaN(ms)) return null;
  const serial = (ms - EXCEL_EPOCH_MS) / 86400000;
  return date1904 ? serial - EPOCH_1904_DAYS : serial;
}

/** Parses "AB12" into a zero-based row and column; null when it is not a cell reference. */
function parseReference(ref: string): { row: number; column: number } | null {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20; // lower case
    if (code < 0x61 || code > 0x7a) break;
    column = column * 26 + (code - 0x60);
    if (column > EXCEL_COLUMNS * 26) return null;
  }
  if (i === 0 || i === ref.length) return null;
  const row = Number(ref.slice(i));
  if (!Number.isInteger(row) || row < 1) return null;
  return { row: row - 1, column: column - 1 };
}

/** Tracks the bytes of all parts read against INPUT_LIMITS.totalBytes. */
class Budget {
  private used = 0;
  take(part: string, bytes: number): void {
    this.used += bytes;
    if (this.used > INPUT_LIMITS.totalBytes) throw new ZipError("too-large", `${part}: total`, { kind: "total" });
  }
}

/** Feeds an entry's inflated text to a saxes parser, chunk by chunk. */
async function parseEntry(
  pkg: XlsxPackage,
  part: string,
  budget: Budget,
  setUp: (parser: SaxesParser) => void,
): Promise<void> {
  const entry = findEntry(pkg.archive, part);
  if (!entry) throw new PackageError("damaged", `缺少 ${part}`);
  budget.take(part, entry.uncompressedSize);
  const parser = new SaxesParser({ xmlns: false, position: false });
  setUp(parser);
  const decoder = new StringDecoder("utf8");
  let first = true;
  try {
    for await (const chunk of pkg.archive.chunks(entry, INPUT_LIMITS.partBytes)) {
      let text = decoder.write(chunk);
      if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
      parser.write(text);
    }
    parser.write(decoder.end()).close();
  } catch (error) {
    if (error instanceof ZipError || error instanceof PackageError || error instanceof RowLimitError) throw error;
    throw new XmlError(part, error instanceof Error ? error.message : String(error));
  }
}

/** The shared string table: every <si>'s text, rich runs joined, phonetic guides left out. */
async function readSharedStrings(pkg: XlsxPackage, budget: Budget): Promise<string[]> {
  const strings: string[] = [];
  if (!pkg.sharedStringsPart) return strings;
  await parseEntry(pkg, pkg.sharedStringsPart, budget, (parser) => {
    let text = "";
    let inT = false;
    let phonetic = 0;
    parser.on("opentag", (tag) => {
      const name = localName(tag.name);
      if (name === "si") text = "";
      else if (name === "t" && !tag.isSelfClosing) inT = true;
      else if (name === "rPh" && !tag.isSelfClosing) phonetic++;
    });
    parser.on("text", (t) => {
      if (inT && phonetic === 0) text += t;
    });
    parser.on("closetag", (tag) => {
      const name = localName(tag.name);
      if (name === "t") inT = false;
      else if (name === "rPh" && !tag.isSelfClosing) phonetic--;
      else if (name === "si") strings.push(decodeXString(text));
    });
  });
  return strings;
}

/** The number format of each cell style (xf index → format code). */
function readCellFormats(pkg: XlsxPackage): string[] {
  if (!pkg.stylesPart) return [];
  const styles = readXmlPart(pkg.archive, pkg.stylesPart);
  const custom = new Map<number, string>();
  const numFmts = firstChild(styles, "numFmts");
  for (const f of numFmts ? childElements(numFmts, "numFmt") : []) {
    custom.set(Number(f.attributes["numFmtId"]), f.attributes["formatCode"] ?? "General");
  }
  const cellXfs = firstChild(styles, "cellXfs");
  return (cellXfs ? childElements(cellXfs, "xf") : []).map((xf) => {
    const id = Number(xf.attributes["numFmtId"] ?? 0);
    return custom.get(id) ?? BUILTIN_NUMBER_FORMATS[id] ?? "General";
  });
}

const EMPTY_ROW: readonly RawCell[] = Object.freeze([]);
const EMPTY_FORMATS: readonly string[] = Object.freeze([]);

interface ReadContext {
  readonly sharedStrings: readonly string[];
  readonly cellFormats: readonly string[];
  readonly date1904: boolean;
}

/** One row as read: values, formats and formulas by column (ragged, up to its last kept cell). */
interface RowCells {
  values: RawCell[];
  formats: string[];
  formulas: RawCell[] | undefined;
  hasData: boolean;
}

/**
 * The columns the core reads on this sheet, found as the core finds them in the first rows: the
 * layout's headers and the columns a user added beside them. `end` is one past the furthest; cells
 * to the right of it are never read by the core.
 */
function headedColumns(
  key: SheetKey,
  name: string,
  head: readonly (RowCells | undefined)[],
): { end: number; count: number } {
  const values = head.map((r) => (r ? r.values : EMPTY_ROW));
  const table = readTable(key, { name, origin: { row: 0, column: 0 }, values, numberFormats: [] });
  const headers: { readonly column: number }[] = [
    ...Object.values<{ readonly column: number } | undefined>(table.columns).filter((h) => h !== undefined),
    ...table.duplicateHeaders,
    ...table.extraColumns,
  ];
  return { end: Math.max(0, ...headers.map((h) => h.column + 1)), count: headers.length };
}

/** Whether a row holds something the core reads: a value, or a formula (with or without a result). */
function holdsData(values: readonly RawCell[], formulas: readonly RawCell[] | undefined): boolean {
  return values.some((v) => v !== null && v !== "") || (formulas ?? []).some((f) => f !== null);
}

function trim(row: RowCells, end: number): RowCells {
  if (row.values.length <= end) return row;
  const values = row.values.slice(0, end);
  const formulas = row.formulas?.slice(0, end);
  return { values, formats: row.formats.slice(0, end), formulas, hasData: holdsData(values, formulas) };
}

async function readSheet(
  pkg: XlsxPackage,
  sheet: PackageSheet,
  key: SheetKey,
  context: ReadContext,
  budget: Budget,
): Promise<RawSheet> {
  const rows: (RowCells | undefined)[] = [];
  let columnEnd: number | undefined; // known once the header rows are behind
  let columnCount = 1;
  let dataRows = 0;
  let lastRow = -1;
  let rowIndex = -1;
  let current: RowCells | undefined;
  // the cell being read
  let cellColumn = -1;
  let cellType = "";
  let cellStyle = 0;
  let value = "";
  let formula: string | undefined;
  let hasValue = false;
  let inValue = false;
  let inFormula = false;
  let inInline = false;
  let phonetic = 0;

  const outOfGrid = (what: string): PackageError =>
    new PackageError("damaged", `工作表“${sheet.name}”中有${what}，超出 Excel 的范围（最多 1,048,576 行、16,384 列）`);

  const finishHead = (): void => {
    const headed = headedColumns(key, sheet.name, rows);
    columnEnd = headed.end;
    columnCount = Math.max(headed.count, 1);
    const end = columnEnd;
    lastRow = -1;
    rows.forEach((row, r) => {
      if (!row) return;
      const trimmed = trim(row, end);
      rows[r] = trimmed;
      if (trimmed.hasData) lastRow = r;
    });
  };

  const endRow = (): void => {
    if (!current) return;
    const row = current;
    current = undefined;
    if (row.values.length === 0) return;
    if (!row.hasData && columnEnd !== undefined) return;
    rows[rowIndex] = row;
    if (row.hasData) {
      lastRow = Math.max(lastRow, rowIndex);
      if (columnEnd !== undefined) {
        dataRows++;
        if (dataRows > INPUT_LIMITS.dataRows || dataRows * columnCount > INPUT_LIMITS.dataCells)
          throw new RowLimitError(sheet.name);
      }
    }
  };

  const endCell = (): void => {
    if (!current) return;
    let raw: RawCell = null;
    if (hasValue) {
      switch (cellType) {
        case "s": {
          const s = context.sharedStrings[Number(value)];
          if (s === undefined) throw new PackageError("damaged", `工作表“${sheet.name}”引用了不存在的共享字符串`);
          raw = s;
          break;
        }
        case "str":
        case "inlineStr":
          raw = decodeXString(value);
          break;
        case "b":
          raw = value.trim() === "1" || value.trim().toLowerCase() === "true";
          break;
        case "e":
          raw = value.trim();
          break;
        case "d":
          raw = isoDateSerial(value.trim(), context.date1904);
          break;
        default: {
          if (value.trim() === "") break;
          const n = Number(value);
          if (Number.isNaN(n)) throw new PackageError("damaged", `工作表“${sheet.name}”中有无法识别的数值“${value}”`);
          raw = n;
        }
      }
    }
    if (raw === null && formula === undefined) return; // a formatted empty cell
    if (columnEnd !== undefined && cellColumn >= columnEnd) return;
    const row = current;
    row.values[cellColumn] = raw;
    row.formats[cellColumn] = context.cellFormats[cellStyle] ?? "General";
    if (formula !== undefined) {
      if (!row.formulas) row.formulas = [];
      row.formulas[cellColumn] = `=${formula}`;
    }
    if ((raw !== null && raw !== "") || formula !== undefined) row.hasData = true;
  };

  await parseEntry(pkg, sheet.part, budget, (parser) => {
    let inSheetData = false;
    parser.on("opentag", (tag) => {
      const name = localName(tag.name);
      if (!inSheetData) {
        if (name === "sheetData" && !tag.isSelfClosing) inSheetData = true;
        return;
      }
      switch (name) {
        case "row": {
          const r = tag.attributes["r"];
          const next = r === undefined ? rowIndex + 1 : Number(r) - 1;
          if (!Number.isInteger(next) || next < 0)
            throw new PackageError("damaged", `工作表“${sheet.name}”中有无法识别的行号“${r ?? ""}”`);
          if (next >= EXCEL_ROWS) throw outOfGrid(`第 ${(next + 1).toLocaleString("en-US")} 行`);
          if (next <= rowIndex) throw new PackageError("damaged", `工作表“${sheet.name}”的行没有按顺序排列`);
          rowIndex = next;
          if (columnEnd === undefined && rowIndex >= HEADER_SEARCH_ROWS) finishHead();
          current = { values: [], formats: [], formulas: undefined, hasData: false };
          cellColumn = -1;
          if (tag.isSelfClosing) current = undefined;
          return;
        }
        case "c": {
          if (!current) throw new PackageError("damaged", `工作表“${sheet.name}”中有不在行内的单元格`);
          const ref = tag.attributes["r"];
          if (ref === undefined) {
            cellColumn++;
          } else {
            const at = parseReference(ref);
            if (!at) throw new PackageError("damaged", `工作表“${sheet.name}”中有无法识别的单元格地址“${ref}”`);
            if (at.column >= EXCEL_COLUMNS || at.row >= EXCEL_ROWS) throw outOfGrid(`单元格 ${ref}`);
            if (at.row !== rowIndex)
              throw new PackageError("damaged", `工作表“${sheet.name}”的单元格 ${ref} 不在它所在的行`);
            cellColumn = at.column;
          }
          if (cellColumn >= EXCEL_COLUMNS) throw outOfGrid("超出 XFD 列的单元格");
          cellType = tag.attributes["t"] ?? "n";
          cellStyle = Number(tag.attributes["s"] ?? 0) || 0;
          value = "";
          formula = undefined;
          hasValue = false;
          if (tag.isSelfClosing) endCell();
          return;
        }
        case "v":
          inValue = !tag.isSelfClosing;
          hasValue = true;
          return;
        case "f":
          formula = "";
          inFormula = !tag.isSelfClosing;
          return;
        case "is":
          inInline = true;
          hasValue = true;
          return;
        case "rPh":
          if (!tag.isSelfClosing) phonetic++;
          return;
        case "t":
          return;
        default:
      }
    });
    parser.on("text", (text) => {
      if (inValue) value += text;
      else if (inFormula) formula += text;
      else if (inInline && phonetic === 0) value += text;
    });
    parser.on("closetag", (tag) => {
      if (!inSheetData) return;
      switch (localName(tag.name)) {
        case "sheetData":
          endRow();
          inSheetData = false;
          return;
        case "row":
          endRow();
          return;
        case "c":
          if (!tag.isSelfClosing) endCell();
          return;
        case "v":
          inValue = false;
          return;
        case "f":
          inFormula = false;
          return;
        case "is":
          inInline = false;
          return;
        case "rPh":
          if (!tag.isSelfClosing) phonetic--;
          return;
        default:
      }
    });
  });
  if (columnEnd === undefined) finishHead();

  const values: (readonly RawCell[])[] = [];
  const numberFormats: (readonly string[])[] = [];
  const formulas: (readonly RawCell[])[] = [];
  // rows are ragged, and where the file has no cell a row has a hole (read as blank): a value at
  // XFD holds no 16,383 blanks before it
  for (let r = 0; r <= lastRow; r++) {
    const row = rows[r];
    values.push(row && row.values.length > 0 ? row.values : EMPTY_ROW);
    numberFormats.push(row && row.values.length > 0 ? row.formats : EMPTY_FORMATS);
    formulas.push(row?.formulas ?? EMPTY_ROW);
  }
  return { name: sheet.name, origin: { row: 0, column: 0 }, values, numberFormats, formulas };
}

/** The sheets the core reads (the layout's input sheets and 模板), and every sheet name in tab order. */
export async function readXlsxWorkbook(pkg: XlsxPackage): Promise<RawWorkbook> {
  const wanted = new Map<string, SheetKey>();
  for (const key of SHEET_ORDER) {
    if (LAYOUT[key].role !== "output") wanted.set(normaliseHeader(LAYOUT[key].name), key);
  }
  const budget = new Budget();
  // every template sheet is read: 模板（月度进展） and a unit's own report types beside 模板
  const keyOf = (name: string): SheetKey | undefined =>
    wanted.get(normaliseHeader(name)) ?? (isTemplateSheet(name) ? "template" : undefined);
  const toRead = pkg.sheets.filter((s) => s.isWorksheet && keyOf(s.name) !== undefined);
  // the sizes the zip directory declares, checked before anything is inflated
  const parts = toRead.length > 0 ? [pkg.sharedStringsPart, pkg.stylesPart, ...toRead.map((s) => s.part)] : [];
  let declared = 0;
  for (const part of parts) {
    const entry = part === undefined ? undefined : findEntry(pkg.archive, part);
    if (!entry) continue;
    if (entry.uncompressedSize > INPUT_LIMITS.partBytes) throw tooLarge(entry.name, INPUT_LIMITS.partBytes);
    declared += entry.uncompressedSize;
  }
  if (declared > INPUT_LIMITS.totalBytes) throw new ZipError("too-large", "total", { kind: "total" });
  const context: ReadContext = {
    sharedStrings: toRead.length > 0 ? await readSharedStrings(pkg, budget) : [],
    cellFormats: toRead.length > 0 ? readCellFormats(pkg) : [],
    date1904: pkg.date1904,
  };
  const sheets: RawSheet[] = [];
  for (const sheet of toRead) {
    sheets.push(await readSheet(pkg, sheet, keyOf(sheet.name) as SheetKey, context, budget));
  }
  return { sheetNames: pkg.sheets.map((s) => s.name), sheets };
}
