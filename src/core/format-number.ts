/**
 * Renders a number as a spreadsheet shows it under a number format, so the report says exactly
 * what the cell shows. Excel rounds half away from zero on the value's 15-significant-digit
 * decimal form: 1.005 → "1.01" with 0.00, although the binary double is 1.00499999…; formatters
 * that round the double (SheetJS ssf, Number.prototype.toFixed) get such cases wrong.
 */

/** A non-negative decimal as a digit string and the position of the decimal point. */
interface Decimal {
  readonly negative: boolean;
  /** Digits without leading zeros ("" for zero). */
  readonly digits: string;
  /** Number of digits before the decimal point (may be ≤ 0 or > digits.length). */
  readonly pointAt: number;
}

/** The value's decimal form at 15 significant digits, as Excel stores and shows it. */
function toDecimal(value: number): Decimal {
  const negative = value < 0;
  const abs = Math.abs(value);
  if (abs === 0) return { negative: false, digits: "", pointAt: 1 };
  const [mantissa = "0", exp = "0"] = abs.toExponential(14).split("e");
  const digits = mantissa.replace(".", "").replace(/0+$/, "");
  return { negative, digits, pointAt: Number(exp) + 1 };
}

function shift(d: Decimal, places: number): Decimal {
  return { ...d, pointAt: d.pointAt + places };
}

/** Rounds half away from zero to `decimals` places; returns integer and fraction digit strings. */
function roundDecimal(d: Decimal, decimals: number): { negative: boolean; int: string; frac: string } {
  const keep = d.pointAt + decimals; // how many digits of `digits` survive
  let digits = d.digits;
  let pointAt = d.pointAt;
  if (keep < 0) {
    digits = "";
  } else if (keep < digits.length) {
    const roundUp = digits.charCodeAt(keep) - 48 >= 5;
    digits = digits.slice(0, keep);
    if (roundUp) {
      // add one at the last kept digit, carrying to the left
      const arr = digits.split("").map(Number);
      let i = arr.length - 1;
      while (i >= 0) {
        const next = (arr[i] ?? 0) + 1;
        if (next < 10) {
          arr[i] = next;
          break;
        }
        arr[i] = 0;
        i--;
      }
      if (i < 0) {
        arr.unshift(1);
        pointAt += 1;
      }
      digits = arr.join("");
    }
  }
  // lay digits out around the point
  let int: string;
  let frac: string;
  if (pointAt <= 0) {
    int = "0";
    frac = "0".repeat(-pointAt) + digits;
  } else if (pointAt >= digits.length) {
    int = digits + "0".repeat(pointAt - digits.length);
    frac = "";
  } else {
    int = digits.slice(0, pointAt);
    frac = digits.slice(pointAt);
  }
  int = int.replace(/^0+(?=\d)/, "") || "0";
  frac = (frac + "0".repeat(decimals)).slice(0, decimals);
  const isZero = /^0*$/.test(int) && /^0*$/.test(frac);
  return { negative: d.negative && !isZero, int, frac };
}

function group(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** One section of a number format, reduced to what a report needs. */
interface NumberPattern {
  readonly prefix: string;
  readonly suffix: string;
  readonly grouping: boolean;
  readonly minIntDigits: number;
  readonly minDecimals: number;
  readonly maxDecimals: number;
  readonly percent: boolean;
}

/** Strips quotes, escapes, colours, conditions and padding, leaving the literal text. */
function literal(text: string): string {
  return text
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_./g, "")
    .replace(/\*./g, "")
    .replace(/\\(.)/g, "$1")
    .replace(/"([^"]*)"/g, "$1");
}

const PATTERN = /^(.*?)([#0,]*0|#[#,]*)(?:\.(0*)(#*))?(.*)$/;

function parsePattern(section: string): NumberPattern | null {
  // quoted text may contain 0 or #; take it out before looking for placeholders
  const placeholders = section.replace(/"[^"]*"/g, (q) => q.replace(/[0#.,%]/g, "\u0001"));
  const m = PATTERN.exec(placeholders.replace(/\[[^\]]*\]/g, (b) => "\u0002".repeat(b.length)));
  if (!m) return null;
  const before = section.slice(0, (m[1] ?? "").length);
  const intPart = m[2] ?? "";
  const zeros = m[3] ?? "";
  const hashes = m[4] ?? "";
  const afterStart = section.length - (m[5] ?? "").length;
  const after = section.slice(afterStart);
  if (/[yYmMdDhHsS@E]/.test(literal(before) + literal(after).replace(/%/g, ""))) return null;
  return {
    prefix: literal(before),
    suffix: literal(after),
    grouping: intPart.includes(","),
    minIntDigits: (intPart.match(/0/g) ?? []).length,
    minDecimals: zeros.length,
    maxDecimals: zeros.length + hashes.length,
    percent: after.includes("%") || before.includes("%"),
  };
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format.charAt(i);
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && i + 1 < format.length) {
      current += ch + format.charAt(++i);
      continue;
    }
    if (ch === ";" && !quoted) {
      sections.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  sections.push(current);
  return sections;
}

function renderPattern(value: number, p: NumberPattern, signed: boolean): string {
  const d = toDecimal(value);
  const r = roundDecimal(p.percent ? shift(d, 2) : d, p.maxDecimals);
  let frac = r.frac;
  while (frac.length > p.minDecimals && frac.endsWith("0")) frac = frac.slice(0, -1);
  let int = r.int;
  if (int === "0" && p.minIntDigits === 0) int = "";
  if (int.length < p.minIntDigits) int = "0".repeat(p.minIntDigits - int.length) + int;
  if (p.grouping) int = group(int);
  const body = frac.length > 0 ? `${int}.${frac}` : int;
  return `${signed && r.negative ? "-" : ""}${p.prefix}${body}${p.suffix}`;
}

/** Characters a General cell of Excel's default width shows (one more for a minus sign). */
const GENERAL_WIDTH = 11;

/** Scientific notation as Excel's General writes it: "1.23457E+11", "1E+308", "1.234E-10". */
function generalScientific(d: Decimal): string {
  // six significant digits at most, trailing zeros left out, the exponent with two digits at least
  const r = roundDecimal({ ...d, pointAt: 1 }, 5);
  let exponent = d.pointAt - 1;
  let int = r.int;
  let frac = r.frac;
  if (int === "10") {
    // 9.999995 rounds up to 10.00000: one more power of ten
    int = "1";
    frac = "00000";
    exponent += 1;
  }
  frac = frac.replace(/0+$/, "");
  const e = Math.abs(exponent);
  return `${d.negative ? "-" : ""}${int}${frac ? `.${frac}` : ""}E${exponent < 0 ? "-" : "+"}${e < 10 ? "0" : ""}${e}`;
}

/**
 * Excel's General format as a cell of the default width shows it: up to 11 characters of digits
 * (rounded, no binary noise), and scientific notation for what does not fit — a number of 12 or
 * more digits (123456789012 → 1.23457E+11, 1e308 → 1E+308) or a tiny one (1e-300 → 1E-300).
 */
export function formatGeneral(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const d = toDecimal(value);
  if (d.digits === "") return "0";
  const width = GENERAL_WIDTH + (d.negative ? 1 : 0);
  const exponent = d.pointAt - 1;
  if (exponent >= GENERAL_WIDTH) return generalScientific(d);
  const intDigits = Math.max(d.pointAt, 1);
  // 0.000001234 fits in 11 characters; 1.234E-10 does not, nor does anything that rounds to 0
  const decimals = Math.max(0, Math.min(15 - d.pointAt, GENERAL_WIDTH - 1 - intDigits));
  const r = roundDecimal(d, decimals);
  const frac = r.frac.replace(/0+$/, "");
  const fixed = `${r.negative ? "-" : ""}${r.int}${frac ? `.${frac}` : ""}`;
  if (exponent <= -5 && (fixed === "0" || fixed === "-0" || /^-?0\.0*$/.test(fixed))) return generalScientific(d);
  if (exponent <= -5 && significantDigits(fixed) < Math.min(significantDigits(generalScientific(d)), d.digits.length)) {
    return generalScientific(d);
  }
  return fixed.length <= width || exponent < 0 ? fixed : generalScientific(d);
}

/** How many significant digits a number as written shows. */
function significantDigits(text: string): number {
  const mantissa = text.replace(/^-/, "").split("E")[0] ?? "";
  return mantissa.replace(".", "").replace(/^0+/, "").length;
}

/**
 * `value` shown under `format` as a spreadsheet cell shows it. Supports General and number
 * patterns with 0/#, thousands separators, decimals, percent, literal text and a negative section;
 * a format this function cannot read (dates, text "@", scientific) falls back to General.
 */
export function formatNumber(value: number, format: string | null | undefined): string {
  if (!Number.isFinite(value)) return String(value);
  const fmt = (format ?? "").trim();
  if (fmt === "" || /^general$/i.test(fmt) || fmt === "@" || /^G\/通用格式$/.test(fmt)) return formatGeneral(value);
  const sections = splitSections(fmt);
  const useNegative = value < 0 && sections.length >= 2 && (sections[1] ?? "").trim() !== "";
  const zeroSection = value === 0 && sections.length >= 3 ? sections[2] : undefined;
  const section = zeroSection ?? (useNegative ? sections[1] : sections[0]) ?? "";
  const pattern = parsePattern(section);
  if (!pattern) return formatGeneral(value);
  return useNegative ? renderPattern(-value, pattern, false) : renderPattern(value, pattern, true);
}

/** Number of decimals a format shows (percent formats count the digits after the % scale). */
export function decimalsOf(format: string | null | undefined): number | undefined {
  const fmt = (format ?? "").trim();
  if (fmt === "" || /^general$/i.test(fmt)) return undefined;
  const p = parsePattern(splitSections(fmt)[0] ?? "");
  return p ? p.maxDecimals : undefined;
}

/** Rounds half away from zero at `decimals` on the 15-digit decimal form (as Excel's ROUND). */
export function roundHalfAwayFromZero(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const r = roundDecimal(toDecimal(value), decimals);
  const n = Number(`${r.int}${r.frac ? `.${r.frac}` : ""}`);
  return r.negative ? -n : n;
}

/**
 * Whether a number format shows a date or a time (yyyy/m/d, m"月"d"日", h:mm, [h]:mm …): the
 * number in such a cell is a day count, not a figure. Quoted text, escapes, colours, conditions and
 * locale tags are not read; elapsed-time brackets are. Decided once per format: a workbook has a
 * handful of distinct formats and tens of thousands of cells.
 */
export function isDateFormat(format: string | null | undefined): boolean {
  const key = format ?? "";
  const known = dateFormatCache.get(key);
  if (known !== undefined) return known;
  const decided = decideDateFormat(key);
  if (dateFormatCache.size > 1000) dateFormatCache.clear();
  dateFormatCache.set(key, decided);
  return decided;
}

const dateFormatCache = new Map<string, boolean>();

function decideDateFormat(format: string): boolean {
  const fmt = format.trim();
  if (fmt === "" || /^general$/i.test(fmt) || fmt === "@") return false;
  const bare = fmt
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[(h+|m+|s+)\]/gi, "$1")
    .replace(/\[[^\]]*\]/g, "");
  return /[ymdhs]/i.test(bare.replace(/General|G\/通用格式/gi, "").replace(/E[+-]/g, ""));
}

const DAY_MS = 86400000;

/**
 * A day number (1900 date system) as a zh-CN date and time: 44927 → "2023/1/1", 44927.5 →
 * "2023/1/1 12:00", 0.5 → "12:00". Excel counts the nonexistent 1900-02-29 as day 60.
 */
export function formatDateSerial(serial: number): string {
  if (!(serial >= 0) || serial >= 2958466) return formatGeneral(serial);
  const day = Math.floor(serial);
  const minutes = Math.round((serial - day) * 1440);
  const time = minutes > 0 ? `${Math.floor(minutes / 60)}:${minutes % 60 < 10 ? "0" : ""}${minutes % 60}` : "";
  if (day === 0) return time || "0";
  let date: string;
  if (day === 60) date = "1900/2/29";
  else {
    const d = new Date(Date.UTC(1899, 11, day < 60 ? 31 : 30) + day * DAY_MS);
    date = `${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()}`;
  }
  return time ? `${date} ${time}` : date;
}
