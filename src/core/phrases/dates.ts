/**
 * Dates as 公文 write them: 9月4日 within the report's year, 2023年9月4日 otherwise (or as the
 * template asks). A date comes from an Excel day number in a cell with a date format, or from text
 * typed in one of the usual ways (2023-09-04, 2023/9/4, 2023.9.4, 2023年9月4日).
 */

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** How a date is written: 自动 (the year only when it is not the report's), 年月日, 月日, 年月. */
export type DateStyle = "自动" | "年月日" | "月日" | "年月";

export const DATE_STYLES: readonly DateStyle[] = ["自动", "年月日", "月日", "年月"];

const DAY_MS = 86400000;

/** The calendar date of an Excel day number (1900 date system); undefined outside 1900–9999. */
export function dateOfSerial(serial: number): DateParts | undefined {
  if (!(serial >= 1) || serial >= 2958466) return undefined;
  const day = Math.floor(serial);
  // Excel counts the nonexistent 1900-02-29 as day 60
  if (day === 60) return { year: 1900, month: 2, day: 29 };
  const d = new Date(Date.UTC(1899, 11, day < 60 ? 31 : 30) + day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const DATE_TEXT = /^\s*(\d{4})\s*(?:[-/.．／－]|年)\s*(\d{1,2})\s*(?:[-/.．／－]|月)\s*(\d{1,2})\s*日?\s*$/;

/** A date typed as text: 2023-09-04, 2023/9/4, 2023.9.4, 2023年9月4日 (a real calendar day). */
export function parseDateText(text: string): DateParts | undefined {
  const half = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const m = DATE_TEXT.exec(half);
  if (!m) return undefined;
  const parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const check = new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
  const real =
    check.getUTCFullYear() === parts.year &&
    check.getUTCMonth() === parts.month - 1 &&
    check.getUTCDate() === parts.day;
  return real ? parts : undefined;
}

/** A number that orders dates: 20230904. */
export function dateOrdinal(date: DateParts): number {
  return date.year * 10000 + date.month * 100 + date.day;
}

/** 9月4日 / 2023年9月4日 / 2023年9月; 自动 writes the year only when it differs from `reportYear`. */
export function datePhrase(date: DateParts, style: DateStyle, reportYear?: number): string {
  const monthDay = `${date.month}月${date.day}日`;
  switch (style) {
    case "自动":
      return reportYear !== undefined && date.year === reportYear ? monthDay : `${date.year}年${monthDay}`;
    case "年月日":
      return `${date.year}年${monthDay}`;
    case "月日":
      return monthDay;
    case "年月":
      return `${date.year}年${date.month}月`;
    default: {
      const unreachable: never = style;
      return unreachable;
    }
  }
}
