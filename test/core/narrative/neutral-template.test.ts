/**
 * A new unit starts from its own data (issue 15): init and 建立表格 write the neutral template, and a
 * fresh workbook with only its 参数 and a few indicators gives a text about those indicators — no
 * sample wording, no 【待补】 for tables the unit never filled, no empty sections.
 */
import { toPlainText } from "../../../src/core/document";
import { generate } from "../../../src/core/generate";
import { LAYOUT } from "../../../src/core/layout";
import { planLayout } from "../../../src/core/layout-plan";
import { NEUTRAL_TEMPLATE } from "../../../src/core/narrative/neutral-template";
import type { RawCell, RawSheet, RawWorkbook } from "../../../src/core/raw-cell";

function sheet(name: string, values: readonly (readonly RawCell[])[], formats?: string[][]): RawSheet {
  return {
    name,
    origin: { row: 0, column: 0 },
    values,
    numberFormats: formats ?? values.map((r) => r.map(() => "General")),
  };
}

/** A unit's fresh workbook: the layout's headers, its own 参数 and indicators, the neutral 模板. */
function freshWorkbook(month: number, indicators: RawCell[][]): RawWorkbook {
  const header = (key: keyof typeof LAYOUT): RawCell[] => LAYOUT[key].columns.map((c) => c.header);
  const sheets = [
    sheet("参数", [
      ["参数", "值"],
      ["年度", 2024],
      ["单位名称", "城东街道办事处"],
      ["截至月份", month],
    ]),
    sheet(
      "主要指标",
      [header("indicators"), ...indicators],
      [
        header("indicators").map(() => "General"),
        ...indicators.map(() => ["General", "General", "0.00", "0.00", "0.00", "0.0%", "0.0%", "0.00", "General"]),
      ],
    ),
    sheet("在建项目", [header("projects")]),
    sheet("在谈项目", [header("negotiations")]),
    sheet("荣誉", [header("honours")]),
    sheet("数据项", [header("dataItems")]),
    sheet("模板", [["级别", "内容"], ...NEUTRAL_TEMPLATE.map((r) => [r.level, r.content])]),
  ];
  return { sheetNames: sheets.map((s) => s.name), sheets };
}

const TWO_INDICATORS: RawCell[][] = [
  ["地区生产总值", "亿元", 86.4, 85, 80.2, null, null, null, null],
  ["一般公共预算收入", "亿元", 6.35, 6.2, 6.6, null, null, null, null],
];

describe("the neutral template of a new unit", () => {
  it("is what init and 建立表格 write on an empty workbook; the sample report goes with the sample data", () => {
    const rowsOf = (sample: boolean): RawCell[][] => {
      const step = planLayout({ sheetNames: [], sheets: [] }, { sample }).plan.steps.find(
        (s) => s.kind === "setValues" && s.sheet === "模板" && s.address.startsWith("A2"),
      );
      return step && "values" in step ? (step.values as RawCell[][]) : [];
    };
    expect(rowsOf(false)).toEqual(NEUTRAL_TEMPLATE.map((r) => [r.level, r.content]));
    expect(
      rowsOf(true)
        .map((r) => String(r[1]))
        .join(""),
    ).toContain("工业销售收入");
    expect(
      rowsOf(false)
        .map((r) => String(r[1]))
        .join(""),
    ).not.toMatch(/工业销售收入|天然气|京津冀|开发区/);
  });

  it("writes a text about the unit's two indicators and nothing it never had", () => {
    const { document, issues } = generate(freshWorkbook(10, TWO_INDICATORS));
    expect(toPlainText(document)).toBe(
      [
        "2024年城东街道办事处年度工作总结",
        "一、主要指标完成情况",
        "预计到12月底，地区生产总值86.40亿元，占年任务101.6%，同比增长7.7%；一般公共预算收入6.35亿元，占年任务102.4%，同比下降3.8%。",
        "",
      ].join("\n"),
    );
    expect(issues.filter((i) => i.code === "missing-value")).toEqual([]);
  });

  it("writes the same workbook's year-end text at 截至月份 12", () => {
    const text = toPlainText(generate(freshWorkbook(12, TWO_INDICATORS)).document);
    expect(text).toContain("全年地区生产总值86.40亿元，占年任务101.6%，同比增长7.7%；");
    expect(text).not.toMatch(/预计|1—12月份/);
  });

  it("numbers the sections that have something to say, without gaps", () => {
    const workbook = freshWorkbook(10, TWO_INDICATORS);
    const sheets = workbook.sheets.map((s) =>
      s.name === "荣誉" ? sheet("荣誉", [...s.values, ["区委、区政府", "评为", "平安建设先进单位"]]) : s,
    );
    const text = toPlainText(generate({ ...workbook, sheets }).document);
    expect(text).toContain("一、主要指标完成情况\n");
    expect(text).toContain("二、荣誉\n2024年，城东街道办事处被区委、区政府评为“平安建设先进单位”。\n");
    expect(text).not.toMatch(/重点项目建设|招商引资|其他工作/);
  });

  it("leaves out what a workbook without those sheets never had, with no marker", () => {
    const workbook = freshWorkbook(10, TWO_INDICATORS);
    const kept = workbook.sheets.filter((s) => ["参数", "主要指标", "模板"].includes(s.name));
    const { document } = generate({ sheetNames: kept.map((s) => s.name), sheets: kept });
    expect(toPlainText(document)).not.toContain("【待补");
    expect(document.paragraphs.map((p) => p.text)[1]).toBe("一、主要指标完成情况");
  });
});

describe("the year-end report of a unit that names its column 全年实际", () => {
  it("reads the actual figures and writes 全年, never 预计", () => {
    const workbook = freshWorkbook(12, TWO_INDICATORS);
    const sheets = workbook.sheets.map((s) =>
      s.name === "主要指标"
        ? {
            ...s,
            values: s.values.map((row, r) => (r === 0 ? row.map((v) => (v === "全年预计" ? "全年实际" : v)) : row)),
          }
        : s,
    );
    const { document, issues } = generate({ ...workbook, sheets });
    const text = toPlainText(document);
    expect(text).toContain("全年地区生产总值86.40亿元，占年任务101.6%，同比增长7.7%；");
    expect(text).not.toContain("预计");
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  });
});
