/**
 * Spun phrases (伪原创 synonym replacement, wording-pairs.tsv) in free-text cells: a warning per
 * phrase with the standard form as the suggestion. Nothing is rewritten; the task pane may offer
 * applyWordingSuggestion for one cell at a time.
 */
import type { Issue } from "../issue";
import { quoteRaw } from "../parse-cell";
import { checkWording } from "../wording/check-wording";
import { excerpt } from "../wording/proofread-text";
import { forEachFreeTextCell } from "./free-text";
import { report, type Rule } from "./rule";

const messages = {
  "spun-wording": {
    severity: "warning",
    message: "{{sheet}}!{{cell}} 的{{context}}中“{{wrong}}”疑为机器改写的用词",
    suggestion: "将“{{wrong}}”改为“{{right}}”",
  },
} as const;

export const spunWording: Rule<keyof typeof messages> = {
  id: "spun-wording",
  description: "自由文字中不得有机器改写（伪原创）的用词",
  messages,
  check(context) {
    const issues: Issue[] = [];
    forEachFreeTextCell(context, (sheet, cell, text) => {
      for (const m of checkWording(text)) {
        issues.push(
          report(spunWording, "spun-wording", sheet, cell.address, {
            context: quoteRaw(excerpt(text, m.start, m.end)),
            wrong: m.wrong,
            right: m.right,
          }),
        );
      }
    });
    return issues;
  },
};
