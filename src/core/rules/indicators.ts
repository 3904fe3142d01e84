/**
 * 主要指标: the target must be positive (a rate against 0 or less means nothing), and rates far
 * outside what a year brings are probably a unit slip — 万元 typed where 亿元 is meant gives a
 * completion of 10000%. Those are warnings at the 全年预计 cell; so is a cumulative figure
 * (截至本月累计) above the full-year estimate. A quotient too large for Excel (#NUM!) is an error.
 * Duplicate 指标 are unique-name's business.
 */
import { formatNumber } from "../format-number";
import type { Issue } from "../issue";
import { PERCENT_FORMAT } from "../layout";
import { completionRate, growthRate, quotientOverflows } from "../metrics";
import { numberOf, quoteRaw } from "../parse-cell";
import { cellOf } from "../read-table";
import { cellText, report, type Rule } from "./rule";

const messages = {
  "non-positive-target": {
    severity: "error",
    message: "{{sheet}}!{{cell}} 的年度任务{{raw}}不大于0，无法计算完成率（指标“{{name}}”）",
    suggestion: "填写大于0的年度任务；没有任务时留空或填“—”",
  },
  "suspicious-completion": {
    severity: "warning",
    message:
      "{{sheet}}!{{cell}} 的全年预计{{raw}}是年度任务{{target}}的{{rate}}，超过300%，可能单位填错（指标“{{name}}”）",
    suggestion: "核对全年预计与年度任务是否按同一单位（{{unit}}）填写，如万元与亿元混用",
  },
  "suspicious-growth": {
    severity: "warning",
    message:
      "{{sheet}}!{{cell}} 的全年预计{{raw}}比上年实际{{lastYear}}{{direction}}{{rate}}，可能单位填错（指标“{{name}}”）",
    suggestion: "核对全年预计与上年实际是否按同一单位（{{unit}}）填写，如万元与亿元混用",
  },
  "rate-overflow": {
    severity: "error",
    message:
      "{{sheet}}!{{cell}} 的全年预计{{raw}}除以{{divisorName}}{{divisor}}，结果超出 Excel 能表示的最大数，{{rateName}}将显示 #NUM!（指标“{{name}}”）",
    suggestion: "核对全年预计与{{divisorName}}是否按同一单位（{{unit}}）填写，{{divisorName}}是否漏了小数点或数量级",
  },
  "cumulative-exceeds-estimate": {
    severity: "warning",
    message: "{{sheet}}!{{cell}} 的截至本月累计{{raw}}大于全年预计{{estimate}}（指标“{{name}}”）",
    suggestion: "核对截至本月累计与全年预计：全年预计通常不小于已完成的累计数",
  },
} as const;

/** Above this completion (300%) a unit slip is more likely than a real result. */
export const MAX_PLAUSIBLE_COMPLETION = 3;
/** Growth above +1000% or below −90% is reported for the same reason. */
export const MAX_PLAUSIBLE_GROWTH = 10;
export const MIN_PLAUSIBLE_GROWTH = -0.9;

export const indicators: Rule<keyof typeof messages> = {
  id: "indicators",
  description: "主要指标：年度任务为正数，完成率、同比增长和累计数在合理范围内",
  messages,
  check(context) {
    const issues: Issue[] = [];
    const table = context.data.tables.indicators;
    const sheet = context.sheetName("indicators");
    for (const row of table.rows) {
      const name = cellText(cellOf(row, "name"));
      const unit = cellText(cellOf(row, "unit")) || "同一单位";
      const estimate = cellOf(row, "estimate");
      const target = cellOf(row, "target");
      const lastYear = cellOf(row, "lastYear");
      const cumulative = cellOf(row, "cumulative");
      const t = numberOf(target.parsed);
      if (t !== undefined && t <= 0) {
        issues.push(
          report(indicators, "non-positive-target", sheet, target.address, { raw: quoteRaw(target.raw), name }),
        );
      }
      const completion = completionRate(estimate.parsed, target.parsed);
      if (completion !== undefined && completion > MAX_PLAUSIBLE_COMPLETION) {
        issues.push(
          report(indicators, "suspicious-completion", sheet, estimate.address, {
            raw: quoteRaw(estimate.raw),
            target: quoteRaw(target.raw),
            rate: formatNumber(completion, PERCENT_FORMAT),
            name,
            unit,
          }),
        );
      }
      const growth = growthRate(estimate.parsed, lastYear.parsed);
      if (growth !== undefined && (growth > MAX_PLAUSIBLE_GROWTH || growth < MIN_PLAUSIBLE_GROWTH)) {
        issues.push(
          report(indicators, "suspicious-growth", sheet, estimate.address, {
            raw: quoteRaw(estimate.raw),
            lastYear: quoteRaw(lastYear.raw),
            direction: growth > 0 ? "增长" : "下降",
            rate: formatNumber(Math.abs(growth), PERCENT_FORMAT),
            name,
            unit,
          }),
        );
      }
      for (const [divisor, divisorName, rateName] of [
        [target, "年度任务", "完成率"],
        [lastYear, "上年实际", "同比增长"],
      ] as const) {
        if (!quotientOverflows(estimate.parsed, divisor.parsed)) continue;
        issues.push(
          report(indicators, "rate-overflow", sheet, estimate.address, {
            raw: quoteRaw(estimate.raw),
            divisor: quoteRaw(divisor.raw),
            divisorName,
            rateName,
            name,
            unit,
          }),
        );
      }
      const c = numberOf(cumulative.parsed);
      const e = numberOf(estimate.parsed);
      if (c !== undefined && e !== undefined && c > e) {
        issues.push(
          report(indicators, "cumulative-exceeds-estimate", sheet, cumulative.address, {
            raw: quoteRaw(cumulative.raw),
            estimate: quoteRaw(estimate.raw),
            name,
          }),
        );
      }
    }
    return issues;
  },
};
