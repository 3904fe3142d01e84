/**
 * Several report types in one workbook (issue 15): each template sheet 模板（名称） is a report whose
 * text goes to 文字稿（名称）; the plain 模板 → 文字稿 pair is the annual summary, as before.
 */
import { toPlainText } from "../../src/core/document";
import { generate } from "../../src/core/generate";
import {
  detectNarrativeEdits,
  fingerprintWritten,
  keepEditedNarrative,
  narrativeFingerprintSetting,
  NARRATIVE_FINGERPRINT_SETTING,
} from "../../src/core/narrative-edits";
import { narrativeSheetValues } from "../../src/core/output-plan";
import { findReport, reportTypes } from "../../src/core/report-types";
import { sampleRawWorkbook } from "../../src/core/sample-workbook";
import { rawSheet, withSheets } from "./rules/helpers";

describe("reportTypes", () => {
  it("gives a workbook without a template sheet the annual summary", () => {
    expect(reportTypes(["参数", "主要指标"])).toEqual([
      { name: "年度总结", templateSheet: "模板", outputSheet: "文字稿" },
    ]);
  });

  it("finds one report per template sheet, in tab order", () => {
    expect(reportTypes(["参数", "模板", "文字稿", "模板（月度进展）", "模板(一季度通报)"])).toEqual([
      { name: "年度总结", templateSheet: "模板", outputSheet: "文字稿" },
      { name: "月度进展", templateSheet: "模板（月度进展）", outputSheet: "文字稿（月度进展）" },
      { name: "一季度通报", templateSheet: "模板(一季度通报)", outputSheet: "文字稿（一季度通报）" },
    ]);
  });

  it("never gives two reports one name", () => {
    expect(reportTypes(["模板（年度总结）", "模板"]).map((r) => r.name)).toEqual(["年度总结", "模板"]);
  });

  it("finds a report by its name or its template sheet, ignoring bracket widths and spaces", () => {
    const names = ["模板", "模板（月度进展）"];
    expect(findReport(names)?.templateSheet).toBe("模板");
    expect(findReport(names, "月度进展")?.outputSheet).toBe("文字稿（月度进展）");
    expect(findReport(names, " 模板(月度进展) ")?.name).toBe("月度进展");
    expect(findReport(names, "季度")).toBeUndefined();
  });
});

describe("generate with a report type", () => {
  const workbook = withSheets(
    sampleRawWorkbook(),
    rawSheet("模板（月度进展）", [
      ["级别", "内容"],
      ["标题", "{年度}年{累计月份}{单位名称}工作进展"],
      ["正文", "进展{年度"],
    ]),
  );

  it("reads the report's template and writes its output sheet, leaving 文字稿 alone", () => {
    const report = findReport(workbook.sheetNames, "月度进展");
    const result = generate(workbook, { report });
    expect(toPlainText(result.document).split("\n")[0]).toBe("2023年1—10月份开发区管委会工作进展");
    const sheets = new Set(result.plan.steps.map((s) => ("sheet" in s ? s.sheet : "")));
    expect(sheets.has("文字稿（月度进展）")).toBe(true);
    expect(sheets.has("文字稿")).toBe(false);
    expect(result.report.outputSheet).toBe("文字稿（月度进展）");
  });

  it("points a template error at the report's own template sheet", () => {
    const result = generate(workbook, { report: findReport(workbook.sheetNames, "月度进展") });
    const syntax = result.issues.filter((i) => i.code === "template-syntax");
    expect(syntax.map((i) => [i.sheet, i.cell, i.message.slice(0, 18)])).toEqual([
      ["模板（月度进展）", "B3", "模板（月度进展）!B3 第3个字符："],
    ]);
  });

  it("keeps the plain annual summary as before", () => {
    const result = generate(sampleRawWorkbook());
    expect(result.report).toEqual({ name: "年度总结", templateSheet: "模板", outputSheet: "文字稿" });
    expect(result.plan.steps.some((s) => "sheet" in s && s.sheet === "文字稿")).toBe(true);
  });
});

describe("the edited-文字稿 protection per report", () => {
  it("keeps one fingerprint setting per output sheet, the plain 文字稿's as before", () => {
    expect(narrativeFingerprintSetting("文字稿")).toBe(NARRATIVE_FINGERPRINT_SETTING);
    expect(narrativeFingerprintSetting("文字稿（月度进展）")).toBe(
      `${NARRATIVE_FINGERPRINT_SETTING}.文字稿（月度进展）`,
    );
  });

  it("tells an edit of one report's output sheet and keeps it under its own name", () => {
    const written = generate(sampleRawWorkbook()).document;
    const values = narrativeSheetValues(written);
    const edited = values.map((row, i) => (i === 2 ? ["改过的一段", ...row.slice(1)] : row));
    const workbook = withSheets(sampleRawWorkbook(), rawSheet("文字稿（月度进展）", edited));
    const fingerprint = fingerprintWritten(values);
    expect(detectNarrativeEdits(workbook, fingerprint, "文字稿（月度进展）")).toEqual({
      edited: true,
      unknownOrigin: false,
    });
    expect(detectNarrativeEdits(workbook, fingerprint, "文字稿")).toEqual({ edited: false, unknownOrigin: false });
    expect(keepEditedNarrative(workbook, "文字稿（月度进展）").keptAs).toBe("文字稿（月度进展·修改稿）");
  });
});
