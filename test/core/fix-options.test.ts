import { validateWorkbook } from "../../src/core/generate";
import type { Issue } from "../../src/core/issue";
import type { RawWorkbook } from "../../src/core/raw-cell";
import { parseWorkbook } from "../../src/core/parse-workbook";
import { SAMPLE_DATA } from "../../src/core/sample-data";
import { sampleRawWorkbook } from "../../src/core/sample-workbook";
import { fixFor, fixPlan, rawCellAt, textNumberCells } from "../../src/core/fix-options";

function withProjectStatus(text: string): RawWorkbook {
  const rows = SAMPLE_DATA.projects.rows.map((r, i) => (i === 1 ? { ...r, status: text } : r));
  return sampleRawWorkbook({ projects: { ...SAMPLE_DATA.projects, rows } });
}

function withEstimate(value: string): RawWorkbook {
  const rows = SAMPLE_DATA.indicators.rows.map((r, i) => (i === 0 ? { ...r, estimate: value } : r));
  return sampleRawWorkbook({ indicators: { ...SAMPLE_DATA.indicators, rows } });
}

describe("fixFor", () => {
  it("offers “convert to number” for a number stored as text and for full-width digits", () => {
    for (const text of ["52.36", "５２．３６"]) {
      const issues = validateWorkbook(withEstimate(text)).issues.filter((i) => i.cell === "C2");
      expect(issues.map((i) => fixFor(i))).toEqual([{ kind: "textNumber", sheet: "主要指标", cells: ["C2"] }]);
    }
  });

  it("offers the standard word for a spun word, at its place in the text that was checked", () => {
    const text = "厂区建设全部完成，明确了进展方向";
    const issue = validateWorkbook(withProjectStatus(text)).issues.find((i) => i.code === "spun-wording");
    expect(issue && fixFor(issue)).toEqual({
      kind: "wording",
      sheet: "在建项目",
      cell: "G3",
      wrong: "进展",
      right: "发展",
      replacement: { text, start: 12, end: 14, replacement: "发展" },
    });
  });

  it("offers nothing for other issues or issues without a cell", () => {
    const other: Issue = {
      severity: "error",
      code: "blank-required-cell",
      sheet: "主要指标",
      cell: "C3",
      message: "",
      suggestion: "",
    };
    expect(fixFor(other)).toBeUndefined();
    expect(fixFor({ ...other, code: "number-stored-as-text", cell: "" })).toBeUndefined();
  });
});

describe("fixPlan", () => {
  it("converts exactly the named cell", () => {
    const raw = withEstimate("52.36");
    expect(fixPlan(parseWorkbook(raw), { kind: "textNumber", sheet: "主要指标", cells: ["C2"] }).steps).toEqual([
      { kind: "setValues", sheet: "主要指标", address: "C2", values: [[52.36]] },
    ]);
  });

  const wordingFix = (text: string) =>
    ({
      kind: "wording",
      sheet: "在建项目",
      cell: "G3",
      wrong: "进展",
      right: "发展",
      replacement: { text, start: 12, end: 14, replacement: "发展" },
    }) as const;

  it("replaces the spun word and keeps the rest of the text", () => {
    const raw = withProjectStatus("厂区建设全部完成，明确了进展方向");
    const plan = fixPlan(parseWorkbook(raw), wordingFix("厂区建设全部完成，明确了进展方向"));
    expect(plan.steps).toEqual([
      { kind: "setValues", sheet: "在建项目", address: "G3", values: [["厂区建设全部完成，明确了发展方向"]] },
    ]);
  });

  it("changes nothing when the cell no longer holds what was checked", () => {
    const raw = withProjectStatus("厂区建设全部完成");
    expect(fixPlan(parseWorkbook(raw), wordingFix("厂区建设全部完成，明确了进展方向")).steps).toEqual([]);
    // same word at the same place, but the text around it was edited after the check
    const edited = withProjectStatus("厂区建设基本完成，明确了进展方向");
    expect(fixPlan(parseWorkbook(edited), wordingFix("厂区建设全部完成，明确了进展方向")).steps).toEqual([]);
    const fixed = withEstimate("52.36");
    const numbers = sampleRawWorkbook();
    expect(fixPlan(parseWorkbook(numbers), { kind: "textNumber", sheet: "主要指标", cells: ["C2"] }).steps).toEqual([]);
    expect(rawCellAt(fixed, "主要指标", "C2")).toBe("52.36");
  });
});

describe("textNumberCells", () => {
  it("lists the sheet's text-number cells for “convert all”", () => {
    const issues: Issue[] = [
      { severity: "error", code: "number-stored-as-text", sheet: "主要指标", cell: "C2", message: "", suggestion: "" },
      { severity: "error", code: "full-width-number", sheet: "主要指标", cell: "D4", message: "", suggestion: "" },
      { severity: "error", code: "number-stored-as-text", sheet: "在建项目", cell: "D2", message: "", suggestion: "" },
      { severity: "error", code: "blank-required-cell", sheet: "主要指标", cell: "E2", message: "", suggestion: "" },
    ];
    expect(textNumberCells(issues, "主要指标")).toEqual(["C2", "D4"]);
  });
});
