/**
 * Completion of target, year-on-year growth and 序时进度, with exactly the semantics of the
 * computed-column formulas (see formulas.ts): a rate exists only when both inputs are real
 * numbers and the divisor is > 0. Inputs are unrounded; rounding happens only for display.
 * A quotient beyond the largest double (a huge value over a tiny divisor) is no rate either:
 * Excel shows #NUM! there, and no text may say "Infinity".
 */
import { numberOf, type ParsedCell } from "./parse-cell";

/** 全年预计 ÷ 年度任务; undefined unless both are numbers and the target is > 0. */
export function completionRate(estimate: ParsedCell, target: ParsedCell): number | undefined {
  return ratio(numberOf(estimate), numberOf(target));
}

/** 全年预计 ÷ 上年实际 − 1; undefined unless both are numbers and the base is > 0. */
export function growthRate(estimate: ParsedCell, lastYear: ParsedCell): number | undefined {
  const r = ratio(numberOf(estimate), numberOf(lastYear));
  return r === undefined ? undefined : r - 1;
}

/** 序时进度: the share of the year elapsed by the end of month `month` (1–12). */
export function scheduleProgress(month: number): number {
  return month / 12;
}

function ratio(numerator: number | undefined, denominator: number | undefined): number | undefined {
  if (numerator === undefined || denominator === undefined) return undefined;
  if (!(denominator > 0)) return undefined;
  const quotient = numerator / denominator;
  return Number.isFinite(quotient) ? quotient : undefined;
}

/** True when both are numbers, the divisor is > 0 and yet the quotient is too large for a double (#NUM! in Excel). */
export function quotientOverflows(numerator: ParsedCell, denominator: ParsedCell): boolean {
  const n = numberOf(numerator);
  const d = numberOf(denominator);
  return n !== undefined && d !== undefined && d > 0 && !Number.isFinite(n / d);
}

/** Why a growth rate is absent — the wording differs for each (conventions.md). */
export type NoGrowthReason = "missingValue" | "zeroBase" | "negativeBase";

export function noGrowthReason(estimate: ParsedCell, lastYear: ParsedCell): NoGrowthReason | undefined {
  const e = numberOf(estimate);
  const b = numberOf(lastYear);
  if (e === undefined || b === undefined) return "missingValue";
  if (b === 0) return "zeroBase";
  if (b < 0) return "negativeBase";
  return undefined;
}
