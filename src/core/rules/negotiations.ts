/**
 * 在谈项目: a signed project (状态 已签约) needs its 签约场合 or its 签约日期 (the text names the
 * occasion or the day; neither is required when the other is there), and
 * the "投资亿元以上" count converts every signed project's 拟投资 to 亿元 — for 万美元/亿美元 only
 * through the 参数 美元汇率. No usable rate: an error at each such project, since the count (and
 * the sentence built on it) cannot be right without one.
 */
import type { Issue } from "../issue";
import { numberOf, quoteRaw } from "../parse-cell";
import { cellOf } from "../read-table";
import { cellText, report, type Rule } from "./rule";

const messages = {
  "missing-signing-occasion": {
    severity: "error",
    message: "{{sheet}}!{{cell}} 为{{raw}}：已签约项目“{{name}}”须写明签约场合或签约日期",
    suggestion: "填写签约场合（如 京津冀投资洽谈会）或签约日期（可在表中加一列“签约日期”），或把状态改为“在谈”",
  },
  "missing-usd-rate": {
    severity: "error",
    message:
      "{{sheet}}!{{cell}} 的拟投资{{raw}}以{{unit}}计，统计“投资亿元以上”的签约项目须按美元汇率折算，但参数“美元汇率”{{why}}（项目“{{name}}”）",
    suggestion: "在“参数”表填写美元汇率（1美元折合人民币元数，如 7.05）",
  },
} as const;

export const SIGNED = "已签约";
export const USD_UNITS: readonly string[] = ["万美元", "亿美元"];

export const negotiations: Rule<keyof typeof messages> = {
  id: "negotiations",
  description: "在谈项目：已签约项目写明签约场合或签约日期；以美元计的已签约项目需要美元汇率",
  messages,
  check(context) {
    const issues: Issue[] = [];
    const table = context.data.tables.negotiations;
    if (table.rows.length === 0) return issues;
    const sheet = context.sheetName("negotiations");
    const rateCell = context.data.parameters.usdRate?.cell;
    const rate = rateCell ? numberOf(rateCell.parsed) : undefined;
    const rateUsable = rate !== undefined && rate > 0;
    const why = !rateCell || rateCell.parsed.kind === "blank" ? "未填写" : "无效";
    for (const row of table.rows) {
      const status = cellOf(row, "status");
      if (cellText(status) !== SIGNED) continue;
      const name = cellText(cellOf(row, "name"));
      const occasion = cellOf(row, "occasion");
      const date = cellOf(row, "signingDate");
      const none = (kind: string): boolean => kind === "blank" || kind === "notApplicable";
      if (none(occasion.parsed.kind) && none(date.parsed.kind)) {
        // without a 签约场合 column, point at the 状态 cell that makes the occasion necessary
        const at = occasion.address || status.address;
        issues.push(report(negotiations, "missing-signing-occasion", sheet, at, { raw: quoteRaw(occasion.raw), name }));
      }
      const unit = cellText(cellOf(row, "investmentUnit"));
      const investment = cellOf(row, "investment");
      if (!rateUsable && USD_UNITS.includes(unit) && numberOf(investment.parsed) !== undefined) {
        issues.push(
          report(negotiations, "missing-usd-rate", sheet, investment.address, {
            raw: quoteRaw(investment.raw),
            unit,
            why,
            name,
          }),
        );
      }
    }
    return issues;
  },
};
