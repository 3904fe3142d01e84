/**
 * Required columns are found by their header names (aliases, white space, line breaks and bracket
 * widths normalised). A sheet with no recognisable header row gets one issue, not one per column.
 */
import type { Issue } from "../issue";
import { LAYOUT, READ_SHEET_KEYS } from "../layout";
import { report, type Rule } from "./rule";

const messages = {
  "no-header-row": {
    severity: "error",
    message: "工作表“{{sheet}}”中找不到表头行（前20行内没有{{headers}}等列名）",
    suggestion: "在数据上方加一行表头：{{headers}}",
  },
  "missing-header": {
    severity: "error",
    message: "工作表“{{sheet}}”缺少必填列“{{header}}”",
    suggestion: "在表头行（第{{headerRow}}行）加一列“{{header}}”{{aliases}}",
  },
} as const;

export const missingHeader: Rule<keyof typeof messages> = {
  id: "missing-header",
  description: "必填列的表头必须存在（按列名识别，不按位置）",
  messages,
  check(context) {
    const issues: Issue[] = [];
    for (const key of READ_SHEET_KEYS) {
      const table = context.table(key);
      if (!table.present) continue;
      const sheet = context.sheetName(key);
      if (table.headerRow === undefined) {
        const headers = LAYOUT[key].columns
          .filter((c) => c.type !== "computed")
          .map((c) => `“${c.header}”`)
          .join("");
        issues.push(report(missingHeader, "no-header-row", sheet, "", { headers }));
        continue;
      }
      for (const column of table.missingColumns) {
        if (!column.required || column.headerOptional) continue;
        // 全年预计 beside 截至本月累计: a progress report's table
        if (column.headerOptionalBeside?.some((k) => table.columns[k as keyof typeof table.columns])) continue;
        const aliases = column.aliases.length > 0 ? `（也可写作“${column.aliases.join("”“")}”）` : "";
        issues.push(
          report(missingHeader, "missing-header", sheet, "", {
            header: column.header,
            headerRow: table.headerRow + 1,
            aliases,
          }),
        );
      }
    }
    return issues;
  },
};
