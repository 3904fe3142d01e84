/**
 * Values for the display-fidelity check: the cases that separate rounding methods (ties in
 * decimal that are not ties in binary, binary noise from arithmetic), signs, magnitudes, and a
 * few hundred seeded random values, so a run is repeatable.
 */

/** The number formats a report's cells use (layout, sample data, percent columns). */
export const DISPLAY_FORMATS: readonly string[] = [
  "0",
  "0.0",
  "0.00",
  "0.000",
  "#,##0",
  "#,##0.00",
  "0%",
  "0.0%",
  "0.00%",
];

const CHOSEN: readonly number[] = [
  1.005,
  2.675,
  -2.5,
  0.5,
  1.0472,
  -0.0004,
  0.1 + 0.2,
  1234567.891,
  999.995,
  0.046,
  0,
  1,
  -1,
  1.5,
  2.5,
  -0.5,
  -1.5,
  0.125,
  0.0005,
  -0.0005,
  0.00005,
  -0.00005,
  0.045,
  0.0449999,
  1.45,
  -1.45,
  0.995,
  9.995,
  99.995,
  -999.995,
  0.015,
  0.025,
  0.035,
  1.255,
  1.115,
  8.325,
  4.35,
  0.285,
  5.015,
  0.575,
  1.1 * 1.1,
  4.35 * 100,
  0.57 * 100,
  0.1 * 3,
  1 - 0.9,
  0.7 + 0.1,
  3 * 1.1,
  1.015 * 100,
  2.3 - 2,
  1 / 3,
  2 / 3,
  -2 / 3,
  1 / 7,
  52.36 / 50,
  52.36 / 45.12 - 1,
  8650 / 9120 - 1,
  18.6 / 20,
  -1234.5678,
  9999999.995,
  0.00499999,
  0.0049999999999999,
  0.004999999999999999,
  1e-7,
  -1e-7,
  1e-12,
  4.9e-5,
  123456789.123,
  987654321.987,
  -5e9,
  1e12,
  123456789012345,
  1e15,
  0.9999,
  0.99995,
  0.999995,
  9.9995,
  99999.5,
  -99999.5,
  0.05,
  0.0005,
  0.00049999,
];

/** Deterministic 32-bit generator (mulberry32). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` random values: decimals typed by hand (many ending in 5), ratios, and wide-range doubles. */
export function randomValues(count: number, seed = 20231231): number[] {
  const random = mulberry32(seed);
  const int = (n: number): number => Math.floor(random() * n);
  const values: number[] = [];
  for (let i = 0; i < count; i++) {
    const sign = random() < 0.3 ? -1 : 1;
    switch (i % 4) {
      case 0: {
        // a decimal as typed: up to 6 integer digits, 1–5 decimals, last decimal often 5
        const decimals = 1 + int(5);
        const digits = String(int(10 ** (decimals + 1 + int(6))));
        const last = random() < 0.6 ? "5" : String(int(10));
        const text = digits.padStart(decimals + 1, "0") + last;
        values.push(
          sign * Number(`${text.slice(0, text.length - decimals - 1)}.${text.slice(text.length - decimals - 1)}`),
        );
        break;
      }
      case 1:
        // a rate as the computed columns produce it
        values.push(sign * ((1 + int(100000)) / (1 + int(100000))));
        break;
      case 2:
        values.push(sign * random() * 10 ** (int(14) - 6));
        break;
      default:
        // a percentage typed with two decimals, then divided by 100 as a cell holds it
        values.push((sign * int(100000)) / 10000);
    }
  }
  return values;
}

export function displayValues(): number[] {
  return [...CHOSEN, ...randomValues(320)];
}
