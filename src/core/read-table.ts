/**
 * Reads one input sheet from the plain arrays an adapter hands over: finds the header row by the
 * header names (aliases, white space, line breaks and bracket widths normalised), maps columns by
 * name — never by position — and parses every cell once, keeping its A1 address.
 */
import { cellAddress, columnLetters } from "./a1";
import type { ColumnSpec, SheetKey, SheetSpec } from "./layout";
import { LAYOUT } from "./layout";
import { parseCell, type ParsedCell } from "./parse-cell";
import type { RawCell, RawSheet, RawWorkbook } from "./raw-cell";

export interface TableCell {
  /** A1 address on the sheet; "" when the column is missing from the sheet. */
  readonly address: string;
  readonly raw: RawCell;
  readonly parsed: ParsedCell;
  /** The cell's number format ("General" when unknown). */
  readonly numberFormat: string;
}

export interface TableRow {
  /** Zero-based row on the sheet. */
  readonly row: number;
  /** Cells by column key; a column missing from the sheet gives a blank cell with address "". */
  readonly cells: Readonly<Record<string, TableCell>>;
}

export interface HeaderCell {
  readonly spec: ColumnSpec;
  /** Zero-based column on the sheet. */
  readonly column: number;
  readonly address: string;
  /** The header text as the user typed it. */
  readonly text: string;
}

export interface Table {
  readonly sheetKey: SheetKey;
  /** The sheet's name as the workbook spells it (the layout's name when the sheet is absent). */
  readonly sheetName: string;
  /** False when the workbook has no sheet of this name. */
  readonly present: boolean;
  /** Zero-based sheet row of the header, or undefined when no header was recognised. */
  readonly headerRow: number | undefined;
  /** Column key → the header cell found for it. */
  readonly columns: Readonly<Record<string, HeaderCell>>;
  /** Headers that match a column already taken (the first occurrence wins). */
  readonly duplicateHeaders: readonly HeaderCell[];
  /** Columns of the layout not found on the sheet. */
  readonly missingColumns: readonly ColumnSpec[];
  /** Data rows below the header, fully blank rows skipped. */
  readonly rows: readonly TableRow[];
  /** Zero-based sheet row just below the last row of the used range (where a new row would go). */
  readonly endRow: number;
}

/** Header text compared after removing white space and unifying bracket widths. */
export function normaliseHeader(text: string): string {
  return text
    .replace(/[\s\u3000]+/g, "")
    .replace(/[（(]/g, "(")
    .replace(/[）)]/g, ")")
    .replace(/[【[]/g, "[")
    .replace(/[】\]]/g, "]");
}

function headerMatches(spec: ColumnSpec, text: string): boolean {
  const n = normaliseHeader(text);
  if (n === "") return false;
  return [spec.header, ...spec.aliases].some((h) => normaliseHeader(h) === n);
}

/** How many rows from the top are searched for the header (titles may stand above it). */
const HEADER_SEARCH_ROWS = 20;

const BLANK: ParsedCell = { kind: "blank" };

/** Reads one sheet as the table `key` of the layout. */
export function readTable(key: SheetKey, sheet: RawSheet | undefined): Table {
  const spec: SheetSpec = LAYOUT[key];
  if (!sheet) {
    return {
      sheetKey: key,
      sheetName: spec.name,
      present: false,
      headerRow: undefined,
      columns: {},
      duplicateHeaders: [],
      missingColumns: spec.columns,
      rows: [],
      endRow: 0,
    };
  }
  const { values, numberFormats, origin } = sheet;
  const endRow = origin.row + values.length;

  // the header row is the one (among the first rows) matching the most column names
  let bestRow = -1;
  let bestCount = 0;
  for (let r = 0; r < Math.min(values.length, HEADER_SEARCH_ROWS); r++) {
    const row = values[r] ?? [];
    let count = 0;
    for (const column of spec.columns) {
      if (row.some((v) => typeof v === "string" && headerMatches(column, v))) count++;
    }
    if (count > bestCount) {
      bestCount = count;
      bestRow = r;
    }
  }
  if (bestRow < 0) {
    return {
      sheetKey: key,
      sheetName: sheet.name,
      present: true,
      headerRow: undefined,
      columns: {},
      duplicateHeaders: [],
      missingColumns: spec.columns,
      rows: [],
      endRow,
    };
  }

  const headerValues = values[bestRow] ?? [];
  const columns: Record<string, HeaderCell> = {};
  const duplicateHeaders: HeaderCell[] = [];
  headerValues.forEach((v, c) => {
    if (typeof v !== "string") return;
    const column = spec.columns.find((s) => headerMatches(s, v));
    if (!column) return;
    const header: HeaderCell = {
      spec: column,
      column: origin.column + c,
      address: cellAddress(origin.row + bestRow, origin.column + c),
      text: v,
    };
    if (columns[column.key]) duplicateHeaders.push(header);
    else columns[column.key] = header;
  });
  const missingColumns = spec.columns.filter((c) => !columns[c.key]);

  // column letters once per column, not once per cell (cellAddress would recompute them)
  const letters: Record<string, string> = {};
  for (const key of Object.keys(columns)) letters[key] = columnLetters((columns[key] as HeaderCell).column);
  const rows: TableRow[] = [];
  for (let r = bestRow + 1; r < values.length; r++) {
    const rowValues = values[r] ?? [];
    const rowFormats = numberFormats[r] ?? [];
    const cells: Record<string, TableCell> = {};
    let blank = true;
    for (const column of spec.columns) {
      const header = columns[column.key];
      if (!header) {
        cells[column.key] = { address: "", raw: null, parsed: BLANK, numberFormat: "General" };
        continue;
      }
      const c = header.column - origin.column;
      const raw = rowValues[c] ?? null;
      const parsed = parseCell(raw);
      if (parsed.kind !== "blank" && column.type !== "computed") blank = false;
      cells[column.key] = {
        address: `${letters[column.key] as string}${origin.row + r + 1}`,
        raw,
        parsed,
        numberFormat: rowFormats[c] || "General",
      };
    }
    if (!blank) rows.push({ row: origin.row + r, cells });
  }

  return {
    sheetKey: key,
    sheetName: sheet.name,
    present: true,
    headerRow: origin.row + bestRow,
    columns,
    duplicateHeaders,
    missingColumns,
    rows,
    endRow,
  };
}

/** Finds a sheet by its layout name (exact name first, then ignoring white space). */
export function findSheet(workbook: RawWorkbook, name: string): RawSheet | undefined {
  return (
    workbook.sheets.find((s) => s.name === name) ??
    workbook.sheets.find((s) => normaliseHeader(s.name) === normaliseHeader(name))
  );
}

/** The cell of `key` in a row (a blank cell with address "" when the column is missing). */
export function cellOf(row: TableRow, key: string): TableCell {
  return row.cells[key] ?? { address: "", raw: null, parsed: BLANK, numberFormat: "General" };
}
