/**
 * 主要指标 公布增速: the official rate (growth at comparable prices, as a statistics bureau publishes
 * it) is what the text writes. Where the row's amounts give a different rate — beyond what
 * rounding the published figure explains — 校验 says so beside it, as a 提示: comparable-price
 * growth differs from nominal growth by design, but a rate typed into the wrong row does too.
 */
import { decimalsOf, formatGeneral, formatNumber } from "../format-number";
import type { Issue } from "../issue";
import { numberOf, quoteRaw } from "../parse-cell";
import { cellOf } from "../read-table";
import { cellText, report, type Rule } from "./rule";

const messages = {
  "published-rate-differs": {
    severity: "info",
    message:
      "{{sheet}}!{{cell}} 的公布增速{{raw}}与按全年预计、上年实际计算的{{computed}}相差{{gap}}个百分点（指标“{{name}}”），文字稿使用公布增速",
    suggestion: "按可比价计算的增速与按现价计算的不同属正常；若不是可比价增速，请核对公布增速和全年预计、上年实际",
  },
} as const;

/** Decimals a rate is shown with, in percent: 5.8 → 1, 5.8% (0.058 as a percentage) → 1. */
function shownDecimals(value: number, format: string, percentCell: boolean): number {
  const d = decimalsOf(format);
  if (d !== undefined) return d;
  const text = formatGeneral(percentCell ? value * 100 : value);
  const point = text.indexOf(".");
  return point < 0 ? 0 : text.length - point - 1;
}

export const publishedRate: Rule<keyof typeof messages> = {
  id: "published-rate",
  description: "主要指标：公布增速与按全年预计、上年实际计算的增速不一致时提示",
  messages,
  check(context) {
    const issues: Issue[] = [];
    const table = context.data.tables.indicators;
    if (!table.columns.publishedGrowth) return issues;
    const sheet = context.sheetName("indicators");
    for (const row of table.rows) {
      const cell = cellOf(row, "publishedGrowth");
      const published = numberOf(cell.parsed);
      const estimate = numberOf(cellOf(row, "estimate").parsed);
      const lastYear = numberOf(cellOf(row, "lastYear").parsed);
      if (published === undefined || estimate === undefined || lastYear === undefined) continue;
      if (!(lastYear > 0) || estimate < 0) continue;
      const percentCell = cell.numberFormat.includes("%");
      const percent = percentCell ? published * 100 : published;
      const computed = (estimate / lastYear - 1) * 100;
      if (!Number.isFinite(computed)) continue;
      const decimals = shownDecimals(published, cell.numberFormat, percentCell);
      // what rounding the published figure to its decimals can explain, and no more
      const tolerance = 0.5 * 10 ** -decimals + 1e-9;
      const gap = Math.abs(computed - percent);
      if (gap <= tolerance) continue;
      const shown = `0.${"0".repeat(Math.max(decimals, 1))}`;
      issues.push(
        report(publishedRate, "published-rate-differs", sheet, cell.address, {
          raw: quoteRaw(cell.raw),
          computed: `${formatNumber(computed, shown)}%`,
          gap: formatNumber(gap, shown),
          name: cellText(cellOf(row, "name")),
        }),
      );
    }
    return issues;
  },
};
