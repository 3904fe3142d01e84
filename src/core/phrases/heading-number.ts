/**
 * Heading numbers of a 公文 (GB/T 9704, conventions.md): 一、 for the first level, （一） for the
 * second, 1. for the third. A template that writes {序号} in its headings gets them counted over
 * the headings that are written, so a section left out for want of data leaves no gap.
 */
import type { ParagraphLevel } from "../document";

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (up to 99). */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : DIGITS[tens]}十${ones === 0 ? "" : DIGITS[ones]}`;
}

/** The number of the `n`-th heading (one-based) of `level`: 一、 / （一） / 1.; "" for other levels. */
export function headingNumber(level: ParagraphLevel, n: number): string {
  switch (level) {
    case "一级":
      return `${chineseNumeral(n)}、`;
    case "二级":
      return `（${chineseNumeral(n)}）`;
    case "三级":
      return `${n}.`;
    case "标题":
    case "正文":
      return "";
    default: {
      const unreachable: never = level;
      return unreachable;
    }
  }
}

/** What {序号} writes until the document knows which headings it keeps (a private-use character). */
export const HEADING_NUMBER_TOKEN = "\uE010";
