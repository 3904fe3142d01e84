/**
 * The monthly or quarterly progress report (issue 15): the same tables, 1—N月 against the same
 * months of last year, completion of the annual task against the schedule, one sentence naming
 * the indicators behind it, period names as officials write them.
 */
import { toPlainText } from "../../../src/core/document";
import { generate } from "../../../src/core/generate";
import { planLayout } from "../../../src/core/layout-plan";
import { PROGRESS_TEMPLATE } from "../../../src/core/narrative/progress-template";
import { periodName } from "../../../src/core/phrases/period";
import type { RawCell, RawWorkbook } from "../../../src/core/raw-cell";
import { findReport } from "../../../src/core/report-types";
import { sampleRawWorkbook } from "../../../src/core/sample-workbook";
import { rawSheet, withSheets } from "../rules/helpers";

const HEADER = ["指标", "单位", "全年预计", "年度任务", "上年实际", "截至本月累计", "上年同期累计"];

/** 主要指标 with cumulative figures for 1—N月 and last year's same months. */
function progressWorkbook(month: number, rows: readonly RawCell[][]): RawWorkbook {
  const sample = sampleRawWorkbook();
  const parameters = rawSheet("参数", [
    ["参数", "值"],
    ["年度", 2024],
    ["单位名称", "高新区管委会"],
    ["截至月份", month],
  ]);
  const indicators = {
    ...rawSheet("主要指标", [HEADER, ...rows]),
    numberFormats: [
      HEADER.map(() => "General"),
      ...rows.map(() => ["General", "General", "0.00", "0.00", "0.00", "0.00", "0.00"]),
    ],
  };
  const template = rawSheet("模板（月度进展）", [
    ["级别", "内容"],
    ...PROGRESS_TEMPLATE.map((r) => [r.level, r.content]),
  ]);
  return withSheets(sample, parameters, indicators, template);
}

const ROWS: RawCell[][] = [
  ["工业总产值", "亿元", 120, 118, 105.6, 96.4, 85.2],
  ["固定资产投资", "亿元", 45, 50, 40.1, 30.5, 33.8],
  ["一般公共预算收入", "亿元", 6.1, 6, 5.7, 4.62, 4.31],
];

function progressText(month: number, rows: readonly RawCell[][] = ROWS): string {
  const workbook = progressWorkbook(month, rows);
  return toPlainText(generate(workbook, { report: findReport(workbook.sheetNames, "月度进展") }).document);
}

describe("the progress report", () => {
  it("names the period as officials do", () => {
    expect([1, 2, 3, 5, 6, 9, 10, 12].map(periodName)).toEqual([
      "1月份",
      "1—2月份",
      "一季度",
      "1—5月份",
      "上半年",
      "前三季度",
      "1—10月份",
      "全年",
    ]);
  });

  it("states 1—N月 against last year's same months, the annual task against the schedule, and who is behind", () => {
    const text = progressText(10);
    expect(text.split("\n")[0]).toBe("2024年1—10月份高新区管委会工作进展情况");
    expect(text).toContain(
      "1—10月份，工业总产值完成96.40亿元，同比增长13.1%，完成年度任务的81.7%，低于序时进度1.6个百分点；" +
        "固定资产投资完成30.50亿元，同比下降9.8%，完成年度任务的61.0%，低于序时进度22.3个百分点；" +
        "一般公共预算收入完成4.62亿元，同比增长7.2%，完成年度任务的77.0%，低于序时进度6.3个百分点。",
    );
    expect(text).toContain("工业总产值、固定资产投资和一般公共预算收入低于序时进度，需进一步加大工作力度。");
  });

  it("writes 上半年 at month 6 and leaves the behind-schedule sentence out when all keep pace", () => {
    const text = progressText(6, [
      ["工业总产值", "亿元", 120, 118, 105.6, 62.1, 55.2],
      ["一般公共预算收入", "亿元", 6.1, 6, 5.7, 3.05, 2.9],
    ]);
    expect(text.split("\n")[0]).toBe("2024年上半年高新区管委会工作进展情况");
    expect(text).toContain(
      "上半年，工业总产值完成62.10亿元，同比增长12.5%，完成年度任务的52.6%，超序时进度2.6个百分点；",
    );
    expect(text).not.toContain("低于序时进度，");
  });

  it("says nothing of last year's same months where the workbook has no such column", () => {
    const workbook = progressWorkbook(10, ROWS);
    const sheets = workbook.sheets.map((s) =>
      s.name === "主要指标"
        ? { ...s, values: s.values.map((r) => r.slice(0, 6)), numberFormats: s.numberFormats.map((r) => r.slice(0, 6)) }
        : s,
    );
    const text = toPlainText(
      generate({ ...workbook, sheets }, { report: findReport(workbook.sheetNames, "月度进展") }).document,
    );
    expect(text).toContain("1—10月份，工业总产值完成96.40亿元，完成年度任务的81.7%，低于序时进度1.6个百分点；");
    expect(text).not.toContain("【待补");
  });

  it("is a report type of every workbook the add-in lays out", () => {
    const { plan, changes } = planLayout({ sheetNames: [], sheets: [] }, {});
    expect(plan.steps).toContainEqual({ kind: "addSheet", sheet: "模板（月度进展）" });
    expect(changes.join("；")).toContain("文字稿（月度进展）");
  });
});
