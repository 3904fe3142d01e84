/**
 * A row that is partly filled must be complete: one error per blank required cell, so each can be
 * fixed where it is (a column `requiredUnless` others may stay blank when one of those is filled). Fully blank rows are skipped by the reader; a missing column is reported
 * once by missing-header, not on every row.
 */
import type { Issue } from "../issue";
import { READ_SHEET_KEYS } from "../layout";
import { quoteRaw } from "../parse-cell";
import { cellOf } from "../read-table";
import { columnsOf, headerLabel, report, rowLabel, type Rule } from "./rule";

const messages = {
  "blank-required-cell": {
    severity: "error",
    message: "{{sheet}}!{{cell}} 为{{raw}}，“{{header}}”是必填项{{row}}",
    suggestion: "填写“{{header}}”{{hint}}",
  },
} as const;

/** Why a blank may be worth a word in the suggestion. */
function hint(type: string, enumeration: readonly string[] | undefined): string {
  if (enumeration) return `（${enumeration.join("、")}之一）`;
  if (type === "number") return "（数字；不适用时填“—”）";
  return "";
}

export const requiredCell: Rule<keyof typeof messages> = {
  id: "required-cell",
  description: "已填写的行中，每个必填单元格都不能为空",
  messages,
  check(context) {
    const issues: Issue[] = [];
    for (const key of READ_SHEET_KEYS) {
      const table = context.table(key);
      if (table.rows.length === 0) continue;
      const sheet = context.sheetName(key);
      const required = columnsOf(key).filter((c) => c.required && table.columns[c.key]);
      for (const row of table.rows) {
        for (const column of required) {
          const cell = cellOf(row, column.key);
          if (cell.parsed.kind !== "blank") continue;
          // 全年预计 of an indicator published as a rate or a rank alone
          if (column.requiredUnless?.some((k) => cellOf(row, k as typeof column.key).parsed.kind !== "blank")) continue;
          // 单位 of a row with a rank alone
          if (column.requiredWith?.every((k) => cellOf(row, k as typeof column.key).parsed.kind === "blank")) continue;
          issues.push(
            report(requiredCell, "blank-required-cell", sheet, cell.address, {
              raw: quoteRaw(cell.raw),
              header: headerLabel(table, column),
              row: column.key === "name" ? "" : rowLabel(table, row),
              hint: hint(column.type, column.enumeration),
            }),
          );
        }
      }
    }
    return issues;
  },
};
