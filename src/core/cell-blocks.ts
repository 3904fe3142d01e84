/**
 * Cells as few rectangles as cover them exactly. The add-in marks each flagged cell with a
 * conditional format, and every conditional format costs about 1.3 KB of Office.js request, so a
 * column of 20,000 flagged cells marked one by one is a ~26 MB request, which Excel on the web
 * refuses (5 MB). Marked as runs — down a column, then runs of equal rows side by side joined
 * into blocks — the same column is one conditional format.
 */
import { AddressError } from "./address-error";
import { cellsOfRange, parseCellAddress, rangeAddress } from "./a1";

/**
 * A1 addresses of disjoint rectangles that cover exactly the given cells (duplicates ignored),
 * in reading order of their top-left cells: first every column's vertical runs, then runs of the
 * same rows in adjacent columns joined. Deterministic for the same set of cells.
 */
export function cellBlocks(cells: readonly string[]): string[] {
  const rowsByColumn = new Map<number, number[]>();
  for (const cell of cells) {
    const p = parseCellAddress(cell);
    if (!p) throw new AddressError(cell);
    const rows = rowsByColumn.get(p.column);
    if (rows) rows.push(p.row);
    else rowsByColumn.set(p.column, [p.row]);
  }
  interface Block {
    readonly row: number;
    readonly rowCount: number;
    readonly column: number;
    columnCount: number;
  }
  const blocks: Block[] = [];
  // runs of the previous column by "first:count", still open to the right
  let open = new Map<string, Block>();
  const columns = Array.from(rowsByColumn.keys()).sort((a, b) => a - b);
  for (const column of columns) {
    const rows = Array.from(new Set(rowsByColumn.get(column))).sort((a, b) => a - b);
    const next = new Map<string, Block>();
    for (let i = 0; i < rows.length;) {
      const first = rows[i] as number;
      let j = i + 1;
      while (j < rows.length && rows[j] === (rows[j - 1] as number) + 1) j++;
      const key = `${first}:${j - i}`;
      const left = open.get(key);
      if (left && left.column + left.columnCount === column) {
        left.columnCount++;
        next.set(key, left);
      } else {
        const block: Block = { row: first, rowCount: j - i, column, columnCount: 1 };
        blocks.push(block);
        next.set(key, block);
      }
      i = j;
    }
    open = next;
  }
  blocks.sort((a, b) => a.row - b.row || a.column - b.column);
  return blocks.map((b) => rangeAddress(b.row, b.column, b.rowCount, b.columnCount));
}

/** Every cell of an A1 range ("C2:D3" → C2, D2, C3, D3), for tests and checks. */
export const cellsOfBlock = cellsOfRange;
