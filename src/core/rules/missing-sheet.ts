/**
 * Every input sheet of the layout must exist: the text draws on all of them. The 模板 sheet is
 * not checked here — the add-in writes the default template when it is missing.
 */
import { INPUT_SHEET_KEYS } from "../layout";
import type { Issue } from "../issue";
import { report, type Rule } from "./rule";

const messages = {
  "missing-sheet": {
    severity: "error",
    message: "缺少工作表“{{sheet}}”",
    suggestion: "用“建立表格”补建“{{sheet}}”工作表，或把已有工作表改名为“{{sheet}}”",
  },
} as const;

export const missingSheet: Rule<keyof typeof messages> = {
  id: "missing-sheet",
  description: "每张输入工作表都必须存在",
  messages,
  check(context) {
    const issues: Issue[] = [];
    for (const key of INPUT_SHEET_KEYS) {
      if (!context.data.tables[key].present)
        issues.push(report(missingSheet, "missing-sheet", context.sheetName(key), ""));
    }
    return issues;
  },
};
