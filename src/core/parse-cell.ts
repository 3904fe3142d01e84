/**
 * Raw cell → typed content, once. Everything downstream switches on `kind` and never looks at
 * the raw value again. Excel's own formulas treat text as a non-number, so "52.36" typed as text
 * is not a number here either: it is a `textNumber`, which validation reports at its cell.
 */
import { EXCEL_ERRORS, type RawCell } from "./raw-cell";

export type ParsedCell =
  | { readonly kind: "blank" }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "boolean"; readonly value: boolean }
  /** "—", "-", "/", "无": the clause is left out, no error. */
  | { readonly kind: "notApplicable"; readonly text: string }
  /** A number stored as text: "52.36", "1,200". */
  | { readonly kind: "textNumber"; readonly text: string; readonly value: number }
  /** Full-width digits: "５２．３６". */
  | { readonly kind: "fullWidthNumber"; readonly text: string; readonly value: number }
  /** A value with its unit typed in: "52亿元", "16%". `value` is the number as typed. */
  | { readonly kind: "numberWithUnit"; readonly text: string; readonly value: number; readonly unit: string }
  /** An Excel error value: "#DIV/0!", "#N/A" …; also a non-finite number. */
  | { readonly kind: "excelError"; readonly text: string }
  /**
   * A formula saved without its result (a file written by a program, never recalculated): its
   * value is unknown, not blank. Excel itself always has a result; only files read directly do.
   */
  | { readonly kind: "formulaWithoutResult"; readonly formula: string }
  | { readonly kind: "text"; readonly text: string };

export type ParsedCellKind = ParsedCell["kind"];

export const NOT_APPLICABLE_MARKERS: readonly string[] = ["—", "——", "-", "－", "–", "/", "／", "无"];

const PLAIN_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[+-]?\.\d+$/;
const NUMBER_THEN_UNIT = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*([%‰]|[\u4e00-\u9fffA-Za-z㎡²]{1,6})$/;
const FULL_WIDTH = /[\uFF10-\uFF19\uFF0E\uFF0C\uFF05\uFF0B\uFF0D]/;

/** Maps full-width digits and signs to ASCII (０→0, ．→., ，→,, ％→%, ＋→+, －→-). */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ");
}

function toNumber(text: string): number {
  return Number(text.replace(/,/g, ""));
}

const BLANK: ParsedCell = { kind: "blank" };
const LONGEST_MARKER = Math.max(...NOT_APPLICABLE_MARKERS.map((m) => m.length));

/**
 * Whether text starting with this character can be a number in any form: every Excel error starts
 * with "#", and PLAIN_NUMBER and NUMBER_THEN_UNIT (also after full-width → half-width, which maps
 * the first character alone) need a sign, a digit or a point first. Lets ordinary text skip the
 * regular expressions (most cells of a large table are text).
 */
function mayBeNumberOrError(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) || // 0-9
    code === 0x2b || // +
    code === 0x2d || // -
    code === 0x2e || // .
    code === 0x23 || // #
    (code >= 0xff10 && code <= 0xff19) || // ０-９
    code === 0xff0b || // ＋
    code === 0xff0d || // －
    code === 0xff0e // ．
  );
}

/**
 * Classifies one raw cell. Pure and total: every input gives a result, nothing throws. `formula`
 * is the cell's formula where the adapter read one: a formula whose value is null (not "", which a
 * formula can return) was saved without a result.
 */
export function parseCell(raw: RawCell | undefined, formula?: RawCell): ParsedCell {
  if (raw === null || raw === undefined) {
    return typeof formula === "string" && formula.charAt(0) === "=" ? { kind: "formulaWithoutResult", formula } : BLANK;
  }
  if (typeof raw === "number") {
    return Number.isFinite(raw) ? { kind: "number", value: raw } : { kind: "excelError", text: "#NUM!" };
  }
  if (typeof raw === "boolean") return { kind: "boolean", value: raw };
  if (typeof raw !== "string") return { kind: "text", text: String(raw) };

  const text = raw.trim();
  if (text === "") return BLANK;
  const first = text.charCodeAt(0);
  if (first === 0x23 && EXCEL_ERRORS.includes(text.toUpperCase())) return { kind: "excelError", text };
  if (text.length <= LONGEST_MARKER && NOT_APPLICABLE_MARKERS.includes(text)) return { kind: "notApplicable", text };
  if (!mayBeNumberOrError(first)) return { kind: "text", text: raw };
  if (PLAIN_NUMBER.test(text)) return { kind: "textNumber", text: raw, value: toNumber(text) };

  if (FULL_WIDTH.test(text)) {
    const half = toHalfWidth(text).trim();
    if (PLAIN_NUMBER.test(half)) return { kind: "fullWidthNumber", text: raw, value: toNumber(half) };
    const withUnit = NUMBER_THEN_UNIT.exec(half);
    if (withUnit?.[1] && withUnit[2]) {
      return { kind: "numberWithUnit", text: raw, value: toNumber(withUnit[1]), unit: withUnit[2] };
    }
    return { kind: "text", text: raw };
  }

  const withUnit = NUMBER_THEN_UNIT.exec(text);
  if (withUnit?.[1] && withUnit[2]) {
    return { kind: "numberWithUnit", text: raw, value: toNumber(withUnit[1]), unit: withUnit[2] };
  }
  return { kind: "text", text: raw };
}

/** The number of a cell that holds a real number; undefined for anything else (as Excel's ISNUMBER). */
export function numberOf(cell: ParsedCell): number | undefined {
  return cell.kind === "number" ? cell.value : undefined;
}

/** True for the kinds that are a number typed the wrong way (fixable by "convert to number"). */
export function isConvertibleToNumber(cell: ParsedCell): cell is Extract<ParsedCell, { value: number; text: string }> {
  return cell.kind === "textNumber" || cell.kind === "fullWidthNumber";
}

/** The text a text column holds: strings trimmed, numbers in General form, booleans as Excel shows them. */
export function textOf(cell: ParsedCell, formatGeneral: (n: number) => string): string {
  switch (cell.kind) {
    case "blank":
    case "formulaWithoutResult":
      return "";
    case "number":
      return formatGeneral(cell.value);
    case "boolean":
      return cell.value ? "TRUE" : "FALSE";
    case "notApplicable":
    case "textNumber":
    case "fullWidthNumber":
    case "numberWithUnit":
    case "excelError":
    case "text":
      return cell.text.trim();
    default: {
      const unreachable: never = cell;
      return unreachable;
    }
  }
}

/** How a raw value is quoted in a message: “52亿元”. Long values are shortened so messages stay readable. */
export function quoteRaw(raw: RawCell | undefined): string {
  if (raw === null || raw === undefined) return "（空白）";
  // numbers in E notation as Excel writes them (1E+300, not 1e+300)
  const text =
    typeof raw === "boolean"
      ? raw
        ? "TRUE"
        : "FALSE"
      : typeof raw === "number"
        ? String(raw).toUpperCase()
        : String(raw);
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return `“${shown}”`;
}
