/**
 * Whole-range writes where WPS takes one value for a whole range: a block's number formats (a 2-D
 * array of them in the plan, one string per `Range.NumberFormat` in WPS) become, for each format,
 * the rectangles that have it — runs down a column, joined with the same runs of the columns beside
 * — and those rectangles go into as few `Range("A2:A9,C2:D9")` addresses as WPS's 255-character
 * limit on an address allows.
 */
import { rangeAddress } from "../core/a1";

export interface Area {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** The longest address WPS (as Excel) accepts in `Range(address)`. */
export const MAX_ADDRESS_LENGTH = 255;

/** For each distinct value of `grid` (anchored at row, column), the rectangles that hold it, in first-seen order. */
export function areasByValue(grid: readonly (readonly string[])[], row: number, column: number): Map<string, Area[]> {
  const width = grid.reduce((m, r) => Math.max(m, r.length), 0);
  // runs down each column
  const runs: { value: string; column: number; start: number; count: number }[] = [];
  for (let c = 0; c < width; c++) {
    let start = 0;
    for (let r = 1; r <= grid.length; r++) {
      const value = grid[start]?.[c];
      if (r < grid.length && grid[r]?.[c] === value) continue;
      if (value !== undefined) runs.push({ value, column: c, start, count: r - start });
      start = r;
    }
  }
  // a run joins the area to its left when that area has the same rows and value and ends in the column before
  const out = new Map<string, Area[]>();
  const open = new Map<string, Area & { value: string }>();
  for (const run of runs) {
    const key = `${run.value}\u0000${run.start}\u0000${run.count}`;
    const left = open.get(key);
    if (left && left.column + left.columnCount === column + run.column) {
      open.set(key, { ...left, columnCount: left.columnCount + 1 });
      continue;
    }
    if (left) push(out, left);
    open.set(key, {
      value: run.value,
      row: row + run.start,
      column: column + run.column,
      rowCount: run.count,
      columnCount: 1,
    });
  }
  open.forEach((area) => push(out, area));
  return out;
}

function push(out: Map<string, Area[]>, area: Area & { value: string }): void {
  const list = out.get(area.value) ?? [];
  list.push({ row: area.row, column: area.column, rowCount: area.rowCount, columnCount: area.columnCount });
  out.set(area.value, list);
}

/** "A2:A9,C2:D9": the areas in addresses of at most `limit` characters each. */
export function joinAddresses(areas: readonly Area[], limit: number = MAX_ADDRESS_LENGTH): string[] {
  const out: string[] = [];
  let current = "";
  for (const a of areas) {
    const address = rangeAddress(a.row, a.column, a.rowCount, a.columnCount);
    if (current !== "" && current.length + 1 + address.length > limit) {
      out.push(current);
      current = "";
    }
    current = current === "" ? address : `${current},${address}`;
  }
  if (current !== "") out.push(current);
  return out;
}
