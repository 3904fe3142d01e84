/**
 * Reads one input sheet from the plain arrays an adapter hands over: finds the header row by the
 * header names (aliases, white space, line breaks and bracket widths normalised), maps columns by
 * name — never by position — and parses every cell once, keeping its A1 address.
 */
import { cellAddress, columnLetters } from "./a1";
import type { AnyColumnKey, ColumnKey, ColumnSpec, SheetKey, SheetSpec } from "./layout";
import { columnsOf, LAYOUT } from "./layout";
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

export interface TableRow<C extends string = AnyColumnKey> {
  /** Zero-based row on the sheet. */
  readonly row: number;
  /** Cells by column key; a column missing from the sheet gives a blank cell with address "". */
  readonly cells: Readonly<Partial<Record<C, TableCell>>>;
  /** Cells of the columns a user added beside the layout's, by their header as typed. */
  readonly extra: Readonly<Record<string, TableCell>>;
}

export interface HeaderCell<C extends string = AnyColumnKey> {
  readonly spec: ColumnSpec<C>;
  /** Zero-based column on the sheet. */
  readonly column: number;
  readonly address: string;
  /** The header text as the user typed it. */
  readonly text: string;
}

/** A column a user added to an input table: not in the layout, kept and carried as data. */
export interface ExtraColumn {
  /** The header as typed (trimmed). */
  readonly header: string;
  /** Zero-based column on the sheet. */
  readonly column: number;
  readonly address: string;
}

export interface Table<K extends SheetKey = SheetKey> {
  readonly sheetKey: K;
  /** The sheet's name as the workbook spells it (the layout's name when the sheet is absent). */
  readonly sheetName: string;
  /** False when the workbook has no sheet of this name. */
  readonly present: boolean;
  /** Zero-based sheet row of the header, or undefined when no header was recognised. */
  readonly headerRow: number | undefined;
  /** Column key → the header cell found for it. */
  readonly columns: Readonly<Partial<Record<ColumnKey<K>, HeaderCell<ColumnKey<K>>>>>;
  /** Headers that match a column already taken (the first occurrence wins). */
  readonly duplicateHeaders: readonly HeaderCell<ColumnKey<K>>[];
  /** Columns of the layout not found on the sheet (optional columns are never missing). */
  readonly missingColumns: readonly ColumnSpec<ColumnKey<K>>[];
  /** Headed columns the layout does not know, left to right. */
  readonly extraColumns: readonly ExtraColumn[];
  /** Data rows below the header, fully blank rows skipped. */
  readonly rows: readonly TableRow<ColumnKey<K>>[];
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
export const HEADER_SEARCH_ROWS = 20;

const BLANK: ParsedCell = { kind: "blank" };
const BLANK_CELL: TableCell = { address: "", raw: null, parsed: BLANK, numberFormat: "General" };

const NO_EXTRA: Readonly<Record<string, TableCell>> = Object.freeze({});

/** Reads one sheet as the table `key` of the layout. */
export function readTable<K extends SheetKey>(key: K, sheet: RawSheet | undefined): Table<K> {
  type C = ColumnKey<K>;
  const spec = LAYOUT[key] as SheetSpec<C>;
  // the layout's columns and the optional ones a sheet may have: all recognised by their headers
  const known = columnsOf(key) as readonly ColumnSpec<C>[];
  const absent = (present: boolean, endRow: number): Table<K> => ({
    sheetKey: key,
    sheetName: sheet ? sheet.name : spec.name,
    present,
    headerRow: undefined,
    columns: {} as Table<K>["columns"],
    duplicateHeaders: [],
    missingColumns: spec.columns,
    extraColumns: [],
    rows: [],
    endRow,
  });
  if (!sheet) return absent(false, 0);
  const { values, numberFormats, origin } = sheet;
  const formulas = sheet.formulas ?? [];
  const endRow = origin.row + values.length;

  // the header row is the one (among the first rows) matching the most column names
  let bestRow = -1;
  let bestCount = 0;
  for (let r = 0; r < Math.min(values.length, HEADER_SEARCH_ROWS); r++) {
    const row = values[r] ?? [];
    let count = 0;
    for (const column of known) {
      if (row.some((v) => typeof v === "string" && headerMatches(column, v))) count++;
    }
    if (count > bestCount) {
      bestCount = count;
      bestRow = r;
    }
  }
  if (bestRow < 0) return absent(true, endRow);

  const headerValues = values[bestRow] ?? [];
  const columns: Partial<Record<C, HeaderCell<C>>> = {};
  const duplicateHeaders: HeaderCell<C>[] = [];
  const extraColumns: ExtraColumn[] = [];
  headerValues.forEach((v, c) => {
    if (typeof v !== "string") return;
    const address = cellAddress(origin.row + bestRow, origin.column + c);
    const column = known.find((s) => headerMatches(s, v));
    if (!column) {
      const header = v.trim();
      if (header !== "") extraColumns.push({ header, column: origin.column + c, address });
      return;
    }
    const header: HeaderCell<C> = { spec: column, column: origin.column + c, address, text: v };
    if (columns[column.key]) duplicateHeaders.push(header);
    else columns[column.key] = header;
  });
  const missingColumns = spec.columns.filter((c) => !columns[c.key]);

  // the columns found, with their offsets and letters, once per table rather than once per cell;
  // a column the sheet lacks gets no cell (cellOf reads it as blank)
  const found = known.flatMap((spec) => {
    const header = columns[spec.key];
    if (!header) return [];
    return [
      {
        key: spec.key,
        offset: header.column - origin.column,
        letters: columnLetters(header.column),
        computed: spec.type === "computed",
      },
    ];
  });
  const extraLetters = extraColumns.map((e) => columnLetters(e.column));
  const rows: TableRow<C>[] = [];
  for (let r = bestRow + 1; r < values.length; r++) {
    const rowValues = values[r] ?? [];
    const rowFormulas = formulas[r];
    // a row the reader found empty (a stretch of blank rows shares one empty array)
    if (rowValues.length === 0 && !(rowFormulas && rowFormulas.length > 0)) continue;
    const rowFormats = numberFormats[r] ?? [];
    const cells: Partial<Record<C, TableCell>> = {};
    let blank = true;
    for (const column of found) {
      const c = column.offset;
      const raw = rowValues[c] ?? null;
      const parsed = parseCell(raw, raw === null && rowFormulas ? rowFormulas[c] : undefined);
      if (parsed.kind !== "blank" && !column.computed) blank = false;
      cells[column.key] = {
        address: `${column.letters}${origin.row + r + 1}`,
        raw,
        parsed,
        numberFormat: rowFormats[c] || "General",
      };
    }
    // a row is data by the layout's columns: a note beside the table does not make one
    if (blank) continue;
    let extra = NO_EXTRA;
    if (extraColumns.length > 0) {
      const extraCells: Record<string, TableCell> = {};
      extraColumns.forEach((e, i) => {
        const c = e.column - origin.column;
        const raw = rowValues[c] ?? null;
        const parsed = parseCell(raw, raw === null && rowFormulas ? rowFormulas[c] : undefined);
        extraCells[e.header] = {
          address: `${extraLetters[i] as string}${origin.row + r + 1}`,
          raw,
          parsed,
          numberFormat: rowFormats[c] || "General",
        };
      });
      extra = extraCells;
    }
    rows.push({ row: origin.row + r, cells, extra });
  }

  return {
    sheetKey: key,
    sheetName: sheet.name,
    present: true,
    headerRow: origin.row + bestRow,
    columns,
    duplicateHeaders,
    missingColumns,
    extraColumns,
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
export function cellOf<C extends string>(row: TableRow<C>, key: NoInfer<C>): TableCell {
  return row.cells[key] ?? BLANK_CELL;
}
