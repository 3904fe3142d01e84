/**
 * Columns of the input sheets with a fixed list of values (建设阶段, 进度, 投资单位, 状态, 方式): the
 * text and the drop-down lists rely on exactly these words. A blank optional cell is fine (方式
 * blank means 评为); a blank required cell is required-cell's business. The 模板 级别 is not
 * checked here: an unknown level is written as 正文, so the narrative reports it as a warning
 * (template-level), and an error here would hide that warning behind a stricter one.
 */
import type { Issue } from "../issue";
import { INPUT_SHEET_KEYS } from "../layout";
import { quoteRaw } from "../parse-cell";
import { cellOf } from "../read-table";
import { cellText, columnsOf, headerLabel, report, type Rule } from "./rule";

const messages = {
  "invalid-enum-value": {
    severity: "error",
    message: "{{sheet}}!{{cell}} 的{{raw}}不是“{{header}}”的可选值",
    suggestion: "改为以下之一：{{allowed}}",
  },
} as const;

export const enumeration: Rule<keyof typeof messages> = {
  id: "enumeration",
  description: "有固定可选值的列只能填写列表中的值",
  messages,
  check(context) {
    const issues: Issue[] = [];
    for (const key of INPUT_SHEET_KEYS) {
      const table = context.table(key);
      if (table.rows.length === 0) continue;
      const sheet = context.sheetName(key);
      const columns = columnsOf(key).filter((c) => c.enumeration && table.columns[c.key]);
      for (const row of table.rows) {
        for (const column of columns) {
          const allowed = column.enumeration ?? [];
          const cell = cellOf(row, column.key);
          const kind = cell.parsed.kind;
          // an error value or a formula without a result is reported by cell-value
          if (kind === "blank" || kind === "excelError" || kind === "formulaWithoutResult") continue;
          if (allowed.includes(cellText(cell))) continue;
          issues.push(
            report(enumeration, "invalid-enum-value", sheet, cell.address, {
              raw: quoteRaw(cell.raw),
              header: headerLabel(table, column),
              allowed: allowed.join("、"),
            }),
          );
        }
      }
    }
    return issues;
  },
};
