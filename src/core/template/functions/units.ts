/**
 * {换算(值, 单位[, 位数=N])}: an amount restated in another unit, written with that unit —
 * {换算(规模以上工业总产值.全年预计, 亿元)} → 111.2亿元 for 1112000万元. The source's unit is the
 * indicator's or 数据项's 单位, the row's 投资单位, or the header's （万元）. The result keeps the
 * precision the source shows (1万元 is 0.0001亿元; trailing zeros go) unless 位数 says otherwise;
 * 元 and 美元 convert through the 参数 美元汇率. The unit asked for stays: other amounts of the
 * sentence are not allowed to restate it (实际利用外资1860万美元 beside 进出口总额4.76亿美元).
 */
import { roundHalfAwayFromZero } from "../../format-number";
import { convertAmount, convertedDecimals, needsUsdRate } from "../../phrases/unit-conversion";
import { parameterNumber } from "../data-access";
import { fixedUnitToken } from "../quantities";
import { textPiece, type Piece } from "../piece";
import type { CallExpression } from "../template-ast";
import type { TemplateFunction } from "../template-functions";
import { templateError, type Scope } from "../template-scope";
import { callOptions, decimalsOption, isPiece } from "./call-options";
import { numericArg } from "./values";

function fixed(decimals: number): string {
  return decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
}

/** The amount `value` (in `from`) as a token in `to`, with the unit written after it. */
export function convertedPiece(
  value: number,
  decimals: number,
  from: string,
  to: string,
  scope: Scope,
  at: number,
  wanted?: number,
): Piece {
  let rate: number | undefined;
  const sources = [];
  if (needsUsdRate(from, to)) {
    const r = parameterNumber(scope.data, "美元汇率");
    if (!r.ok) return r.piece.fallback ?? r.piece;
    rate = r.value;
    if (r.source) sources.push(r.source);
  }
  const converted = convertAmount(value, from, to, rate);
  if (!converted.ok) {
    return templateError(scope, "template-bad-argument", `无法把${from}换算成${to}`, at);
  }
  const shown = wanted ?? convertedDecimals(decimals, from, to);
  const rounded = roundHalfAwayFromZero(converted.value, shown);
  // the unit the template asked for stays, whatever other amounts of the sentence are in
  return textPiece(
    `${fixedUnitToken(rounded, wanted === undefined ? "General" : fixed(wanted), wanted !== undefined)}${to}`,
    sources,
    {
      number: rounded,
    },
  );
}

/** {换算(X.全年预计, 亿元)}. */
function convert(call: CallExpression, scope: Scope): Piece {
  const options = callOptions(call, scope, ["位数"]);
  if (isPiece(options)) return options;
  const [what, unitArg] = options.positional;
  if (!what || !unitArg || options.positional.length > 2) {
    return templateError(
      scope,
      "template-bad-argument",
      "换算需要一个值和目标单位，如{换算(规模以上工业总产值.全年预计, 亿元)}",
      call.span.start,
    );
  }
  const decimals = decimalsOption(options, scope);
  if (isPiece(decimals)) return decimals;
  const value = numericArg(what, scope);
  if (isPiece(value)) return value;
  const to = unitArg.name.join(".");
  if (!value.unit) {
    return templateError(
      scope,
      "template-bad-argument",
      what.call?.name === "比值"
        ? `比值没有单位，无法换算（每亩、每人等的比值请写 {比值(甲, 乙, 单位=公斤/亩)}）`
        : `不知道“${what.name.join(".")}”的单位，无法换算（请在“单位”列或表头中写明单位）`,
      what.span.start,
    );
  }
  const piece = convertedPiece(value.value, value.decimals, value.unit, to, scope, unitArg.span.start, decimals);
  return piece.issues.length > 0 || piece.absent ? piece : { ...piece, sources: [...value.sources, ...piece.sources] };
}

export const UNIT_FUNCTIONS: readonly TemplateFunction[] = [
  { name: "换算", aliases: [], minArgs: 2, maxArgs: 3, body: false, evaluate: convert },
];
