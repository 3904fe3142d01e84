/**
 * A1 addresses of the simulated host: parsing what `worksheet.getRange(address)` accepts and
 * formatting what `range.address` returns ("主要指标!A1:I7", quoted when Excel quotes).
 */
import { columnIndex, columnLetters } from "../core/a1";
import { simError } from "./errors";

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A rectangle of cells, zero-based. */
export interface Rect {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export const WHOLE_SHEET: Rect = { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS };

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function invalid(address: string): Error {
  return simError("InvalidArgument", `address "${address}"`);
}

/** Parses "A1", "A1:C3", "C:E" or "2:4" (no sheet part); throws InvalidArgument otherwise. */
export function parseAddress(address: string): Rect {
  const parts = address.trim().split(":");
  if (parts.length < 1 || parts.length > 2 || address.indexOf("!") >= 0) throw invalid(address);
  const first = parts[0] ?? "";
  const last = parts[1] ?? first;
  const c1 = CELL.exec(first);
  const c2 = CELL.exec(last);
  if (c1 && c2) {
    const r1 = Number(c1[2]) - 1;
    const r2 = Number(c2[2]) - 1;
    const k1 = columnIndex(c1[1] ?? "");
    const k2 = columnIndex(c2[1] ?? "");
    return checked(address, Math.min(r1, r2), Math.min(k1, k2), Math.abs(r2 - r1) + 1, Math.abs(k2 - k1) + 1);
  }
  if (parts.length === 2) {
    const col1 = COLUMN.exec(first);
    const col2 = COLUMN.exec(last);
    if (col1 && col2) {
      const k1 = columnIndex(col1[1] ?? "");
      const k2 = columnIndex(col2[1] ?? "");
      return checked(address, 0, Math.min(k1, k2), MAX_ROWS, Math.abs(k2 - k1) + 1);
    }
    const row1 = ROW.exec(first);
    const row2 = ROW.exec(last);
    if (row1 && row2) {
      const r1 = Number(row1[1]) - 1;
      const r2 = Number(row2[1]) - 1;
      return checked(address, Math.min(r1, r2), 0, Math.abs(r2 - r1) + 1, MAX_COLUMNS);
    }
  }
  throw invalid(address);
}

function checked(address: string, row: number, column: number, rowCount: number, columnCount: number): Rect {
  if (row < 0 || column < 0 || row + rowCount > MAX_ROWS || column + columnCount > MAX_COLUMNS) throw invalid(address);
  return { row, column, rowCount, columnCount };
}

/** "A1", "A1:C3", "C:C" (whole columns) or "2:2" (whole rows), as Excel writes them. */
export function formatRect(rect: Rect): string {
  const wholeColumns = rect.row === 0 && rect.rowCount === MAX_ROWS;
  const wholeRows = rect.column === 0 && rect.columnCount === MAX_COLUMNS;
  if (wholeColumns && wholeRows) return `1:${MAX_ROWS}`;
  if (wholeColumns) return `${columnLetters(rect.column)}:${columnLetters(rect.column + rect.columnCount - 1)}`;
  if (wholeRows) return `${rect.row + 1}:${rect.row + rect.rowCount}`;
  const start = `${columnLetters(rect.column)}${rect.row + 1}`;
  if (rect.rowCount === 1 && rect.columnCount === 1) return start;
  return `${start}:${columnLetters(rect.column + rect.columnCount - 1)}${rect.row + rect.rowCount}`;
}

/** Excel quotes a sheet name in an address when it holds anything but letters, digits, "_" and ".". */
export function qualifiedAddress(sheetName: string, rect: Rect): string {
  const plain =
    /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(sheetName) && !/^[A-Za-z]{1,3}\d+$/.test(sheetName);
  const name = plain ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
  return `${name}!${formatRect(rect)}`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rowCount <= outer.row + outer.rowCount &&
    inner.column + inner.columnCount <= outer.column + outer.columnCount
  );
}

export function cellCount(rect: Rect): number {
  return rect.rowCount * rect.columnCount;
}
