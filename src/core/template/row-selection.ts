/**
 * The arguments of 个数 and 列举 after the table name: conditions (进度=滞后, 进度!=滞后,
 * 状态=已签约|在谈, 投资亿元以上) and, for 列举, options (编号=1., 分隔=和, 去重). Rows pass when
 * every condition holds; a condition that cannot be decided (a USD amount without 美元汇率) is a
 * 【待补：…】 marker in place of the whole count or list.
 */
import type { SourceRef } from "../document";
import { formatGeneral } from "../format-number";
import type { AnyColumnKey, ColumnSpec } from "../layout";
import { parseListMarker, type ListMarkerStyle } from "../phrases/list-marker";
import { isAtLeastHundredMillionYuan, isInvestmentUnit, toHundredMillionYuan } from "../phrases/investment";
import { textOf } from "../parse-cell";
import { cellOf, type Table, type TableRow } from "../read-table";
import {
  cellNumber,
  cellPiece,
  columnByName,
  columnRange,
  failure,
  parameterNumber,
  rowLabel,
  type NumberResult,
} from "./data-access";
import type { Piece } from "./piece";
import type { Argument } from "./template-ast";
import { templateError, type Scope } from "./template-scope";

/**
 * A test on one row: true / false, or the piece to write when it cannot be decided. The columns
 * it reads are recorded once as ranges (not cell by cell: a table may have 10,000 rows);
 * `extra` collects single cells such as the 参数 美元汇率.
 */
interface RowTest {
  readonly columns: readonly AnyColumnKey[];
  readonly test: (row: TableRow, extra: SourceRef[]) => boolean | Piece;
}

/** How list items are joined. */
export type Separator =
  { readonly kind: "text"; readonly text: string } | { readonly kind: "names"; readonly conjunction: string };

export interface ListOptions {
  readonly marker?: ListMarkerStyle;
  readonly separator: Separator;
  readonly distinct: boolean;
}

export interface Selection {
  readonly tests: readonly RowTest[];
  readonly options: ListOptions;
}

const SEPARATOR_WORDS: Readonly<Record<string, Separator>> = {
  "；": { kind: "text", text: "；" },
  ";": { kind: "text", text: "；" },
  分号: { kind: "text", text: "；" },
  "、": { kind: "text", text: "、" },
  顿号: { kind: "text", text: "、" },
  "，": { kind: "text", text: "，" },
  ",": { kind: "text", text: "，" },
  逗号: { kind: "text", text: "，" },
  无: { kind: "text", text: "" },
  和: { kind: "names", conjunction: "和" },
  及: { kind: "names", conjunction: "及" },
  与: { kind: "names", conjunction: "与" },
};

const OPTION_NAMES = ["编号", "分隔", "去重"];

function columnTest(column: ColumnSpec<AnyColumnKey>, operator: "=" | "!=", value: string): RowTest {
  const wanted = value.split(/[|｜]/).map((v) => v.trim());
  return {
    columns: [column.key],
    test: (row) => {
      const matches = wanted.includes(textOf(cellOf(row, column.key).parsed, formatGeneral));
      return operator === "=" ? matches : !matches;
    },
  };
}

/** 投资亿元以上: the row's investment in 亿元 (USD through 美元汇率) is at least 1. */
function hundredMillionTest(table: Table, scope: Scope): RowTest | undefined {
  const amountColumn = columnByName(table, "拟投资") ?? columnByName(table, "总投资（万元）");
  if (!amountColumn) return undefined;
  const unitColumn = amountColumn.key === "investment" ? columnByName(table, "投资单位") : undefined;
  // the 参数 美元汇率, looked up once, when the first USD amount needs it
  let usdRate: NumberResult | undefined;
  let rateRecorded = false;
  const test = (row: TableRow, sources: SourceRef[]): boolean | Piece => {
    const label = rowLabel(table, row);
    const amount = cellNumber(table, row, amountColumn, `${label}·${amountColumn.header}`);
    if (!amount.ok) return amount.piece.absent ? false : amount.piece;
    let unit = "万元";
    if (unitColumn) {
      const unitPiece = cellPiece(table, row, unitColumn, `${label}·${unitColumn.header}`);
      if (unitPiece.absent || unitPiece.issues.length > 0) return unitPiece.fallback ?? unitPiece;
      unit = unitPiece.text;
    }
    if (!isInvestmentUnit(unit)) {
      const cell = unitColumn ? cellOf(row, unitColumn.key).address : "";
      return failure(
        table.sheetName,
        cell,
        `${label}·投资单位`,
        `为“${unit}”，不是万元、亿元、万美元或亿美元`,
        "从下拉列表中选择投资单位",
      );
    }
    let rate: number | undefined;
    if (unit === "万美元" || unit === "亿美元") {
      usdRate = usdRate ?? parameterNumber(scope.data, "美元汇率");
      const r = usdRate;
      if (!r.ok) return r.piece.fallback ?? r.piece;
      if (r.source && !rateRecorded) {
        sources.push(r.source);
        rateRecorded = true;
      }
      rate = r.value;
    }
    const inYuan = toHundredMillionYuan(amount.value, unit, rate);
    return inYuan !== undefined && isAtLeastHundredMillionYuan(inYuan);
  };
  return { columns: unitColumn ? [amountColumn.key, unitColumn.key] : [amountColumn.key], test };
}

/** Reads the arguments after the table name; a wrong one is a template-error piece. */
export function readSelection(
  table: Table,
  args: readonly Argument[],
  scope: Scope,
  allowOptions: boolean,
): Selection | Piece {
  const tests: RowTest[] = [];
  let marker: ListMarkerStyle | undefined;
  let separator: Separator = { kind: "text", text: "；" };
  let distinct = false;
  for (const arg of args) {
    const name = arg.name.join(".");
    if (OPTION_NAMES.includes(name)) {
      if (!allowOptions) return templateError(scope, "template-bad-argument", `“${name}”只能用于列举`, arg.span.start);
      if (name === "去重") {
        distinct = true;
        continue;
      }
      const value = arg.value ?? "";
      if (arg.operator !== "=" || value === "") {
        return templateError(scope, "template-bad-argument", `“${name}”应写成 ${name}=…`, arg.span.start);
      }
      if (name === "编号") {
        const style = parseListMarker(value);
        if (!style)
          return templateError(
            scope,
            "template-bad-argument",
            `编号“${value}”无效，可选（1）、1.、1、、①或无`,
            arg.span.start,
          );
        marker = style;
      } else {
        separator = SEPARATOR_WORDS[value] ?? { kind: "text", text: value };
      }
      continue;
    }
    if (arg.operator === undefined) {
      if (name === "投资亿元以上") {
        const test = hundredMillionTest(table, scope);
        if (!test)
          return templateError(
            scope,
            "template-bad-argument",
            `“投资亿元以上”不适用于${table.sheetName}表`,
            arg.span.start,
          );
        tests.push(test);
        continue;
      }
      return templateError(scope, "template-unknown-field", `未知的条件“${name}”`, arg.span.start);
    }
    const column = columnByName(table, name);
    if (!column)
      return templateError(scope, "template-unknown-field", `${table.sheetName}表没有“${name}”列`, arg.span.start);
    tests.push(columnTest(column, arg.operator, arg.value ?? ""));
  }
  return { tests, options: { marker, separator, distinct } };
}

/** The rows passing every test, the cells the tests read, or the first undecidable row's marker. */
export function selectRows(table: Table, selection: Selection): { rows: TableRow[]; sources: SourceRef[] } | Piece {
  const rows: TableRow[] = [];
  const extra: SourceRef[] = [];
  for (const row of table.rows) {
    let pass = true;
    for (const test of selection.tests) {
      const result = test.test(row, extra);
      if (typeof result !== "boolean") return result;
      if (!result) {
        pass = false;
        break;
      }
    }
    if (pass) rows.push(row);
  }
  const sources: SourceRef[] = [];
  for (const test of selection.tests) {
    for (const key of test.columns) {
      const range = columnRange(table, key);
      if (range) sources.push(range);
    }
  }
  return { rows, sources: sources.concat(extra) };
}
