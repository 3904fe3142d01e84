/**
 * A1 addresses. Rows and columns are zero-based in code and one-based in what users see.
 */

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

/** Parses "C5" (also "$C$5" and "Sheet!C5") into zero-based row and column; null when it is not an address. */
export function parseCellAddress(address: string): CellPosition | null {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(local.split(":")[0] ?? "");
  if (!m || !m[1] || !m[2]) return null;
  return { row: Number(m[2]) - 1, column: columnIndex(m[1]) };
}

/** Quotes a sheet name for a formula reference: 主要指标 → '主要指标'. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
