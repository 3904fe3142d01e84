/**
 * The arguments of 个数, 列举 and the aggregates after the table name: conditions (进度=滞后,
 * 进度!=滞后, 状态=已签约|在谈, 总投资≥100000, 拟投资≥10亿元, 签约日期≥2023-07-01, 类别=新开工 on a
 * user's column, 投资亿元以上) and, for 列举, options (编号=1., 分隔=和, 去重, 降序=总投资, 升序=…,
 * 前=2). Rows pass when every condition holds; a condition that cannot be decided (a USD amount
 * without 美元汇率) is a 【待补：…】 marker in place of the whole count or list.
 */
import type { SourceRef } from "../document";
import { parseListMarker, type ListMarkerStyle } from "../phrases/list-marker";
import { isAtLeastHundredMillionYuan, isInvestmentUnit, toHundredMillionYuan } from "../phrases/investment";
import { dateOrdinal, parseDateText, type DateParts } from "../phrases/dates";
import { baseUnitOf, convertAmount, isConvertibleUnit, needsUsdRate } from "../phrases/unit-conversion";
import { formatGeneral } from "../format-number";
import { textOf } from "../parse-cell";
import { cellOf, type Table, type TableRow } from "../read-table";
import {
  cellNumber,
  cellPiece,
  columnByName,
  failure,
  parameterNumber,
  rowLabel,
  type NumberResult,
} from "./data-access";
import { didYouMean } from "./did-you-mean";
import { scheduleGap } from "./progress-functions";
import {
  fieldByName,
  fieldCell,
  fieldNames,
  fieldRange,
  fieldUnit,
  fieldValue,
  type Field,
  type FieldValue,
} from "./fields";
import type { Piece } from "./piece";
import type { Argument, ComparisonOperator } from "./template-ast";
import { templateError, type Scope } from "./template-scope";

/**
 * A test on one row: true / false, or the piece to write when it cannot be decided. The columns
 * it reads are recorded once as ranges (not cell by cell: a table may have 10,000 rows);
 * `extra` collects single cells such as the 参数 美元汇率.
 */
interface RowTest {
  readonly fields: readonly Field[];
  readonly test: (row: TableRow, extra: SourceRef[]) => boolean | Piece;
}

/** How list items are joined. */
export type Separator =
  { readonly kind: "text"; readonly text: string } | { readonly kind: "names"; readonly conjunction: string };

/** 降序=总投资（万元） / 升序=签约日期: rows in the order of a column. */
export interface RowOrder {
  readonly field: Field;
  readonly descending: boolean;
}

export interface ListOptions {
  readonly marker?: ListMarkerStyle;
  readonly separator: Separator;
  readonly distinct: boolean;
  readonly order?: RowOrder;
  /** 前=2: only the first rows (after ordering). */
  readonly limit?: number;
}

export interface Selection {
  readonly tests: readonly RowTest[];
  readonly options: ListOptions;
  /** Where the selection was written (for the 美元汇率 an ordering of dollar amounts needs). */
  readonly scope: Scope;
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

/** The options of 列举 (and 分组); elsewhere they are errors. */
export const LIST_OPTION_NAMES: readonly string[] = ["编号", "分隔", "去重", "降序", "升序", "前"];

/** The named conditions (no column, no operator). */
const NAMED_CONDITIONS = ["投资亿元以上", "低于序时进度", "超序时进度"];

/** 10 decimals settle binary noise (1418.4397…万美元 × 7.05 against 1亿元). */
function settle(value: number): number {
  return Math.round(value * 1e10) / 1e10;
}

function compare(a: number, operator: ComparisonOperator, b: number): boolean {
  const x = settle(a);
  const y = settle(b);
  switch (operator) {
    case "=":
      return x === y;
    case "!=":
      return x !== y;
    case ">":
      return x > y;
    case ">=":
      return x >= y;
    case "<":
      return x < y;
    case "<=":
      return x <= y;
    default: {
      const unreachable: never = operator;
      return unreachable;
    }
  }
}

/** The value after an operator: a date, a number with an optional unit, or text. */
type Operand =
  | { readonly kind: "date"; readonly date: DateParts }
  | { readonly kind: "number"; readonly value: number; readonly unit?: string }
  | { readonly kind: "text"; readonly text: string };

function operand(text: string): Operand {
  const date = parseDateText(text);
  if (date) return { kind: "date", date };
  const half = text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).trim();
  const m = /^([+-]?(?:\d+(?:\.\d+)?|\.\d+))\s*(\S*)$/.exec(half);
  if (m && (m[2] === "" || isConvertibleUnit(m[2] ?? ""))) {
    return m[2] ? { kind: "number", value: Number(m[1]), unit: m[2] } : { kind: "number", value: Number(m[1]) };
  }
  return { kind: "text", text: text.trim() };
}

/**
 * Converts a row's amount into the unit a condition states (拟投资≥10亿元), through the 参数
 * 美元汇率 for amounts in dollars; remembers the rate's cell once.
 */
class AmountConverter {
  private rate: NumberResult | undefined;
  private recorded = false;

  constructor(private readonly scope: Scope) {}

  convert(value: number, from: string | undefined, to: string | undefined, sources: SourceRef[]): number | Piece {
    if (!to || !from || from === to || !isConvertibleUnit(from)) return value;
    let usd: number | undefined;
    if (needsUsdRate(from, to)) {
      this.rate = this.rate ?? parameterNumber(this.scope.data, "美元汇率");
      const r = this.rate;
      if (!r.ok) return r.piece.fallback ?? r.piece;
      if (r.source && !this.recorded) {
        sources.push(r.source);
        this.recorded = true;
      }
      usd = r.value;
    }
    const converted = convertAmount(value, from, to, usd);
    return converted.ok ? converted.value : value;
  }
}

function textMatches(value: FieldValue, wanted: readonly Operand[]): boolean {
  return wanted.some((w) => {
    switch (value.kind) {
      case "date":
        return w.kind === "date" && dateOrdinal(w.date) === dateOrdinal(value.date);
      case "number":
        return (w.kind === "number" && w.unit === undefined && settle(w.value) === settle(value.value)) || false;
      case "text":
        return w.kind === "text" ? w.text === value.text : w.kind === "number" && String(w.value) === value.text;
      case "none":
        // 签约场合="" is a blank cell (or “—”)
        return w.kind === "text" && w.text === "";
      case "invalid":
        return false;
      default: {
        const unreachable: never = value;
        return unreachable;
      }
    }
  });
}

function fieldTest(
  table: Table,
  field: Field,
  operator: ComparisonOperator,
  value: string,
  scope: Scope,
  at: number,
): RowTest | Piece {
  const amounts = new AmountConverter(scope);
  const label = (row: TableRow): string => `${rowLabel(table, row)}·${field.header}`;
  if (operator === "=" || operator === "!=") {
    const parts = value.split(/[|｜]/).map((v) => v.trim());
    const texts = new Set(parts);
    const wanted = parts.map((v) => operand(v));
    const blankWanted = texts.has("");
    const datesWanted = wanted.some((w) => w.kind === "date");
    return {
      fields: [field],
      test: (row) => {
        const cell = fieldCell(row, field);
        const parsed = cell.parsed;
        let matches: boolean;
        if (parsed.kind === "blank") matches = blankWanted;
        else if (parsed.kind === "notApplicable") matches = blankWanted || texts.has(parsed.text.trim());
        else if (parsed.kind === "number") {
          // 2023 = 2023, a date cell = 2023-09-04; an unusable number equals nothing
          const v = fieldValue(table, row, field, label(row));
          matches = textMatches(v, wanted);
        } else {
          // text as typed (the common case: 进度=滞后), or a date typed as text
          matches =
            texts.has(textOf(parsed, formatGeneral)) ||
            (datesWanted && textMatches(fieldValue(table, row, field, label(row)), wanted));
        }
        return operator === "=" ? matches : !matches;
      },
    };
  }
  const bound = operand(value);
  if (bound.kind === "text") {
    return templateError(scope, "template-bad-argument", `“${value}”不是数字或日期，无法比较大小`, at);
  }
  return {
    fields: [field],
    test: (row, sources) => {
      const v = fieldValue(table, row, field, label(row));
      if (v.kind === "invalid") return v.piece;
      if (bound.kind === "date")
        return v.kind === "date" && compare(dateOrdinal(v.date), operator, dateOrdinal(bound.date));
      if (v.kind !== "number") return false;
      const amount = amounts.convert(v.value, fieldUnit(table, row, field), bound.unit, sources);
      if (typeof amount !== "number") return amount;
      return compare(amount, operator, bound.value);
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
  const fields: Field[] = [{ kind: "column", header: amountColumn.header, spec: amountColumn }];
  if (unitColumn) fields.push({ kind: "column", header: unitColumn.header, spec: unitColumn });
  return { fields, test };
}

/**
 * 低于序时进度 / 超序时进度 on 主要指标: the rows whose 截至本月累计 ÷ 年度任务 trails (or leads) 截至月份 ÷ 12
 * by a gap that shows at one decimal of 百分点 — the rows {低于序时进度} names, to count or list.
 */
function scheduleTest(table: Table, scope: Scope, behind: boolean): RowTest | Piece {
  const month = parameterNumber(scope.data, "截至月份");
  if (!month.ok) return month.piece;
  const fields: Field[] = [];
  for (const name of ["截至本月累计", "年度任务"]) {
    const field = fieldByName(table, name);
    if (field) fields.push(field);
  }
  let monthRecorded = false;
  const test = (row: TableRow, sources: SourceRef[]): boolean => {
    if (month.source && !monthRecorded) {
      sources.push(month.source);
      monthRecorded = true;
    }
    const gap = scheduleGap(row, month.value);
    return gap !== undefined && (behind ? gap < 0 : gap > 0);
  };
  return { fields, test };
}

/** A column a condition or an option names, or the template error (with did-you-mean). */
export function fieldArg(
  table: Table,
  name: string,
  scope: Scope,
  at: number,
  others: readonly string[] = [],
): Field | Piece {
  const field = fieldByName(table, name);
  if (field) return field;
  // an option misspelt (排序=… for 降序=…) is as likely as a column
  const hint = didYouMean(name, [...fieldNames(table), ...others]);
  return templateError(scope, "template-unknown-field", `${table.sheetName}表没有“${name}”列${hint}`, at);
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
  let order: RowOrder | undefined;
  let limit: number | undefined;
  for (const arg of args) {
    const name = arg.name.join(".");
    const at = arg.span.start;
    if (LIST_OPTION_NAMES.includes(name)) {
      if (!allowOptions) return templateError(scope, "template-bad-argument", `“${name}”只能用于列举`, at);
      if (name === "去重") {
        distinct = true;
        continue;
      }
      const value = arg.value ?? "";
      if (arg.operator !== "=" || value === "") {
        return templateError(scope, "template-bad-argument", `“${name}”应写成 ${name}=…`, at);
      }
      if (name === "编号") {
        const style = parseListMarker(value);
        if (!style)
          return templateError(scope, "template-bad-argument", `编号“${value}”无效，可选（1）、1.、1、、①或无`, at);
        marker = style;
      } else if (name === "降序" || name === "升序") {
        const field = fieldArg(table, value, scope, at);
        if (!("kind" in field)) return field;
        order = { field, descending: name === "降序" };
      } else if (name === "前") {
        const n = Number(value.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
        if (!Number.isInteger(n) || n < 1)
          return templateError(scope, "template-bad-argument", `“前=${value}”应为正整数，如 前=2`, at);
        limit = n;
      } else {
        separator = SEPARATOR_WORDS[value] ?? { kind: "text", text: value };
      }
      continue;
    }
    if (arg.operator === undefined) {
      if (name === "投资亿元以上") {
        const test = hundredMillionTest(table, scope);
        if (!test)
          return templateError(scope, "template-bad-argument", `“投资亿元以上”不适用于${table.sheetName}表`, at);
        tests.push(test);
        continue;
      }
      if (name === "低于序时进度" || name === "超序时进度") {
        if (table.sheetKey !== "indicators")
          return templateError(scope, "template-bad-argument", `“${name}”只适用于主要指标表`, at);
        const test = scheduleTest(table, scope, name === "低于序时进度");
        if (!("test" in test)) return test;
        tests.push(test);
        continue;
      }
      const hint = didYouMean(name, [...NAMED_CONDITIONS, ...(allowOptions ? LIST_OPTION_NAMES : [])]);
      return templateError(scope, "template-unknown-field", `未知的条件“${name}”${hint}`, at);
    }
    const field = fieldArg(table, name, scope, at, allowOptions ? LIST_OPTION_NAMES : []);
    if (!("kind" in field)) return field;
    const test = fieldTest(table, field, arg.operator, arg.value ?? "", scope, at);
    if (!("test" in test)) return test;
    tests.push(test);
  }
  return { tests, options: { marker, separator, distinct, order, limit }, scope };
}

/** An ordering key: numbers (amounts in one unit) before dates before text; blanks last. */
type SortKey = { readonly rank: number; readonly number: number; readonly text: string };

function sortKey(
  table: Table,
  row: TableRow,
  order: RowOrder,
  amounts: AmountConverter,
  sources: SourceRef[],
): SortKey | Piece {
  const v = fieldValue(table, row, order.field, `${rowLabel(table, row)}·${order.field.header}`);
  switch (v.kind) {
    case "number": {
      // amounts with units of their own row (拟投资 in 万元 or 万美元) compare in one unit
      const unit = fieldUnit(table, row, order.field);
      const amount = amounts.convert(v.value, unit, unit ? baseUnitOf(unit) : undefined, sources);
      if (typeof amount !== "number") return amount;
      return { rank: 0, number: amount, text: "" };
    }
    case "date":
      return { rank: 1, number: dateOrdinal(v.date), text: "" };
    case "text":
      return { rank: 2, number: 0, text: v.text };
    case "none":
      return { rank: 3, number: 0, text: "" };
    case "invalid":
      return v.piece;
    default: {
      const unreachable: never = v;
      return unreachable;
    }
  }
}

function ordered(
  table: Table,
  rows: TableRow[],
  order: RowOrder,
  scope: Scope,
  sources: SourceRef[],
): TableRow[] | Piece {
  const amounts = new AmountConverter(scope);
  const keyed: { row: TableRow; key: SortKey; at: number }[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as TableRow;
    const key = sortKey(table, row, order, amounts, sources);
    if (!("rank" in key)) return key;
    keyed.push({ row, key, at: i });
  }
  const sign = order.descending ? -1 : 1;
  keyed.sort((a, b) => {
    if (a.key.rank !== b.key.rank) return a.key.rank - b.key.rank;
    if (a.key.number !== b.key.number) return sign * (a.key.number - b.key.number);
    if (a.key.text !== b.key.text) return sign * (a.key.text < b.key.text ? -1 : 1);
    return a.at - b.at;
  });
  return keyed.map((k) => k.row);
}

/**
 * The rows passing every test (in the order asked, at most as many as asked), the cells the tests
 * read, or the first undecidable row's marker.
 */
export function selectRows(
  table: Table,
  selection: Selection,
  from: readonly TableRow[] = table.rows,
): { rows: TableRow[]; sources: SourceRef[] } | Piece {
  let rows: TableRow[] = [];
  const extra: SourceRef[] = [];
  for (const row of from) {
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
  const { order, limit } = selection.options;
  if (order) {
    const sorted = ordered(table, rows, order, selection.scope, extra);
    if (!Array.isArray(sorted)) return sorted;
    rows = sorted;
    const range = fieldRange(table, order.field);
    if (range) sources.push(range);
  }
  if (limit !== undefined) rows = rows.slice(0, limit);
  for (const test of selection.tests) {
    for (const field of test.fields) {
      const range = fieldRange(table, field);
      if (range) sources.push(range);
    }
  }
  return { rows, sources: sources.concat(extra) };
}
