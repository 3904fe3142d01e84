/**
 * What the township's annual summary and the county 发改局's 前三季度 report (test/fixtures/units)
 * found missing, one table per fix: a 比值 per 亩 or per head, decimals a template chooses, the
 * 公布增速 in 累计同比, the indicators behind (or ahead of) schedule as a condition, 序时进度 of two
 * values, 持平 in the period compared with, the last period's rank, a layout column kept in another
 * unit (总投资（亿元）), and a progress table's validation (no 全年预计 column, a rank row's 单位).
 */
import { parseWorkbook, type WorkbookData } from "../../../src/core/parse-workbook";
import { evaluateTemplate } from "../../../src/core/template/evaluate-template";
import { validate } from "../../../src/core/validate";
import { unitWorkbook, type UnitSheet } from "../units/unit-workbook";

const LOCATION = { row: 3, cell: "B4" };

const parameters = (month: number): UnitSheet => ({
  name: "参数",
  rows: [
    ["参数", "值"],
    ["年度", 2023],
    ["单位名称", "平安县发展和改革局"],
    ["截至月份", month],
  ],
});

/** A progress table: 累计完成 and 去年同期累计, no 全年预计 column; ranks against 上半年. */
const PROGRESS: UnitSheet = {
  name: "主要指标",
  rows: [
    ["指标名称", "计量单位", "年度目标", "累计完成", "去年同期累计", "增速（公布）", "全市排名", "上半年排名"],
    ["地区生产总值", "亿元", null, 186.4, 173.8, 5.6, 4, 6],
    ["固定资产投资", "亿元", 90, 68.5, 63.25, null, 2, 2],
    ["社会消费品零售总额", "亿元", 84.4, 62.7, 58.71, null, null, null],
    ["一般公共预算收入", "亿元", 7.36, 5.36, 5.15, null, null, null],
    ["全市重点项目建设季度考核", null, null, null, null, null, 3, 5],
  ],
};

const PROJECTS: UnitSheet = {
  name: "在建项目",
  rows: [
    [
      "项目名称",
      "项目类别",
      "总投资（亿元）",
      "年度计划投资（亿元）",
      "累计完成投资（亿元）",
      "建设阶段",
      "进度",
      "进展情况",
    ],
    ["华源新能源电池", "产业", 28, 5, 2.6, "厂房建设", "滞后", "主体施工"],
    ["城区东外环道路", "基础设施", 8, 3.8, 3.1, "基础施工", "正常", "路基完成"],
  ],
};

/** A township's year-end table and its villages in 数据项 (类别, and a column of last year's). */
const TOWNSHIP: UnitSheet = {
  name: "主要指标",
  rows: [
    ["指标名称", "计量单位", "全年完成", "年度目标", "去年实际"],
    ["粮食播种面积", "万亩", 12.36, 12.2, 11.94],
    ["粮食总产量", "万吨", 5.18, 5, 5.02],
    ["农村居民人均可支配收入", "元", 21856, null, 20407],
    ["乡村人口", "万人", 3.2, null, 3.25],
    ["招商引资到位资金", "亿元", 1.86, 1.8, 1.52],
  ],
};

const VILLAGES: UnitSheet = {
  name: "数据项",
  rows: [
    ["名称", "数值", "单位", "类别", "上年数值"],
    ["东关村", 128, "万元", "村集体经济收入", 110],
    ["西营村", 53, "万元", "村集体经济收入", 46],
    ["南河村", 32, "万元", "村集体经济收入", 30],
    ["专项债券额度", 6.8, "亿元", null, null],
    ["中央预算内投资资金", 1.26, "亿元", null, null],
  ],
};

const on = (month: number, ...sheets: UnitSheet[]): WorkbookData =>
  parseWorkbook(unitWorkbook({ sheets: [parameters(month), ...sheets] }));

const PROGRESS_DATA = on(9, PROGRESS, PROJECTS);
const TOWNSHIP_DATA = on(12, TOWNSHIP, VILLAGES);

const render = (template: string, data: WorkbookData) => evaluateTemplate(template, { data, location: LOCATION });

describe("比值 per a unit of another quantity (单位=公斤/亩)", () => {
  it.each([
    ["平均亩产{比值(粮食总产量.全年预计, 粮食播种面积.全年预计, 单位=公斤/亩, 位数=0)}公斤", "平均亩产419公斤"],
    ["亩产{比值(粮食总产量.全年预计, 粮食播种面积.全年预计, 单位=千克／亩, 位数=1)}千克", "亩产419.1千克"],
    ["{比值(粮食总产量.全年预计, 粮食播种面积.全年预计, 单位=吨/万亩)}", "4190.94"],
    ["人均{比值(招商引资到位资金.全年预计, 乡村人口.全年预计, 单位=元/人, 位数=0)}", "【模板错误"],
    [
      "{比值(粮食总产量.全年预计, 粮食播种面积.全年预计, 单位=公斤)}",
      "【模板错误：“单位=公斤”应写成 分子单位/分母单位",
    ],
    [
      "{换算(比值(粮食总产量.全年预计, 粮食播种面积.全年预计), 公斤)}",
      "【模板错误：比值没有单位，无法换算（每亩、每人等的比值请写",
    ],
  ])("%s → %s", (template, expected) => {
    expect(render(template, TOWNSHIP_DATA).text).toContain(expected);
  });
});

describe("decimals a template chooses (位数=N) are its own", () => {
  it.each([
    // the average's one decimal does not spread to the sum and the gap beside it
    [
      "合计{合计(数据项, 数值, 类别=村集体经济收入)}万元，比上年增加{差(合计(数据项, 数值, 类别=村集体经济收入), 合计(数据项, 上年数值, 类别=村集体经济收入))}万元，村均{平均(数据项, 数值, 类别=村集体经济收入, 位数=1)}万元。",
      "合计213万元，比上年增加27万元，村均71.0万元。",
    ],
    // a chosen 位数 stays beside a General cell's two decimals
    [
      "{合计(数据项, 数值, 类别=村集体经济收入, 单位=亿元, 位数=3)}亿元；{中央预算内投资资金}亿元。",
      "0.021亿元；1.26亿元。",
    ],
    // General cells of money in one sentence still share their decimals (the README's rule)
    ["资金{中央预算内投资资金}亿元；额度{专项债券额度}亿元。", "资金1.26亿元；额度6.80亿元。"],
    ["资金{中央预算内投资资金}亿元；额度{换算(专项债券额度, 亿元, 位数=1)}。", "资金1.26亿元；额度6.8亿元。"],
  ])("%s → %s", (template, expected) => {
    expect(render(template, TOWNSHIP_DATA).text).toBe(expected);
  });
});

describe("a progress report's cumulative figures", () => {
  it.each([
    // the published 1—9月 rate, not the current-price 7.2%
    ["{累计同比(地区生产总值)}", "同比增长5.6%"],
    ["{累计同比(固定资产投资)}", "同比增长8.3%"],
    ["{序时进度(固定资产投资)}", "完成年度任务的76.1%，超序时进度1.1个百分点"],
    // two values: the comparison alone
    [
      "完成年度计划的{比重(合计(在建项目, 累计完成投资), 合计(在建项目, 年度计划投资))}，{序时进度(合计(在建项目, 累计完成投资), 合计(在建项目, 年度计划投资))}",
      "完成年度计划的64.8%，低于序时进度10.2个百分点",
    ],
    [
      "{序时进度(合计(在建项目, 累计完成投资, 项目类别=基础设施), 合计(在建项目, 年度计划投资, 项目类别=基础设施))}",
      "超序时进度6.6个百分点",
    ],
    // a layout column kept in another unit: 总投资（亿元）
    ["总投资{合计(在建项目, 总投资)}亿元", "总投资36亿元"],
    ["{列举(在建项目, 降序=总投资（万元）, 前=1, 编号=无)：{项目名称}}", "华源新能源电池"],
  ])("%s → %s", (template, expected) => {
    expect(render(template, PROGRESS_DATA)).toMatchObject({ text: expected, issues: [] });
  });
});

describe("低于序时进度 and 超序时进度 as conditions on 主要指标", () => {
  it.each([
    [
      "{列举(主要指标, 低于序时进度, 编号=无, 分隔=顿号)：{指标}}{个数(主要指标, 低于序时进度)}项指标",
      "社会消费品零售总额、一般公共预算收入2项指标",
    ],
    ["{列举(主要指标, 超序时进度, 分隔=和)：{指标}}", "固定资产投资"],
    ["{个数(主要指标, 低于序时进度, 单位=亿元)}", "2"],
    ["[{个数(主要指标, 超序时进度, 指标名称=一般公共预算收入)}项|无]", "无"],
    // the function names the same rows
    ["{低于序时进度}", "社会消费品零售总额和一般公共预算收入"],
  ])("%s → %s", (template, expected) => {
    expect(render(template, PROGRESS_DATA)).toMatchObject({ text: expected, issues: [] });
  });

  it("is a template error on another table", () => {
    expect(render("{个数(在建项目, 低于序时进度)}", PROGRESS_DATA).text).toContain(
      "【模板错误：“低于序时进度”只适用于主要指标表】",
    );
  });
});

describe("ranks against the last period, and 持平 in the period compared with", () => {
  it.each([
    ["{位次变化(地区生产总值, 较上半年)}", "较上半年前移2位"],
    ["位次{位次变化(固定资产投资, 较上半年)}", "位次与上半年持平"],
    ["位次{位次变化(固定资产投资)}", "位次与上年持平"],
    ["位次{位次变化(固定资产投资, 同比)}", "位次与上年持平"],
    [
      "我县位列{位次(全市重点项目建设季度考核)}，{位次变化(全市重点项目建设季度考核, 比上季度)}",
      "我县位列第3位，比上季度前移2位",
    ],
  ])("%s → %s", (template, expected) => {
    expect(render(template, PROGRESS_DATA)).toMatchObject({ text: expected, issues: [] });
  });

  it.each(["上期位次", "上期排名", "上月位次", "上季度排名", "上半年位次", "上半年排名", "上年排名"])(
    "reads a %s column as the rank compared against",
    (header) => {
      const sheet: UnitSheet = {
        name: "主要指标",
        rows: [
          ["指标", "单位", "全年预计", "位次", header],
          ["综合考评", "位", null, 3, 1],
        ],
      };
      expect(render("{位次变化(综合考评, 较上期)}", on(9, sheet)).text).toBe("较上期后移2位");
    },
  );

  it.each([
    ["{增减(粮食播种面积, 较上月)}", "与上月持平"],
    ["{百分点(粮食播种面积, 比上季度)}", "与上季度持平"],
    ["{增减(粮食播种面积)}", "与上年持平"],
  ])("%s → %s", (template, expected) => {
    const sheet: UnitSheet = {
      name: "主要指标",
      rows: [
        ["指标", "单位", "全年完成", "去年实际"],
        ["粮食播种面积", "%", 12, 12],
      ],
    };
    expect(render(template, on(12, sheet)).text).toBe(expected);
  });
});

describe("a progress table passes validation", () => {
  const errors = (data: WorkbookData) =>
    validate(data)
      .filter((i) => i.severity === "error" && i.code !== "missing-sheet")
      .map((i) => `${i.code} ${i.message}`);

  it.each([
    ["no 全年预计 column beside 累计完成, and a rank row without 单位", PROGRESS, []],
    [
      "a 全年预计 column missing with no 累计完成 either",
      {
        name: "主要指标",
        rows: [
          ["指标", "单位", "年度目标"],
          ["固定资产投资", "亿元", 90],
        ],
      },
      ["missing-header 工作表“主要指标”缺少必填列“全年预计”"],
    ],
    [
      "a blank 单位 on a row with an amount",
      {
        name: "主要指标",
        rows: [
          ["指标", "单位", "累计完成"],
          ["固定资产投资", null, 68.5],
        ],
      },
      ["blank-required-cell 主要指标!B2 为（空白），“单位”是必填项（指标“固定资产投资”）"],
    ],
  ] as const)("%s", (_label, sheet, expected) => {
    expect(errors(on(9, sheet as UnitSheet))).toEqual(expected);
  });
});
