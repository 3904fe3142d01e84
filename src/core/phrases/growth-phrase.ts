/**
 * Year-on-year wording (conventions.md, "Statistical wording"). The direction is carried by the
 * word, never by a minus sign; a rate is computed only from a base > 0; growth of 100% or more is
 * written in 倍; a rate that rounds to zero at the shown precision is 与上年持平.
 */
import { formatNumber } from "../format-number";

/** The rate format used when the workbook gives none (one decimal, as conventions.md asks). */
export const DEFAULT_RATE_FORMAT = "0.0%";

/** Format of the 倍 figure: up to two decimals, no trailing zeros (+179% → 1.79倍, +150% → 1.5倍, +100% → 1倍). */
export const TIMES_FORMAT = "0.##";

/** True when `formatted` shows no non-zero digit: "0.0%", "-0.0%", "0". */
export function showsZero(formatted: string): boolean {
  return !/[1-9]/.test(formatted);
}

/**
 * The phrase for a full-year estimate against last year's actual:
 * 同比增长16.0% / 同比下降5.2% / 与上年持平 / 同比增长1.79倍; from a base ≤ 0 no rate at all:
 * 上年同期无此项 (zero base), 扭亏为盈 / 实现盈亏平衡 / 同比减亏 / 同比增亏 (negative base), and 由盈转亏
 * when a positive base turns into a loss (a "下降120%" would be meaningless). Exactly twice and four
 * times last year read 同比翻一番 and 同比翻两番.
 */
export function growthPhrase(estimate: number, lastYear: number, rateFormat: string = DEFAULT_RATE_FORMAT): string {
  if (lastYear === 0) return estimate === 0 ? "与上年持平" : "上年同期无此项";
  if (lastYear < 0) {
    if (estimate > 0) return "扭亏为盈";
    // from a loss to zero the loss is gone, not merely smaller
    if (estimate === 0) return "实现盈亏平衡";
    if (estimate === lastYear) return "与上年持平";
    return estimate > lastYear ? "同比减亏" : "同比增亏";
  }
  if (estimate < 0) return "由盈转亏";
  const rate = estimate / lastYear - 1;
  if (rate >= 1) {
    const times = formatNumber(rate, TIMES_FORMAT).replace(/\.$/, "");
    if (times === "1") return "同比翻一番";
    if (times === "3") return "同比翻两番";
    return `同比增长${times}倍`;
  }
  const shown = formatNumber(Math.abs(rate), rateFormat);
  if (showsZero(shown)) return "与上年持平";
  return rate > 0 ? `同比增长${shown}` : `同比下降${shown}`;
}
