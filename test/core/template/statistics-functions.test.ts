/**
 * The template functions a statistician of any unit needs (issue 14): rates and changes as
 * officials write them, published rates, ranks, conversions, aggregates, groups, comparisons and
 * dates — each as a template a unit would write and the sentence it must give.
 */
import { readWorkbook, type WorkbookData } from "../../../src/core/read-workbook";
import { evaluateTemplate } from "../../../src/core/template/evaluate-template";
import type { RawCell } from "../../../src/core/raw-cell";
import { unitWorkbook, type UnitSheet } from "../units/unit-workbook";

const LOCATION = { row: 3, cell: "B4" };

const PARAMETERS: UnitSheet = {
  name: "参数",
  rows: [
    ["参数", "值"],
    ["年度", 2023],
    ["单位名称", "城东区统计局"],
    ["截至月份", 12],
    ["美元汇率", 7.1],
  ],
};

/** 主要指标 as a statistics bureau keeps it: 计量单位, 年度目标, a published rate and ranks. */
const INDICATORS: UnitSheet = {
  name: "主要指标",
  rows: [
    ["指标", "计量单位", "全年预计", "年度目标", "上年实际", "公布增速", "位次", "上年位次"],
    ["地区生产总值", "亿元", 386.52, 380, 357.21, 5.8, 3, 5],
    ["规模以上工业增加值", "%", null, null, null, 0.6, null, null],
    ["固定资产投资", "亿元", 142.6, 160, 149.63, null, 9, 7],
    ["社会消费品零售总额", "亿元", 125.31, 123, 118.1, null, 4, 4],
    ["城镇调查失业率", "%", 5.1, 5.5, 5.4, null, null, null],
    ["居民消费价格指数", "%", null, null, null, 0.4, null, null],
    ["四上企业数", "家", 612, 600, 566, null, null, null],
    ["规模以上工业总产值", "万元", 1112000, 1100000, 1138200, null, null, null],
  ],
  columnFormats: { 全年预计: "0.00", 年度目标: "0.00", 上年实际: "0.00" },
  cellFormats: { C6: "0.0", E6: "0.0", C8: "0", E8: "0", C9: "0", D9: "0", E9: "0" },
};

function data(indicators: UnitSheet = INDICATORS, ...sheets: UnitSheet[]): WorkbookData {
  return readWorkbook(unitWorkbook({ sheets: [PARAMETERS, indicators, ...sheets] }));
}

const DATA = data();

function render(template: string, on: WorkbookData = DATA) {
  return evaluateTemplate(template, { data: on, location: LOCATION });
}

const text = (template: string, on: WorkbookData = DATA): string => render(template, on).text;

describe("rates and changes as officials write them", () => {
  it.each([
    ["{同比(社会消费品零售总额)}", "同比增长6.1%"],
    ["{增长(社会消费品零售总额)}", "增长6.1%"],
    ["{增长(固定资产投资)}", "下降4.7%"],
    ["增速为{增速(固定资产投资)}", "增速为-4.7%"],
    ["增速为{增速(社会消费品零售总额)}", "增速为6.1%"],
    ["降幅{增幅(固定资产投资)}", "降幅4.7%"],
    ["{增减(社会消费品零售总额)}", "比上年增加7.21亿元"],
    ["{增减(固定资产投资, 较上年)}", "较上年减少7.03亿元"],
    ["新增“四上”企业{差额(四上企业数)}家，总数达到{四上企业数.全年预计}家", "新增“四上”企业46家，总数达到612家"],
    ["{城镇调查失业率.全年预计}%，{百分点(城镇调查失业率)}", "5.1%，比上年回落0.3个百分点"],
    ["{百分点(城镇调查失业率, 同比, 用词=上升|下降)}", "同比下降0.3个百分点"],
    ["{增减(城镇调查失业率)}", "比上年回落0.3个百分点"],
  ])("%s → %s", (template, expected) => {
    expect(render(template)).toMatchObject({ text: expected, issues: [] });
  });

  it("writes a change of nothing as 与上年持平", () => {
    const flat = data({
      ...INDICATORS,
      rows: [INDICATORS.rows[0] as RawCell[], ["税收收入", "亿元", 13.5, 13, 13.5, null, null, null]],
    });
    expect(text("税收收入{增减(税收收入)}，{百分点(税收收入)}", flat)).toBe("税收收入与上年持平，与上年持平");
    expect(text("[新增{差额(税收收入)}亿元]", flat)).toBe("");
  });
});

describe("published rates win", () => {
  it("words the published rate, not the one computed from the two amounts (8.2%)", () => {
    expect(render("{同比(地区生产总值)}，{增长(地区生产总值)}，增速{增速(地区生产总值)}")).toMatchObject({
      text: "同比增长5.8%，增长5.8%，增速5.8%",
      sources: [{ sheet: "主要指标", cell: "F2" }],
    });
  });

  it("writes an indicator that has only a rate", () => {
    expect(text("规模以上工业增加值{增长(规模以上工业增加值)}")).toBe("规模以上工业增加值增长0.6%");
    expect(text("居民消费价格指数{增长(居民消费价格指数, 同比, 用词=上涨|下降)}")).toBe("居民消费价格指数同比上涨0.4%");
  });
});
