/**
 * Amounts in a paragraph are written last, once the whole paragraph is known, because how one
 * reads depends on the others (conventions.md; a 公文 reviewer's rules):
 *  - amounts of one kind share one unit in a sentence (a list is one): 30000万元 beside 1.2亿元
 *    reads 3亿元, 12000米 beside 8.5公里 reads 12公里; 10,000亿 and more read in 万亿;
 *  - money amounts of one unit in a sentence keep one number of decimals (58.20 … 3.45 … 30.00亿元)
 *    unless the cells' own formats say otherwise; an amount restated in another unit keeps the
 *    precision its source shows (5000万美元 → 0.5亿美元);
 *  - a nonzero amount never reads as zero (0.004 in a 0.00 cell reads 0.004);
 *  - no thousands separators in Chinese text, and no minus sign: a negative amount is a 亏损.
 * While a paragraph is evaluated, each amount is a token holding its value and its cell's number
 * format; `finishQuantities` turns the tokens into text. An amount whose unit the template chose
 * itself ({换算(…, 万美元)}) keeps that unit: it takes part in choosing the sentence's unit for the
 * others but is never restated, so “实际利用外资1860万美元” can stand beside “4.76亿美元”.
 */
import { decimalsOf, formatGeneral, formatNumber } from "../format-number";
import { convertQuantity, magnitudeUnit, unitAtStart, type QuantityUnit } from "../phrases/quantity-units";

const OPEN = "\uE000";
const SEPARATOR = "\uE002";
const CLOSE = "\uE001";
/** Before a token's format: the unit written after it was chosen by the template and stays. */
const FIXED = "\uE003";
const TOKEN = /\uE000([^\uE001\uE002]*)\uE002([^\uE001]*)\uE001/g;

/**
 * Before a token's format: a quantity of its own — an indicator's figure, a 数据项 — as opposed to
 * the rows of one list (拟投资 of each project). In one sentence with others of its family (出口额 in
 * 亿美元, 实际利用外资 in 万美元) it is restated in their larger unit only where it reads as at
 * least one of it (32100万元 → 3.21亿元, 12000米 → 12公里, never 1860万美元 → 0.186亿美元).
 */
const DISTINCT = "\uE004";

/**
 * Before a token's format: the template chose its decimals (位数=1). It keeps them, and the other
 * amounts of its sentence do not take them: “合计1126万元 … 村均62.6万元” (平均…, 位数=1), not 1126.0.
 */
const CHOSEN_DECIMALS = "\uE005";

/** A token whose unit stays as written ({换算(值, 单位)}): see quantityToken. */
export function fixedUnitToken(value: number, format: string, decimalsChosen = false): string {
  return quantityToken(value, FIXED + (decimalsChosen ? CHOSEN_DECIMALS : "") + format);
}

/** A token whose decimals the template chose (位数=N): see CHOSEN_DECIMALS. */
export function chosenDecimalsToken(value: number, format: string): string {
  return quantityToken(value, CHOSEN_DECIMALS + format);
}

/** A token for a quantity of its own (an indicator's figure, a 数据项): see DISTINCT. */
export function distinctToken(value: number, format: string): string {
  return quantityToken(value, DISTINCT + format);
}

/** Where a paragraph's sentences end (a list's items, joined by ；, are one sentence). */
const SENTENCE_END = /[。！？!?]/;

/** More decimals than this never come from unifying General cells (0.0012 beside 58.2 stays apart). */
const MAX_UNIFIED_DECIMALS = 4;

/**
 * The token standing for `value` until the paragraph is finished. Equal values of equal format
 * give equal tokens, so a list can still drop repeated items by their text.
 */
export function quantityToken(value: number, format: string): string {
  return `${OPEN}${String(value)}${SEPARATOR}${format}${CLOSE}`;
}

interface Quantity {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly format: string;
  /** The unit written right after the amount, when it is one this module converts. */
  readonly unit?: QuantityUnit;
  readonly sentence: number;
  /** The template chose the unit ({换算}): never restated. */
  readonly fixed: boolean;
  /** A quantity of its own: restated in a larger unit only as one or more of it. */
  readonly distinct: boolean;
  /** Its decimals were chosen by the template (位数=N): kept, and not given to the others. */
  readonly decimalsChosen: boolean;
}

function isGeneral(format: string): boolean {
  const f = format.trim();
  return f === "" || /^general$/i.test(f) || /^G\/通用格式$/.test(f) || f === "@";
}

/** A format this module may restate: plain digits, no literal text, no percent, no date. */
function isPlainNumberFormat(format: string): boolean {
  if (isGeneral(format)) return true;
  const first = format.split(";")[0] ?? "";
  return /^[#0,]*0?(\.[0#]+)?$/.test(first.trim()) && first.trim() !== "";
}

function decimalsOfGeneral(value: number): number {
  const text = formatGeneral(Math.abs(value));
  const point = text.indexOf(".");
  return point < 0 ? 0 : text.length - point - 1;
}

function fixedFormat(decimals: number): string {
  return decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
}

/** `value` under `format` without thousands separators, never shown as zero unless it is zero. */
function renderPlain(value: number, format: string): string {
  const noGrouping = format.replace(/,(?=[#0])/g, "");
  let text = formatNumber(value, noGrouping);
  if (value === 0 || /[1-9]/.test(text)) return text;
  // 0.004 under 0.00: as many more decimals as it takes to show a digit
  const percent = format.includes("%");
  const shown = decimalsOf(noGrouping) ?? decimalsOfGeneral(value);
  for (let d = shown + 1; d <= 15 && !/[1-9]/.test(text); d++)
    text = formatNumber(value, fixedFormat(d) + (percent ? "%" : ""));
  return text;
}

function scan(text: string): Quantity[] {
  const quantities: Quantity[] = [];
  let sentence = 0;
  let counted = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const start = m.index;
    for (; counted < start; counted++) if (SENTENCE_END.test(text.charAt(counted))) sentence++;
    const end = start + m[0].length;
    const written = m[2] ?? "";
    const markers = /^[\uE003\uE004\uE005]*/.exec(written)?.[0] ?? "";
    const fixed = markers.includes(FIXED);
    const distinct = markers.includes(DISTINCT);
    const decimalsChosen = markers.includes(CHOSEN_DECIMALS);
    const format = written.slice(markers.length);
    const unit = isPlainNumberFormat(format) ? unitAtStart(text.slice(end, end + 6)) : undefined;
    quantities.push({ start, end, value: Number(m[1]), format, unit, sentence, fixed, distinct, decimalsChosen });
  }
  return quantities;
}

/** The unit a sentence states amounts of one family in: the largest one it uses. */
function sentenceUnits(quantities: readonly Quantity[]): Map<string, QuantityUnit> {
  const units = new Map<string, QuantityUnit>();
  for (const q of quantities) {
    if (!q.unit) continue;
    const key = `${q.sentence}|${q.unit.family}`;
    const chosen = units.get(key);
    if (!chosen || q.unit.power > chosen.power) units.set(key, q.unit);
  }
  return units;
}

interface Restated {
  readonly quantity: Quantity;
  readonly value: number;
  readonly unit?: QuantityUnit;
  /** Decimals are not fixed by the cell: General, or restated in another unit. */
  readonly flexible: boolean;
  /** Restated in another unit: its decimals are those the converted value needs. */
  readonly converted: boolean;
}

function restate(q: Quantity, units: Map<string, QuantityUnit>): Restated {
  if (!q.unit || q.fixed)
    return { quantity: q, value: q.value, unit: q.unit, flexible: isGeneral(q.format), converted: false };
  let unit = units.get(`${q.sentence}|${q.unit.family}`) ?? q.unit;
  let value = convertQuantity(q.value, q.unit, unit);
  if (q.distinct && Math.abs(value) < 1) {
    unit = q.unit;
    value = q.value;
  }
  const bigger = magnitudeUnit(value, unit);
  if (bigger !== unit) {
    value = convertQuantity(value, unit, bigger);
    unit = bigger;
  }
  const converted = unit !== q.unit;
  return { quantity: q, value, unit, flexible: converted || isGeneral(q.format), converted };
}

/** The decimals of each flexible amount: the most any amount of its unit shows in its sentence. */
function sentenceDecimals(restated: readonly Restated[]): Map<Restated, number> {
  const groups = new Map<string, Restated[]>();
  for (const r of restated) {
    const key = `${r.quantity.sentence}|${r.unit?.text ?? ""}`;
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  const decimals = new Map<Restated, number>();
  for (const [key, group] of groups) {
    const own = (r: Restated): number =>
      r.flexible ? decimalsOfGeneral(r.value) : (decimalsOf(r.quantity.format) ?? decimalsOfGeneral(r.value));
    // unify only money amounts typed in General cells, in a sentence naming several of them
    const money = group[0]?.unit?.family === "yuan" || group[0]?.unit?.family === "dollar";
    const unified = group.filter((r) => !r.converted && !r.quantity.decimalsChosen);
    const unify = money && group.length > 1 && !key.endsWith("|") && unified.length > 0;
    const most = unify ? Math.min(MAX_UNIFIED_DECIMALS, Math.max(...unified.map(own))) : 0;
    for (const r of group) if (r.flexible) decimals.set(r, unify && !r.converted ? most : decimalsOfGeneral(r.value));
  }
  return decimals;
}

function render(r: Restated, decimals: Map<Restated, number>): string {
  const d = decimals.get(r);
  const format = d !== undefined && r.quantity.unit ? fixedFormat(d) : r.flexible ? "General" : r.quantity.format;
  // a value too large or small for 15 digits reads as Excel's General shows it (1E+308), not as 309 digits
  const general = formatGeneral(Math.abs(r.value));
  const magnitude = /E/.test(general) ? general : renderPlain(Math.abs(r.value), format);
  // the direction is said in words (conventions.md): a negative amount is a loss
  const text = r.value < 0 && /[1-9]/.test(magnitude) ? `亏损${magnitude}` : magnitude;
  return `${text}${r.unit ? r.unit.text : ""}`;
}

/** The paragraph with every amount written out (text without tokens is returned as it is). */
export function finishQuantities(text: string): string {
  if (!text.includes(OPEN)) return text;
  const quantities = scan(text);
  const units = sentenceUnits(quantities);
  const restated = quantities.map((q) => restate(q, units));
  const decimals = sentenceDecimals(restated);
  let out = "";
  let at = 0;
  for (const r of restated) {
    const q = r.quantity;
    out += text.slice(at, q.start) + render(r, decimals);
    at = q.end + (q.unit ? q.unit.text.length : 0);
  }
  return out + text.slice(at);
}
