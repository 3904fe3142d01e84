/**
 * The reporting period in words (conventions.md): part-way through the year figures are 1—N月份
 * cumulative and the full year is an estimate (预计); at year end (截至月份 = 12) it is 全年, and
 * what is stated is done, not expected.
 */

/** True when the data run to December: the year is over and its figures are actuals. */
export function isYearEnd(month: number): boolean {
  return month >= 12;
}

/** Quarters as officials name them: 一季度, 上半年, 前三季度. */
const QUARTER_NAMES: Readonly<Record<number, string>> = { 3: "一季度", 6: "上半年", 9: "前三季度" };

/** 1—10月份 with a 一字线 (U+2014); 1月份 for January; 一季度 / 上半年 / 前三季度; 全年 at year end. */
export function periodName(month: number): string {
  if (isYearEnd(month)) return "全年";
  return QUARTER_NAMES[month] ?? (month === 1 ? "1月份" : `1\u2014${month}月份`);
}

/** How a sentence of full-year figures opens: 预计到12月底，(an estimate) or 全年 (year end). */
export function estimateLead(month: number): string {
  return isYearEnd(month) ? "全年" : "预计到12月底，";
}
