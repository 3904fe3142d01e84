/**
 * Restating an amount in another unit: within a family by powers of ten (111200万元 = 11.12亿元,
 * 12000米 = 12公里), and between 元 and 美元 only through the 参数 美元汇率. The number of decimals
 * that keeps the precision the source shows (1万元 is 0.0001亿元) goes with the result.
 */
import { convertQuantity, unitNamed, unitOf, type QuantityUnit } from "./quantity-units";

export type Conversion =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly reason: "unknown-unit" | "other-family" | "needs-rate" };

/** The unit a header states in brackets: 总投资（万元） → 万元, 占地（亩） → 亩. */
export function unitInHeader(header: string): string | undefined {
  const m = /[（(]([^（）()]+)[）)]\s*$/.exec(header);
  return m ? m[1]?.trim() : undefined;
}

/** The header without its bracketed unit: 总投资（万元） → 总投资. */
export function headerWithoutUnit(header: string): string {
  return header.replace(/\s*[（(][^（）()]+[）)]\s*$/, "");
}

/** Whether amounts in `unit` can be converted at all (a money, length, weight, area or 亩 unit). */
export function isConvertibleUnit(unit: string): boolean {
  return unitNamed(unit.trim()) !== undefined;
}

/**
 * `value` in `from` restated in `to`. 元 ↔ 美元 needs `usdRate` (元 per dollar); other families
 * never convert into each other.
 */
export function convertAmount(value: number, from: string, to: string, usdRate?: number): Conversion {
  const a = unitNamed(from.trim());
  const b = unitNamed(to.trim());
  if (!a || !b) return { ok: false, reason: "unknown-unit" };
  if (a.family === b.family) return { ok: true, value: convertQuantity(value, a, b) };
  const money = (u: QuantityUnit): boolean => u.family === "yuan" || u.family === "dollar";
  if (!money(a) || !money(b)) return { ok: false, reason: "other-family" };
  if (usdRate === undefined || !(usdRate > 0)) return { ok: false, reason: "needs-rate" };
  // to the family's base unit (元 or 美元), across at the rate, then up to the target unit
  const base = value * 10 ** a.power;
  const across = a.family === "dollar" ? base * usdRate : base / usdRate;
  return { ok: true, value: across / 10 ** b.power };
}

/** Whether converting from `from` to `to` crosses 元 and 美元 (and so needs the 美元汇率). */
export function needsUsdRate(from: string, to: string): boolean {
  const a = unitNamed(from.trim());
  const b = unitNamed(to.trim());
  return a !== undefined && b !== undefined && a.family !== b.family;
}

/**
 * Decimals that keep the source's precision after conversion: a value shown with `decimals` in
 * 万元 shows `decimals + 4` in 亿元 (111200 → 11.12 once trailing zeros go); never negative.
 */
export function convertedDecimals(decimals: number, from: string, to: string): number {
  const a = unitNamed(from.trim());
  const b = unitNamed(to.trim());
  if (!a || !b || a.family !== b.family) return decimals;
  return Math.max(0, decimals + b.power - a.power);
}

/** The unit amounts of `unit`'s kind are compared in: 元 for money (美元 through the rate), else the family's smallest. */
export function baseUnitOf(unit: string): string | undefined {
  const u = unitNamed(unit.trim());
  if (!u) return undefined;
  if (u.family === "dollar" || u.family === "yuan") return "元";
  return unitOf(u.family, 0)?.text;
}
