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

/**
 * Excel's General format for report text: up to 11 characters of digits like a default-width
 * cell, but never in scientific notation (a report does not say 1.2E+11), and no binary noise.
 */
export function formatGeneral(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const d = toDecimal(value);
  const intDigits = Math.max(d.pointAt, 1);
  const decimals = Math.max(0, Math.min(15 - d.pointAt, 10 - intDigits));
  const r = roundDecimal(d, decimals);
  const frac = r.frac.replace(/0+$/, "");
  if (frac === "" && r.int === "0" && d.digits !== "" && decimals < 15 && d.pointAt < -8) {
    // a tiny value General would show in E notation: keep its significant digits instead
    const exact = roundDecimal(d, 15 - d.pointAt);
    return `${exact.negative ? "-" : ""}0.${exact.frac.replace(/0+$/, "")}`;
  }
  return `${r.negative ? "-" : ""}${r.int}${frac ? `.${frac}` : ""}`;
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
