/**
 * Reads what the core needs, in as few round trips as Office.js allows: the sheet names first
 * (the only way to learn which sheets exist on every host, ExcelApi 1.1 included), then in ONE
 * batch the used range of every layout sheet present — its size, and the values and number
 * formats of its first rows and columns (HEAD_ROWS × HEAD_COLUMNS) — and on ExcelApi 1.6+ the
 * conditional formats that tell the add-in's own highlights apart. What the head did not cover is
 * read in further batches of blocks: rows, and columns too where one row alone would not fit.
 * Excel on the web limits each response to 5 MB (100,000 rows × 7 columns of values and formats
 * are ~24 MB) and each range read to 5,000,000 cells (a used range of 12,000 rows reaches it past
 * ~416 columns); every block stays under both.
 */
import { columnLetters, rangeAddress } from "../core/a1";
import { INPUT_SHEET_KEYS, LAYOUT } from "../core/layout";
import { DEFAULT_REPORT, findReport, type ReportType } from "../core/report-types";
import { remainingBlocks, utf8Length } from "../core/request-batches";
import type { RawCell, RawSheet, RawWorkbook } from "../core/raw-cell";
import { normaliseHeader } from "../core/read-table";
import {
  NO_OWNED_HIGHLIGHTS,
  queueOwnedHighlightQuery,
  readOwnedHighlightsPaged,
  type OwnedHighlights,
} from "./owned-highlights";
import type { ProtectionState } from "./protection";
import type { HostSupport } from "./requirements";

export interface WorkbookRead {
  readonly workbook: RawWorkbook;
  /** The add-in's highlights already on the input sheets (empty below ExcelApi 1.6). */
  readonly ownedHighlights: OwnedHighlights;
  /** `context.sync()` calls made. */
  readonly syncs: number;
  /** Protected sheets (ExcelApi 1.2+) and structure (1.7+), read with the sheet names; nothing below. */
  readonly protection: ProtectionState;
  /** The report read: its template sheet and its output sheet (the annual summary by default). */
  readonly report: ReportType;
}

export interface ReadOptions {
  /** Response size limit in bytes (default 5 MB, Excel on the web). */
  readonly maxResponseBytes?: number;
  /** Rows of each sheet read with the sheet sizes, in the second sync (default HEAD_ROWS). */
  readonly headRows?: number;
  /** Reads the report's 文字稿 sheet too (生成文字稿 checks it for edits before replacing it). */
  readonly narrative?: boolean;
  /** The report whose template (and 文字稿) to read, by name; the workbook's first report by default. */
  readonly report?: string;
  /** Cells one range read may cover (default 5,000,000, Excel's limit). */
  readonly maxCells?: number;
}

/** Excel on the web refuses responses over 5 MB. */
export const DEFAULT_MAX_RESPONSE_BYTES = 5 * 1024 * 1024;
/** Excel refuses to read more than 5,000,000 cells of one range at a time (RangeExceedsLimit). */
export const DEFAULT_MAX_CELLS = 5000000;
/** Columns of each sheet read with the sheet sizes: every layout sheet and its added columns, as a rule. */
export const HEAD_COLUMNS = 64;
/**
 * Sheet rows read in the second sync. 10,000 project rows of typical width (~240 bytes a row of
 * values and formats, ~2.4 MB) fit, so a workbook of that size is read in 2 syncs.
 */
export const HEAD_ROWS = 12000;
/** Share of the limit a block of rows may fill (the size of the rows not yet read is estimated). */
const SAFETY = 0.8;
/** Bytes a cell's value and number format take in a response, when no row of the sheet was seen. */
const DEFAULT_CELL_BYTES = 64;

/** Sheets the core reads: the input sheets and 模板 (and 文字稿 when asked). */
const INPUT_SHEETS: readonly string[] = INPUT_SHEET_KEYS.map((k) => LAYOUT[k].name);

function matches(names: readonly string[], sheetName: string): boolean {
  const n = normaliseHeader(sheetName);
  return names.some((name) => normaliseHeader(name) === n);
}

/** Cell values as the core takes them: Excel's "" for an empty cell becomes null. */
function rawValues(values: readonly (readonly unknown[])[]): RawCell[][] {
  return values.map((row) =>
    row.map((v): RawCell => {
      if (v === "" || v === null || v === undefined) return null;
      if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
      return String(v);
    }),
  );
}

function rawFormats(formats: readonly (readonly unknown[])[]): string[][] {
  return formats.map((row) => row.map((f) => (typeof f === "string" ? f : "General")));
}

function errorCode(error: unknown): string {
  const code = error !== null && typeof error === "object" ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : "";
}

/** Response bytes a cell's value and number format take, from up to 64 rows spread over `values`. */
function bytesPerCell(values: readonly (readonly unknown[])[], formats: readonly (readonly unknown[])[]): number {
  const width = values[0]?.length ?? 0;
  if (values.length === 0 || width === 0) return 0;
  const step = Math.max(1, Math.floor(values.length / 64));
  let bytes = 0;
  let rows = 0;
  for (let r = 0; r < values.length; r += step) {
    bytes += utf8Length(JSON.stringify(values[r])) + utf8Length(JSON.stringify(formats[r] ?? []));
    rows++;
  }
  return Math.ceil((bytes / (rows * width)) * 1.25);
}

interface SheetRead {
  readonly name: string;
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
  /** Every row of the used range, filled in as blocks arrive. */
  readonly values: unknown[][];
  readonly formats: unknown[][];
  /** Estimated response bytes of one more cell (value and number format). */
  cellBytes: number;
}

/** A block still to read: rows and columns of a sheet's used range, offsets from its top-left cell. */
interface Block {
  readonly sheet: SheetRead;
  readonly row: number;
  readonly rowCount: number;
  readonly column: number;
  readonly columnCount: number;
}

function newSheetRead(name: string, used: Excel.Range, cellBytes: number): SheetRead {
  return {
    name,
    row: used.rowIndex,
    column: used.columnIndex,
    rowCount: used.rowCount,
    columnCount: used.columnCount,
    values: [],
    formats: [],
    cellBytes,
  };
}

/** Copies a block's cells into the sheet's rows. */
function store(sheet: SheetRead, row: number, column: number, values: unknown[][], formats: unknown[][]): void {
  for (let r = 0; r < values.length; r++) {
    const target = sheet.values[row + r] ?? (sheet.values[row + r] = new Array<unknown>(sheet.columnCount).fill(""));
    const targetFormats =
      sheet.formats[row + r] ?? (sheet.formats[row + r] = new Array<unknown>(sheet.columnCount).fill("General"));
    const source = values[r] ?? [];
    const sourceFormats = formats[r] ?? [];
    for (let c = 0; c < source.length; c++) {
      target[column + c] = source[c];
      targetFormats[column + c] = sourceFormats[c];
    }
  }
}

/**
 * The parts of the used range the head did not cover, as blocks of whole column bands: columns
 * right of the head in bands narrow enough that one row fits `budget` and `maxCells`, and the
 * rows below the head.
 */
function remainingBlocksOf(
  sheet: SheetRead,
  headRows: number,
  headColumns: number,
  budget: number,
  maxCells: number,
): Block[] {
  const bandWidth = Math.max(1, Math.min(maxCells, Math.floor(budget / Math.max(1, sheet.cellBytes))));
  return remainingBlocks(sheet.rowCount, sheet.columnCount, headRows, headColumns, bandWidth).map((b) => ({
    sheet,
    ...b,
  }));
}

/** Reads the sheet names, then every layout sheet's used range (and owned highlights), in as few batches as fit. */
export async function readWorkbook(
  context: Excel.RequestContext,
  support: HostSupport,
  options: ReadOptions = {},
): Promise<WorkbookRead> {
  const worksheets = context.workbook.worksheets;
  // protection rides along with the names where the host can report it
  const sheetProtection = support.supports("1.2");
  worksheets.load(sheetProtection ? "items/name, items/protection/protected" : "items/name");
  const workbookProtection = support.supports("1.7") ? context.workbook.protection : undefined;
  if (workbookProtection) workbookProtection.load("protected");
  await context.sync();
  let syncs = 1;
  const sheetNames = worksheets.items.map((s) => s.name);
  const protection: ProtectionState = {
    protectedSheets: sheetProtection ? worksheets.items.filter((s) => s.protection.protected).map((s) => s.name) : [],
    structureProtected: workbookProtection ? workbookProtection.protected : false,
  };

  const report = findReport(sheetNames, options.report) ?? DEFAULT_REPORT;
  const readSheets = [...INPUT_SHEETS, report.templateSheet, ...(options.narrative ? [report.outputSheet] : [])];
  const toRead = sheetNames.filter((name) => matches(readSheets, name));
  const highlightSheets = toRead.filter((name) => matches(INPUT_SHEETS, name));
  const withHighlights = support.supports("1.6") && highlightSheets.length > 0;
  // a workbook without any layout sheet needs no second round trip
  if (toRead.length === 0 && !withHighlights) {
    return { workbook: { sheetNames, sheets: [] }, ownedHighlights: NO_OWNED_HIGHLIGHTS, syncs, protection, report };
  }

  const valuesOnly = support.supports("1.2");
  const usedRange = (name: string): Excel.Range => {
    const sheet = worksheets.getItem(name);
    return valuesOnly ? sheet.getUsedRange(true) : sheet.getUsedRange();
  };
  const limit = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const maxCells = Math.max(1, Math.floor((options.maxCells ?? DEFAULT_MAX_CELLS) * SAFETY));
  const headColumns = Math.min(HEAD_COLUMNS, maxCells);
  const headRows = Math.max(1, Math.min(Math.floor(options.headRows ?? HEAD_ROWS), Math.floor(maxCells / headColumns)));

  // second sync: sizes, the first rows and columns, and the highlights; when the head is too much for
  // one response (very wide rows, or a sheet whose data starts below or right of it), sizes and highlights alone
  let collectHighlights: (() => OwnedHighlights) | undefined;
  let reads: SheetRead[];
  let headRowsRead: number[];
  let headColumnsRead: number[];
  try {
    const queued = toRead.map((name) => {
      const used = usedRange(name);
      used.load("rowIndex, columnIndex, rowCount, columnCount");
      const head = used.getIntersection(`A1:${columnLetters(headColumns - 1)}${headRows}`);
      head.load("values, numberFormat");
      return { name, used, head };
    });
    collectHighlights = withHighlights ? queueOwnedHighlightQuery(worksheets, highlightSheets) : undefined;
    syncs++;
    await context.sync();
    reads = queued.map(({ name, used, head }) => {
      const values = head.values as unknown[][];
      const formats = head.numberFormat as unknown[][];
      const sheet = newSheetRead(name, used, bytesPerCell(values, formats) || DEFAULT_CELL_BYTES);
      store(sheet, 0, 0, values, formats);
      return sheet;
    });
    headRowsRead = queued.map(({ head }) => (head.values as unknown[][]).length);
    headColumnsRead = queued.map(({ head }) => (head.values as unknown[][])[0]?.length ?? 0);
  } catch (error) {
    const code = errorCode(error);
    if (code !== "ResponsePayloadSizeLimitExceeded" && code !== "ItemNotFound" && code !== "RangeExceedsLimit")
      throw error;
    const querySizes = (): { name: string; used: Excel.Range }[] =>
      toRead.map((name) => {
        const used = usedRange(name);
        used.load("rowIndex, columnIndex, rowCount, columnCount");
        return { name, used };
      });
    let queued = querySizes();
    collectHighlights = withHighlights ? queueOwnedHighlightQuery(worksheets, highlightSheets) : undefined;
    try {
      syncs++;
      await context.sync();
    } catch (sizesError) {
      // the marks alone are more than a response holds (tens of thousands left by a run): sizes, then the marks page by page
      if (errorCode(sizesError) !== "ResponsePayloadSizeLimitExceeded" || !collectHighlights) throw sizesError;
      queued = querySizes();
      syncs++;
      await context.sync();
      const paged = await readOwnedHighlightsPaged(context, highlightSheets, Math.floor(limit * SAFETY));
      syncs += paged.syncs;
      collectHighlights = () => paged.highlights;
    }
    reads = queued.map(({ name, used }) => newSheetRead(name, used, DEFAULT_CELL_BYTES));
    headRowsRead = reads.map(() => 0);
    headColumnsRead = reads.map(() => 0);
  }
  const ownedHighlights = collectHighlights ? collectHighlights() : NO_OWNED_HIGHLIGHTS;

  // the rest, in blocks that fill a response up to its budget, none over the cell limit
  let budget = Math.floor(limit * SAFETY);
  let pending: Block[] = reads.flatMap((s, i) =>
    remainingBlocksOf(s, headRowsRead[i] ?? 0, headColumnsRead[i] ?? 0, budget, maxCells),
  );
  while (pending.length > 0) {
    const batch: Block[] = [];
    let room = budget;
    while (pending.length > 0 && room > 0) {
      const block = pending[0] as Block;
      const rowBytes = Math.max(1, block.sheet.cellBytes * block.columnCount);
      const fit = Math.min(Math.floor(room / rowBytes), Math.floor(maxCells / block.columnCount));
      const rows = Math.min(block.rowCount, Math.max(1, fit));
      if (batch.length > 0 && rows * rowBytes > room) break;
      batch.push({ ...block, rowCount: rows });
      room -= rows * rowBytes;
      pending =
        rows === block.rowCount
          ? pending.slice(1)
          : [{ ...block, row: block.row + rows, rowCount: block.rowCount - rows }, ...pending.slice(1)];
    }
    const ranges = batch.map((b) => {
      const s = b.sheet;
      const range = worksheets
        .getItem(s.name)
        .getRange(rangeAddress(s.row + b.row, s.column + b.column, b.rowCount, b.columnCount));
      range.load("values, numberFormat");
      return range;
    });
    try {
      syncs++;
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per batch of blocks is the point: each response stays under the limit
      await context.sync();
    } catch (error) {
      // the estimate was short: the same cells again, in smaller blocks (narrower ones when a row alone is too much)
      const code = errorCode(error);
      if (code !== "ResponsePayloadSizeLimitExceeded" && code !== "RangeExceedsLimit") throw error;
      if (batch.every((b) => b.rowCount === 1 && b.columnCount === 1)) throw error;
      budget = Math.max(1, Math.floor(budget / 2));
      const smaller = batch.flatMap((b): Block[] =>
        b.rowCount > 1 || b.columnCount === 1
          ? [b]
          : [
              { ...b, columnCount: Math.ceil(b.columnCount / 2) },
              { ...b, column: b.column + Math.ceil(b.columnCount / 2), columnCount: Math.floor(b.columnCount / 2) },
            ],
      );
      new Set(smaller.map((b) => b.sheet)).forEach((sheet) => {
        sheet.cellBytes *= 2;
      });
      pending = [...smaller, ...pending];
      continue;
    }
    batch.forEach((b, i) => {
      const range = ranges[i] as Excel.Range;
      const values = range.values as unknown[][];
      const formats = range.numberFormat as unknown[][];
      store(b.sheet, b.row, b.column, values, formats);
      b.sheet.cellBytes = bytesPerCell(values, formats) || b.sheet.cellBytes;
    });
  }

  const sheets: RawSheet[] = reads.map((s) => ({
    name: s.name,
    origin: { row: s.row, column: s.column },
    values: rawValues(s.values),
    numberFormats: rawFormats(s.formats),
  }));
  return { workbook: { sheetNames, sheets }, ownedHighlights, syncs, protection, report };
}
