/**
 * Names that the text and the template look rows up by must be unique: 指标 (主要指标), 项目名称
 * (在建项目, 在谈项目), 名称 (数据项) and 参数 (参数, aliases counted as the same parameter).
 * The reader would silently take the first of two rows; this rule reports the later ones, each
 * pointing at the first. One pass with a Map per sheet: linear in rows.
 */
import type { Issue } from "../issue";
import { PARAMETERS, type ParameterKey, type ReadSheetKey, type SheetColumn } from "../layout";
import { quoteRaw } from "../parse-cell";
import { cellOf, normaliseHeader } from "../read-table";
import { cellText, columnsOf, headerLabel, report, type Rule } from "./rule";

const messages = {
  "duplicate-name": {
    severity: "error",
    message: "{{sheet}}!{{cell}} 的{{header}}{{raw}}与 {{first}} 重复",
    suggestion: "删除重复的一行，或改用不同的{{header}}（目前只使用 {{first}} 所在行）",
  },
} as const;

const UNIQUE: readonly SheetColumn[] = [
  { sheet: "parameters", column: "name" },
  { sheet: "indicators", column: "name" },
  { sheet: "projects", column: "name" },
  { sheet: "negotiations", column: "name" },
  { sheet: "dataItems", column: "name" },
];

/** Alias → parameter key, so 年度 and 年份 count as the same parameter. */
const PARAMETER_BY_NAME = new Map<string, ParameterKey>();
for (const key of Object.keys(PARAMETERS) as ParameterKey[]) {
  const spec = PARAMETERS[key];
  for (const name of [spec.name, ...spec.aliases]) PARAMETER_BY_NAME.set(normaliseHeader(name), key);
}

export const uniqueName: Rule<keyof typeof messages> = {
  id: "unique-name",
  description: "指标、项目名称、数据项名称和参数名称不能重复",
  messages,
  check(context) {
    const issues: Issue[] = [];
    for (const { sheet: key, column } of UNIQUE) {
      const table = context.table(key);
      const spec = columnsOf<ReadSheetKey>(key).find((c) => c.key === column);
      if (!spec || !table.columns[column] || table.rows.length === 0) continue;
      const sheet = context.sheetName(key);
      const header = headerLabel(table, spec);
      const seen = new Map<string, string>();
      for (const row of table.rows) {
        const cell = cellOf(row, column);
        if (cell.parsed.kind === "blank") continue;
        const name = cellText(cell).replace(/\s+/g, "");
        const identity = key === "parameters" ? (PARAMETER_BY_NAME.get(normaliseHeader(name)) ?? name) : name;
        const first = seen.get(identity);
        if (first === undefined) {
          seen.set(identity, cell.address);
          continue;
        }
        issues.push(
          report(uniqueName, "duplicate-name", sheet, cell.address, { header, raw: quoteRaw(cell.raw), first }),
        );
      }
    }
    return issues;
  },
};
