/**
 * Strings the plan writes are text, always. Excel reads a string written to `range.values` as a
 * formula when it begins with "=" (and, per the Office.js docs, "+" or "-"), and turns numbers,
 * booleans, dates, percentages and error literals into those types. A leading apostrophe makes
 * Excel store the rest as text; a cell formatted "@" stores what it is given verbatim.
 */
import type { PlanValue } from "../core/plan";

/** Strings Excel could read as something other than text (conservative: when in doubt, guard). */
const RISKY_START = /^[=+\-@'#$¥￥€£(.\s\d０-９＋－．＝＠]/;
const RISKY_WHOLE = /^(true|false)$/i;
const MONTH_NAME = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

export function needsTextGuard(text: string): boolean {
  return RISKY_START.test(text) || RISKY_WHOLE.test(text) || MONTH_NAME.test(text);
}

/** Thrown for a plan value that cannot be written as it is (a programming mistake). */
export class PlanValueError extends Error {
  readonly code = "plan-value";
  constructor(message: string) {
    super(message);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "PlanValueError";
  }
}

/**
 * The value to put in `range.values` for a plan value: null clears (""), numbers and booleans
 * stay, strings become guarded text unless the cell is known to be formatted as text ("@").
 */
export function toCellValue(value: PlanValue, textFormatted: boolean): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "number") {
    if (!isFinite(value)) throw new PlanValueError(`non-finite number in a plan: ${String(value)}`);
    return value;
  }
  if (typeof value === "boolean") return value;
  if (value === "" || textFormatted) return value;
  return needsTextGuard(value) ? `'${value}` : value;
}
