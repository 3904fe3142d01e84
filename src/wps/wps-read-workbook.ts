/**
 * Reads what the core needs from WPS 表格 in whole-range calls: the sheet names (one call each, as
 * WPS lists them only by index), then for each layout sheet its used range — its position and
 * every value in one `Value2` read — and its number formats. WPS gives a block's `NumberFormat` as
 * one string, or null where the cells differ, so formats are asked for the header row, then the
 * rows below it as one block, then column by column, and a column only where its formats change
 * is halved until each part has one: a table whose columns each keep one format costs the same
 * at 10 rows and at 100,000.
 */
import { rangeAddress } from "../core/a1";
import { INPUT_SHEET_KEYS, LAYOUT } from "../core/layout";
import type { RawCell, RawSheet, RawWorkbook } from "../core/raw-cell";
import { normaliseHeader } from "../core/read-table";
import { DEFAULT_REPORT, findReport, type ReportType } from "../core/report-types";
import type { EtCellValue, EtWorkbook, EtWorksheet } from "./et-api";

export interface WpsWorkbookRead {
  readonly workbook: RawWorkbook;
  /** The report read: its template sheet and its output sheet. */
  readonly report: ReportType;
  /** The worksheets by name, for the write that follows (no second lookup). */
  readonly sheets: WorksheetCache;
}

export interface WpsReadOptions {
  /** Reads the report's 文字稿 sheet too (生成文字稿 checks it for edits before replacing it). */
  readonly narrative?: boolean;
  /** The report whose template (and 文字稿) to read, by name; the workbook's first report by default. */
  readonly report?: string;
  /** The sheet names alone (a pane-built plan needs no cells). */
  readonly namesOnly?: boolean;
}

/** VBA's error values (CVErr) as WPS may hand them to script, by their Excel text. */
const CV_ERROR_TEXT: Readonly<Record<number, string>> = {
  [-2146826288]: "#NULL!",
  [-2146826281]: "#DIV/0!",
  [-2146826273]: "#VALUE!",
  [-2146826265]: "#REF!",
  [-2146826259]: "#NAME?",
  [-2146826252]: "#NUM!",
  [-2146826246]: "#N/A",
};

/** Worksheets looked up once per action, by name (case-insensitive, as WPS compares sheet names). */
export class WorksheetCache {
  private readonly byName: Record<string, EtWorksheet> = {};

  constructor(private readonly workbook: EtWorkbook) {}

  note(name: string, sheet: EtWorksheet): void {
    this.byName[name.toLowerCase()] = sheet;
  }

  forget(name: string): void {
    delete this.byName[name.toLowerCase()];
  }

  get(name: string): EtWorksheet {
    const key = name.toLowerCase();
    const found = this.byName[key];
    if (found) return found;
    const sheet = this.workbook.Sheets.Item(name);
    this.byName[key] = sheet;
    return sheet;
  }
}

const INPUT_SHEETS: readonly string[] = INPUT_SHEET_KEYS.map((k) => LAYOUT[k].name);

function matches(names: readonly string[], sheetName: string): boolean {
  const n = normaliseHeader(sheetName);
  return names.some((name) => normaliseHeader(name) === n);
}

/** A cell as the core takes it: empty is null, an error is its Excel text. */
export function rawCell(value: unknown): RawCell {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value === "number") {
    const error = CV_ERROR_TEXT[value];
    return error !== undefined ? error : value;
  }
  if (typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

/** `Value2` of a block as rows: a single cell comes back as its value alone. */
export function valueRows(value: EtCellValue | EtCellValue[][]): unknown[][] {
  return Array.isArray(value) ? (value as unknown[][]) : [[value]];
}

/** Number formats of a rows × columns block at (row, column) of `sheet` (zero-based), whole blocks at a time. */
export function readNumberFormats(
  sheet: EtWorksheet,
  row: number,
  column: number,
  rows: number,
  columns: number,
): string[][] {
  const formats: string[][] = Array.from({ length: rows }, () => Array.from({ length: columns }, () => "General"));
  const fill = (r0: number, c0: number, nr: number, nc: number, format: string): void => {
    for (let r = r0; r < r0 + nr; r++) {
      const line = formats[r] as string[];
      for (let c = c0; c < c0 + nc; c++) line[c] = format;
    }
  };
  const probe = (r0: number, c0: number, nr: number, nc: number): void => {
    if (nr <= 0 || nc <= 0) return;
    const format = sheet.Range(rangeAddress(row + r0, column + c0, nr, nc)).NumberFormat;
    if (typeof format === "string") {
      fill(r0, c0, nr, nc, format);
      return;
    }
    if (nc > 1) {
      for (let c = 0; c < nc; c++) probe(r0, c0 + c, nr, 1);
      return;
    }
    if (nr === 1) return; // one cell WPS gives no format for: General
    const half = Math.ceil(nr / 2);
    probe(r0, c0, half, 1);
    probe(r0 + half, c0, nr - half, 1);
  };
  // the header row apart: its formats seldom match the data's
  probe(0, 0, 1, columns);
  probe(1, 0, rows - 1, columns);
  return formats;
}

/** One sheet's used range: where it starts, its values and its number formats. */
function readSheet(name: string, sheet: EtWorksheet): RawSheet {
  const used = sheet.UsedRange;
  const row = used.Row - 1;
  const column = used.Column - 1;
  const rows = valueRows(used.Value2);
  const values = rows.map((cells) => cells.map(rawCell));
  const width = values[0]?.length ?? 0;
  const blank = values.length === 1 && width === 1 && values[0]?.[0] === null;
  const numberFormats = blank ? [["General"]] : readNumberFormats(sheet, row, column, values.length, width);
  return { name, origin: { row, column }, values, numberFormats };
}

/**
 * The sheet names, then each layout sheet present (the input sheets, the report's template, and
 * its 文字稿 when asked).
 */
export function readWpsWorkbook(workbook: EtWorkbook, options: WpsReadOptions = {}): WpsWorkbookRead {
  const collection = workbook.Sheets;
  const count = collection.Count;
  const cache = new WorksheetCache(workbook);
  const sheetNames: string[] = [];
  for (let i = 1; i <= count; i++) {
    const sheet = collection.Item(i);
    const name = sheet.Name;
    sheetNames.push(name);
    cache.note(name, sheet);
  }
  const report = findReport(sheetNames, options.report) ?? DEFAULT_REPORT;
  if (options.namesOnly) return { workbook: { sheetNames, sheets: [] }, report, sheets: cache };
  const wanted = [...INPUT_SHEETS, report.templateSheet, ...(options.narrative ? [report.outputSheet] : [])];
  const sheets = sheetNames.filter((name) => matches(wanted, name)).map((name) => readSheet(name, cache.get(name)));
  return { workbook: { sheetNames, sheets }, report, sheets: cache };
}
