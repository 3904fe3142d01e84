/**
 * Amounts and areas in the project tables: 总投资 and 拟投资 must be positive when given (a
 * project of 0 or less is a typing slip), 占地 must not be negative. Values that are not real
 * numbers at all are cell-value's business.
 */
import type { Issue } from "../issue";
import type { ReadSheetKey, SheetColumn } from "../layout";
import { numberOf, quoteRaw } from "../parse-cell";
import { cellOf } from "../read-table";
import { cellText, columnsOf, headerLabel, report, type Rule } from "./rule";

const messages = {
  "non-positive-amount": {
    severity: "error",
    message: "{{sheet}}!{{cell}} 的{{header}}{{raw}}不大于0（项目“{{name}}”）",
    suggestion: "填写大于0的金额{{unknown}}",
  },
  "negative-area": {
    severity: "error",
    message: "{{sheet}}!{{cell}} 的{{header}}{{raw}}是负数（项目“{{name}}”）",
    suggestion: "填写不小于0的面积，或留空",
  },
} as const;

const CHECKS: readonly (SheetColumn & { readonly messageId: keyof typeof messages })[] = [
  { sheet: "projects", column: "totalInvestment", messageId: "non-positive-amount" },
  { sheet: "negotiations", column: "investment", messageId: "non-positive-amount" },
  { sheet: "negotiations", column: "area", messageId: "negative-area" },
];

export const amountRange: Rule<keyof typeof messages> = {
  id: "amount-range",
  description: "总投资、拟投资为正数，占地不为负数",
  messages,
  check(context) {
    const issues: Issue[] = [];
    for (const check of CHECKS) {
      const table = context.table(check.sheet);
      const spec = columnsOf<ReadSheetKey>(check.sheet).find((c) => c.key === check.column);
      if (!spec || !table.columns[check.column]) continue;
      const sheet = context.sheetName(check.sheet);
      const header = headerLabel(table, spec);
      for (const row of table.rows) {
        const cell = cellOf(row, check.column);
        const n = numberOf(cell.parsed);
        if (n === undefined) continue;
        const bad = check.messageId === "negative-area" ? n < 0 : n <= 0;
        if (!bad) continue;
        issues.push(
          report(amountRange, check.messageId, sheet, cell.address, {
            header,
            raw: quoteRaw(cell.raw),
            name: cellText(cellOf(row, "name")),
            unknown: spec.required ? "；暂不清楚时填“—”" : "；暂不清楚时留空",
          }),
        );
      }
    }
    return issues;
  },
};
