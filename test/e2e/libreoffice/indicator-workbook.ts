/**
 * The workbook of the formula check, written as the product writes it: the sample layout
 * (planLayout + applyPlanToWorkbook), then edge rows typed into 主要指标 as a user would, then
 * the plan of a generate run over what was read back (computed-column formulas, 文字稿,
 * 校验结果, highlights) applied as `annual-summary generate` applies it.
 */
import ExcelJS from "exceljs";
import { planLayout } from "../../../src/core/layout-plan";
import { LAYOUT } from "../../../src/core/layout";
import { generate } from "../../../src/core/generate";
import { DEFAULT_TEMPLATE } from "../../../src/core/narrative/default-template";
import type { Table } from "../../../src/core/read-table";
import { applyPlanToWorkbook } from "../../../src/cli/xlsx-apply-plan";
import { readWorkbookFromExcelJs } from "../../../src/cli/xlsx-read";

type Typed = ExcelJS.CellValue;

/** 指标, 全年预计, 年度任务, 上年实际 of the edge rows, and what each one exercises. */
export const EDGE_ROWS: readonly {
  readonly name: string;
  readonly estimate: Typed;
  readonly target: Typed;
  readonly lastYear: Typed;
}[] = [
  { name: "零任务", estimate: 5, target: 0, lastYear: 4 },
  { name: "负基数", estimate: 3, target: 2, lastYear: -1.5 },
  { name: "零基数", estimate: 2, target: 4, lastYear: 0 },
  { name: "文本数字", estimate: "52.36", target: 50, lastYear: 45.12 },
  { name: "带单位", estimate: 10, target: "20亿元", lastYear: 8 },
  { name: "全角数字", estimate: 9, target: 10, lastYear: "８" },
  { name: "空白预计", estimate: null, target: 10, lastYear: 9 },
  { name: "空白任务", estimate: 7, target: null, lastYear: 7 },
  { name: "不适用", estimate: 6, target: "—", lastYear: "无" },
  { name: "逻辑值", estimate: true, target: 1, lastYear: 1 },
  { name: "错误值", estimate: { error: "#DIV/0!" } as ExcelJS.CellErrorValue, target: 1, lastYear: 1 },
  { name: "二进制噪声", estimate: 0.3, target: 0.1, lastYear: 0.1 },
  { name: "微小值", estimate: 1e-9, target: 3e-9, lastYear: 7e-10 },
  { name: "大数", estimate: 123456789012.345, target: 98765432109.87, lastYear: 111111111111.11 },
  { name: "负预计", estimate: -4.2, target: 8, lastYear: 2.1 },
  { name: "持平", estimate: 45.12, target: 45.12, lastYear: 45.12 },
  { name: "倍", estimate: 30, target: 10, lastYear: 12 },
];

export interface IndicatorWorkbook {
  readonly workbook: ExcelJS.Workbook;
  /** The 主要指标 table as the core read it (before the computed columns were written). */
  readonly indicators: Table;
  /** 1-based position of 主要指标 among the sheets (the CSV filter's sheet number). */
  readonly sheetNumber: number;
}

export function buildIndicatorWorkbook(): IndicatorWorkbook {
  const workbook = new ExcelJS.Workbook();
  applyPlanToWorkbook(
    workbook,
    planLayout({ sheetNames: [], sheets: [] }, { sample: true, templateRows: DEFAULT_TEMPLATE }).plan,
  );

  const sheetName = LAYOUT.indicators.name;
  const ws = workbook.getWorksheet(sheetName);
  if (!ws) throw new Error(`layout plan made no ${sheetName} sheet`);
  const header = ws.getRow(1).values as ExcelJS.CellValue[];
  const column = (title: string): number => {
    const index = header.indexOf(title);
    if (index < 1) throw new Error(`no ${title} header`);
    return index;
  };
  let row = ws.actualRowCount + 1;
  for (const edge of EDGE_ROWS) {
    const r = ws.getRow(row++);
    r.getCell(column("指标")).value = edge.name;
    r.getCell(column("单位")).value = "亿元";
    r.getCell(column("全年预计")).value = edge.estimate;
    r.getCell(column("年度任务")).value = edge.target;
    r.getCell(column("上年实际")).value = edge.lastYear;
  }

  const result = generate(readWorkbookFromExcelJs(workbook));
  applyPlanToWorkbook(workbook, result.plan);
  const sheetNumber = workbook.worksheets.findIndex((w) => w.name === sheetName) + 1;
  return { workbook, indicators: result.data.tables.indicators, sheetNumber };
}
