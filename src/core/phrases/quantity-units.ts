/**
 * Units of measure that differ only by a power of ten (元 / 万元 / 亿元 / 万亿元, 米 / 公里 …), so an
 * amount can be restated in another unit of its family: 30000万元 = 3亿元, 12000米 = 12公里.
 * conventions.md: only 万 and 亿 mix with digits, and a passage states amounts of one kind in one unit.
 */

export interface QuantityUnit {
  readonly text: string;
  /** Units of one family convert into each other; different families never do (元 vs 美元). */
  readonly family: "yuan" | "dollar" | "length" | "weight" | "area" | "mu";
  /** Power of ten of the unit against the family's smallest (万元 = 4). */
  readonly power: number;
}

const UNITS: readonly QuantityUnit[] = [
  { text: "元", family: "yuan", power: 0 },
  { text: "万元", family: "yuan", power: 4 },
  { text: "亿元", family: "yuan", power: 8 },
  { text: "万亿元", family: "yuan", power: 12 },
  { text: "美元", family: "dollar", power: 0 },
  { text: "万美元", family: "dollar", power: 4 },
  { text: "亿美元", family: "dollar", power: 8 },
  { text: "万亿美元", family: "dollar", power: 12 },
  { text: "米", family: "length", power: 0 },
  { text: "公里", family: "length", power: 3 },
  { text: "千米", family: "length", power: 3 },
  { text: "公斤", family: "weight", power: -3 },
  { text: "千克", family: "weight", power: -3 },
  { text: "吨", family: "weight", power: 0 },
  { text: "万吨", family: "weight", power: 4 },
  { text: "亿吨", family: "weight", power: 8 },
  { text: "平方米", family: "area", power: 0 },
  { text: "万平方米", family: "area", power: 4 },
  { text: "平方公里", family: "area", power: 6 },
  { text: "亩", family: "mu", power: 0 },
  { text: "万亩", family: "mu", power: 4 },
];

/** Longest first, so 万亿元 is found before 亿元 and 平方米 before 米. */
const BY_LENGTH = [...UNITS].sort((a, b) => b.text.length - a.text.length);

/** The unit `text` starts with, if any. */
export function unitAtStart(text: string): QuantityUnit | undefined {
  return BY_LENGTH.find((u) => text.startsWith(u.text));
}

/** The unit written `text`, if it is one. */
export function unitNamed(text: string): QuantityUnit | undefined {
  return UNITS.find((u) => u.text === text);
}

/**
 * The unit of `family` at `power` that this module knows: 公里 rather than 千米 for length (the
 * usual word in 公文), undefined where the family has no such unit.
 */
export function unitOf(family: QuantityUnit["family"], power: number): QuantityUnit | undefined {
  return UNITS.find((u) => u.family === family && u.power === power);
}

/** `value` given in `from`, stated in `to` (same family): 30000 万元 → 3 亿元. */
export function convertQuantity(value: number, from: QuantityUnit, to: QuantityUnit): number {
  const shift = from.power - to.power;
  // dividing by an exact power of ten keeps 1500 / 10^4 at 0.15 (multiplying by 1e-4 would not)
  return shift >= 0 ? value * 10 ** shift : value / 10 ** -shift;
}

/**
 * The unit an amount of 10,000亿 or more reads in (GB/T 15835: 万 and 亿 only): 12000亿元 →
 * 1.2万亿元; other amounts keep their unit.
 */
export function magnitudeUnit(value: number, unit: QuantityUnit): QuantityUnit {
  if (unit.power !== 8 || Math.abs(value) < 10000) return unit;
  return unitOf(unit.family, 12) ?? unit;
}
