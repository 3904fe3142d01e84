/**
 * Figures over a table's rows, with the conditions of 个数 and 列举:
 *  {合计(在建项目, 总投资（万元）, 类别=新开工, 单位=亿元)}   the sum, converted where asked
 *  {平均(…)} {最大(…)} {最小(…)}                          the mean (two decimals), largest, smallest
 *  {占比(在谈项目, 状态=已签约, 其中, 类别=先进制造业)}      64.7%: the rows after 其中 among those
 *                                                          before it (by count, or by a column's sum)
 *  {分组(在建项目, 类别)：{类别}项目{个数}个}                 one item per value of a column, in which
 *                                                          {个数} and {合计(列)} count and add up the group
 * Amounts of rows in different units (拟投资 in 万元 and 万美元) are added in one unit: 单位=…, or
 * the first row's; 元 and 美元 through the 参数 美元汇率. The result is a bare number: the template
 * writes the unit after it.
 */
import type { SourceRef } from "../../document";
import { formatGeneral, roundHalfAwayFromZero, decimalsOf } from "../../format-number";
import { convertAmount, convertedDecimals, isConvertibleUnit, needsUsdRate } from "../../phrases/unit-conversion";
import type { Table, TableRow } from "../../read-table";
import { parameterNumber, rowLabel, tableByName, type NumberResult } from "../data-access";
import {
  fieldNumber,
  fieldRange,
  fieldUnit,
  fieldValue,
  unitColumnRange,
  unknownTableMessage,
  type Field,
} from "../fields";
import { joinListItems } from "../list-items";
import { absentPiece, EMPTY_PIECE, textPiece, type Piece } from "../piece";
import { chosenDecimalsToken, quantityToken } from "../quantities";
import { fieldArg, LIST_OPTION_NAMES, readSelection, selectRows, type Selection } from "../row-selection";
import type { Argument, CallExpression } from "../template-ast";
import type { TemplateFunction } from "../template-functions";
import { templateError, type Scope } from "../template-scope";
import { callOptions, decimalsOption, isPiece, percentSignOption } from "./call-options";
import { percentText } from "./indicator-rates";

/** Where an aggregate works: a table named by its first argument, or the group of a 分组 item. */
interface Rows {
  readonly table: Table;
  readonly rows: readonly TableRow[];
  /** The arguments after the table name (all of them inside a group). */
  readonly args: readonly Argument[];
}

function rowsOf(call: CallExpression, scope: Scope, args: readonly Argument[]): Rows | Piece {
  const first = args[0];
  const table = first && !first.operator ? tableByName(scope.data, first.name.join(".")) : undefined;
  if (table) {
    if (!table.present) return absentPiece(EMPTY_PIECE);
    return { table, rows: table.rows, args: args.slice(1) };
  }
  const group = scope.current?.rows;
  if (group && scope.current) return { table: scope.current.table, rows: group, args };
  if (first && !first.operator) {
    return templateError(scope, "template-unknown-field", unknownTableMessage(first.name.join(".")), first.span.start);
  }
  return templateError(
    scope,
    "template-bad-argument",
    `${call.name}的第一个参数应为表名，如{${call.name}(在建项目, 总投资（万元）)}（在“分组”的条目中可省略表名）`,
    (first ?? call).span.start,
  );
}

function isValueColumn(arg: Argument | undefined, table: Table): boolean {
  if (!arg || arg.operator) return false;
  const name = arg.name.join(".");
  return name !== "其中" && name !== "投资亿元以上" && !LIST_OPTION_NAMES.includes(name) && !!table;
}

/** Rows selected by the conditions in `args`, within `from`. */
function select(
  table: Table,
  from: readonly TableRow[],
  args: readonly Argument[],
  scope: Scope,
): { rows: TableRow[]; sources: SourceRef[] } | Piece {
  const selection = readSelection(table, args, scope, false);
  if (!("tests" in selection)) return selection;
  return selectRows(table, selection, from);
}

interface Amounts {
  readonly values: number[];
  readonly unit?: string;
  /** Decimals the cells show, restated in `unit`. */
  readonly decimals: number;
  readonly sources: SourceRef[];
}

function shownDecimals(n: Extract<NumberResult, { ok: true }>): number {
  const d = decimalsOf(n.format);
  if (d !== undefined) return d;
  const text = formatGeneral(Math.abs(n.value));
  const point = text.indexOf(".");
  return point < 0 ? 0 : text.length - point - 1;
}

/** Each row's amount in one unit (the asked one, else the first row's). */
function amounts(
  table: Table,
  rows: readonly TableRow[],
  field: Field,
  wanted: string | undefined,
  scope: Scope,
  at: number,
): Amounts | Piece {
  const values: number[] = [];
  const sources: SourceRef[] = [];
  let unit = wanted;
  let decimals = 0;
  let rate: NumberResult | undefined;
  for (const row of rows) {
    const n = fieldNumber(table, row, field, `${rowLabel(table, row)}·${field.header}`);
    if (!n.ok) {
      if (n.piece.absent) continue;
      return n.piece;
    }
    const from = fieldUnit(table, row, field);
    unit = unit ?? from;
    let value = n.value;
    if (from && unit && from !== unit) {
      if (!isConvertibleUnit(from) || !isConvertibleUnit(unit)) {
        return templateError(
          scope,
          "template-bad-argument",
          `${field.header}的单位不同（${unit}、${from}），请写 单位=…`,
          at,
        );
      }
      let usd: number | undefined;
      if (needsUsdRate(from, unit)) {
        rate = rate ?? parameterNumber(scope.data, "美元汇率");
        if (!rate.ok) return rate.piece.fallback ?? rate.piece;
        if (rate.source && !sources.includes(rate.source)) sources.push(rate.source);
        usd = rate.value;
      }
      const converted = convertAmount(value, from, unit, usd);
      if (!converted.ok) return templateError(scope, "template-bad-argument", `无法把${from}换算成${unit}`, at);
      value = converted.value;
    }
    decimals = Math.max(decimals, from && unit ? convertedDecimals(shownDecimals(n), from, unit) : shownDecimals(n));
    values.push(value);
  }
  return { values, unit, decimals, sources };
}

type Kind = "合计" | "平均" | "最大" | "最小";

function fixed(decimals: number): string {
  return decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
}

/** {合计(表, 列, 条件…[, 单位=亿元][, 位数=N])} and 平均 / 最大 / 最小. */
function aggregate(kind: Kind) {
  return (call: CallExpression, scope: Scope): Piece => {
    const options = callOptions(call, scope, ["单位", "位数"], true);
    if (isPiece(options)) return options;
    const where = rowsOf(call, scope, options.positional);
    if (isPiece(where)) return where;
    const [column, ...conditions] = where.args;
    if (!column || !isValueColumn(column, where.table)) {
      return templateError(
        scope,
        "template-bad-argument",
        `${call.name}需要写明对哪一列计算，如{${call.name}(在建项目, 总投资（万元）)}`,
        (column ?? call).span.start,
      );
    }
    const field = fieldArg(where.table, column.name.join("."), scope, column.span.start);
    if (!("kind" in field)) return field;
    const decimals = decimalsOption(options, scope);
    if (isPiece(decimals)) return decimals;
    const selected = select(where.table, where.rows, conditions, scope);
    if (!("rows" in selected)) return selected;
    const wanted = options.named.get("单位")?.value;
    const found = amounts(where.table, selected.rows, field, wanted, scope, column.span.start);
    if (isPiece(found)) return found;
    const range = fieldRange(where.table, field);
    const unitRange = unitColumnRange(where.table, field);
    const sources = [
      ...selected.sources,
      ...(range ? [range] : []),
      ...(unitRange ? [unitRange] : []),
      ...found.sources,
    ];
    const { values } = found;
    if (values.length === 0) return absentPiece(textPiece("", sources));
    let value: number;
    let shown = found.decimals;
    switch (kind) {
      case "合计":
        value = values.reduce((a, b) => a + b, 0);
        break;
      case "平均":
        value = values.reduce((a, b) => a + b, 0) / values.length;
        shown = 2;
        break;
      case "最大":
        value = Math.max(...values);
        break;
      case "最小":
        value = Math.min(...values);
        break;
      default: {
        const unreachable: never = kind;
        return unreachable;
      }
    }
    const rounded = roundHalfAwayFromZero(value, decimals ?? shown);
    const token =
      decimals === undefined ? quantityToken(rounded, "General") : chosenDecimalsToken(rounded, fixed(decimals));
    return textPiece(token, sources, { number: rounded });
  };
}

/** {占比(表[, 列], 条件…[, 其中, 条件…][, 位数=1])}. */
function share(call: CallExpression, scope: Scope): Piece {
  const options = callOptions(call, scope, ["位数", "百分号"], true);
  if (isPiece(options)) return options;
  const where = rowsOf(call, scope, options.positional);
  if (isPiece(where)) return where;
  const decimals = decimalsOption(options, scope);
  if (isPiece(decimals)) return decimals;
  const sign = percentSignOption(options, scope);
  if (isPiece(sign)) return sign;
  let args = where.args;
  let field: Field | undefined;
  const [first] = args;
  if (first && isValueColumn(first, where.table) && !first.name.join(".").startsWith("其中")) {
    const found = fieldArg(where.table, first.name.join("."), scope, first.span.start);
    if (!("kind" in found)) return found;
    field = found;
    args = args.slice(1);
  }
  const split = args.findIndex((a) => !a.operator && a.name.join(".") === "其中");
  const baseArgs = split < 0 ? [] : args.slice(0, split);
  const partArgs = split < 0 ? args : args.slice(split + 1);
  const base = select(where.table, where.rows, baseArgs, scope);
  if (!("rows" in base)) return base;
  const part = select(where.table, base.rows, partArgs, scope);
  if (!("rows" in part)) return part;
  const sources = [...base.sources, ...part.sources];
  let numerator = part.rows.length;
  let denominator = base.rows.length;
  if (field) {
    const all = amounts(where.table, base.rows, field, undefined, scope, call.span.start);
    if (isPiece(all)) return all;
    const some = amounts(where.table, part.rows, field, all.unit, scope, call.span.start);
    if (isPiece(some)) return some;
    numerator = some.values.reduce((a, b) => a + b, 0);
    denominator = all.values.reduce((a, b) => a + b, 0);
    const range = fieldRange(where.table, field);
    if (range) sources.push(range);
    sources.push(...all.sources);
  }
  if (!(denominator > 0)) return absentPiece(textPiece("", sources));
  return textPiece(`${percentText((numerator / denominator) * 100, decimals ?? 1, true)}${sign}`, sources);
}

/** The value a row groups by, as text; undefined for a blank. */
function groupKey(table: Table, row: TableRow, field: Field): string | undefined | Piece {
  const v = fieldValue(table, row, field, `${rowLabel(table, row)}·${field.header}`);
  switch (v.kind) {
    case "number":
      return String(v.value);
    case "date":
      return `${v.date.year}-${v.date.month}-${v.date.day}`;
    case "text":
      return v.text;
    case "none":
      return undefined;
    case "invalid":
      return v.piece;
    default: {
      const unreachable: never = v;
      return unreachable;
    }
  }
}

/** {分组(表, 列, 条件…, 选项…)：每组的内容}. */
function group(call: CallExpression, scope: Scope): Piece {
  const [tableArg, columnArg, ...rest] = call.args;
  const table = tableArg && !tableArg.operator ? tableByName(scope.data, tableArg.name.join(".")) : undefined;
  if (tableArg && !tableArg.operator && !table) {
    return templateError(
      scope,
      "template-unknown-field",
      unknownTableMessage(tableArg.name.join(".")),
      tableArg.span.start,
    );
  }
  if (!tableArg || !table) {
    return templateError(
      scope,
      "template-bad-argument",
      "分组的第一个参数应为表名，第二个为列名，如{分组(在建项目, 类别)：{类别}项目{个数}个}",
      (tableArg ?? call).span.start,
    );
  }
  if (!table.present) return absentPiece(EMPTY_PIECE);
  if (!columnArg || columnArg.operator) {
    return templateError(
      scope,
      "template-bad-argument",
      "分组的第二个参数应为列名，如 类别",
      (columnArg ?? call).span.start,
    );
  }
  const field = fieldArg(table, columnArg.name.join("."), scope, columnArg.span.start);
  if (!("kind" in field)) return field;
  const selection = readSelection(table, rest, scope, true);
  if (!("tests" in selection)) return selection;
  const limit = selection.options.limit;
  const unlimited: Selection = { ...selection, options: { ...selection.options, limit: undefined } };
  const selected = selectRows(table, unlimited);
  if (!("rows" in selected)) return selected;
  const groups = new Map<string, TableRow[]>();
  for (const row of selected.rows) {
    const key = groupKey(table, row, field);
    if (key === undefined) continue;
    if (typeof key !== "string") return key;
    const rows = groups.get(key);
    if (rows) rows.push(row);
    else groups.set(key, [row]);
  }
  const items: Piece[] = [];
  for (const rows of groups.values()) {
    if (limit !== undefined && items.length >= limit) break;
    const itemScope: Scope = {
      data: scope.data,
      location: scope.location,
      optional: false,
      current: { table, row: rows[0] as TableRow, rows },
      listMarker: scope.listMarker,
      evaluate: scope.evaluate,
    };
    const item = scope.evaluate(call.body ?? [], itemScope);
    if (item.issues.some((i) => i.code.startsWith("template-"))) return item;
    if (item.text !== "") items.push(item);
  }
  const joined = joinListItems(items, selection.options, scope);
  if (items.length === 0) return joined;
  const range = fieldRange(table, field);
  return { ...joined, sources: [...selected.sources, ...(range ? [range] : []), ...joined.sources] };
}

/** {个数} in an item of 分组: the rows of the group (meeting the conditions given). */
export function countInGroup(call: CallExpression, scope: Scope): Piece | undefined {
  const group = scope.current?.rows;
  if (!group || !scope.current) return undefined;
  const first = call.args[0];
  if (first && !first.operator && tableByName(scope.data, first.name.join("."))) return undefined;
  const selected = select(scope.current.table, group, call.args, scope);
  if (!("rows" in selected)) return selected;
  const piece = textPiece(String(selected.rows.length), selected.sources, { number: selected.rows.length });
  return selected.rows.length === 0 ? absentPiece(piece) : piece;
}

export const AGGREGATE_FUNCTIONS: readonly TemplateFunction[] = [
  { name: "合计", aliases: ["总计", "求和"], minArgs: 1, maxArgs: 20, body: false, evaluate: aggregate("合计") },
  { name: "平均", aliases: ["平均值"], minArgs: 1, maxArgs: 20, body: false, evaluate: aggregate("平均") },
  { name: "最大", aliases: ["最大值"], minArgs: 1, maxArgs: 20, body: false, evaluate: aggregate("最大") },
  { name: "最小", aliases: ["最小值"], minArgs: 1, maxArgs: 20, body: false, evaluate: aggregate("最小") },
  { name: "占比", aliases: [], minArgs: 1, maxArgs: 20, body: false, evaluate: share },
  { name: "分组", aliases: [], minArgs: 2, maxArgs: 20, body: true, evaluate: group },
];
