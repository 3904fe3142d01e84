/**
 * Telling an edited 文字稿 sheet from the one the add-in wrote: the fingerprint of the values
 * written must equal the fingerprint of the same sheet read back, and any change of text, a note
 * beside it or a moved block must change it.
 */
import fc from "fast-check";
import { generate } from "../../src/core/generate";
import {
  detectNarrativeEdits,
  fingerprintSheet,
  fingerprintWritten,
  keepEditedNarrative,
  keptNarrativeName,
} from "../../src/core/narrative-edits";
import { narrativeSheetValues } from "../../src/core/output-plan";
import type { PlanValue } from "../../src/core/plan";
import type { RawCell, RawSheet, RawWorkbook } from "../../src/core/raw-cell";
import { sampleRawWorkbook } from "../../src/core/sample-workbook";

/** The sheet as an adapter reads it back: Excel's "" for an empty cell comes back as null. */
function readBack(values: readonly (readonly PlanValue[])[], name = "文字稿"): RawSheet {
  return {
    name,
    origin: { row: 0, column: 0 },
    values: values.map((row) => row.map((v): RawCell => (v === "" ? null : v))),
    numberFormats: [],
  };
}

function withSheet(sheet: RawSheet): RawWorkbook {
  const base = sampleRawWorkbook();
  return { sheetNames: [...base.sheetNames, sheet.name], sheets: [...base.sheets, sheet] };
}

const sample = generate(sampleRawWorkbook());
const written = narrativeSheetValues(sample.document);
const fingerprint = fingerprintWritten(written);

describe("the 文字稿 fingerprint", () => {
  it("is the same for the values written and for the sheet read back", () => {
    expect(fingerprintSheet(readBack(written))).toBe(fingerprintWritten(written));
  });

  it("starts with the header row the plan writes", () => {
    expect(written[0]).toEqual(["文字稿", "级别", "数据来源", "问题"]);
    expect(written[1]?.[0]).toBe("2023年开发区管委会年度工作总结");
  });

  it("changes with any edit of any cell, and with a note in an empty cell", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: written.length - 1 }),
        fc.nat({ max: 6 }),
        fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== ""),
        (row, column, text) => {
          const edited = written.map((r) => r.slice());
          const target = edited[row] as PlanValue[];
          while (target.length <= column) target.push("");
          if (target[column] === text) return;
          target[column] = text;
          expect(fingerprintSheet(readBack(edited))).not.toBe(fingerprint);
        },
      ),
    );
  });

  it("changes when the text moves to another cell (origin of the used range)", () => {
    const moved: RawSheet = { ...readBack(written), origin: { row: 1, column: 0 } };
    expect(fingerprintSheet(moved)).not.toBe(fingerprint);
  });
});

describe("detectNarrativeEdits", () => {
  it("finds nothing to protect without a 文字稿 sheet or with an empty one", () => {
    expect(detectNarrativeEdits(sampleRawWorkbook(), undefined)).toEqual({ edited: false, unknownOrigin: false });
    const empty = readBack([[null, null]]);
    expect(detectNarrativeEdits(withSheet(empty), undefined)).toEqual({ edited: false, unknownOrigin: false });
  });

  it("passes the sheet the add-in wrote", () => {
    expect(detectNarrativeEdits(withSheet(readBack(written)), fingerprint)).toEqual({
      edited: false,
      unknownOrigin: false,
    });
  });

  it("flags one changed character", () => {
    const edited = written.map((r) => r.slice());
    (edited[3] as PlanValue[])[0] = `${String(edited[3]?.[0])}。`;
    expect(detectNarrativeEdits(withSheet(readBack(edited)), fingerprint)).toEqual({
      edited: true,
      unknownOrigin: false,
    });
  });

  it("flags a sheet with text but no recorded fingerprint as of unknown origin", () => {
    expect(detectNarrativeEdits(withSheet(readBack(written)), undefined)).toEqual({
      edited: true,
      unknownOrigin: true,
    });
  });
});

describe("keeping an edited 文字稿", () => {
  it("takes the first free name", () => {
    expect(keptNarrativeName(["文字稿"])).toBe("文字稿（修改稿）");
    expect(keptNarrativeName(["文字稿", "文字稿（修改稿）"])).toBe("文字稿（修改稿2）");
    expect(keptNarrativeName(["文字稿（修改稿）", "文字稿（修改稿2）"])).toBe("文字稿（修改稿3）");
  });

  it("renames the sheet in the workbook the core plans against, so generate writes a new 文字稿", () => {
    const workbook = withSheet(readBack(written));
    const kept = keepEditedNarrative(workbook);
    expect(kept.step).toEqual({ kind: "renameSheet", sheet: "文字稿", newName: "文字稿（修改稿）" });
    expect(kept.workbook.sheetNames).not.toContain("文字稿");
    expect(kept.workbook.sheetNames).toContain("文字稿（修改稿）");
    const plan = generate(kept.workbook).plan;
    expect(plan.steps).toContainEqual({ kind: "addSheet", sheet: "文字稿" });
    expect(plan.steps.some((s) => s.kind === "clearSheet" && s.sheet === "文字稿")).toBe(false);
  });
});
