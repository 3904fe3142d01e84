/**
 * The bad-input corpus: one or more cases per rule and per bad-value kind, each naming the
 * severity, code, sheet and exact cell of the issue it must produce, and the content its message
 * must quote.
 */
import type { Severity } from "../../../src/core/issue";
import type { InputSheetKey } from "../../../src/core/layout";
import type { RawCell, RawWorkbook } from "../../../src/core/raw-cell";
import { sampleRawWorkbook } from "../../../src/core/sample-workbook";
import { issuesOf, rawSheet, sampleWith, set, withSheets, withoutSheets } from "./helpers";

interface Case {
  readonly name: string;
  readonly workbook: RawWorkbook;
  readonly severity: Severity;
  readonly code: string;
  readonly sheet: string;
  readonly cell: string;
  /** Text the message must contain, usually the offending content as quoted: “52亿元”. */
  readonly quote: string;
}

const c = (
  name: string,
  workbook: RawWorkbook,
  severity: Severity,
  code: string,
  sheet: string,
  cell: string,
  quote: string,
): Case => ({
  name,
  workbook,
  severity,
  code,
  sheet,
  cell,
  quote,
});

// ---- every bad-value kind in every numeric column ----------------------------------------

interface NumericColumn {
  readonly sheet: InputSheetKey;
  readonly sheetName: string;
  readonly row: number;
  readonly column: string;
  readonly cell: string;
}

const NUMERIC_COLUMNS: readonly NumericColumn[] = [
  { sheet: "indicators", sheetName: "主要指标", row: 0, column: "estimate", cell: "C2" },
  { sheet: "indicators", sheetName: "主要指标", row: 1, column: "target", cell: "D3" },
  { sheet: "indicators", sheetName: "主要指标", row: 2, column: "lastYear", cell: "E4" },
  { sheet: "indicators", sheetName: "主要指标", row: 5, column: "cumulative", cell: "H7" },
  { sheet: "projects", sheetName: "在建项目", row: 1, column: "totalInvestment", cell: "D3" },
  { sheet: "negotiations", sheetName: "在谈项目", row: 0, column: "investment", cell: "D2" },
  { sheet: "negotiations", sheetName: "在谈项目", row: 1, column: "area", cell: "F3" },
  { sheet: "dataItems", sheetName: "数据项", row: 2, column: "value", cell: "B4" },
  { sheet: "parameters", sheetName: "参数", row: 0, column: "value", cell: "B2" },
  { sheet: "parameters", sheetName: "参数", row: 2, column: "value", cell: "B4" },
  { sheet: "parameters", sheetName: "参数", row: 3, column: "value", cell: "B5" },
];

const BAD_VALUES: readonly {
  readonly kind: string;
  readonly value: RawCell;
  readonly code: string;
  readonly quote: string;
}[] = [
  { kind: "number stored as text", value: "52.36", code: "number-stored-as-text", quote: "“52.36”" },
  {
    kind: "number with thousands separators stored as text",
    value: "1,200",
    code: "number-stored-as-text",
    quote: "“1,200”",
  },
  { kind: "full-width digits", value: "５２．３６", code: "full-width-number", quote: "“５２．３６”" },
  { kind: "unit typed in", value: "52亿元", code: "number-with-unit", quote: "“52亿元”" },
  { kind: "Excel error value", value: "#DIV/0!", code: "excel-error-value", quote: "“#DIV/0!”" },
  { kind: "other text", value: "待定", code: "not-a-number", quote: "“待定”" },
  { kind: "boolean", value: true, code: "boolean-in-number", quote: "“TRUE”" },
];

const valueCases: Case[] = [];
for (const column of NUMERIC_COLUMNS) {
  for (const bad of BAD_VALUES) {
    valueCases.push(
      c(
        `${column.sheetName}!${column.cell} (${column.column}) holding ${bad.kind}`,
        sampleWith(set(column.sheet, column.row, column.column, bad.value)),
        "error",
        bad.code,
        column.sheetName,
        column.cell,
        bad.quote,
      ),
    );
  }
}

// ---- hand-built sheets: header rows elsewhere, line breaks, aliases, other column orders ----

const indicatorsBelowTitle = withSheets(
  sampleRawWorkbook(),
  rawSheet("主要指标", [
    ["2023年主要经济指标", null, null, null, null, null, null],
    [null, null, null, null, null, null, null],
    ["备注", "指标\n名称", "本年预计", "单位", "自用列", "年任务", "上年 同期"],
    [null, "工业销售收入", "52亿元", "亿元", "x", 50, 45.12],
    [null, "引进内资", 18.6, "亿元", null, 0, 16.2],
  ]),
);

const projectsShifted = withSheets(
  sampleRawWorkbook(),
  rawSheet(
    "在建项目",
    [
      ["进展\n情况", "项目名称", "建设阶段", "进度", "总投资(万元)", "建设单位"],
      ["已开工", "甲项目", "基础施工", "正常", "3.5亿元", "甲公司"],
      ["已开工", "乙项目", "施工", "正常", 100, null],
    ],
    { row: 3, column: 1 },
  ),
);

const partlyFilledProject = sampleWith({ sheet: "projects", addRow: { name: "新建项目" } });

const template = (rows: RawCell[][]): RawWorkbook =>
  withSheets(sampleRawWorkbook(), rawSheet("模板", [["级别", "内容"], ...rows]));

const sampleCases: Case[] = [
  // sheets and headers
  c(
    "a missing input sheet",
    withoutSheets(sampleRawWorkbook(), "在建项目"),
    "error",
    "missing-sheet",
    "在建项目",
    "",
    "在建项目",
  ),
  c("a missing 参数 sheet", withoutSheets(sampleRawWorkbook(), "参数"), "error", "missing-sheet", "参数", "", "参数"),
  c(
    "a sheet without any header",
    withSheets(
      sampleRawWorkbook(),
      rawSheet("荣誉", [
        ["甲", "乙"],
        ["丙", "丁"],
      ]),
    ),
    "error",
    "no-header-row",
    "荣誉",
    "",
    "授予单位",
  ),
  c(
    "a missing required column",
    withSheets(
      sampleRawWorkbook(),
      rawSheet("在建项目", [
        ["序号", "项目名称", "建设阶段", "进度"],
        [1, "甲项目", "投产", "正常"],
      ]),
    ),
    "error",
    "missing-header",
    "在建项目",
    "",
    "进展情况",
  ),
  c(
    "a missing required column under a title row",
    withSheets(sampleRawWorkbook(), rawSheet("数据项", [["数据表"], ["名称", "单位"], ["管道长度", "米"]])),
    "error",
    "missing-header",
    "数据项",
    "",
    "数值",
  ),
  c(
    "a duplicate header through an alias",
    withSheets(
      sampleRawWorkbook(),
      rawSheet("主要指标", [
        ["指标", "单位", "全年预计", "本年预计"],
        ["工业销售收入", "亿元", 52.36, 52.36],
      ]),
    ),
    "error",
    "duplicate-header",
    "主要指标",
    "D1",
    "“本年预计”",
  ),
  c(
    "a duplicate header with a line break and full-width brackets",
    withSheets(
      sampleRawWorkbook(),
      rawSheet("在谈项目", [
        ["项目名称", "拟投资", "投资单位", "状态", "占地（亩）", "占地\n(亩)"],
        ["甲", 1, "万元", "在谈", 1, 2],
      ]),
    ),
    "error",
    "duplicate-header",
    "在谈项目",
    "F1",
    "占地",
  ),
  // headers found by name, not position
  c(
    "a unit typed into an aliased column below a title",
    indicatorsBelowTitle,
    "error",
    "number-with-unit",
    "主要指标",
    "C4",
    "“52亿元”",
  ),
  c(
    "a zero target in an aliased, moved column",
    indicatorsBelowTitle,
    "error",
    "non-positive-target",
    "主要指标",
    "F5",
    "“0”",
  ),
  c(
    "a unit typed into a half-width-bracket header on a shifted sheet",
    projectsShifted,
    "error",
    "number-with-unit",
    "在建项目",
    "F5",
    "“3.5亿元”",
  ),
  c(
    "a bad enumeration value on a shifted sheet",
    projectsShifted,
    "error",
    "invalid-enum-value",
    "在建项目",
    "D6",
    "“施工”",
  ),
  // blanks in required cells
  c(
    "a blank 全年预计",
    sampleWith(set("indicators", 1, "estimate", null)),
    "error",
    "blank-required-cell",
    "主要指标",
    "C3",
    "（空白）",
  ),
  c(
    "a blank 单位 (white space only)",
    sampleWith(set("indicators", 2, "unit", "  ")),
    "error",
    "blank-required-cell",
    "主要指标",
    "B4",
    "“  ”",
  ),
  c(
    "a blank 进展情况",
    sampleWith(set("projects", 2, "status", null)),
    "error",
    "blank-required-cell",
    "在建项目",
    "G4",
    "（空白）",
  ),
  c(
    "a blank 投资单位",
    sampleWith(set("negotiations", 3, "investmentUnit", null)),
    "error",
    "blank-required-cell",
    "在谈项目",
    "E5",
    "（空白）",
  ),
  c(
    "a blank 授予单位",
    sampleWith(set("honours", 1, "grantor", null)),
    "error",
    "blank-required-cell",
    "荣誉",
    "A3",
    "（空白）",
  ),
  c(
    "a blank 荣誉称号",
    sampleWith(set("honours", 4, "title", null)),
    "error",
    "blank-required-cell",
    "荣誉",
    "C6",
    "（空白）",
  ),
  c(
    "a blank 数值",
    sampleWith(set("dataItems", 0, "value", null)),
    "error",
    "blank-required-cell",
    "数据项",
    "B2",
    "（空白）",
  ),
  c("a partly filled row: 建设阶段", partlyFilledProject, "error", "blank-required-cell", "在建项目", "E9", "建设阶段"),
  c("a partly filled row: 进度", partlyFilledProject, "error", "blank-required-cell", "在建项目", "F9", "进度"),
  c("a partly filled row: 进展情况", partlyFilledProject, "error", "blank-required-cell", "在建项目", "G9", "进展情况"),
  c("a blank 模板 内容", template([["正文", null]]), "error", "blank-required-cell", "模板", "B2", "（空白）"),
  c(
    "a not-applicable 全年预计",
    sampleWith(set("indicators", 3, "estimate", "—")),
    "info",
    "not-applicable-required",
    "主要指标",
    "C5",
    "“—”",
  ),
  c(
    "an Excel error in a text column",
    sampleWith(set("projects", 0, "name", "#N/A")),
    "error",
    "excel-error-value",
    "在建项目",
    "B2",
    "“#N/A”",
  ),
  // enumerations
  c(
    "a 建设阶段 outside its list",
    sampleWith(set("projects", 0, "stage", "施工中")),
    "error",
    "invalid-enum-value",
    "在建项目",
    "E2",
    "“施工中”",
  ),
  c(
    "a 进度 outside its list",
    sampleWith(set("projects", 3, "progress", "延期")),
    "error",
    "invalid-enum-value",
    "在建项目",
    "F5",
    "“延期”",
  ),
  c(
    "a 投资单位 outside its list",
    sampleWith(set("negotiations", 1, "investmentUnit", "万美金")),
    "error",
    "invalid-enum-value",
    "在谈项目",
    "E3",
    "“万美金”",
  ),
  c(
    "a 状态 outside its list",
    sampleWith(set("negotiations", 6, "status", "签约")),
    "error",
    "invalid-enum-value",
    "在谈项目",
    "G8",
    "“签约”",
  ),
  c(
    "a 方式 outside its list",
    sampleWith(set("honours", 0, "method", "被评为")),
    "error",
    "invalid-enum-value",
    "荣誉",
    "B2",
    "“被评为”",
  ),
  // a 模板 级别 outside its list is the narrative's template-level warning (test/core/issue-codes.test.ts)
  // unique names
  c(
    "a duplicate 指标",
    sampleWith(set("indicators", 5, "name", "工业销售收入")),
    "error",
    "duplicate-name",
    "主要指标",
    "A7",
    "“工业销售收入”",
  ),
  c(
    "a duplicate 在建项目 name",
    sampleWith(set("projects", 6, "name", "鑫源机械工程")),
    "error",
    "duplicate-name",
    "在建项目",
    "B8",
    "“鑫源机械工程”",
  ),
  c(
    "a duplicate 在谈项目 name",
    sampleWith(set("negotiations", 9, "name", " 食品加工")),
    "error",
    "duplicate-name",
    "在谈项目",
    "B11",
    "“ 食品加工”",
  ),
  c(
    "a duplicate 数据项",
    sampleWith(set("dataItems", 9, "name", "发稿篇数")),
    "error",
    "duplicate-name",
    "数据项",
    "A11",
    "“发稿篇数”",
  ),
  c(
    "a parameter given twice through its alias",
    sampleWith({ sheet: "parameters", addRow: { name: "年份", value: 2024 } }),
    "error",
    "duplicate-name",
    "参数",
    "A7",
    "“年份”",
  ),
  // 参数
  c(
    "a missing 年度 row",
    sampleWith({ sheet: "parameters", dropRow: 0 }),
    "error",
    "missing-parameter",
    "参数",
    "",
    "年度",
  ),
  c(
    "a blank 单位名称",
    sampleWith(set("parameters", 1, "value", null)),
    "error",
    "blank-parameter",
    "参数",
    "B3",
    "（空白）",
  ),
  c(
    "a not-applicable 截至月份",
    sampleWith(set("parameters", 2, "value", "—")),
    "error",
    "blank-parameter",
    "参数",
    "B4",
    "“—”",
  ),
  c("a shortened year", sampleWith(set("parameters", 0, "value", 23)), "error", "invalid-year", "参数", "B2", "“23”"),
  c(
    "a fractional year",
    sampleWith(set("parameters", 0, "value", 2023.5)),
    "error",
    "invalid-year",
    "参数",
    "B2",
    "“2023.5”",
  ),
  c("month 13", sampleWith(set("parameters", 2, "value", 13)), "error", "invalid-month", "参数", "B4", "“13”"),
  c("month 0", sampleWith(set("parameters", 2, "value", 0)), "error", "invalid-month", "参数", "B4", "“0”"),
  c(
    "a negative USD rate",
    sampleWith(set("parameters", 3, "value", -7.05)),
    "error",
    "invalid-usd-rate",
    "参数",
    "B5",
    "“-7.05”",
  ),
  c(
    "a USD rate per 100 dollars",
    sampleWith(set("parameters", 3, "value", 705)),
    "warning",
    "unusual-usd-rate",
    "参数",
    "B5",
    "“705”",
  ),
  c(
    "an inverted USD rate",
    sampleWith(set("parameters", 3, "value", 0.14)),
    "warning",
    "unusual-usd-rate",
    "参数",
    "B5",
    "“0.14”",
  ),
  c(
    "a list marker outside the list",
    sampleWith(set("parameters", 4, "value", "(一)")),
    "error",
    "invalid-list-marker",
    "参数",
    "B6",
    "“(一)”",
  ),
  // 主要指标
  c(
    "a zero target",
    sampleWith(set("indicators", 0, "target", 0)),
    "error",
    "non-positive-target",
    "主要指标",
    "D2",
    "“0”",
  ),
  c(
    "a negative target",
    sampleWith(set("indicators", 4, "target", -25)),
    "error",
    "non-positive-target",
    "主要指标",
    "D6",
    "“-25”",
  ),
  c(
    "completion above 300%",
    sampleWith(set("indicators", 0, "estimate", 523600)),
    "warning",
    "suspicious-completion",
    "主要指标",
    "C2",
    "“523600”",
  ),
  c(
    "growth above 1000%",
    sampleWith(set("indicators", 1, "lastYear", 1.62)),
    "warning",
    "suspicious-growth",
    "主要指标",
    "C3",
    "“18.6”",
  ),
  c(
    "growth below −90%",
    sampleWith(set("indicators", 3, "estimate", 0.25)),
    "warning",
    "suspicious-growth",
    "主要指标",
    "C5",
    "“0.25”",
  ),
  c(
    "a completion beyond the largest double (#NUM! in Excel)",
    sampleWith(set("indicators", 0, "estimate", 1e300), set("indicators", 0, "target", 1e-300)),
    "error",
    "rate-overflow",
    "主要指标",
    "C2",
    "除以年度任务“1E-300”",
  ),
  c(
    "a growth beyond the largest double (#NUM! in Excel)",
    sampleWith(set("indicators", 0, "estimate", 1e300), set("indicators", 0, "lastYear", 1e-300)),
    "error",
    "rate-overflow",
    "主要指标",
    "C2",
    "同比增长将显示 #NUM!",
  ),
  c(
    "a cumulative figure above the estimate",
    sampleWith(set("indicators", 5, "cumulative", 2350)),
    "warning",
    "cumulative-exceeds-estimate",
    "主要指标",
    "H7",
    "“2350”",
  ),
  // computed columns typed by hand (the add-in writes them as formulas)
  c(
    "a 完成率 typed by hand that differs from the formula",
    sampleWith(set("indicators", 1, "completion", 0.95)),
    "warning",
    "computed-value-replaced",
    "主要指标",
    "F3",
    "“95.0%”",
  ),
  c(
    "a 同比增长 typed as text",
    sampleWith(set("indicators", 2, "growth", "下降5%")),
    "warning",
    "computed-value-replaced",
    "主要指标",
    "G4",
    "“下降5%”",
  ),
  c(
    "a 完成率 typed where no target makes one",
    sampleWith(set("indicators", 0, "target", null), set("indicators", 0, "completion", 1.047)),
    "warning",
    "computed-value-replaced",
    "主要指标",
    "F2",
    "空白（无法计算）",
  ),
  // 在建项目 / 在谈项目
  c(
    "a zero 总投资",
    sampleWith(set("projects", 4, "totalInvestment", 0)),
    "error",
    "non-positive-amount",
    "在建项目",
    "D6",
    "“0”",
  ),
  c(
    "a negative 拟投资",
    sampleWith(set("negotiations", 0, "investment", -100)),
    "error",
    "non-positive-amount",
    "在谈项目",
    "D2",
    "“-100”",
  ),
  c(
    "a negative 占地",
    sampleWith(set("negotiations", 1, "area", -5)),
    "error",
    "negative-area",
    "在谈项目",
    "F3",
    "“-5”",
  ),
  c(
    "a signed project without 签约场合",
    sampleWith(set("negotiations", 6, "occasion", null)),
    "error",
    "missing-signing-occasion",
    "在谈项目",
    "H8",
    "（空白）",
  ),
  c(
    "a signed USD project without a USD rate",
    sampleWith({ sheet: "parameters", dropRow: 3 }),
    "error",
    "missing-usd-rate",
    "在谈项目",
    "D8",
    "“8000”",
  ),
  c(
    "a signed 亿美元 project with an invalid USD rate",
    sampleWith(set("parameters", 3, "value", 0), set("negotiations", 7, "investmentUnit", "亿美元")),
    "error",
    "missing-usd-rate",
    "在谈项目",
    "D9",
    "“2500”",
  ),
  // wording
  c(
    "a spun word in 进展情况",
    sampleWith(set("projects", 5, "status", "二期工程明年春天起动")),
    "warning",
    "spun-wording",
    "在建项目",
    "G7",
    "在建项目!G7 的“二期工程明年春天起动”中“起动”（第9个字起）疑为“启动”被替换为“起动”：“春天启动”是常见搭配",
  ),
  c(
    "a spun phrase in 补充说明",
    sampleWith(set("negotiations", 2, "remark", "集消遣、休闲于一体")),
    "warning",
    "spun-wording",
    "在谈项目",
    "I4",
    "“消遣”（第2个字起）疑为“娱乐”被替换为“消遣”",
  ),
  c(
    "a spun phrase in 荣誉称号",
    sampleWith(set("honours", 2, "title", "宣扬工作先进集体")),
    "warning",
    "spun-wording",
    "荣誉",
    "C4",
    "“宣扬”（第1个字起）疑为“宣传”被替换为“宣扬”：“宣传工作”是常见搭配",
  ),
  c(
    "a spun phrase in 模板 内容",
    template([["正文", "全面推动开发区工作的顺当开展"]]),
    "warning",
    "spun-wording",
    "模板",
    "B2",
    "“顺当”",
  ),
  c(
    "（一）、 in 进展情况",
    sampleWith(set("projects", 1, "status", "（一）、厂房建设全部完成")),
    "info",
    "nonstandard-ordinal",
    "在建项目",
    "G3",
    "“（一）、”",
  ),
  c(
    "1、 inside a 模板 paragraph",
    template([["正文", "主要表现在：1、配套设施投入相对不足"]]),
    "info",
    "nonstandard-ordinal",
    "模板",
    "B2",
    "“1、”",
  ),
];

const CASES: readonly Case[] = [...valueCases, ...sampleCases];

describe("validate (bad-input corpus)", () => {
  it("has at least 50 cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(50);
  });

  it.each(CASES.map((k) => [k.name, k]))("reports %s", (_, k) => {
    const issues = issuesOf(k.workbook);
    const found = issues.filter((i) => i.code === k.code && i.sheet === k.sheet && i.cell === k.cell);
    expect(found).toHaveLength(1);
    const issue = found[0]!;
    expect(issue.severity).toBe(k.severity);
    expect(issue.message).toContain(k.quote);
    if (k.cell !== "") expect(issue.message).toContain(`${k.sheet}!${k.cell}`);
    expect(issue.suggestion.length).toBeGreaterThan(0);
    expect(issue.message).not.toMatch(/\{\{/);
    expect(issue.suggestion).not.toMatch(/\{\{/);
  });
});
