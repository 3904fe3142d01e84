/**
 * Reads what the core needs, in as few round trips as Office.js allows: the sheet names first
 * (the only way to learn which sheets exist on every host, ExcelApi 1.1 included), then in ONE
 * batch the used range of every layout sheet present — its size, and the values and number
 * formats of its first rows (HEAD_ROWS) — and on ExcelApi 1.6+ the conditional formats that tell
 * the add-in's own highlights apart. A sheet taller than HEAD_ROWS has its other rows read in
 * further batches of row blocks, each response under the 5 MB limit of Excel on the web
 * (100,000 rows × 7 columns of values and formats are ~24 MB).
 */
import { rangeAddress } from "../core/a1";
import { INPUT_SHEET_KEYS, LAYOUT } from "../core/layout";
import type { RawCell, RawSheet, RawWorkbook } from "../core/raw-cell";
import { normaliseHeader } from "../core/read-table";
import { NO_OWNED_HIGHLIGHTS, queueOwnedHighlightQuery, type OwnedHighlights } from "./owned-highlights";
import type { HostSupport } from "./requirements";

export interface WorkbookRead {
  readonly workbook: RawWorkbook;
  /** The add-in's highlights already on the input sheets (empty below ExcelApi 1.6). */
  readonly ownedHighlights: OwnedHighlights;
  /** `context.sync()` calls made. */
  readonly syncs: number;
}

export interface ReadOptions {
  /** Response size limit in bytes (default 5 MB, Excel on the web). */
  readonly maxResponseBytes?: number;
  /** Rows of each sheet read with the sheet sizes, in the second sync (default HEAD_ROWS). */
  readonly headRows?: number;
  /** Reads the 文字稿 sheet too (生成文字稿 checks it for edits before replacing it). */
  readonly narrative?: boolean;
}

/** Excel on the web refuses responses over 5 MB. */
export const DEFAULT_MAX_RESPONSE_BYTES = 5 * 1024 * 1024;
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
const READ_SHEETS: readonly string[] = [...INPUT_SHEET_KEYS.map((k) => LAYOUT[k].name), LAYOUT.template.name];
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

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 2 : 3;
  }
  return bytes;
}

/** Response bytes a row of values and formats takes, from up to 64 rows spread over `values`. */
function bytesPerRow(values: readonly (readonly unknown[])[], formats: readonly (readonly unknown[])[]): number {
  if (values.length === 0) return 0;
  const step = Math.max(1, Math.floor(values.length / 64));
  let bytes = 0;
  let rows = 0;
  for (let r = 0; r < values.length; r += step) {
    bytes += utf8Length(JSON.stringify(values[r])) + utf8Length(JSON.stringify(formats[r] ?? []));
    rows++;
  }
  return Math.ceil((bytes / rows) * 1.25);
}

interface SheetRead {
  readonly name: string;
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
  /** Rows read so far, from the top of the used range. */
  values: unknown[][];
  formats: unknown[][];
  /** Estimated response bytes of one more row. */
  rowBytes: number;
}

/** A block of rows still to read. */
interface Block {
  readonly sheet: SheetRead;
  /** Offset of the block's first row in the used range. */
  readonly offset: number;
  readonly rowCount: number;
}

/** Reads the sheet names, then every layout sheet's used range (and owned highlights), in as few batches as fit. */
export async function readWorkbook(
  context: Excel.RequestContext,
  support: HostSupport,
  options: ReadOptions = {},
): Promise<WorkbookRead> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  let syncs = 1;
  const sheetNames = worksheets.items.map((s) => s.name);

  const readSheets = options.narrative ? [...READ_SHEETS, LAYOUT.narrative.name] : READ_SHEETS;
  const toRead = sheetNames.filter((name) => matches(readSheets, name));
  const highlightSheets = toRead.filter((name) => matches(INPUT_SHEETS, name));
  const withHighlights = support.supports("1.6") && highlightSheets.length > 0;
  // a workbook without any layout sheet needs no second round trip
  if (toRead.length === 0 && !withHighlights) {
    return { workbook: { sheetNames, sheets: [] }, ownedHighlights: NO_OWNED_HIGHLIGHTS, syncs };
  }

  const valuesOnly = support.supports("1.2");
  const usedRange = (name: string): Excel.Range => {
    const sheet = worksheets.getItem(name);
    return valuesOnly ? sheet.getUsedRange(true) : sheet.getUsedRange();
  };
  const limit = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const headRows = Math.max(1, Math.floor(options.headRows ?? HEAD_ROWS));

  // second sync: sizes, the first rows and the highlights; when the first rows are too much for one
  // response (very wide rows, or a sheet whose data starts below them), sizes and highlights alone
  let collectHighlights: (() => OwnedHighlights) | undefined;
  let reads: SheetRead[];
  try {
    const queued = toRead.map((name) => {
      const used = usedRange(name);
      used.load("rowIndex, columnIndex, rowCount, columnCount");
      const head = used.getIntersection(`1:${headRows}`);
      head.load("values, numberFormat");
      return { name, used, head };
    });
    collectHighlights = withHighlights ? queueOwnedHighlightQuery(worksheets, highlightSheets) : undefined;
    syncs++;
    await context.sync();
    reads = queued.map(({ name, used, head }) => {
      const values = head.values as unknown[][];
      const formats = head.numberFormat as unknown[][];
      return {
        name,
        row: used.rowIndex,
        column: used.columnIndex,
        rowCount: used.rowCount,
        columnCount: used.columnCount,
        values,
        formats,
        rowBytes: bytesPerRow(values, formats),
      };
    });
  } catch (error) {
    const code = errorCode(error);
    if (code !== "ResponsePayloadSizeLimitExceeded" && code !== "ItemNotFound") throw error;
    const queued = toRead.map((name) => {
      const used = usedRange(name);
      used.load("rowIndex, columnIndex, rowCount, columnCount");
      return { name, used };
    });
    collectHighlights = withHighlights ? queueOwnedHighlightQuery(worksheets, highlightSheets) : undefined;
    syncs++;
    await context.sync();
    reads = queued.map(({ name, used }) => ({
      name,
      row: used.rowIndex,
      column: used.columnIndex,
      rowCount: used.rowCount,
      columnCount: used.columnCount,
      values: [],
      formats: [],
      rowBytes: used.columnCount * DEFAULT_CELL_BYTES,
    }));
  }
  const ownedHighlights = collectHighlights ? collectHighlights() : NO_OWNED_HIGHLIGHTS;

  // the remaining rows, in blocks that fill a response up to its budget
  let budget = Math.floor(limit * SAFETY);
  let pending: Block[] = reads
    .filter((s) => s.values.length < s.rowCount)
    .map((s) => ({ sheet: s, offset: s.values.length, rowCount: s.rowCount - s.values.length }));
  while (pending.length > 0) {
    const batch: Block[] = [];
    let room = budget;
    while (pending.length > 0 && room > 0) {
      const block = pending[0] as Block;
      const rows = Math.min(block.rowCount, Math.max(1, Math.floor(room / Math.max(1, block.sheet.rowBytes))));
      if (batch.length > 0 && rows * block.sheet.rowBytes > room) break;
      batch.push({ sheet: block.sheet, offset: block.offset, rowCount: rows });
      room -= rows * block.sheet.rowBytes;
      pending =
        rows === block.rowCount
          ? pending.slice(1)
          : [{ sheet: block.sheet, offset: block.offset + rows, rowCount: block.rowCount - rows }, ...pending.slice(1)];
    }
    const ranges = batch.map((b) => {
      const s = b.sheet;
      const range = worksheets
        .getItem(s.name)
        .getRange(rangeAddress(s.row + b.offset, s.column, b.rowCount, s.columnCount));
      range.load("values, numberFormat");
      return range;
    });
    try {
      syncs++;
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block of rows is the point: each response stays under the limit
      await context.sync();
    } catch (error) {
      // the estimate was short: the same rows again, in smaller blocks
      if (errorCode(error) !== "ResponsePayloadSizeLimitExceeded" || batch.every((b) => b.rowCount === 1)) throw error;
      budget = Math.max(1, Math.floor(budget / 2));
      pending = [...batch, ...pending];
      continue;
    }
    batch.forEach((b, i) => {
      const range = ranges[i] as Excel.Range;
      const values = range.values as unknown[][];
      const formats = range.numberFormat as unknown[][];
      for (let r = 0; r < values.length; r++) {
        b.sheet.values[b.offset + r] = values[r] as unknown[];
        b.sheet.formats[b.offset + r] = formats[r] ?? [];
      }
      if (b.offset === 0) b.sheet.rowBytes = bytesPerRow(values, formats);
    });
  }

  const sheets: RawSheet[] = reads.map((s) => ({
    name: s.name,
    origin: { row: s.row, column: s.column },
    values: rawValues(s.values),
    numberFormats: rawFormats(s.formats),
  }));
  return { workbook: { sheetNames, sheets }, ownedHighlights, syncs };
}
