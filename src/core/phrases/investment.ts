/**
 * Investment amounts in 亿元, for the 投资亿元以上 condition. 万/亿 convert by powers of ten; US
 * dollars convert only through the 参数 美元汇率 — without a rate a USD amount has no value in 亿元.
 */
export type InvestmentUnit = "万元" | "亿元" | "万美元" | "亿美元";

export function isInvestmentUnit(text: string): text is InvestmentUnit {
  return text === "万元" || text === "亿元" || text === "万美元" || text === "亿美元";
}

/** The amount in 亿元; undefined for a USD amount without a usable rate (> 0). */
export function toHundredMillionYuan(
  amount: number,
  unit: InvestmentUnit,
  usdRate: number | undefined,
): number | undefined {
  switch (unit) {
    case "万元":
      return amount / 10000;
    case "亿元":
      return amount;
    case "万美元":
      return usdRate !== undefined && usdRate > 0 ? (amount * usdRate) / 10000 : undefined;
    case "亿美元":
      return usdRate !== undefined && usdRate > 0 ? amount * usdRate : undefined;
    default: {
      const unreachable: never = unit;
      return unreachable;
    }
  }
}

/**
 * ≥ 1亿元, as if rounded at ten decimals first, so that binary noise (1418.4397…万美元 × 7.05 →
 * 0.99999999999…) does not decide the answer.
 */
export function isAtLeastHundredMillionYuan(amountInHundredMillion: number): boolean {
  return amountInHundredMillion >= 1 - 5e-11;
}
