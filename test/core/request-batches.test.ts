/**
 * The arithmetic of cutting work for a host that limits each round trip: batches that fit a
 * budget in order, runs of rows, and the blocks a large sheet is read in after its head.
 */
import fc from "fast-check";
import { batchByBudget, remainingBlocks, rowSpans, utf8Length } from "../../src/core/request-batches";

describe("utf8Length", () => {
  it("counts UTF-8 bytes as JSON carries them", () => {
    expect(utf8Length("abc")).toBe(3);
    expect(utf8Length("é")).toBe(2);
    expect(utf8Length("主要指标")).toBe(12);
    expect(utf8Length("𠀀")).toBe(4);
    expect(utf8Length("主要指标")).toBe(new TextEncoder().encode("主要指标").length);
  });
});

describe("batchByBudget", () => {
  const size = (n: number): number => n;
  const halve = (n: number, room: number): number[] =>
    n <= room ? [n] : [Math.ceil(n / 2), Math.floor(n / 2)].flatMap((p) => halve(p, room));

  it("keeps the order, cuts what does not fit, and never exceeds the budget with items that can be cut", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 500 }), { maxLength: 60 }),
        fc.integer({ min: 20, max: 400 }),
        (items, budget) => {
          const batches = batchByBudget(items, size, halve, budget, 10);
          expect(batches.flatMap((b) => b.items).reduce((a, b) => a + b, 0)).toBe(items.reduce((a, b) => a + b, 0));
          for (const b of batches) {
            expect(b.bytes).toBeLessThanOrEqual(budget);
            expect(b.bytes).toBe(10 + b.items.reduce((a, x) => a + x, 0));
          }
        },
      ),
    );
  });

  it("puts an item that cannot be cut in a batch of its own", () => {
    const whole = (n: number): number[] => [n];
    expect(batchByBudget([5, 90, 5], size, whole, 50, 0).map((b) => b.items)).toEqual([[5], [90], [5]]);
  });
});

describe("rowSpans", () => {
  it("cuts rows into nearly equal runs that cover them once", () => {
    expect(rowSpans(10, 3)).toEqual([
      { start: 0, count: 4 },
      { start: 4, count: 4 },
      { start: 8, count: 2 },
    ]);
    expect(rowSpans(3, 10)).toEqual([0, 1, 2].map((start) => ({ start, count: 1 })));
  });
});

describe("remainingBlocks", () => {
  it("reads below the head in its columns and the columns right of it in bands", () => {
    expect(remainingBlocks(20000, 100, 12000, 64, 16)).toEqual([
      { row: 12000, rowCount: 8000, column: 0, columnCount: 64 },
      { row: 0, rowCount: 20000, column: 64, columnCount: 16 },
      { row: 0, rowCount: 20000, column: 80, columnCount: 16 },
      { row: 0, rowCount: 20000, column: 96, columnCount: 4 },
    ]);
    expect(remainingBlocks(500, 9, 12000, 64, 16)).toEqual([]);
  });
});
