/**
 * Validation: every rule over the parsed workbook, issues in a deterministic order — sheets in
 * the layout's order (workbook-wide problems first), then row, then column, then rule order.
 * Each rule is one pass over its rows with Maps for lookups, so the whole is linear in rows.
 */
import { parseCellAddress } from "./a1";
import type { Issue } from "./issue";
import { SHEET_ORDER } from "./layout";
import type { WorkbookData } from "./parse-workbook";
import { RULES } from "./rules/index";
import { createRuleContext, type Rule } from "./rules/rule";

/** Runs `rules` (all of them by default) and returns their issues in display order. */
export function validate(data: WorkbookData, rules: readonly Rule[] = RULES): Issue[] {
  const context = createRuleContext(data);
  const sheetRank = new Map<string, number>();
  SHEET_ORDER.forEach((key, i) => {
    if (!sheetRank.has(context.sheetName(key))) sheetRank.set(context.sheetName(key), i);
  });
  sheetRank.set("", -1);
  const keyed: { issue: Issue; sheet: number; row: number; column: number; index: number }[] = [];
  for (const rule of rules) {
    for (const issue of rule.check(context)) {
      const at = issue.cell === "" ? null : parseCellAddress(issue.cell);
      keyed.push({
        issue,
        sheet: sheetRank.get(issue.sheet) ?? SHEET_ORDER.length,
        row: at ? at.row : -1,
        column: at ? at.column : -1,
        index: keyed.length,
      });
    }
  }
  keyed.sort((a, b) => a.sheet - b.sheet || a.row - b.row || a.column - b.column || a.index - b.index);
  return keyed.map((k) => k.issue);
}
