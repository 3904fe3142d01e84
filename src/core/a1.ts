/**
 * A1 addresses. Rows and columns are zero-based in code and one-based in what users see.
 */

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const WHOLE_COLUMN = /^\$?([A-Za-z]{1,3})$/;
const WHOLE_ROW = /^\$?(\d{1,7})$/;

/** Column letters for a zero-based column index: 0 → "A", 26 → "AA". */
export function columnLetters(columnIndex: number): string {
  let n = columnIndex + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Zero-based column index for letters: "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.toUpperCase().charCodeAt(i) - 64);
  return n - 1;
}

/** "C5" for row 4, column 2 (zero-based). */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** "A1:C3" for a block starting at (row, column) of the given size; a single cell gives "A1". */
export function rangeAddress(row: number, column: number, rowCount: number, columnCount: number): string {
  const start = cellAddress(row, column);
  if (rowCount <= 1 && columnCount <= 1) return start;
  return `${start}:${cellAddress(row + Math.max(rowCount, 1) - 1, column + Math.max(columnCount, 1) - 1)}`;
}

export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

/**
 * Parses "C5" (also "$C$5" and "Sheet!C5") into zero-based row and column — the top-left cell of
 * a range ("C5:D9" → C5); null when it is not an address.
 */
export function parseCellAddress(address: string): CellPosition | null {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const m = CELL.exec(local.split(":")[0] ?? "");
  if (!m || !m[1] || !m[2]) return null;
  return { row: Number(m[2]) - 1, column: columnIndex(m[1]) };
}

/** The last row and column of a worksheet (Excel 2007 and later). */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A rectangle of cells, zero-based. */
export interface RangeRect {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/**
 * The one A1 range parser: "C5", "A1:C3" (either corner first), "$A$1:$C$3", "Sheet!A1:C3", and
 * whole columns "C:E" or rows "2:4". Null when it is none of them or leaves the worksheet.
 */
export function parseRangeAddress(address: string): RangeRect | null {
  const local = (address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address).trim();
  const parts = local.split(":");
  if (parts.length < 1 || parts.length > 2) return null;
  const first = parts[0] ?? "";
  const last = parts[1] ?? first;
  const rect = (r1: number, c1: number, r2: number, c2: number): RangeRect | null => {
    const row = Math.min(r1, r2);
    const column = Math.min(c1, c2);
    const rowCount = Math.abs(r2 - r1) + 1;
    const columnCount = Math.abs(c2 - c1) + 1;
    if (row < 0 || column < 0 || row + rowCount > MAX_ROWS || column + columnCount > MAX_COLUMNS) return null;
    return { row, column, rowCount, columnCount };
  };
  const a = CELL.exec(first);
  const b = CELL.exec(last);
  if (a && b) return rect(Number(a[2]) - 1, columnIndex(a[1] ?? ""), Number(b[2]) - 1, columnIndex(b[1] ?? ""));
  if (parts.length !== 2) return null;
  const ca = WHOLE_COLUMN.exec(first);
  const cb = WHOLE_COLUMN.exec(last);
  if (ca && cb) return rect(0, columnIndex(ca[1] ?? ""), MAX_ROWS - 1, columnIndex(cb[1] ?? ""));
  const ra = WHOLE_ROW.exec(first);
  const rb = WHOLE_ROW.exec(last);
  if (ra && rb) return rect(Number(ra[1]) - 1, 0, Number(rb[1]) - 1, MAX_COLUMNS - 1);
  return null;
}

/** Every cell of an A1 range ("C2:D3" → C2, D2, C3, D3); [] when it is not one. */
export function cellsOfRange(address: string): string[] {
  const r = parseRangeAddress(address);
  if (!r) return [];
  const out: string[] = [];
  for (let row = r.row; row < r.row + r.rowCount; row++)
    for (let column = r.column; column < r.column + r.columnCount; column++) out.push(cellAddress(row, column));
  return out;
}

/** Quotes a sheet name for a formula reference: 主要指标 → '主要指标'. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
