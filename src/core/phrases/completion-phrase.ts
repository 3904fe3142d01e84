/**
 * Completion of the annual target and the 序时进度 comparison (conventions.md): the completion as
 * a percentage with its % sign, and for a cumulative figure part-way through the year the gap to
 * the share of the year elapsed, in 百分点 with one decimal.
 */
import { formatNumber } from "../format-number";
import { scheduleProgress } from "../metrics";
import { DEFAULT_RATE_FORMAT, showsZero } from "./growth-phrase";

/** Format of a gap in 百分点: one decimal. */
export const POINTS_FORMAT = "0.0";

/** "104.7%" for 52.36 of 50. The caller guarantees target > 0. */
export function completionPhrase(value: number, target: number, rateFormat: string = DEFAULT_RATE_FORMAT): string {
  return formatNumber(value / target, rateFormat);
}

/**
 * "完成年度任务的84.1%，超序时进度0.8个百分点" (or 低于序时进度…个百分点, or 与序时进度持平 when the
 * gap rounds to zero). The gap is computed from unrounded values and rounded only for display.
 */
export function schedulePhrase(
  cumulative: number,
  target: number,
  month: number,
  rateFormat: string = DEFAULT_RATE_FORMAT,
): string {
  const head = `完成年度任务的${formatNumber(cumulative / target, rateFormat)}`;
  return `${head}，${scheduleGapPhrase(cumulative, target, month)}`;
}

/**
 * The comparison alone: "超序时进度3.4个百分点" / "低于序时进度0.7个百分点" / "与序时进度持平" —
 * for figures the template sets against their plan itself (a list's 完成投资 against 年度计划投资).
 */
export function scheduleGapPhrase(done: number, planned: number, month: number): string {
  const gapPoints = (done / planned - scheduleProgress(month)) * 100;
  const gap = formatNumber(Math.abs(gapPoints), POINTS_FORMAT);
  if (showsZero(gap)) return "与序时进度持平";
  return gapPoints > 0 ? `超序时进度${gap}个百分点` : `低于序时进度${gap}个百分点`;
}
