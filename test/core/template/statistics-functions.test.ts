/**
 * The template functions a statistician of any unit needs (issue 14): rates and changes as
 * officials write them, published rates, ranks, conversions, aggregates, groups, comparisons and
 * dates — each as a template a unit would write and the sentence it must give.
 */
import { parseWorkbook, type WorkbookData } from "../../../src/core/parse-workbook";
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
  return parseWorkbook(unitWorkbook({ sheets: [PARAMETERS, indicators, ...sheets] }));
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

describe("ranks", () => {
  it.each([
    ["全市排名{位次(地区生产总值)}，位次{位次变化(地区生产总值, 较上年)}", "全市排名第3位，位次较上年前移2位"],
    ["{位次(固定资产投资)}，{位次变化(固定资产投资)}", "第9位，比上年后移2位"],
    ["{位次变化(社会消费品零售总额)}", "与上年持平"],
    ["{位次变化(地区生产总值, 用词=上升|下降)}", "比上年上升2位"],
  ])("%s → %s", (template, expected) => {
    expect(render(template)).toMatchObject({ text: expected, issues: [] });
  });

  it("leaves a clause out when the rank is not filled in", () => {
    expect(text("社零[，全市排名{位次(城镇调查失业率)}]。")).toBe("社零。");
  });
});

describe("units and magnitudes", () => {
  it.each([
    ["{换算(规模以上工业总产值.全年预计, 亿元)}", "111.2亿元"],
    ["{换算(规模以上工业总产值.上年实际, 亿元)}", "113.82亿元"],
    ["{换算(规模以上工业总产值.全年预计, 亿元, 位数=0)}", "111亿元"],
    ["{换算(地区生产总值.全年预计, 万元)}", "3865200万元"],
  ])("%s → %s", (template, expected) => {
    expect(render(template)).toMatchObject({ text: expected, issues: [] });
  });

  it("says why a conversion is impossible", () => {
    expect(text("{换算(四上企业数.全年预计, 亿元)}")).toBe("【模板错误：无法把家换算成亿元】");
  });
});

describe("two values set against each other", () => {
  const items: UnitSheet = {
    name: "数据项",
    rows: [
      ["名称", "数值", "单位", "说明"],
      ["全市地区生产总值增速", 5.2, "%", null],
      ["税收收入", 13.52, "亿元", null],
      ["一般公共预算收入", 18.26, "亿元", null],
    ],
  };
  const withItems = data(INDICATORS, items);
  it.each([
    [
      "增速{比较(地区生产总值.增速, 全市地区生产总值增速)}全市平均水平{差(地区生产总值.增速, 全市地区生产总值增速)}个百分点",
      "增速高于全市平均水平0.6个百分点",
    ],
    ["{比较(固定资产投资.增速, 全市地区生产总值增速, 用词=快于|慢于)}", "慢于"],
    ["占比{比重(税收收入, 一般公共预算收入)}", "占比74.0%"],
    ["{比值(地区生产总值.全年预计, 社会消费品零售总额.全年预计)}", "3.08"],
    ["{比重(税收收入, 一般公共预算收入, 百分号=无, 位数=2)}", "74.04"],
    ["增速为{增速(固定资产投资, 百分号=无)}", "增速为-4.7"],
  ])("%s → %s", (template, expected) => {
    expect(render(template, withItems)).toMatchObject({ text: expected, issues: [] });
  });
});

/** 在建项目 of a development zone: 总投资 under its own header, and the zone's own columns. */
const PROJECTS: UnitSheet = {
  name: "在建项目",
  rows: [
    [
      "序号",
      "项目名称",
      "业主单位",
      "总投资（万元）",
      "建设阶段",
      "进度",
      "进展情况",
      "类别",
      "年度完成投资（万元）",
      "开工日期",
    ],
    [1, "华晟新材料产业园", "华晟公司", 250000, "厂房建设", "正常", "主体完工", "续建", 62000, 44986],
    [2, "瑞丰智能装备", "瑞丰公司", 180000, "设备安装", "正常", "设备进场", "续建", 41000, 44900],
    [3, "绿源食品", "绿源公司", 45000, "投产", "提前", "已投产", "竣工投产", 9800, 44700],
    [4, "星河数据中心", "星河公司", 96000, "基础施工", "滞后", "桩基施工", "新开工", 15000, 45173],
    [5, "宏远物流园", "宏远公司", 60000, "基础施工", "正常", "土方完成", "新开工", 12000, 45203],
  ],
  columnFormats: { 开工日期: "yyyy/m/d" },
};

describe("aggregates, order and comparisons", () => {
  const zone = data(INDICATORS, PROJECTS);
  it.each([
    ["{合计(在建项目, 总投资（万元）, 单位=亿元)}亿元", "63.1亿元"],
    ["{合计(在建项目, 年度完成投资, 单位=亿元)}亿元", "13.98亿元"],
    ["{合计(在建项目, 总投资, 类别=新开工)}万元", "156000万元"],
    ["{平均(在建项目, 总投资（万元）, 单位=亿元)}亿元", "12.62亿元"],
    ["{最大(在建项目, 总投资（万元）)}万元", "250000万元"],
    ["{最小(在建项目, 年度完成投资（万元）, 进度!=提前)}万元", "12000万元"],
    ["{个数(在建项目, 总投资≥100000)}", "2"],
    ["{个数(在建项目, 总投资（万元）>=5亿元, 总投资（万元）<10亿元)}", "2"],
    ["{个数(在建项目, 总投资＜6亿元)}", "1"],
    ["{个数(在建项目, 开工日期≥2023-07-01)}", "2"],
    ["{个数(在建项目, 类别=新开工|续建)}", "4"],
    ["{占比(在建项目, 类别=新开工)}", "40.0%"],
    ["{占比(在建项目, 总投资（万元）, 类别=续建)}", "68.1%"],
    ["{占比(在建项目, 进度=正常, 其中, 类别=续建)}", "66.7%"],
    [
      "投资最大的两个项目为{列举(在建项目, 降序=总投资（万元）, 前=2, 分隔=和)：总投资{换算(总投资（万元）, 亿元)}的{项目名称}项目}",
      "投资最大的两个项目为总投资25亿元的华晟新材料产业园项目和总投资18亿元的瑞丰智能装备项目",
    ],
    [
      "{列举(在建项目, 升序=开工日期, 编号=无, 分隔=顿号)：{项目名称}}",
      "绿源食品、瑞丰智能装备、华晟新材料产业园、星河数据中心、宏远物流园",
    ],
    ["{分组(在建项目, 类别, 编号=无, 分隔=逗号)：{类别}项目{个数}个}", "续建项目2个，竣工投产项目1个，新开工项目2个"],
    [
      "{分组(在建项目, 类别, 编号=无, 分隔=；)：{类别}项目{个数}个，总投资{合计(总投资（万元）, 单位=亿元)}亿元}",
      // one list is one sentence: its amounts keep one number of decimals (43.0 beside 4.5)
      "续建项目2个，总投资43.0亿元；竣工投产项目1个，总投资4.5亿元；新开工项目2个，总投资15.6亿元",
    ],
    [
      "{列举(在建项目, 类别=新开工, 分隔=和)：{项目名称}（{日期(开工日期)}开工）}",
      "星河数据中心（9月4日开工）和宏远物流园（10月4日开工）",
    ],
    ["{列举(在建项目, 类别=竣工投产)：{项目名称}{日期(开工日期, 年月日)}}", "绿源食品2022年5月19日"],
  ])("%s → %s", (template, expected) => {
    expect(render(template, zone)).toMatchObject({ text: expected, issues: [] });
  });

  it("records the cells a sum drew on", () => {
    expect(render("{合计(在建项目, 总投资（万元）, 类别=新开工)}", zone).sources).toEqual([
      { sheet: "在建项目", cell: "H2:H6" },
      { sheet: "在建项目", cell: "D2:D6" },
    ]);
  });

  it("points a misspelt column to the one meant", () => {
    expect(text("{个数(在建项目, 类型=新开工)}", zone)).toBe("【模板错误：在建项目表没有“类型”列，是否指“类别”？】");
  });

  it("points a misspelt option to the one meant", () => {
    expect(text("{列举(在建项目, 排序=总投资)：{项目名称}}", zone)).toBe(
      "【模板错误：在建项目表没有“排序”列，是否指“降序”？】",
    );
  });

  it("points a misspelt table to the one meant", () => {
    expect(text("{合计(在建工程, 总投资)}", zone)).toBe("【模板错误：没有名为“在建工程”的表，是否指“在建项目”？】");
    expect(text("{分组(在建工程, 类别)：{类别}}", zone)).toBe(
      "【模板错误：没有名为“在建工程”的表，是否指“在建项目”？】",
    );
  });

  it("says a comparison needs a number or a date", () => {
    expect(text("{个数(在建项目, 总投资≥很多)}", zone)).toBe("【模板错误：“很多”不是数字或日期，无法比较大小】");
  });
});

describe("dates and a signing day instead of its occasion", () => {
  const negotiations: UnitSheet = {
    name: "在谈项目",
    rows: [
      [
        "序号",
        "项目名称",
        "合作方",
        "拟投资",
        "投资单位",
        "占地（亩）",
        "状态",
        "签约场合",
        "签约日期",
        "补充说明",
        "类别",
      ],
      [1, "新能源电池", "甲公司", 80000, "万元", 200, "已签约", "投资贸易洽谈会", 45173, null, "先进制造业"],
      [2, "医疗器械", "乙公司", 2500, "万美元", null, "已签约", "投资贸易洽谈会", 45173, null, "先进制造业"],
      [3, "冷链物流", "丙公司", 12000, "万元", null, "已签约", null, 45248, null, "现代服务业"],
      [4, "光伏组件", "丁公司", 3, "亿元", null, "已签约", "招商推介会", 44925, null, "先进制造业"],
      [5, "文旅综合体", "戊公司", 50000, "万元", null, "在谈", null, null, null, "现代服务业"],
    ],
    columnFormats: { 签约日期: "yyyy/m/d" },
  };
  const zone = data(INDICATORS, negotiations);
  it.each([
    [
      "{列举(在谈项目, 状态=已签约, 编号=无, 分隔=；)：{签约日期}签约{项目名称}}",
      "9月4日签约新能源电池；9月4日签约医疗器械；11月18日签约冷链物流；2022年12月30日签约光伏组件",
    ],
    [
      "{分组(在谈项目, 签约场合, 状态=已签约, 编号=无, 分隔=；)：{签约日期}，在“{签约场合}”上签约项目{个数}个，协议总投资{合计(拟投资, 单位=亿元, 位数=2)}亿元}",
      "9月4日，在“投资贸易洽谈会”上签约项目2个，协议总投资9.78亿元；2022年12月30日，在“招商推介会”上签约项目1个，协议总投资3.00亿元",
    ],
    ["{合计(在谈项目, 拟投资, 状态=已签约, 单位=亿元)}亿元", "13.975亿元"],
    ["{合计(在谈项目, 拟投资, 状态=已签约, 单位=亿元, 位数=2)}亿元", "13.98亿元"],
    ["{个数(在谈项目, 拟投资≥1.5亿元)}", "4"],
    ["{个数(在谈项目, 拟投资>1.2亿元)}", "4"],
    ["{占比(在谈项目, 状态=已签约, 其中, 类别=先进制造业)}", "75.0%"],
    ["{个数(在谈项目, 签约日期>2023/9/4)}", "1"],
    ['{列举(在谈项目, 状态=已签约, 签约场合="")：{项目名称}}', "冷链物流"],
    ["{个数(在谈项目, 签约场合!=“”)}", "3"],
  ])("%s → %s", (template, expected) => {
    expect(render(template, zone)).toMatchObject({ text: expected, issues: [] });
  });
});

describe("names that forgive and explain", () => {
  const items: UnitSheet = {
    name: "数据项",
    rows: [
      ["名称", "数值", "计量单位", "说明"],
      ["荣誉", 12, "项", "今年获得的荣誉"],
      ["5G基站数", 326, "个", null],
      ["地区生产总值（GDP）占全市比重", 9.6, "%", null],
      ["县（市、区）个数", 13, "个", null],
    ],
  };
  const named = data(INDICATORS, items);

  it.each([
    ["{社会消费品零售额.全年预计}", "主要指标表中没有“社会消费品零售额”这一行，是否指“社会消费品零售总额”？"],
    ["{同比(社零总额)}", "主要指标表中没有“社零总额”这一行，是否指“社会消费品零售总额”？"],
    ["{增涨(地区生产总值)}", "未知函数“增涨”，是否指“增长”？"],
    ["{地区生产总值.全年预算}", "主要指标表没有“全年预算”列，是否指“全年预计”？"],
    ["{5g基站}", "没有名为“5g基站”的参数或数据项，是否指“5G基站数”？"],
  ])("%s → 【模板错误：%s】 on the 模板 cell", (template, message) => {
    const result = render(template, named);
    expect(result.text).toBe(`【模板错误：${message}】`);
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: "error",
        sheet: "模板",
        cell: "B4",
        code: expect.stringMatching(/^template-/),
      }),
    ]);
  });

  it("reads names with digits and brackets", () => {
    expect(
      text("{5G基站数}个，{地区生产总值（GDP）占全市比重}%，{数据项.县（市、区）个数}个，{县（市、区）个数}个", named),
    ).toBe("326个，9.6%，13个，13个");
  });

  it("never lets a function's other name hide a 数据项 of that name", () => {
    expect(text("{荣誉}项", named)).toBe("12项");
    // the function keeps its own name
    expect(text("{荣誉列举}", named)).toContain("【待补");
  });

  it("keeps a marker, not a template error, for a 数据项 nothing resembles", () => {
    expect(render("{招商引资签约额}", named).issues).toEqual([
      expect.objectContaining({ code: "missing-value", sheet: "数据项" }),
    ]);
  });
});

describe("a unit written after a figure that is not its unit", () => {
  it("points at the 单位 cell, names the 模板 cell and offers the conversion", () => {
    expect(render("总产值{规模以上工业总产值.全年预计}亿元").issues).toEqual([
      {
        severity: "warning",
        code: "template-unit-mismatch",
        sheet: "主要指标",
        cell: "B9",
        message: "主要指标!B9（规模以上工业总产值·单位）为“万元”，但模板!B4中该数值后写的是“亿元”",
        suggestion:
          "核对单位：修改规模以上工业总产值·单位，或修改模板中的单位；要换算成亿元，写{换算(规模以上工业总产值.全年预计, 亿元)}",
      },
    ]);
  });
});

describe("computed quantities set against each other", () => {
  const incomes: UnitSheet = {
    ...INDICATORS,
    rows: [
      INDICATORS.rows[0] as RawCell[],
      ["城镇居民人均可支配收入", "元", 48562, null, 46338, null, null, null],
      ["农村居民人均可支配收入", "元", 23105, null, 21613, null, null, null],
      ["地区生产总值", "亿元", 386.52, 380, 357.21, 5.8, 3, 5],
      ["社会消费品零售总额", "亿元", 125.31, 123, 118.1, null, 4, 4],
    ],
    cellFormats: {},
  };
  const on = data(incomes);
  const now = "比值(城镇居民人均可支配收入.全年预计, 农村居民人均可支配收入.全年预计)";
  const before = "比值(城镇居民人均可支配收入.上年实际, 农村居民人均可支配收入.上年实际)";

  it("compares two ratios, each at the precision it is written with", () => {
    expect(
      render(
        `城乡居民收入比为{${now}}，[比上年{比较(${now}, ${before}, 用词=扩大|缩小)}{差(${now}, ${before})}|与上年持平]`,
        on,
      ),
    ).toMatchObject({ text: "城乡居民收入比为2.10，比上年缩小0.04", issues: [] });
  });

  it("sets a rate written by a function against another", () => {
    expect(text("{差(增速(地区生产总值), 增速(社会消费品零售总额))}个百分点", on)).toBe("0.3个百分点");
  });

  it("says when what a call writes is no number", () => {
    expect(text("{差(同比(地区生产总值), 增速(社会消费品零售总额))}", on)).toBe(
      "【模板错误：同比写出的“同比增长5.8%”不是一个数，不能用来比较】",
    );
  });
});

describe("a unit's own columns in 主要指标", () => {
  const own = data({
    name: "主要指标",
    rows: [
      ["指标", "计量单位", "全年预计", "上年实际", "公布增速", "上年增速（%）", "责任单位"],
      ["地区生产总值", "亿元", 386.52, 357.21, 5.8, 4.6, "区发改局"],
      ["固定资产投资", "亿元", 142.6, 149.63, null, 3.1, "区发改局"],
    ],
  });

  it.each([
    ["{地区生产总值.责任单位}", "区发改局"],
    ["{地区生产总值.上年增速}%", "4.6%"],
    [
      "增速{比较(地区生产总值.增速, 地区生产总值.上年增速, 用词=加快|回落)}{差(地区生产总值.增速, 地区生产总值.上年增速)}个百分点",
      "增速加快1.2个百分点",
    ],
    [
      "增速{比较(固定资产投资.增速, 固定资产投资.上年增速, 用词=加快|回落)}{差(固定资产投资.增速, 固定资产投资.上年增速)}个百分点",
      "增速回落7.8个百分点",
    ],
    [
      "{列举(主要指标, 责任单位=区发改局, 编号=无, 分隔=；)：{指标}{全年预计}亿元，{增长()}}",
      "地区生产总值386.52亿元，增长5.8%；固定资产投资142.60亿元，下降4.7%",
    ],
  ])("%s → %s", (template, expected) => {
    expect(render(template, own)).toMatchObject({ text: expected, issues: [] });
  });
});

describe("a unit the template asks for stays", () => {
  const items: UnitSheet = {
    name: "数据项",
    rows: [
      ["名称", "数值", "单位", "说明"],
      ["消费券发放额", 1200, "万元", null],
      ["拉动消费", 2.3, "亿元", null],
    ],
  };
  const on = data(INDICATORS, items);

  it("restates a quantity of its own in the sentence's larger unit only as one or more of it, and never what {换算} named", () => {
    // 1200万元 is less than one 亿元: a 数据项 keeps its unit rather than read 0.12亿元
    expect(text("发放消费券{消费券发放额}万元，直接拉动消费{拉动消费}亿元", on)).toBe(
      "发放消费券1200万元，直接拉动消费2.3亿元",
    );
    expect(text("发放消费券{换算(消费券发放额, 万元)}，直接拉动消费{拉动消费}亿元", on)).toBe(
      "发放消费券1200万元，直接拉动消费2.3亿元",
    );
  });

  it("still sets the unit the others are restated in", () => {
    expect(text("总产值{换算(规模以上工业总产值.全年预计, 亿元)}，{增减(规模以上工业总产值)}", on)).toBe(
      "总产值111.2亿元，比上年减少2.62亿元",
    );
  });
});
