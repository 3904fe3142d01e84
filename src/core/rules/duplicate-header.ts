/**
 * Two headers naming the same column (e.g. 全年预计 and its alias 本年预计) make it ambiguous which
 * figures the text uses. The reader takes the first; this rule says so, at the second header.
 */
import { columnLetters } from "../a1";
import type { Issue } from "../issue";
import { quoteRaw } from "../parse-cell";
import { READ_SHEET_KEYS } from "../layout";
import { report, type Rule } from "./rule";

const messages = {
  "duplicate-header": {
    severity: "error",
    message: "{{sheet}}!{{cell}} 的表头{{raw}}与 {{first}} 的“{{firstText}}”是同一列，无法确定使用哪一列",
    suggestion: "删除或改名其中一列；目前只读取 {{firstColumn}} 列",
  },
} as const;

export const duplicateHeader: Rule<keyof typeof messages> = {
  id: "duplicate-header",
  description: "同一列的表头（含别名）只能出现一次",
  messages,
  check(context) {
    const issues: Issue[] = [];
    for (const key of READ_SHEET_KEYS) {
      const table = context.table(key);
      for (const header of table.duplicateHeaders) {
        const first = table.columns[header.spec.key];
        if (!first) continue;
        issues.push(
          report(duplicateHeader, "duplicate-header", context.sheetName(key), header.address, {
            raw: quoteRaw(header.text),
            first: first.address,
            firstText: first.text,
            firstColumn: columnLetters(first.column),
          }),
        );
      }
    }
    return issues;
  },
};
