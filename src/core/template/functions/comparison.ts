/**
 * Two values set against each other, as a district's figures are set against the city's:
 *  {比较(A, B)}  高于 / 低于 (用词=快于|慢于 …); equal at the shown precision: absent
 *  {差(A, B)}    0.6: the gap, without its sign (in 百分点 when both are rates)
 *  {比重(A, B)}  74.0%: A as a share of B
 *  {比值(A, B)}  2.10: A divided by B
 * e.g. 增速{比较(地区生产总值.增速, 全市地区生产总值增速)}全市平均水平{差(地区生产总值.增速, 全市地区生产总值增速)}个百分点.
 */
import type { SourceRef } from "../../document";
import { formatNumber, roundHalfAwayFromZero } from "../../format-number";
import { convertAmount, isConvertibleUnit } from "../../phrases/unit-conversion";
import { numberPiece } from "../data-access";
import { absentPiece, textPiece, type Piece } from "../piece";
import type { CallExpression } from "../template-ast";
import type { TemplateFunction } from "../template-functions";
import { templateError, type Scope } from "../template-scope";
import { callOptions, decimalsOption, isPiece, percentSignOption, wordsOption, type CallOptions } from "./call-options";
import { percentText } from "./indicator-rates";
import { numericArg, type NumericValue } from "./values";

interface Pair {
  readonly a: NumericValue;
  readonly b: NumericValue;
  readonly options: CallOptions;
  readonly sources: SourceRef[];
}

/** The two values of a call, B restated in A's unit where both are amounts of one kind. */
function pair(call: CallExpression, scope: Scope, allowed: readonly string[]): Pair | Piece {
  const options = callOptions(call, scope, allowed);
  if (isPiece(options)) return options;
  const [first, second] = options.positional;
  if (!first || !second || options.positional.length > 2 || first.operator || second.operator) {
    return templateError(
      scope,
      "template-bad-argument",
      `${call.name}需要两个值，如{${call.name}(地区生产总值.增速, 全市地区生产总值增速)}`,
      call.span.start,
    );
  }
  const a = numericArg(first, scope);
  if (isPiece(a)) return a;
  let b = numericArg(second, scope);
  if (isPiece(b)) return b;
  if (a.unit && b.unit && a.unit !== b.unit && isConvertibleUnit(a.unit) && isConvertibleUnit(b.unit)) {
    const converted = convertAmount(b.value, b.unit, a.unit);
    if (converted.ok) b = { ...b, value: converted.value, unit: a.unit };
  }
  return { a, b, options, sources: [...a.sources, ...b.sources] };
}

/** The signed gap A − B at the precision both show. */
function gap(p: Pair): { value: number; decimals: number } {
  const decimals = Math.max(p.a.decimals, p.b.decimals);
  return { value: roundHalfAwayFromZero(p.a.value - p.b.value, decimals), decimals };
}

/** {比较(A, B[, 用词=高于|低于])}. */
function compareValues(call: CallExpression, scope: Scope): Piece {
  const p = pair(call, scope, ["用词"]);
  if (isPiece(p)) return p;
  const words = wordsOption(p.options, scope, { up: "高于", down: "低于" });
  if (isPiece(words)) return words;
  const g = gap(p);
  if (g.value === 0) return absentPiece(textPiece("持平于", p.sources));
  return textPiece(g.value > 0 ? words.up : words.down, p.sources);
}

/** {差(A, B)}: the size of the gap. Equal: absent. Also {差额(A, B)} with two values. */
export function gapSize(call: CallExpression, scope: Scope): Piece {
  const p = pair(call, scope, []);
  if (isPiece(p)) return p;
  const g = gap(p);
  const size = Math.abs(g.value);
  const piece =
    p.a.percent || p.b.percent
      ? textPiece(percentText(size, Math.max(g.decimals, 1), false), p.sources, { number: size })
      : { ...numberPiece(size, "General"), sources: p.sources };
  return g.value === 0 ? absentPiece(piece) : piece;
}

function fixed(decimals: number): string {
  return decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
}

/**
 * 单位=公斤/亩 of 比值: A restated in the unit before the slash, B in the one after, then divided —
 * a yield per 亩 (5.18万吨 over 12.36万亩 → 419公斤 a 亩), a tax per 亩, an income per head. A unit
 * that is A's (or B's) own as written needs no conversion.
 */
function perUnitValues(call: CallExpression, scope: Scope, p: Pair, wanted: string): { a: number; b: number } | Piece {
  const at = p.options.named.get("单位")?.at ?? call.span.start;
  const [top, bottom] = wanted.split(/[/／]/).map((u) => u.trim());
  if (!top || !bottom || wanted.split(/[/／]/).length !== 2) {
    return templateError(
      scope,
      "template-bad-argument",
      `“单位=${wanted}”应写成 分子单位/分母单位，如 单位=公斤/亩`,
      at,
    );
  }
  const restate = (v: NumericValue, unit: string, which: string): number | Piece => {
    if (v.unit === unit) return v.value;
    const converted = v.unit === undefined ? undefined : convertAmount(v.value, v.unit, unit);
    if (converted?.ok) return converted.value;
    const from = v.unit === undefined ? "不知道其单位" : `单位为${v.unit}`;
    return templateError(scope, "template-bad-argument", `比值的${which}${from}，无法换算成${unit}`, at);
  };
  const a = restate(p.a, top, "前一个数");
  if (isPiece(a)) return a;
  const b = restate(p.b, bottom, "后一个数");
  if (isPiece(b)) return b;
  return { a, b };
}

/**
 * {比重(A, B[, 位数=1])} → 74.0% (also {完成率(A, B)} with two values); {比值(A, B[, 位数=2][, 单位=公斤/亩])} → 2.10.
 */
export function ratio(asShare: boolean) {
  return (call: CallExpression, scope: Scope): Piece => {
    const p = pair(call, scope, asShare ? ["位数", "百分号"] : ["位数", "单位"]);
    if (isPiece(p)) return p;
    const decimals = decimalsOption(p.options, scope);
    if (isPiece(decimals)) return decimals;
    const sign = percentSignOption(p.options, scope);
    if (isPiece(sign)) return sign;
    const wanted = p.options.named.get("单位")?.value;
    const values = wanted === undefined ? { a: p.a.value, b: p.b.value } : perUnitValues(call, scope, p, wanted);
    if (isPiece(values)) return values;
    if (values.b === 0) return absentPiece(textPiece("", p.sources));
    const q = values.a / values.b;
    if (asShare) return textPiece(`${percentText(q * 100, decimals ?? 1, true)}${sign}`, p.sources);
    return textPiece(formatNumber(q, fixed(decimals ?? 2)), p.sources, { number: q });
  };
}

export const COMPARISON_FUNCTIONS: readonly TemplateFunction[] = [
  { name: "比较", aliases: [], minArgs: 2, maxArgs: 3, body: false, evaluate: compareValues },
  { name: "差", aliases: ["差距"], minArgs: 2, maxArgs: 2, body: false, evaluate: gapSize },
  { name: "比重", aliases: [], minArgs: 2, maxArgs: 4, body: false, evaluate: ratio(true) },
  { name: "比值", aliases: [], minArgs: 2, maxArgs: 4, body: false, evaluate: ratio(false) },
];
