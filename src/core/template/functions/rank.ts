/**
 * Ranks, from the 位次 and 上年位次 columns of 主要指标 (smaller is better):
 *  {位次(X)}      第3位 (全市排名第3位)
 *  {位次变化(X)}  比上年前移2位 / 比上年后移1位 / 与上年持平 (较上年 …, 用词=上升|下降)
 */
import { formatGeneral } from "../../format-number";
import { absentPiece, textPiece, type Piece } from "../piece";
import type { CallExpression } from "../template-ast";
import type { TemplateFunction } from "../template-functions";
import type { Scope } from "../template-scope";
import { callOptions, comparisonPrefix, levelPhrase, isPiece, wordsOption } from "./call-options";
import { INDICATOR, indicatorNumber, indicatorOf } from "./indicator-rates";

/** {位次(X)} → 第3位 (居全市第{位次(X)}位 → 居全市第3位: see Piece.ordinal). */
function rank(call: CallExpression, scope: Scope): Piece {
  const indicator = indicatorOf(call, scope, INDICATOR.rank);
  if (isPiece(indicator)) return indicator;
  const n = indicatorNumber(indicator, INDICATOR.rank);
  if (!n.ok) return n.piece;
  return textPiece(`第${formatGeneral(n.value)}位`, n.source ? [n.source] : [], { number: n.value, ordinal: true });
}

/** {位次变化(X[, 较上年][, 用词=前移|后移])}. */
function rankChange(call: CallExpression, scope: Scope): Piece {
  const options = callOptions(call, scope, ["用词"]);
  if (isPiece(options)) return options;
  const words = wordsOption(options, scope, { up: "前移", down: "后移" });
  if (isPiece(words)) return words;
  const indicator = indicatorOf({ ...call, args: options.positional.slice(0, 1) }, scope, INDICATOR.rank);
  if (isPiece(indicator)) return indicator;
  const now = indicatorNumber(indicator, INDICATOR.rank);
  if (!now.ok) return now.piece;
  const before = indicatorNumber(indicator, INDICATOR.lastRank);
  if (!before.ok) return before.piece;
  const sources = [now.source, before.source].filter((s) => s !== undefined);
  const moved = before.value - now.value;
  if (moved === 0) return textPiece(levelPhrase(options.positional[1]), sources);
  const prefix = comparisonPrefix(options.positional[1], "比上年");
  const piece = textPiece(`${prefix}${moved > 0 ? words.up : words.down}${formatGeneral(Math.abs(moved))}位`, sources);
  return Number.isFinite(moved) ? piece : absentPiece(piece);
}

export const RANK_FUNCTIONS: readonly TemplateFunction[] = [
  { name: "位次", aliases: ["排名"], minArgs: 0, maxArgs: 1, body: false, evaluate: rank },
  { name: "位次变化", aliases: ["排名变化"], minArgs: 0, maxArgs: 3, body: false, evaluate: rankChange },
];
