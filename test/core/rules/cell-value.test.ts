/**
 * cell-value: a numeric column holds numbers. Every bad-value kind in every numeric column is an
 * error at its cell; "—", "-", "/", "无" mean not applicable (no error in an optional column).
 */
import type { InputSheetKey } from "../../../src/core/layout";
import type { RawCell } from "../../../src/core/raw-cell";
import { cellValue } from "../../../src/core/rules/cell-value";
import {
  indicatorsBelowTitle,
  invalid,
  projectsShifted,
  sampleWith,
  sampleWithCell,
  set,
  testRule,
  valid,
  type InvalidRow,
} from "./helpers";

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

/** Every bad-value kind in every numeric column. */
const everyBadValue: InvalidRow[] = NUMERIC_COLUMNS.flatMap((column) =>
  BAD_VALUES.map((bad) =>
    invalid(
      `${column.sheetName}!${column.cell} (${column.column}) holding ${bad.kind}`,
      sampleWith(set(column.sheet, column.row, column.column, bad.value)),
      "error",
      bad.code,
      column.sheetName,
      column.cell,
      bad.quote,
    ),
  ),
);

const C2 = { row: 1, column: 2 };
const A2 = { row: 1, column: 0 };

testRule(cellValue, {
  valid: [
    valid("“—” in an optional 年度任务", sampleWith(set("indicators", 0, "target", "—"))),
    valid("“-” in an optional 上年实际", sampleWith(set("indicators", 1, "lastYear", "-"))),
    valid("“/” in an optional 截至本月累计", sampleWith(set("indicators", 2, "cumulative", "/"))),
    valid("“无” in an optional 总投资", sampleWith(set("projects", 0, "totalInvestment", "无"))),
    valid("“—” in an optional 占地", sampleWith(set("negotiations", 0, "area", "—"))),
  ],
  invalid: [
    ...everyBadValue,
    invalid(
      "a unit typed into an aliased column below a title",
      indicatorsBelowTitle,
      "error",
      "number-with-unit",
      "主要指标",
      "C4",
      "“52亿元”",
    ),
    invalid(
      "a unit typed into a half-width-bracket header on a shifted sheet",
      projectsShifted,
      "error",
      "number-with-unit",
      "在建项目",
      "F5",
      "“3.5亿元”",
    ),
    invalid(
      "a not-applicable 全年预计",
      sampleWith(set("indicators", 3, "estimate", "—")),
      "info",
      "not-applicable-required",
      "主要指标",
      "C5",
      "“—”",
    ),
    invalid(
      "an Excel error in a text column",
      sampleWith(set("projects", 0, "name", "#N/A")),
      "error",
      "excel-error-value",
      "在建项目",
      "B2",
      "“#N/A”",
    ),
    invalid(
      "a date typed into a numeric column",
      sampleWithCell(C2, 44927, "yyyy/m/d"),
      "error",
      "date-in-number",
      "主要指标",
      "C2",
      "“2023/1/1”",
    ),
    invalid(
      "a formula saved without its result in a numeric column",
      sampleWithCell(C2, null, "0.00", "=D2*1.05"),
      "error",
      "formula-without-result",
      "主要指标",
      "C2",
      "的公式没有计算结果",
    ),
    invalid(
      "a formula saved without its result in a text column",
      sampleWithCell(A2, null, "General", '="工业"&"销售收入"'),
      "error",
      "formula-without-result",
      "主要指标",
      "A2",
      "的公式没有计算结果",
    ),
  ],
});
