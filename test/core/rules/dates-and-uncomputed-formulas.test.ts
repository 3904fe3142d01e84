/**
 * Cells whose number is not a figure: a date typed into a numeric column (Excel stores its day
 * number, 2023/1/1 is 44927) and a formula saved without its result (a file a program wrote and
 * nobody recalculated). Both are errors at their cell, and the text gets a 【待补】 marker there
 * instead of “44927.00亿元” or a silent blank.
 */
import { toPlainText } from "../../../src/core/document";
import { generate } from "../../../src/core/generate";
import type { RawWorkbook } from "../../../src/core/raw-cell";
import { issuesOf, sampleWithCell } from "./helpers";

const C2 = { row: 1, column: 2 };
const A2 = { row: 1, column: 0 };
const F2 = { row: 1, column: 5 };

/** The cell-value issues at a cell of 主要指标 (a day number also trips the rate warnings, as in Excel). */
const codesAt = (workbook: RawWorkbook, cell: string): string[][] =>
  issuesOf(workbook)
    .filter((i) => i.sheet === "主要指标" && i.cell === cell && !i.code.startsWith("suspicious-"))
    .map((i) => [i.severity, i.code, i.message]);

describe("a date in a numeric column", () => {
  it.each([
    ["yyyy/m/d", 44927, "2023/1/1"],
    ['yyyy"年"m"月"d"日"', 44927, "2023/1/1"],
    ["[$-804]yyyy-mm-dd", 45000, "2023/3/15"],
    ['m"月"d"日"', 44932, "2023/1/6"],
    ["yyyy/m/d h:mm", 44927.5, "2023/1/1 12:00"],
    ["h:mm", 0.5, "12:00"],
    ["[h]:mm:ss", 1.25, "1900/1/1 6:00"],
  ])("is an error at its cell under %p", (format, value, shown) => {
    expect(codesAt(sampleWithCell(C2, value, format), "C2")).toEqual([
      ["error", "date-in-number", `主要指标!C2 是日期或时间“${shown}”，“全年预计”应填数字`],
    ]);
  });

  it.each(["0.00", '0.00"亿元"', "General", "#,##0", "0.0%", "[Red]0.00", "0.00E+00", "G/通用格式"])(
    "is not reported under a number format %p",
    (format) => {
      expect(codesAt(sampleWithCell(C2, 52.36, format), "C2")).toEqual([]);
    },
  );

  it("gets a marker in the text instead of its day number", () => {
    const text = toPlainText(generate(sampleWithCell(C2, 44927, "yyyy/m/d")).document);
    expect(text).toContain("实现工业销售收入【待补：工业销售收入·全年预计】亿元");
    expect(text).not.toContain("44927");
  });
});

describe("a formula saved without its result", () => {
  it("is an error at its cell in a numeric column", () => {
    expect(codesAt(sampleWithCell(C2, null, "0.00", "=D2*1.05"), "C2")).toEqual([
      ["error", "formula-without-result", "主要指标!C2 的公式没有计算结果，请在 Excel 中重算后保存"],
    ]);
  });

  it("is an error at its cell in a text column, and the text is marked, not left blank", () => {
    const workbook = sampleWithCell(A2, null, "General", '="工业"&"销售收入"');
    expect(codesAt(workbook, "A2")).toEqual([
      ["error", "formula-without-result", "主要指标!A2 的公式没有计算结果，请在 Excel 中重算后保存"],
    ]);
  });

  it("marks the figure it would have given in the text", () => {
    const text = toPlainText(generate(sampleWithCell(C2, null, "0.00", "=D2*1.05")).document);
    expect(text).toContain("实现工业销售收入【待补：工业销售收入·全年预计】亿元");
  });

  it("is not reported in the computed columns, which the add-in computes itself", () => {
    const formula = '=IF(AND(ISNUMBER(C2),ISNUMBER(D2)),IF(D2>0,C2/D2,""),"")';
    expect(codesAt(sampleWithCell(F2, null, "0.0%", formula), "F2")).toEqual([]);
  });

  it("is not a formula that returned an empty text", () => {
    expect(codesAt(sampleWithCell({ row: 1, column: 8 }, "", "General", '=IF(C2>100,"超额","")'), "I2")).toEqual([]);
  });
});
