/**
 * Cell values in numeric columns (and the numeric 参数 年度, 截至月份, 美元汇率): Excel's formulas
 * treat anything but a real number as a non-number, so a number stored as text, full-width
 * digits, a unit typed into the cell, an Excel error, a TRUE/FALSE or other text is an error at
 * that cell. "—", "-", "/", "无" mean not applicable: no issue in an optional cell; in a required
 * cell (全年预计, 拟投资, 数值) the row's figure is left out of the text, which the user is told as
 * info. A date in a numeric column (a cell formatted as a date: Excel stores the day number) is an
 * error too. An Excel error value, or a formula saved without its result, in any input cell is an
 * error (the add-in's computed columns excepted: it writes and computes those itself).
 */
import { formatDateSerial, formatGeneral, isDateFormat } from "../format-number";
import type { Issue } from "../issue";
import { READ_SHEET_KEYS, type ColumnSpec, type ParameterKey } from "../layout";
import { quoteRaw, type ParsedCell } from "../parse-cell";
import { cellOf, type Table, type TableCell } from "../read-table";
import { columnsOf, headerLabel, report, type RuleContext, type Rule } from "./rule";

const messages = {
  "number-stored-as-text": {
    severity: "error",
    message: "{{sheet}}!{{cell}} 的{{raw}}是以文本形式存储的数字，公式和文字稿都不会把它当作数字",
    suggestion: "改为数字 {{value}}（可用“转换为数字”一键修正）",
  },
  "full-width-number": {
    severity: "error",
    message: "{{sheet}}!{{cell}} 的{{raw}}使用了全角数字或符号，不是数字",
    suggestion: "改为半角数字 {{value}}（可用“转换为数字”一键修正）",
  },
  "number-with-unit": {
    severity: "error",
    message: "{{sheet}}!{{cell}} 的{{raw}}带有单位，应为纯数字",
    suggestion: "改为 {{value}}{{unitAdvice}}",
  },
  "excel-error-value": {
    severity: "error",
    message: "{{sheet}}!{{cell}} 是错误值{{raw}}",
    suggestion: "修正该单元格的公式或引用，或直接填写{{expected}}",
  },
  "not-a-number": {
    severity: "error",
    message: "{{sheet}}!{{cell}} 的{{raw}}不是数字，“{{header}}”应填数字",
    suggestion: "改填数字{{naAdvice}}",
  },
  "boolean-in-number": {
    severity: "error",
    message: "{{sheet}}!{{cell}} 的{{raw}}是逻辑值，“{{header}}”应填数字",
    suggestion: "改填数字{{naAdvice}}",
  },
  "date-in-number": {
    severity: "error",
    message: "{{sheet}}!{{cell}} 是日期或时间{{raw}}，“{{header}}”应填数字",
    suggestion: "改填数字，并把单元格格式设为“常规”或“数值”（Excel 会把 2023/1/1、1-5 这样的输入当作日期）",
  },
  "formula-without-result": {
    severity: "error",
    message: "{{sheet}}!{{cell}} 的公式没有计算结果，请在 Excel 中重算后保存",
    suggestion: "在 Excel 中打开该工作簿，按 F9（或“公式”→“开始计算”）后保存，再生成",
  },
  "not-applicable-required": {
    severity: "info",
    message: "{{sheet}}!{{cell}} 的{{raw}}表示不适用，文字稿将略去该行与“{{header}}”有关的内容",
    suggestion: "如该项适用，请填写数字",
  },
} as const;

type MessageId = keyof typeof messages;

/** Where the unit of a numeric column lives, for the number-with-unit suggestion. */
type UnitHome =
  | { readonly kind: "column"; readonly header: string }
  | { readonly kind: "header"; readonly unit: string }
  | { readonly kind: "none" };

/** Amount units that convert by powers of ten (same currency only). */
const AMOUNT_FACTORS: Readonly<Record<string, number>> = {
  元: 1,
  万元: 1e4,
  亿元: 1e8,
  美元: 1,
  万美元: 1e4,
  亿美元: 1e8,
};

function currencyOf(unit: string): string {
  return unit.indexOf("美元") >= 0 ? "USD" : "CNY";
}

/** The unit column that belongs to a numeric column, if any. */
const UNIT_COLUMN: Readonly<Record<string, string>> = {
  "indicators.estimate": "unit",
  "indicators.target": "unit",
  "indicators.lastYear": "unit",
  "indicators.cumulative": "unit",
  "dataItems.value": "unit",
  "negotiations.investment": "investmentUnit",
};

function unitHome(table: Table, column: ColumnSpec): UnitHome {
  const unitKey = UNIT_COLUMN[`${table.sheetKey}.${column.key}`];
  if (unitKey) {
    const unitColumn = columnsOf(table.sheetKey).find((c) => c.key === unitKey);
    return { kind: "column", header: unitColumn ? headerLabel(table, unitColumn) : unitKey };
  }
  const inHeader = /[（(]([^）)]+)[）)]$/.exec(column.header);
  return inHeader?.[1] ? { kind: "header", unit: inHeader[1] } : { kind: "none" };
}

function unitSuggestion(home: UnitHome, value: number, unit: string): { value: string; unitAdvice: string } {
  switch (home.kind) {
    case "column":
      return { value: formatGeneral(value), unitAdvice: `，单位写在“${home.header}”列` };
    case "header": {
      if (unit === home.unit) return { value: formatGeneral(value), unitAdvice: `（本列单位已是${home.unit}）` };
      const from = AMOUNT_FACTORS[unit];
      const to = AMOUNT_FACTORS[home.unit];
      if (from !== undefined && to !== undefined && currencyOf(unit) === currencyOf(home.unit)) {
        return { value: formatGeneral((value * from) / to), unitAdvice: `（已由${unit}换算为本列单位${home.unit}）` };
      }
      return { value: `按${home.unit}计的数字`, unitAdvice: `（现写的单位是“${unit}”，本列单位为${home.unit}）` };
    }
    case "none":
      return { value: formatGeneral(value), unitAdvice: "" };
    default: {
      const unreachable: never = home;
      return unreachable;
    }
  }
}

interface NumericCell {
  readonly sheet: string;
  readonly cell: TableCell;
  readonly header: string;
  readonly required: boolean;
  readonly home: UnitHome;
  /** Whether a not-applicable marker is reported as info (false for 参数, whose rule handles it). */
  readonly reportNotApplicable: boolean;
}

function checkNumeric(target: NumericCell, issues: Issue[]): void {
  const { cell, sheet } = target;
  const parsed: ParsedCell = cell.parsed;
  if (parsed.kind === "blank") return;
  if (parsed.kind === "number") {
    // a date typed into a figure: Excel stores its day number (2023/1/1 is 44927)
    if (isDateFormat(cell.numberFormat)) {
      issues.push(
        report(cellValue, "date-in-number", sheet, cell.address, {
          raw: `“${formatDateSerial(parsed.value)}”`,
          header: target.header,
        }),
      );
    }
    return;
  }
  const naAdvice = target.required ? "" : "；不适用时填“—”或留空";
  // quoting is left until an issue exists: most cells are fine, and this runs on every cell
  const at = (id: MessageId, data: Record<string, string | number>): void => {
    issues.push(
      report(cellValue, id, sheet, cell.address, { raw: quoteRaw(cell.raw), header: target.header, ...data }),
    );
  };
  switch (parsed.kind) {
    case "notApplicable":
      if (target.required && target.reportNotApplicable) at("not-applicable-required", {});
      return;
    case "textNumber":
      at("number-stored-as-text", { value: formatGeneral(parsed.value) });
      return;
    case "fullWidthNumber":
      at("full-width-number", { value: formatGeneral(parsed.value) });
      return;
    case "numberWithUnit":
      at("number-with-unit", unitSuggestion(target.home, parsed.value, parsed.unit));
      return;
    case "excelError":
      at("excel-error-value", { expected: "数字" });
      return;
    case "formulaWithoutResult":
      at("formula-without-result", {});
      return;
    case "boolean":
      at("boolean-in-number", { naAdvice });
      return;
    case "text":
      at("not-a-number", { naAdvice });
      return;
    default: {
      const unreachable: never = parsed;
      return unreachable;
    }
  }
}

/** 参数 rows whose value is a number. */
const NUMERIC_PARAMETERS: readonly ParameterKey[] = ["year", "month", "usdRate"];

function checkTables(context: RuleContext, issues: Issue[]): void {
  for (const key of READ_SHEET_KEYS) {
    const table = context.table(key);
    if (table.rows.length === 0) continue;
    const sheet = context.sheetName(key);
    const columns = columnsOf(key).filter((c) => c.type !== "computed" && table.columns[c.key]);
    const numeric = columns.map((c) =>
      c.type === "number" ? { header: headerLabel(table, c), home: unitHome(table, c) } : undefined,
    );
    for (const row of table.rows) {
      columns.forEach((column, i) => {
        const cell = cellOf(row, column.key);
        const n = numeric[i];
        if (n) {
          checkNumeric(
            { sheet, cell, header: n.header, required: column.required, home: n.home, reportNotApplicable: true },
            issues,
          );
        } else if (cell.parsed.kind === "excelError") {
          issues.push(
            report(cellValue, "excel-error-value", sheet, cell.address, { raw: quoteRaw(cell.raw), expected: "内容" }),
          );
        } else if (cell.parsed.kind === "formulaWithoutResult") {
          issues.push(report(cellValue, "formula-without-result", sheet, cell.address));
        }
      });
    }
  }
}

function checkParameters(context: RuleContext, issues: Issue[]): void {
  const sheet = context.sheetName("parameters");
  for (const key of NUMERIC_PARAMETERS) {
    const parameter = context.data.parameters[key];
    if (!parameter || parameter.cell.address === "") continue;
    // an error value or a formula without a result in 值 is reported by the table pass above
    if (parameter.cell.parsed.kind === "excelError" || parameter.cell.parsed.kind === "formulaWithoutResult") continue;
    checkNumeric(
      {
        sheet,
        cell: parameter.cell,
        header: parameter.name.trim(),
        required: true,
        home: { kind: "none" },
        reportNotApplicable: false,
      },
      issues,
    );
  }
}

export const cellValue: Rule<MessageId> = {
  id: "cell-value",
  description: "数值列（及数值参数）必须是真正的数字，不是日期；任何输入单元格不得是错误值或没有计算结果的公式",
  messages,
  check(context) {
    const issues: Issue[] = [];
    checkTables(context, issues);
    checkParameters(context, issues);
    return issues;
  },
};
