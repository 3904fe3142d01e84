import { parseWorkbook, type WorkbookData } from "../../../src/core/parse-workbook";
import { evaluateTemplate } from "../../../src/core/template/evaluate-template";
import { goldenWorkbook, type GoldenInput } from "../../golden/golden-input";

const LOCATION = { row: 4, cell: "B5" };

function data(changes: Omit<GoldenInput, "description"> = {}): WorkbookData {
  return parseWorkbook(goldenWorkbook({ description: "", ...changes }));
}

const SAMPLE = data();

function render(template: string, on: WorkbookData = SAMPLE) {
  return evaluateTemplate(template, { data: on, location: LOCATION });
}

const text = (template: string, on: WorkbookData = SAMPLE): string => render(template, on).text;

describe("evaluateTemplate: values", () => {
  it.each([
    ["{年度}年{单位名称}年度工作总结", "2023年开发区管委会年度工作总结"],
    ["｛年度｝年", "2023年"],
    ["{年度+1}年工作思路", "2024年工作思路"],
    ["{年度-1}年", "2022年"],
    ["{参数.年度}", "2023"],
    ["截至{截至月份}月", "截至10月"],
    ["{工业销售收入.全年预计}亿元", "52.36亿元"],
    ["{引进内资·全年预计}亿元", "18.60亿元"],
    ["{出口额.上年实际}万美元", "9120万美元"],
    ["{实际利用外资.本月累计}", "1850"],
    ["{工业销售收入.完成率}", "104.7%"],
    ["{出口额.同比增长}", "同比下降5.2%"],
    ["{天然气主管道长度}米", "12000米"],
    ["{数据项.输水管线长度}公里", "8.5公里"],
    ["{累计月份}", "1—10月份"],
  ])("renders %s as %s", (template, expected) => {
    expect(render(template)).toMatchObject({ text: expected, issues: [] });
  });

  it("records the cells drawn on, first use first, without repeats", () => {
    expect(render("{年度}{年度+1}{同比(工业销售收入)}{工业销售收入.全年预计}").sources).toEqual([
      { sheet: "参数", cell: "B2" },
      { sheet: "主要指标", cell: "C2" },
      { sheet: "主要指标", cell: "E2" },
    ]);
  });
});

describe("evaluateTemplate: phrase functions", () => {
  it.each([
    ["{同比(工业销售收入)}", "同比增长16.0%"],
    ["{同比(出口额)}", "同比下降5.2%"],
    ["{完成率(工业销售收入)}", "104.7%"],
    ["{完成率（引进内资）}", "93.0%"],
    ["{序时进度(实际利用外资)}", "完成年度任务的84.1%，超序时进度0.8个百分点"],
    ["{个数(在建项目)}", "7"],
    ["{个数(在建项目, 进度=滞后)}", "1"],
    ["{个数(在建项目, 进度!=滞后)}", "6"],
    ["{个数(在建项目, 建设阶段=设备安装|试生产)}", "3"],
    ["{个数(在谈项目, 状态=已签约)}", "4"],
    ["{个数(在谈项目, 状态=已签约, 投资亿元以上)}", "3"],
    ["{个数(在建项目, 投资亿元以上)}", "6"],
    ["{计数(荣誉)}", "6"],
  ])("renders %s as %s", (template, expected) => {
    expect(render(template)).toMatchObject({ text: expected, issues: [] });
  });

  it("lists rows with the 参数 列举序号 numbering and ；", () => {
    expect(text("{列举(在谈项目, 状态=已签约)：{项目名称}}")).toBe(
      "（1）新能源电池；（2）美国医疗器械；（3）食品加工；（4）小型配套",
    );
  });

  it.each([
    ["编号=1.", "1.新能源电池；2.美国医疗器械；3.食品加工；4.小型配套"],
    ["编号=①, 分隔=、", "①新能源电池、②美国医疗器械、③食品加工、④小型配套"],
    ["编号=无, 分隔=逗号", "新能源电池，美国医疗器械，食品加工，小型配套"],
    ["分隔=和", "新能源电池、美国医疗器械、食品加工和小型配套"],
    ["分隔=及", "新能源电池、美国医疗器械、食品加工及小型配套"],
    ["编号=无, 分隔=无", "新能源电池美国医疗器械食品加工小型配套"],
    ["编号=无, 分隔=“ / ”", "新能源电池 / 美国医疗器械 / 食品加工 / 小型配套"],
  ])("lists with %s", (options, expected) => {
    expect(text(`{列举(在谈项目, 状态=已签约, ${options})：{项目名称}}`)).toBe(expected);
  });

  it("drops repeated items with 去重", () => {
    expect(text("{列举(在谈项目, 状态=已签约, 编号=无, 分隔=无, 去重)：“{签约场合}”}")).toBe("“京津冀投资洽谈会”");
  });

  it("joins the names in a cell with 连接 and words partners with 合作", () => {
    expect(text("{列举(在谈项目, 状态=在谈, 编号=无, 分隔=；)：[{连接(合作方)}]}")).toBe(
      "鑫达集团和华泰公司；远航公司、美国联合技术公司和韩国大宇工程；环球集团和星光公司",
    );
    expect(text("{列举(在谈项目, 项目名称=不锈钢生产, 编号=无)：{合作(合作方)}}")).toBe("由鑫达集团和华泰公司共同合作");
    expect(text("{列举(在谈项目, 项目名称=不锈钢生产, 编号=无)：{连接(合作方, 与)}}")).toBe("鑫达集团与华泰公司");
  });

  it("writes the honours clause", () => {
    expect(text("{荣誉列举}")).toMatch(/^被市委、市政府命名为“市级文明单位”，被市总工会评为/);
  });

  it("counts and lists by the current row inside a list over 主要指标", () => {
    expect(text("{列举(主要指标, 单位=亿元, 编号=无, 分隔=逗号)：{指标}{同比()}}")).toBe(
      "工业销售收入同比增长16.0%，引进内资同比增长14.8%，财政收入同比增长11.8%，固定资产投资同比增长19.6%",
    );
  });

  it("computes 完成率 and 同比增长 of the current 主要指标 row when named as columns", () => {
    expect(text("{列举(主要指标, 指标=出口额, 编号=无)：{完成率}，{同比增长}}")).toBe("96.1%，同比下降5.2%");
  });

  it("reads a column whose header has brackets, written in full", () => {
    expect(text("{列举(在谈项目, 项目名称=精密铸件, 编号=无)：{占地（亩）}亩}")).toBe("150亩");
  });

  it("writes no second 项目 after a name already ending in 项目", () => {
    const on = data({ cells: [{ sheet: "projects", row: 0, column: "name", value: "华瑞重工生产基地项目" }] });
    // one item is no enumeration: it is not numbered
    expect(text("{列举(在建项目, 进度=滞后)：{项目名称}项目进展缓慢}", on)).toBe("华瑞重工生产基地项目进展缓慢");
    expect(text("{列举(在建项目, 进度=滞后)：{项目名称}工程}", on)).toBe("华瑞重工生产基地项目工程");
  });
});

describe("evaluateTemplate: optional clauses", () => {
  it("keeps a clause whose values exist and drops one with a blank optional cell", () => {
    expect(text("{列举(在谈项目, 状态=在谈, 编号=无, 分隔=；)：{项目名称}[、占地{占地}亩]}")).toBe(
      "不锈钢生产、占地150亩；汽车零部件、占地100亩；国际影视文化旅游；精密铸件、占地150亩；铝型材加工、占地100亩；德国环保设备",
    );
  });

  it("drops a clause with a value marked not applicable, without an issue", () => {
    const on = data({ cells: [{ sheet: "indicators", row: 0, column: "lastYear", value: "—" }] });
    expect(render("收入{工业销售收入.全年预计}亿元[，{同比(工业销售收入)}]。", on)).toMatchObject({
      text: "收入52.36亿元。",
      issues: [],
    });
  });

  it("drops the clause of a list that matches nothing", () => {
    const on = data({ removeRows: { projects: [0] } });
    expect(text("目前，{个数(在建项目)}个项目[，除{列举(在建项目, 进度=滞后)：{项目名称}}外]进展顺利", on)).toBe(
      "目前，6个项目进展顺利",
    );
    expect(render("甲{列举(在建项目, 进度=滞后)：{项目名称}}乙", on)).toMatchObject({ text: "甲乙", issues: [] });
  });

  it("keeps a clause and shows the marker when a value inside is invalid rather than absent", () => {
    const on = data({ cells: [{ sheet: "indicators", row: 0, column: "lastYear", value: "45.12" }] });
    const result = render("工业销售收入[，{同比(工业销售收入)}]", on);
    expect(result.text).toBe("工业销售收入，【待补：工业销售收入·上年实际】");
    expect(result.issues).toEqual([expect.objectContaining({ code: "missing-value", sheet: "主要指标", cell: "E2" })]);
  });

  it("keeps a template error visible in a clause it leaves out", () => {
    const result = render("甲[、占地{列举(在建项目, 进度=无此值)：x}{同笔(1)}]乙");
    expect(result.text).toBe("甲【模板错误：未知函数“同笔”，是否指“同比”？】乙");
    expect(result.issues).toEqual([expect.objectContaining({ code: "template-unknown-function" })]);
  });

  it("drops the issues of a clause it leaves out", () => {
    const on = data({ cells: [{ sheet: "indicators", row: 0, column: "target", value: null }] });
    expect(render("[{工业销售收入.全年预计}，占年任务{完成率(工业销售收入)}]", on)).toMatchObject({
      text: "",
      issues: [],
    });
  });
});

describe("evaluateTemplate: missing data", () => {
  it.each([
    ["a blank required cell", { sheet: "indicators", row: 0, column: "estimate", value: null }, "为空"],
    [
      "a number stored as text",
      { sheet: "indicators", row: 0, column: "estimate", value: "52.36" },
      "是以文本形式存储的数字“52.36”",
    ],
    ["full-width digits", { sheet: "indicators", row: 0, column: "estimate", value: "５２．３６" }, "是全角数字"],
    ["a value with its unit", { sheet: "indicators", row: 0, column: "estimate", value: "52.36亿元" }, "带了单位"],
    ["an Excel error", { sheet: "indicators", row: 0, column: "estimate", value: "#DIV/0!" }, "是错误值“#DIV/0!”"],
    ["text", { sheet: "indicators", row: 0, column: "estimate", value: "约52亿" }, "不是数字"],
    [
      "a value marked not applicable where the text needs it",
      { sheet: "indicators", row: 0, column: "estimate", value: "—" },
      "不适用",
    ],
  ] as const)("shows %s as 【待补：…】 with an error at its cell", (_, change, reason) => {
    const result = render("实现工业销售收入{工业销售收入.全年预计}亿元", data({ cells: [change] }));
    expect(result.text).toBe("实现工业销售收入【待补：工业销售收入·全年预计】亿元");
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ severity: "error", code: "missing-value", sheet: "主要指标", cell: "C2" });
    expect(result.issues[0]?.message).toContain(reason);
    expect(result.sources).toEqual([{ sheet: "主要指标", cell: "C2" }]);
  });

  it.each([
    ["{同比(工业销售收入)}", "lastYear", "E2", "上年实际", "estimate", "全年预计", "C2"],
    ["{完成率(工业销售收入)}", "target", "D2", "年度任务", "estimate", "全年预计", "C2"],
    ["{序时进度(工业销售收入)}", "target", "D2", "年度任务", "cumulative", "截至本月累计", "H2"],
  ] as const)(
    "marks %s whose quotient is beyond the largest double (#NUM! in Excel) at the dividend",
    (template, divisorKey, divisorCell, divisorName, dividendKey, dividendName, dividendCell) => {
      const on = data({
        cells: [
          { sheet: "indicators", row: 0, column: dividendKey, value: 1e300 },
          { sheet: "indicators", row: 0, column: divisorKey, value: 1e-300 },
        ],
      });
      const result = render(template, on);
      expect(result.text).toBe(`【待补：工业销售收入·${dividendName}】`);
      expect(result.issues).toEqual([
        expect.objectContaining({ severity: "error", code: "missing-value", sheet: "主要指标", cell: dividendCell }),
      ]);
      expect(result.issues[0]?.message).toContain(`除以${divisorName}的结果超出 Excel 能表示的最大数`);
      expect(divisorCell).not.toBe(dividendCell);
    },
  );

  it("marks a missing indicator row at the sheet, with no cell", () => {
    const result = render(
      "{工业销售收入.全年预计}亿元，{同比(工业销售收入)}",
      data({ removeRows: { indicators: [0] } }),
    );
    expect(result.text).toBe("【待补：工业销售收入·全年预计】亿元，【待补：工业销售收入·全年预计】");
    expect(result.issues).toEqual([expect.objectContaining({ code: "missing-value", sheet: "主要指标", cell: "" })]);
  });

  it("marks a missing data item and a missing parameter by their names", () => {
    expect(text("{天然气主管道长度}米", data({ removeRows: { dataItems: [0] } }))).toBe("【待补：天然气主管道长度】米");
    const noMonth = data({ removeRows: { parameters: [2] } });
    expect(render("{累计月份}", noMonth)).toMatchObject({
      text: "【待补：截至月份】",
      issues: [expect.objectContaining({ sheet: "参数", cell: "" })],
    });
  });

  it.each([0, 13, 2.5, "十月"])("rejects 截至月份 %p", (month) => {
    const result = render(
      "{累计月份}",
      data({ cells: [{ sheet: "parameters", row: 2, column: "value", value: month }] }),
    );
    expect(result.text).toBe("【待补：截至月份】");
    expect(result.issues[0]).toMatchObject({ sheet: "参数", cell: "B4" });
  });

  it("marks a missing sheet in counts and lists", () => {
    const on = data({ omitSheets: ["projects"] });
    expect(render("{个数(在建项目)}个", on)).toMatchObject({
      text: "【待补：在建项目】个",
      issues: [expect.objectContaining({ sheet: "在建项目", cell: "" })],
    });
  });

  it("cannot decide 投资亿元以上 for US dollars without a rate", () => {
    const on = data({ cells: [{ sheet: "parameters", row: 3, column: "value", value: null }] });
    expect(render("{个数(在谈项目, 状态=已签约, 投资亿元以上)}个", on)).toMatchObject({
      text: "【待补：美元汇率】个",
      issues: [expect.objectContaining({ code: "missing-value", sheet: "参数", cell: "B5" })],
    });
  });

  it("reports a missing value once per paragraph however often it is used", () => {
    const on = data({ cells: [{ sheet: "indicators", row: 0, column: "estimate", value: null }] });
    expect(render("{工业销售收入.全年预计}{完成率(工业销售收入)}{同比(工业销售收入)}", on).issues).toHaveLength(1);
  });
});

describe("evaluateTemplate: units", () => {
  it("warns when the unit written after an indicator's number differs from its 单位 cell", () => {
    const on = data({ cells: [{ sheet: "indicators", row: 0, column: "unit", value: "万元" }] });
    const result = render("{工业销售收入.全年预计}亿元", on);
    expect(result.text).toBe("52.36亿元");
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: "warning", code: "template-unit-mismatch", sheet: "主要指标", cell: "B2" }),
    ]);
    expect(render("{工业销售收入.全年预计}亿元").issues).toEqual([]);
    expect(render("{工业销售收入.全年预计}，", on).issues).toEqual([]);
  });
});

describe("evaluateTemplate: template errors", () => {
  it.each([
    ["{工业销售收入}", "template-unknown-field", "“工业销售收入”是主要指标，请写明列名，如{工业销售收入.全年预计}"],
    ["{工业销售收入.全年预算}", "template-unknown-field", "主要指标表没有“全年预算”列，是否指“全年预计”？"],
    ["{参数.不存在}", "template-unknown-field", "参数表中没有“不存在”"],
    ["{同笔(出口额)}", "template-unknown-function", "未知函数“同笔”，是否指“同比”？"],
    ["{个数(在建工程)}", "template-unknown-field", "没有名为“在建工程”的表，是否指“在建项目”？"],
    ["{个数(在建项目, 进展=滞后)}", "template-unknown-field", "在建项目表没有“进展”列，是否指“进度”？"],
    ["{个数(在建项目, 很大)}", "template-unknown-field", "未知的条件“很大”"],
    ["{个数(在建项目, 编号=无)}", "template-bad-argument", "“编号”只能用于列举"],
    ["{列举(在建项目, 编号=甲)：x}", "template-bad-argument", "编号“甲”无效，可选（1）、1.、1、、①或无"],
    ["{列举(在建项目)}", "template-bad-argument", "列举需要在“：”后写出每一项的内容，如{列举(在建项目)：{项目名称}}"],
    ["{同比(出口额, 引进内资)}", "template-bad-argument", "同比应有0至1个参数，却有2个"],
    [
      "{列举(在建项目)：{项目名}}",
      "template-unknown-field",
      "在建项目表没有“项目名”列，也没有名为“项目名”的参数或数据项，是否指“项目名称”？",
    ],
    ["{连接(合作方)}", "template-bad-argument", "连接只能用在列举的条目中"],
    ["{单位名称+1}", "template-bad-argument", "只能对数字加减"],
    ["{同比}", "template-bad-argument", "同比需要指标名，如{同比(工业销售收入)}"],
  ])("shows %s as 【模板错误：…】 (%s)", (template, code, message) => {
    const result = render(`甲${template}乙`);
    expect(result.text).toBe(`甲【模板错误：${message}】乙`);
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: "error",
        code,
        sheet: "模板",
        cell: "B5",
        message: expect.stringMatching(/^模板!B5 第\d+个字符：/),
      }),
    ]);
  });

  it("gives the character position of a syntax error in the message", () => {
    expect(render("预计{年度").issues[0]).toMatchObject({
      code: "template-syntax",
      message: "模板!B5 第3个字符：“{”没有对应的“}”",
    });
  });

  it("names the default template when the paragraph has no 模板 row", () => {
    const result = evaluateTemplate("{同笔(x)}", { data: SAMPLE, location: { cell: "" } });
    expect(result.issues[0]).toMatchObject({ cell: "", message: "默认模板 第2个字符：未知函数“同笔”，是否指“同比”？" });
  });
});

describe("evaluateTemplate: sources of counts and lists", () => {
  it("records the columns a condition reads as one range, not cell by cell", () => {
    expect(render("{个数(在建项目, 进度=滞后)}").sources).toEqual([{ sheet: "在建项目", cell: "F2:F8" }]);
    expect(render("{个数(在建项目)}").sources).toEqual([{ sheet: "在建项目", cell: "B2:B8" }]);
    expect(render("{个数(在谈项目, 状态=已签约, 投资亿元以上)}").sources).toEqual([
      { sheet: "在谈项目", cell: "G2:G11" },
      { sheet: "在谈项目", cell: "D2:D11" },
      { sheet: "在谈项目", cell: "E2:E11" },
      { sheet: "参数", cell: "B5" },
    ]);
  });

  it("records each listed item's cells after the condition's ranges", () => {
    expect(render("{列举(在建项目, 进度=滞后)：{项目名称}}").sources).toEqual([
      { sheet: "在建项目", cell: "F2:F8" },
      { sheet: "在建项目", cell: "B2" },
    ]);
  });
});
