/**
 * Spun wording (伪原创 synonym replacement) in free-text cells: a warning per spun word, saying
 * which original word it stands for and why (the collocation that gave it away), with the
 * original word as the suggestion. Nothing is rewritten; the issue carries the one replacement a
 * fix action may make (Issue.replacement), valid only while the cell holds the text checked.
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
    message:
      "{{sheet}}!{{cell}} 的{{context}}中“{{wrong}}”（第{{position}}个字起）疑为“{{right}}”被替换为“{{wrong}}”：{{reason}}",
    suggestion: "将第{{position}}个字起的“{{wrong}}”改为“{{right}}”",
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
        const issue = report(spunWording, "spun-wording", sheet, cell.address, {
          context: quoteRaw(excerpt(text, m.start, m.end)),
          wrong: m.wrong,
          right: m.right,
          position: m.start + 1,
          reason: m.reason,
        });
        issues.push({ ...issue, replacement: { text, start: m.start, end: m.end, replacement: m.right } });
      }
    });
    return issues;
  },
};
