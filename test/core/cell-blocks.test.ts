import fc from "fast-check";
import { cellAddress } from "../../src/core/a1";
import { cellBlocks, cellsOfBlock } from "../../src/core/cell-blocks";

describe("cellBlocks", () => {
  it("marks a column of flagged cells as one range", () => {
    const cells = Array.from({ length: 20000 }, (_, i) => `D${i + 2}`);
    expect(cellBlocks(cells)).toEqual(["D2:D20001"]);
  });

  it("joins equal runs of adjacent columns into a block, and keeps lone cells alone", () => {
    expect(cellBlocks(["C2", "D2", "C3", "D3", "F2", "A9", "C5"])).toEqual(["C2:D3", "F2", "C5", "A9"]);
    expect(cellBlocks(["B4", "C4", "D4"])).toEqual(["B4:D4"]);
  });

  it("keeps scattered cells each its own range (a checkerboard cannot be joined)", () => {
    const cells = ["A1", "C1", "B2", "D2", "A3", "C3"];
    expect(cellBlocks(cells)).toEqual(["A1", "C1", "B2", "D2", "A3", "C3"]);
  });

  it("covers exactly the given cells with disjoint ranges (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 6 })), { maxLength: 60 }),
        (positions) => {
          const cells = positions.map(([r, c]) => cellAddress(r, c));
          const covered = cellBlocks(cells).flatMap(cellsOfBlock);
          expect(covered.length).toBe(new Set(covered).size);
          expect(new Set(covered)).toEqual(new Set(cells));
        },
      ),
    );
  });
});
