/**
 * Columns a unit's workbook may have beyond the layout's (issue 14): an official rate, ranks and a
 * signing date are read, validated and never required; an indicator published only as a rate needs
 * no 全年预计; a signed project needs its 签约场合 or its 签约日期, not both.
 */
import { sampleRawWorkbook } from "../../../src/core/sample-workbook";
import { unitSheet } from "../units/unit-workbook";
import { issuesOf, rawSheet, withSheets } from "./helpers";

const INDICATORS = (rows: (string | number | null)[][], formats: Record<string, string> = {}) =>
  unitSheet({
    name: "主要指标",
    rows: [["指标", "计量单位", "全年预计", "年度目标", "上年实际", "公布增速", "位次", "上年位次"], ...rows],
    cellFormats: formats,
  });

const codesAt = (issues: ReturnType<typeof issuesOf>, sheet: string) =>
  issues.filter((i) => i.sheet === sheet).map((i) => `${i.code} ${i.cell}`);

describe("published rates, ranks and rate-only indicators", () => {
  it("needs no 全年预计 for an indicator published as a rate or a rank alone", () => {
    const workbook = withSheets(
      sampleRawWorkbook(),
      INDICATORS([
        ["规模以上工业增加值", "%", null, null, null, 0.6, null, null],
        ["综合考评", "位", null, null, null, null, 2, 3],
        ["地区生产总值", "亿元", null, 380, 357.21, null, null, null],
      ]),
    );
    expect(codesAt(issuesOf(workbook), "主要指标")).toEqual(["blank-required-cell C4"]);
  });

  it("reports a published rate the amounts do not give, beyond rounding, as 提示 at its cell", () => {
    const workbook = withSheets(
      sampleRawWorkbook(),
      INDICATORS(
        [
          ["地区生产总值", "亿元", 386.52, 380, 357.21, 5.8, 3, 5],
          ["社会消费品零售总额", "亿元", 125.31, 123, 118.1, 6.1, null, null],
          ["一般公共预算收入", "亿元", 18.26, 18, 16.95, 0.077, null, null],
        ],
        { F4: "0.0%" },
      ),
    );
    const issues = issuesOf(workbook).filter((i) => i.code === "published-rate-differs");
    expect(issues).toEqual([
      {
        severity: "info",
        code: "published-rate-differs",
        sheet: "主要指标",
        cell: "F2",
        message:
          "主要指标!F2 的公布增速“5.8”与按全年预计、上年实际计算的8.2%相差2.4个百分点（指标“地区生产总值”），文字稿使用公布增速",
        suggestion: "按可比价计算的增速与按现价计算的不同属正常；若不是可比价增速，请核对公布增速和全年预计、上年实际",
      },
    ]);
  });

  it("checks a published rate like any number", () => {
    const workbook = withSheets(
      sampleRawWorkbook(),
      INDICATORS([["地区生产总值", "亿元", 386.52, 380, 357.21, "5.8%", null, null]]),
    );
    expect(codesAt(issuesOf(workbook), "主要指标")).toContain("number-with-unit F2");
  });
});

describe("a signed project's occasion or date", () => {
  const negotiations = (occasion: string | null, date: number | string | null) =>
    withSheets(
      sampleRawWorkbook(),
      rawSheet("在谈项目", [
        ["项目名称", "拟投资", "投资单位", "状态", "签约场合", "签约日期"],
        ["新能源电池", 8000, "万元", "已签约", occasion, date],
      ]),
    );
  const signing = (occasion: string | null, date: number | string | null) =>
    issuesOf(negotiations(occasion, date)).filter((i) => i.code === "missing-signing-occasion");

  it("accepts either one", () => {
    expect(signing("投资贸易洽谈会", null)).toEqual([]);
    expect(signing(null, 45173)).toEqual([]);
  });

  it("asks for one when neither is there, at the 签约场合 cell", () => {
    expect(signing(null, null)).toEqual([
      expect.objectContaining({
        severity: "error",
        cell: "E2",
        message: "在谈项目!E2 为（空白）：已签约项目“新能源电池”须写明签约场合或签约日期",
      }),
    ]);
  });
});
