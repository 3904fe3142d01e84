/**
 * A number a function argument names, with what it needs to be compared, divided or converted:
 * an indicator's field (地区生产总值.全年预计, 地区生产总值.增速 — the published rate where there is
 * one — or .完成率), a 数据项 (全市地区生产总值增速), a 参数, or a column of the current list row.
 * Rates are in percent (5.8 for 5.8%), amounts carry their unit (亿元) where it is known.
 */
import type { SourceRef } from "../../document";
import { decimalsOf, formatGeneral } from "../../format-number";
import { columnSpec } from "../../layout";
import { textOf } from "../../parse-cell";
import { cellOf, normaliseHeader } from "../../read-table";
import {
  cellNumber,
  columnByName,
  dataItemPiece,
  estimateHeader,
  hasDataItem,
  isParameter,
  parameterNumber,
  rowByName,
  rowLabel,
} from "../data-access";
import { didYouMean } from "../did-you-mean";
import { fieldByName, fieldNames, fieldNumber, fieldUnit } from "../fields";
import { parseTemplate } from "../parse-template";
import type { Piece } from "../piece";
import type { Argument, CallExpression, TemplateNode } from "../template-ast";
import { templateError, type Scope } from "../template-scope";
import { isPiece } from "./call-options";
import {
  growthRate,
  INDICATOR,
  indicatorNamed,
  indicatorNumber,
  indicatorUnit,
  type Indicator,
} from "./indicator-rates";

export interface NumericValue {
  readonly value: number;
  /** Decimals the value is shown with (its cell's format, or General's). */
  readonly decimals: number;
  /** A rate in percent: 5.8 stands for 5.8%. */
  readonly percent: boolean;
  /** The unit of an amount (亿元, 家 …), where known. */
  readonly unit?: string;
  readonly format: string;
  readonly sources: readonly SourceRef[];
}

const same = (a: string, b: string): boolean => normaliseHeader(a) === normaliseHeader(b);

function generalDecimals(value: number): number {
  const text = formatGeneral(Math.abs(value));
  const point = text.indexOf(".");
  return point < 0 ? 0 : text.length - point - 1;
}

/** A cell's number: a percentage cell (5.8%) is a rate in percent; a 单位 of % makes one too. */
function fromCell(
  value: number,
  format: string,
  unit: string | undefined,
  source: SourceRef | undefined,
  extra: readonly (SourceRef | undefined)[] = [],
): NumericValue {
  const sources = [source, ...extra].filter((s): s is SourceRef => s !== undefined);
  if (format.includes("%")) {
    return { value: value * 100, decimals: decimalsOf(format) ?? 1, percent: true, format, sources };
  }
  const decimals = decimalsOf(format) ?? generalDecimals(value);
  const percent = unit === "%";
  return { value, decimals, percent, unit: percent ? undefined : unit, format, sources };
}

const GROWTH_FIELDS = ["增速", "增长", "同比", "同比增长"];

function indicatorValue(indicator: Indicator, field: string, scope: Scope, at: number): NumericValue | Piece {
  if (GROWTH_FIELDS.some((f) => same(f, field))) {
    const rate = growthRate(indicator);
    if (isPiece(rate)) return rate;
    return { value: rate.percent, decimals: rate.decimals, percent: true, format: "General", sources: rate.sources };
  }
  if (same(field, "完成率")) {
    const estimate = indicatorNumber(indicator, INDICATOR.estimate);
    if (!estimate.ok) return estimate.piece;
    const target = indicatorNumber(indicator, INDICATOR.target);
    if (!target.ok) return target.piece;
    const format = cellOf(indicator.row, "completion").numberFormat;
    const sources = [estimate.source, target.source].filter((s): s is SourceRef => s !== undefined);
    return {
      value: (estimate.value / target.value) * 100,
      decimals: format.includes("%") ? (decimalsOf(format) ?? 1) : 1,
      percent: true,
      format: "General",
      sources,
    };
  }
  const table = scope.data.tables.indicators;
  const column = columnByName(table, field);
  if (!column || column.type !== "number") {
    // a column the unit added (上年增速 …): its number, its header's unit
    const own = column ? undefined : fieldByName(table, field);
    if (own) {
      const n = fieldNumber(table, indicator.row, own, `${indicator.name}·${own.header}`);
      if (!n.ok) return n.piece;
      return fromCell(n.value, n.format, fieldUnit(table, indicator.row, own), n.source);
    }
    const hint = didYouMean(field, [...fieldNames(table), ...GROWTH_FIELDS, "完成率"]);
    return templateError(scope, "template-unknown-field", `主要指标表没有“${field}”这一数值列${hint}`, at);
  }
  const n = indicatorNumber(indicator, column as typeof INDICATOR.estimate);
  if (!n.ok) return n.piece;
  const unit = indicatorUnit(indicator);
  return fromCell(n.value, n.format, unit.text || undefined, n.source, [unit.source]);
}

function dataItemValue(name: string, scope: Scope): NumericValue | Piece {
  const table = scope.data.tables.dataItems;
  const row = rowByName(table, name);
  if (!row) return dataItemPiece(scope.data, name);
  const n = cellNumber(table, row, columnSpec("dataItems", "value"), name);
  if (!n.ok) return n.piece;
  const unit = textOf(cellOf(row, "unit").parsed, formatGeneral).trim();
  return fromCell(n.value, n.format, unit || undefined, n.source);
}

const TOKEN = /^\uE000([^\uE001\uE002]*)\uE002([^\uE001]*)\uE001$/;

/**
 * The number a call gives ({比值(A, B)}, {合计(…)}, {增速(X)}), with the decimals its text shows:
 * what lets one computed quantity be set against another ({差(比值(A, B), 比值(C, D))}).
 */
function callValue(call: CallExpression, scope: Scope): NumericValue | Piece {
  const node: TemplateNode = { kind: "placeholder", expression: call, span: call.span };
  const piece = scope.evaluate([node], { ...scope, optional: true });
  if (piece.absent || piece.issues.length > 0) return piece;
  const token = TOKEN.exec(piece.text);
  if (token) {
    const value = Number(token[1]);
    const format = token[2] ?? "General";
    return {
      value,
      decimals: decimalsOf(format) ?? generalDecimals(value),
      percent: false,
      format,
      sources: piece.sources,
    };
  }
  const m = /^(-?\d+(?:\.(\d+))?)(%?)$/.exec(piece.text);
  if (!m) {
    return templateError(
      scope,
      "template-bad-argument",
      `${call.name}写出的“${piece.text}”不是一个数，不能用来比较`,
      call.span.start,
    );
  }
  return {
    value: Number(m[1]),
    decimals: m[2]?.length ?? 0,
    percent: m[3] === "%",
    format: "General",
    sources: piece.sources,
  };
}

/** The number an argument stands for: a dotted name, or a call ({差(比值(A, B), 比值(C, D))}). */
export function numericArg(arg: Argument, scope: Scope): NumericValue | Piece {
  if (arg.call) return callValue(arg.call, scope);
  const value = numericValue(arg.name, scope, arg.span.start);
  // 增速(X) with nothing but a name inside reads as one name: try it as a call
  const name = arg.name.join(".");
  const m = /^([^（(]+)[（(](.*)[)）]$/.exec(name);
  if (arg.name.length === 1 && m && "issues" in value && value.issues.length > 0) {
    const parsed = parseTemplate(`{${name}}`).nodes[0];
    if (parsed?.kind === "placeholder" && parsed.expression.kind === "call")
      return callValue({ ...parsed.expression, span: arg.span, nameSpan: arg.span }, scope);
  }
  return value;
}

/** The number a dotted name stands for, or the marker / template error to write instead. */
export function numericValue(path: readonly string[], scope: Scope, at: number): NumericValue | Piece {
  const [first = "", ...rest] = path;
  if (rest.length === 0) {
    const current = scope.current;
    if (current) {
      const field = fieldByName(current.table, first);
      if (field) {
        const label = `${rowLabel(current.table, current.row)}·${field.header}`;
        const n = fieldNumber(current.table, current.row, field, label);
        if (!n.ok) return n.piece;
        return fromCell(n.value, n.format, fieldUnit(current.table, current.row, field), n.source);
      }
    }
    if (isParameter(scope.data, first)) {
      const n = parameterNumber(scope.data, first);
      if (!n.ok) return n.piece;
      return fromCell(n.value, "General", undefined, n.source);
    }
    if (hasDataItem(scope.data, first)) return dataItemValue(first, scope);
    if (rowByName(scope.data.tables.indicators, first)) {
      return templateError(
        scope,
        "template-unknown-field",
        `“${first}”是主要指标，请写明列名，如${first}.${estimateHeader(scope.data)}`,
        at,
      );
    }
    const items = scope.data.tables.dataItems;
    const hint = didYouMean(first, [
      ...items.rows.map((r) => rowLabel(items, r)),
      ...scope.data.tables.indicators.rows.map((r) => rowLabel(scope.data.tables.indicators, r)),
    ]);
    if (hint !== "") return templateError(scope, "template-unknown-field", `没有名为“${first}”的数据项${hint}`, at);
    return dataItemPiece(scope.data, first);
  }
  const name = rest.join(".");
  if (same(first, "数据项")) return dataItemValue(name, scope);
  if (same(first, "参数")) {
    const n = parameterNumber(scope.data, name);
    return n.ok ? fromCell(n.value, "General", undefined, n.source) : n.piece;
  }
  const indicator = indicatorNamed(first, scope, at, INDICATOR.estimate);
  if (isPiece(indicator)) return indicator;
  return indicatorValue(indicator, name, scope, at);
}
