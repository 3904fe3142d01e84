/**
 * What a county 住建局's and a district 农业农村局's annual summaries (test/fixtures/units) found, one
 * table per fix: a project table without 建设阶段 (roads, housing, farmland have no factory stages),
 * {荣誉列举} of some honours only, and what a first-time author naturally writes for a rank, a gap of
 * two values, a share of two sums, an indicator's growth rate and a 数据项's value — each now either
 * written as meant or answered with an error that names the syntax to use.
 */
import { planLayout } from "../../../src/core/layout-plan";
import { parseWorkbook, type WorkbookData } from "../../../src/core/parse-workbook";
import { evaluateTemplate } from "../../../src/core/template/evaluate-template";
import { validate } from "../../../src/core/validate";
import { unitSheet, unitWorkbook, type UnitSheet } from "../units/unit-workbook";

const LOCATION = { row: 3, cell: "B4" };

const PARAMETERS: UnitSheet = {
  name: "参数",
  rows: [
    ["参数名称", "参数值"],
    ["年度", 2024],
    ["单位名称", "清江区农业农村局"],
    ["截至月份", 12],
  ],
};

const INDICATORS: UnitSheet = {
  name: "主要指标",
  rows: [
    ["指标名称", "计量单位", "本年实际", "年度目标", "上年实际", "可比价增速", "全市排名", "上年排名"],
    ["农林牧渔业总产值", "亿元", 86.35, null, 82.1, 3.9, 4, 4],
    ["农村居民人均可支配收入", "元", 24768, null, 23251, null, 2, 3],
    ["城镇居民人均可支配收入", "元", 46530, null, 44872, null, null, null],
    ["新建高标准农田", "万亩", 3.2, 3, 2.8, null, null, null],
  ],
};

/** Farm projects: no 建设阶段 column, a 进度 and the unit's own columns. */
const PROJECTS: UnitSheet = {
  name: "在建项目",
  rows: [
    ["项目名称", "项目类别", "总投资（万元）", "年度计划投资（万元）", "本年完成投资（万元）", "进度", "进展情况"],
    ["稻虾共作产业园", "产业融合", 26800, 9000, 9600, "正常", "完成稻虾基地5000亩"],
    ["茶旅融合示范区", "产业融合", 15200, 4500, 3100, "滞后", "游客中心未开工"],
    ["高标准农田建设（北片）", "高标准农田", 7800, 7800, 7800, "正常", "通过验收"],
  ],
};

const HONOURS: UnitSheet = {
  name: "荣誉",
  rows: [
    ["授予单位", "方式", "荣誉称号", "级别"],
    ["农业农村部", "评为", "全国农业农村系统先进集体", "国家级"],
    ["省农业农村厅", "评为", "全省农业产业化工作先进单位", "省级"],
    ["省农业农村厅", "评为", "全省高标准农田建设先进单位", "省级"],
    ["市农业农村局", "评为", "全市农产品质量安全工作先进单位", "市级"],
  ],
};

const ITEMS: UnitSheet = {
  name: "数据项",
  rows: [
    ["名称", "数值", "单位"],
    ["高标准农田累计建成面积", 38.5, "万亩"],
  ],
};

const DATA: WorkbookData = parseWorkbook(unitWorkbook({ sheets: [PARAMETERS, INDICATORS, PROJECTS, HONOURS, ITEMS] }));

const render = (template: string) => evaluateTemplate(template, { data: DATA, location: LOCATION });

describe("a project table without 建设阶段", () => {
  const errors = (projects: UnitSheet) =>
    validate(parseWorkbook(unitWorkbook({ sheets: [PARAMETERS, INDICATORS, projects, HONOURS, ITEMS] })))
      .filter((i) => i.severity === "error" && i.code !== "missing-sheet")
      .map((i) => `${i.code} ${i.message}`);

  it.each([
    ["no 建设阶段 column: no error", PROJECTS, []],
    [
      "a 建设阶段 column with a blank cell: the cell is still required",
      {
        name: "在建项目",
        rows: [
          ["项目名称", "建设阶段", "进度", "进展情况"],
          ["稻虾共作产业园", null, "正常", "完成稻虾基地5000亩"],
        ],
      },
      ["blank-required-cell 在建项目!B2 为（空白），“建设阶段”是必填项"],
    ],
    [
      "no 进度 column: still an error (正常 / 滞后 is every unit's)",
      {
        name: "在建项目",
        rows: [
          ["项目名称", "进展情况"],
          ["稻虾共作产业园", "完成"],
        ],
      },
      ["missing-header 工作表“在建项目”缺少必填列“进度”"],
    ],
  ] as [string, UnitSheet, string[]][])("%s", (_, projects, expected) => {
    const found = errors(projects);
    expect(found).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(found[i]).toContain(e));
  });

  it("建立表格 does not add a 建设阶段 column to a sheet that has none (blank, it would be an error per row)", () => {
    const raw = unitWorkbook({ sheets: [PARAMETERS, PROJECTS] });
    const { changes } = planLayout(raw, { templateRows: [{ level: "正文", content: "正文" }] });
    const added = changes.find((c) => c.startsWith("在“在建项目”"));
    expect(added).toBeDefined();
    expect(added).toContain("建设单位");
    expect(added).not.toContain("建设阶段");
  });

  it("a template naming 建设阶段 where the sheet has none writes 【待补】", () => {
    expect(render("{列举(在建项目, 进度=滞后)：{建设阶段}}").text).toContain("【待补");
  });
});

describe("{荣誉列举} of the honours a condition picks", () => {
  it.each([
    [
      "{荣誉列举(级别=国家级|省级)}",
      "被农业农村部评为“全国农业农村系统先进集体”，被省农业农村厅评为“全省农业产业化工作先进单位”“全省高标准农田建设先进单位”",
    ],
    ["{荣誉列举(荣誉, 级别=市级)}", "被市农业农村局评为“全市农产品质量安全工作先进单位”"],
    ["[其中{荣誉列举(级别=县级)}。]", ""],
    ["{荣誉列举(等级=省级)}", "【模板错误：荣誉表没有“等级”列"],
  ])("%s → %s", (template, expected) => {
    const text = render(template).text;
    if (expected === "") expect(text).toBe("");
    else expect(text).toContain(expected);
  });
});

describe("what a first-time author writes", () => {
  it.each([
    // the rank's own 第 and 位 are not repeated
    ["总量居全市第{位次(农林牧渔业总产值)}位", "总量居全市第4位"],
    ["居全市第{位次(农村居民人均可支配收入)}名", "居全市第2名"],
    ["全市排名{位次(农村居民人均可支配收入)}", "全市排名第2位"],
    ["居全市第{位次(农村居民人均可支配收入)}，", "居全市第2位，"],
    // 差额 and 完成率 of two values
    [
      "城乡居民收入差额为{差额(城镇居民人均可支配收入.本年实际, 农村居民人均可支配收入.本年实际)}元",
      "城乡居民收入差额为21762元",
    ],
    ["完成年度计划的{完成率(合计(在建项目, 本年完成投资), 合计(在建项目, 年度计划投资))}", "完成年度计划的96.2%"],
    ["完成年度任务的{完成率(新建高标准农田)}", "完成年度任务的106.7%"],
    // an indicator's rate as a value, and a % the value already has
    ["按可比价格计算增长{农林牧渔业总产值.增速}", "按可比价格计算增长3.9%"],
    ["增长{农村居民人均可支配收入.增速}%", "增长6.5%"],
    ["完成{新建高标准农田.完成率}%", "完成106.7%"],
    // a 数据项's .数值
    ["累计建成{高标准农田累计建成面积.数值}万亩", "累计建成38.5万亩"],
    // errors that name what to write, in the unit's own header
    [
      "{比值(城镇居民人均可支配收入, 农村居民人均可支配收入)}",
      "“城镇居民人均可支配收入”是主要指标，请写明列名，如城镇居民人均可支配收入.本年实际",
    ],
    ["{城镇居民人均可支配收入.本年实际-农村居民人均可支配收入.本年实际}", "两个数的差写{差(甲, 乙)}"],
    ["{年度-1}", "2023"],
  ])("%s → %s", (template, expected) => {
    expect(render(template).text).toContain(expected);
  });
});

it("the unit workbook helper keeps the header row first", () => {
  expect(unitSheet(PROJECTS).values[0]?.[0]).toBe("项目名称");
});
