/**
 * Non-standard ordinals in free text (GB/T 15834-2011): "（一）、", "（1）、" and list items
 * numbered "1、". Info only — a hint for text that is pasted into 公文. When the 参数 列举序号 is
 * "1、" the user chose that marker, and "1、" is not reported.
 */
import type { Issue } from "../issue";
import { quoteRaw } from "../parse-cell";
import { checkOrdinals } from "../wording/check-ordinals";
import { excerpt } from "../wording/proofread-text";
import { forEachFreeTextCell } from "./free-text";
import { cellText, report, type Rule } from "./rule";

const messages = {
  "nonstandard-ordinal": {
    severity: "info",
    message: "{{sheet}}!{{cell}} 的{{context}}中序号“{{found}}”不合标点规范（GB/T 15834）",
    suggestion: "改为“{{right}}”：“一、”后用顿号，“（一）”“（1）”后不加标点，“1.”后用下脚点",
  },
} as const;

export const ordinalStyle: Rule<keyof typeof messages> = {
  id: "ordinal-style",
  description: "自由文字中的序号符合 GB/T 15834（不写“1、”“（一）、”）",
  messages,
  check(context) {
    const issues: Issue[] = [];
    const marker = context.data.parameters.listMarker?.cell;
    const allowArabicComma = marker !== undefined && cellText(marker) === "1、";
    forEachFreeTextCell(context, (sheet, cell, text) => {
      for (const m of checkOrdinals(text, { allowArabicComma })) {
        issues.push(
          report(ordinalStyle, "nonstandard-ordinal", sheet, cell.address, {
            context: quoteRaw(excerpt(text, m.start, m.end)),
            found: m.found,
            right: m.right,
          }),
        );
      }
    });
    return issues;
  },
};
