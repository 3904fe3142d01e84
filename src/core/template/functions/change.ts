/**
 * Rates and changes as statisticians write them, beside 同比 (同比增长5.8%):
 *  {增长(X)}    增长5.8% / 下降4.7% / 与上年持平 (no 同比; 用词=上涨|下降 for prices)
 *  {增速(X)}    5.8% / -4.7%: the signed rate, as in “增速为-4.7%”
 *  {增幅(X)}    4.7%: the rate without its sign, for one's own wording (降幅4.7%)
 *  {增减(X)}    比上年增加12.30亿元 / 比上年减少3.10亿元 / 与上年持平 (the unit is the row's 单位)
 *  {差额(X)}    12.30: the change without its direction or unit
 *  {百分点(X)}  比上年提高1.2个百分点 / 比上年回落0.3个百分点 / 与上年持平 (X is itself a rate)
 * A published rate (公布增速) wins over the computed one wherever a rate is written.
 */
import type { SourceRef } from "../../document";
import { decimalsOf, formatGeneral, roundHalfAwayFromZero } from "../../format-number";
import { growthPhrase, showsZero } from "../../phrases/growth-phrase";
import { numberPiece } from "../data-access";
import { absentPiece, textPiece, type Piece } from "../piece";
import type { CallExpression } from "../template-ast";
import type { TemplateFunction } from "../template-functions";
import type { Scope } from "../template-scope";
import {
  callOptions,
  comparisonPrefix,
  levelPhrase,
  isPiece,
  percentSignOption,
  wordsOption,
  type CallOptions,
} from "./call-options";
import {
  growthFormat,
  growthRate,
  INDICATOR,
  indicatorNumber,
  indicatorOf,
  indicatorUnit,
  percentText,
  publishedRate,
  rateWords,
  type ChangeWords,
  type Indicator,
} from "./indicator-rates";
import { gapSize } from "./comparison";

const GROWTH_WORDS: ChangeWords = { up: "增长", down: "下降" };

/** The official rate of the row as 同比 writes it, or undefined when none is published. */
export function publishedGrowthPiece(indicator: Indicator, prefix = "同比"): Piece | undefined {
  const rate = publishedRate(indicator);
  if (rate === undefined) return undefined;
  if (isPiece(rate)) return rate;
  return textPiece(rateWords(rate, prefix, GROWTH_WORDS), rate.sources);
}

/** “同比增长16.0%” in other words: prefix 同比 → `prefix`, 增长 / 下降 → the template's words. */
function reword(phrase: string, prefix: string, words: ChangeWords): string {
  if (!phrase.startsWith("同比")) return phrase;
  let rest = phrase.slice(2);
  if (rest.startsWith("增长")) rest = words.up + rest.slice(2);
  else if (rest.startsWith("下降")) rest = words.down + rest.slice(2);
  return prefix + rest;
}

/** {增长(X[, 同比][, 用词=上涨|下降])}. */
function growthWords(call: CallExpression, scope: Scope): Piece {
  const options = callOptions(call, scope, ["用词"]);
  if (isPiece(options)) return options;
  const words = wordsOption(options, scope, GROWTH_WORDS);
  if (isPiece(words)) return words;
  const indicator = indicatorOf({ ...call, args: options.positional.slice(0, 1) }, scope, INDICATOR.estimate);
  if (isPiece(indicator)) return indicator;
  const prefix = comparisonPrefix(options.positional[1], "");
  const published = publishedRate(indicator);
  if (isPiece(published)) return published;
  if (published) return textPiece(rateWords(published, prefix, words), published.sources);
  const estimate = indicatorNumber(indicator, INDICATOR.estimate);
  if (!estimate.ok) return estimate.piece;
  const lastYear = indicatorNumber(indicator, INDICATOR.lastYear);
  if (!lastYear.ok) return lastYear.piece;
  const phrase = growthPhrase(estimate.value, lastYear.value, growthFormat(indicator.row));
  return textPiece(reword(phrase, prefix, words), sources(estimate.source, lastYear.source));
}

function sources(...refs: (SourceRef | undefined)[]): SourceRef[] {
  return refs.filter((s): s is SourceRef => s !== undefined);
}

/** {增速(X)} → 5.8% / -4.7%; {增幅(X)} → 4.7% (百分号=无: 4.7). No rate from a base ≤ 0: absent. */
function signedRate(signed: boolean) {
  return (call: CallExpression, scope: Scope): Piece => {
    const options = callOptions(call, scope, ["百分号"]);
    if (isPiece(options)) return options;
    const sign = percentSignOption(options, scope);
    if (isPiece(sign)) return sign;
    const indicator = indicatorOf({ ...call, args: options.positional }, scope, INDICATOR.estimate);
    if (isPiece(indicator)) return indicator;
    const rate = growthRate(indicator);
    if (isPiece(rate)) return rate;
    return textPiece(`${percentText(rate.percent, rate.decimals, signed)}${sign}`, rate.sources);
  };
}

/** Decimals a value shows: its format's, or General's. */
function shownDecimals(value: number, format: string): number {
  const d = decimalsOf(format);
  if (d !== undefined && !format.includes("%")) return d;
  const text = formatGeneral(Math.abs(value));
  const point = text.indexOf(".");
  return point < 0 ? 0 : text.length - point - 1;
}

interface Change {
  /** This year minus last year, rounded to the precision the two cells show. */
  readonly value: number;
  /** Both are rates (单位 % or percentage cells): the change is in 百分点. */
  readonly points: boolean;
  readonly decimals: number;
  readonly format: string;
  readonly unit: string;
  readonly sources: SourceRef[];
}

/** 全年预计 − 上年实际 of the row, in its own unit (or in 百分点 for a rate). */
function changeOf(call: CallExpression, scope: Scope, options: CallOptions): Change | Piece {
  const indicator = indicatorOf({ ...call, args: options.positional.slice(0, 1) }, scope, INDICATOR.estimate);
  if (isPiece(indicator)) return indicator;
  const estimate = indicatorNumber(indicator, INDICATOR.estimate);
  if (!estimate.ok) return estimate.piece;
  const lastYear = indicatorNumber(indicator, INDICATOR.lastYear);
  if (!lastYear.ok) return lastYear.piece;
  const unit = indicatorUnit(indicator);
  const percentCells = estimate.format.includes("%") && lastYear.format.includes("%");
  const points = percentCells || unit.text === "%";
  const scale = percentCells ? 100 : 1;
  const decimals = percentCells
    ? Math.max(decimalsOf(estimate.format) ?? 1, decimalsOf(lastYear.format) ?? 1)
    : Math.max(shownDecimals(estimate.value, estimate.format), shownDecimals(lastYear.value, lastYear.format));
  const value = roundHalfAwayFromZero((estimate.value - lastYear.value) * scale, decimals);
  const sameFormat = estimate.format === lastYear.format && !percentCells ? estimate.format : "General";
  return {
    value,
    points,
    decimals,
    format: sameFormat,
    unit: unit.text,
    sources: sources(estimate.source, lastYear.source, unit.source),
  };
}

function pointsText(change: Change): string {
  return percentText(change.value, Math.max(change.decimals, 1), false);
}

/** {增减(X[, 较上年][, 用词=增加|减少])} → 比上年增加12.30亿元 / 比上年减少… / 与上年持平. */
function changeWords(call: CallExpression, scope: Scope): Piece {
  const options = callOptions(call, scope, ["用词"]);
  if (isPiece(options)) return options;
  const change = changeOf(call, scope, options);
  if (isPiece(change)) return change;
  const words = wordsOption(
    options,
    scope,
    change.points ? { up: "提高", down: "回落" } : { up: "增加", down: "减少" },
  );
  if (isPiece(words)) return words;
  const prefix = comparisonPrefix(options.positional[1], "比上年");
  if (change.value === 0) return textPiece(levelPhrase(options.positional[1]), change.sources);
  const word = change.value > 0 ? words.up : words.down;
  if (change.points) return textPiece(`${prefix}${word}${pointsText(change)}个百分点`, change.sources);
  const amount = numberPiece(Math.abs(change.value), change.format === "General" ? "General" : change.format);
  return textPiece(`${prefix}${word}${amount.text}${change.unit}`, change.sources);
}

/**
 * {差额(X)} → 12.30: the size of the change, to be worded by the template. Zero: absent.
 * {差额(A, B)} of two values (城乡居民收入差额) is {差(A, B)}.
 */
function difference(call: CallExpression, scope: Scope): Piece {
  if (call.args.length === 2 && call.args.every((a) => !a.operator)) return gapSize(call, scope);
  const options = callOptions(call, scope, []);
  if (isPiece(options)) return options;
  const change = changeOf(call, scope, options);
  if (isPiece(change)) return change;
  const piece = change.points
    ? textPiece(pointsText(change), change.sources, { number: Math.abs(change.value) })
    : { ...numberPiece(Math.abs(change.value), change.format), sources: change.sources };
  return change.value === 0 ? absentPiece(piece) : piece;
}

/** {百分点(X[, 较上年][, 用词=提高|回落])}: the change of a rate. */
function pointChange(call: CallExpression, scope: Scope): Piece {
  const options = callOptions(call, scope, ["用词"]);
  if (isPiece(options)) return options;
  const change = changeOf(call, scope, options);
  if (isPiece(change)) return change;
  const words = wordsOption(options, scope, { up: "提高", down: "回落" });
  if (isPiece(words)) return words;
  const prefix = comparisonPrefix(options.positional[1], "比上年");
  const text = pointsText({ ...change, points: true });
  if (change.value === 0 || showsZero(text)) return textPiece(levelPhrase(options.positional[1]), change.sources);
  return textPiece(`${prefix}${change.value > 0 ? words.up : words.down}${text}个百分点`, change.sources);
}

export const CHANGE_FUNCTIONS: readonly TemplateFunction[] = [
  { name: "增长", aliases: [], minArgs: 0, maxArgs: 3, body: false, evaluate: growthWords },
  { name: "增速", aliases: [], minArgs: 0, maxArgs: 2, body: false, evaluate: signedRate(true) },
  { name: "增幅", aliases: ["降幅"], minArgs: 0, maxArgs: 2, body: false, evaluate: signedRate(false) },
  { name: "增减", aliases: ["增减额"], minArgs: 0, maxArgs: 3, body: false, evaluate: changeWords },
  { name: "差额", aliases: [], minArgs: 0, maxArgs: 2, body: false, evaluate: difference },
  { name: "百分点", aliases: [], minArgs: 0, maxArgs: 3, body: false, evaluate: pointChange },
];
