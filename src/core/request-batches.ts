/**
 * Cutting work for a host that limits each round trip (Excel on the web refuses a request or a
 * response over 5 MB, and a range of more than 5,000,000 cells): pure arithmetic, so the Office.js
 * adapter's write batches and read blocks, and any other host's, are tested without a host.
 */

/** UTF-8 bytes of `text` as JSON carries it (a surrogate pair is 4 bytes, counted 2 + 2). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
  }
  return bytes;
}

export interface Batch<T> {
  readonly items: T[];
  /** The estimated size of the batch, overhead included. */
  bytes: number;
}

/**
 * Groups `items` in order into batches whose estimated size fits `budget`. Each batch costs
 * `overhead`; an item larger than the room left by the overhead is first cut by `split` (which
 * may return it whole when it cannot be cut: it then makes a batch of its own).
 */
export function batchByBudget<T>(
  items: readonly T[],
  sizeOf: (item: T) => number,
  split: (item: T, budget: number) => readonly T[],
  budget: number,
  overhead: number,
): Batch<T>[] {
  const room = Math.max(1, budget - overhead);
  const batches: Batch<T>[] = [];
  let current: Batch<T> = { items: [], bytes: overhead };
  for (const item of items) {
    for (const piece of sizeOf(item) > room ? split(item, room) : [item]) {
      const size = sizeOf(piece);
      if (current.items.length > 0 && current.bytes + size > budget) {
        batches.push(current);
        current = { items: [], bytes: overhead };
      }
      current.items.push(piece);
      current.bytes += size;
    }
  }
  if (current.items.length > 0) batches.push(current);
  return batches;
}

/** Row spans ({ start, count }) cutting `rowCount` rows into `pieces` nearly equal runs. */
export function rowSpans(rowCount: number, pieces: number): { readonly start: number; readonly count: number }[] {
  const perPiece = Math.max(1, Math.ceil(rowCount / Math.max(1, pieces)));
  const spans: { start: number; count: number }[] = [];
  for (let start = 0; start < rowCount; start += perPiece)
    spans.push({ start, count: Math.min(perPiece, rowCount - start) });
  return spans;
}

/** A block of a sheet to read: zero-based, within the used range. */
export interface ReadBlock {
  readonly row: number;
  readonly rowCount: number;
  readonly column: number;
  readonly columnCount: number;
}

/**
 * What a first read of `headRows` × `headColumns` left of a `rowCount` × `columnCount` used range,
 * as blocks of whole column bands: the rows below the head under it, and columns right of it in
 * bands of at most `bandWidth` columns (so that one row of a band fits a response).
 */
export function remainingBlocks(
  rowCount: number,
  columnCount: number,
  headRows: number,
  headColumns: number,
  bandWidth: number,
): ReadBlock[] {
  const blocks: ReadBlock[] = [];
  for (let column = 0; column < columnCount;) {
    const inHead = column < headColumns;
    const width = inHead ? headColumns : Math.min(Math.max(1, bandWidth), columnCount - column);
    const firstRow = inHead ? headRows : 0;
    if (firstRow < rowCount) blocks.push({ row: firstRow, rowCount: rowCount - firstRow, column, columnCount: width });
    column += width;
  }
  return blocks;
}
