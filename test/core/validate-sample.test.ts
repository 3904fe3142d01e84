import { parseWorkbook } from "../../src/core/parse-workbook";
import { sampleRawWorkbook } from "../../src/core/sample-workbook";
import { validate } from "../../src/core/validate";
import { sampleWith, set, withoutSheets } from "./rules/helpers";

describe("validate", () => {
  it("finds no problem at all in the sample workbook", () => {
    expect(validate(parseWorkbook(sampleRawWorkbook()))).toEqual([]);
  });

  it("lists issues by layout sheet order, then row, then column, whole-sheet problems first", () => {
    const workbook = withoutSheets(
      sampleWith(
        set("dataItems", 0, "value", "12000米"),
        set("projects", 3, "progress", "延期"),
        set("projects", 1, "stage", "施工"),
        set("projects", 1, "totalInvestment", "3.5亿元"),
        set("indicators", 2, "estimate", "待定"),
        { sheet: "parameters", dropRow: 0 },
      ),
      "荣誉",
    );
    const issues = validate(parseWorkbook(workbook));
    expect(issues.map((i) => `${i.sheet}!${i.cell}:${i.code}`)).toEqual([
      "参数!:missing-parameter",
      "主要指标!C4:not-a-number",
      "在建项目!D3:number-with-unit",
      "在建项目!E3:invalid-enum-value",
      "在建项目!F5:invalid-enum-value",
      "荣誉!:missing-sheet",
      "数据项!B2:number-with-unit",
    ]);
  });

  it("gives the same issues, in the same order, every time", () => {
    const workbook = sampleWith(
      set("projects", 5, "status", "起动，预备就绪"),
      set("indicators", 0, "estimate", "５２"),
    );
    expect(validate(parseWorkbook(workbook))).toEqual(validate(parseWorkbook(workbook)));
  });

  it("runs only the rules it is given", () => {
    const data = parseWorkbook(sampleWith(set("indicators", 0, "estimate", "待定")));
    expect(validate(data, [])).toEqual([]);
  });
});
