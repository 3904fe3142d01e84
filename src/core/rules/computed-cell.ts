/**
 * 主要指标's 完成率 and 同比增长 are the add-in's: 校验 and 生成文字稿 write them as formulas. A value
 * someone typed there is replaced, so when it shows something other than the formula will, the
 * issue list records what was there (the 校验结果 sheet keeps it) and says why it changes. A
 * formula of the user's that gives the same display, or "—" where no rate exists, is not reported.
 */
import { formatNumber } from "../format-number";
import type { Issue } from "../issue";
import { PERCENT_FORMAT } from "../layout";
import { completionRate, growthRate } from "../metrics";
import { quoteRaw, type ParsedCell } from "../parse-cell";
import { cellOf, type TableCell } from "../read-table";
import { cellText, report, type Rule } from "./rule";

const messages = {
  "computed-value-replaced": {
    severity: "warning",
    message:
      "{{sheet}}!{{cell}} 的{{column}}填的是{{shown}}，按公式（{{rule}}）应为{{computed}}（指标“{{name}}”）；此列由加载项写为公式，原值将被替换",
    suggestion: "该列不必手填；如原值才是对的，请核对{{inputs}}",
  },
} as const;

const COLUMNS = [
  { key: "completion", label: "完成率", rule: "全年预计÷年度任务", inputs: "全年预计和年度任务", rate: completionRate },
  { key: "growth", label: "同比增长", rule: "全年预计÷上年实际−1", inputs: "全年预计和上年实际", rate: growthRate },
] as const;

/** The format the formula's result is shown in: the cell's own, or 0.0% where it had none. */
function displayFormat(cell: TableCell): string {
  return /^general$/i.test(cell.numberFormat) || cell.numberFormat === "@" ? PERCENT_FORMAT : cell.numberFormat;
}

/** What the cell shows now, as the message quotes it. */
function shown(cell: TableCell, format: string): string {
  return cell.parsed.kind === "number" ? `“${formatNumber(cell.parsed.value, format)}”` : quoteRaw(cell.raw);
}

function sameAsFormula(parsed: ParsedCell, computed: number | undefined, format: string): boolean {
  if (computed === undefined) return parsed.kind === "blank" || parsed.kind === "notApplicable";
  return parsed.kind === "number" && formatNumber(parsed.value, format) === formatNumber(computed, format);
}

export const computedCell: Rule<keyof typeof messages> = {
  id: "computed-cell",
  description: "主要指标：手填的完成率、同比增长与公式结果不一致时，记下原值",
  messages,
  check(context) {
    const issues: Issue[] = [];
    const table = context.data.tables.indicators;
    const sheet = context.sheetName("indicators");
    if (!table.columns["estimate"]) return issues;
    for (const column of COLUMNS) {
      if (!table.columns[column.key]) continue;
      for (const row of table.rows) {
        const cell = cellOf(row, column.key);
        // a formula saved without a result is a formula the add-in replaces with its own
        if (cell.parsed.kind === "blank" || cell.parsed.kind === "formulaWithoutResult") continue;
        const divisor = cellOf(row, column.key === "completion" ? "target" : "lastYear");
        const computed = column.rate(cellOf(row, "estimate").parsed, divisor.parsed);
        const format = displayFormat(cell);
        if (sameAsFormula(cell.parsed, computed, format)) continue;
        issues.push(
          report(computedCell, "computed-value-replaced", sheet, cell.address, {
            column: column.label,
            shown: shown(cell, format),
            rule: column.rule,
            computed: computed === undefined ? "空白（无法计算）" : formatNumber(computed, format),
            name: cellText(cellOf(row, "name")),
            inputs: column.inputs,
          }),
        );
      }
    }
    return issues;
  },
};
