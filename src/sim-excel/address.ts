/**
 * A1 addresses of the simulated host: parsing what `worksheet.getRange(address)` accepts and
 * formatting what `range.address` returns ("主要指标!A1:I7", quoted when Excel quotes).
 */
import { columnLetters, MAX_COLUMNS, MAX_ROWS, parseRangeAddress, type RangeRect } from "../core/a1";
import { simError } from "./errors";

export { MAX_COLUMNS, MAX_ROWS };

/** A rectangle of cells, zero-based. */
export type Rect = RangeRect;

export const WHOLE_SHEET: Rect = { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS };

/**
 * Parses "A1", "A1:C3", "C:E" or "2:4" (no sheet part) with the core's one A1 parser; throws
 * InvalidArgument otherwise, as `worksheet.getRange` does.
 */
export function parseAddress(address: string): Rect {
  const rect = address.indexOf("!") >= 0 ? null : parseRangeAddress(address);
  if (!rect) throw simError("InvalidArgument", `address "${address}"`);
  return rect;
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
