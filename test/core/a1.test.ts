/** The one A1 parser every part of the product uses (core, command line, simulated host). */
import fc from "fast-check";
import {
  cellsOfRange,
  MAX_COLUMNS,
  MAX_ROWS,
  parseCellAddress,
  parseRangeAddress,
  rangeAddress,
} from "../../src/core/a1";

describe("parseRangeAddress", () => {
  it.each([
    ["C5", { row: 4, column: 2, rowCount: 1, columnCount: 1 }],
    ["A1:C3", { row: 0, column: 0, rowCount: 3, columnCount: 3 }],
    ["C3:A1", { row: 0, column: 0, rowCount: 3, columnCount: 3 }],
    ["$A$1:$C$3", { row: 0, column: 0, rowCount: 3, columnCount: 3 }],
    ["主要指标!F2:F501", { row: 1, column: 5, rowCount: 500, columnCount: 1 }],
    ["'在建项目'!B2", { row: 1, column: 1, rowCount: 1, columnCount: 1 }],
    ["C:E", { row: 0, column: 2, rowCount: MAX_ROWS, columnCount: 3 }],
    ["2:4", { row: 1, column: 0, rowCount: 3, columnCount: MAX_COLUMNS }],
    ["XFD1048576", { row: MAX_ROWS - 1, column: MAX_COLUMNS - 1, rowCount: 1, columnCount: 1 }],
  ])("reads %s", (address, rect) => {
    expect(parseRangeAddress(address)).toEqual(rect);
  });

  it.each(["", "A", "A0", "XFE1", "A1048577", "A1:B2:C3", "1A", "A1:", "主要指标"])("refuses %p", (address) => {
    expect(parseRangeAddress(address)).toBeNull();
  });

  it("reads back every rectangle rangeAddress writes", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_ROWS - 1 }),
        fc.integer({ min: 0, max: MAX_COLUMNS - 1 }),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 30 }),
        (row, column, rows, columns) => {
          const rowCount = Math.min(rows, MAX_ROWS - row);
          const columnCount = Math.min(columns, MAX_COLUMNS - column);
          expect(parseRangeAddress(rangeAddress(row, column, rowCount, columnCount))).toEqual({
            row,
            column,
            rowCount,
            columnCount,
          });
        },
      ),
    );
  });

  it("lists the cells of a range, and the top-left cell is what parseCellAddress reads", () => {
    expect(cellsOfRange("C2:D3")).toEqual(["C2", "D2", "C3", "D3"]);
    expect(cellsOfRange("not a range")).toEqual([]);
    expect(parseCellAddress("C5:D9")).toEqual({ row: 4, column: 2 });
  });
});
