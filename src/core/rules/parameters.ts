/**
 * The 参数 sheet: 年度, 单位名称 and 截至月份 must be given; 年度 is a whole year 2000–2100,
 * 截至月份 a whole month 1–12, 美元汇率 a positive number (a warning outside 5–10: probably
 * typed per 100 dollars or inverted), 列举序号 one of the allowed markers. A value that is not a
 * real number at all is cell-value's business; this rule checks the numbers' ranges.
 */
import type { Issue } from "../issue";
import { ENUMERATIONS, PARAMETERS, type ParameterKey } from "../layout";
import { numberOf, quoteRaw } from "../parse-cell";
import { cellText, report, type Rule } from "./rule";

const messages = {
  "missing-parameter": {
    severity: "error",
    message: "工作表“{{sheet}}”缺少参数“{{name}}”",
    suggestion: "在“参数”列加一行“{{name}}”，并在“值”列填写{{expected}}",
  },
  "blank-parameter": {
    severity: "error",
    message: "{{sheet}}!{{cell}} 为{{raw}}：参数“{{name}}”必须填写",
    suggestion: "填写{{expected}}",
  },
  "invalid-year": {
    severity: "error",
    message: "{{sheet}}!{{cell}} 的年度{{raw}}不是2000—2100之间的整数年份",
    suggestion: "填写四位年份，如 2023",
  },
  "invalid-month": {
    severity: "error",
    message: "{{sheet}}!{{cell}} 的截至月份{{raw}}不是1—12之间的整数",
    suggestion: "填写数据截至的月份，如 10",
  },
  "invalid-usd-rate": {
    severity: "error",
    message: "{{sheet}}!{{cell}} 的美元汇率{{raw}}不是正数",
    suggestion: "填写1美元折合的人民币元数，如 7.05",
  },
  "unusual-usd-rate": {
    severity: "warning",
    message: "{{sheet}}!{{cell}} 的美元汇率{{raw}}不在常见范围5—10之内",
    suggestion: "核对是否按1美元折合人民币元填写（如 7.05，而不是 705 或 0.14）",
  },
  "invalid-list-marker": {
    severity: "error",
    message: "{{sheet}}!{{cell}} 的列举序号{{raw}}不是可选的样式",
    suggestion: "改为以下之一：{{allowed}}（留空则用“（1）”）",
  },
} as const;

const EXPECTED: Readonly<Record<ParameterKey, string>> = {
  year: "年度（如 2023）",
  unitName: "单位名称（如 开发区管委会）",
  month: "截至月份（如 10）",
  usdRate: "美元汇率（如 7.05）",
  listMarker: "列举序号（如 （1））",
};

function isWhole(n: number): boolean {
  return Math.floor(n) === n;
}

export const parameters: Rule<keyof typeof messages> = {
  id: "parameters",
  description: "参数表：必填参数齐全，年度、截至月份、美元汇率和列举序号在有效范围内",
  messages,
  check(context) {
    const issues: Issue[] = [];
    const table = context.data.tables.parameters;
    if (!table.present || table.headerRow === undefined) return issues;
    const sheet = context.sheetName("parameters");
    for (const key of Object.keys(PARAMETERS) as ParameterKey[]) {
      const spec = PARAMETERS[key];
      const parameter = context.data.parameters[key];
      const cell = parameter?.cell;
      const kind = cell?.parsed.kind;
      const absent = kind === undefined || kind === "blank" || kind === "notApplicable";
      if (absent) {
        if (!spec.required) continue;
        if (!parameter || !cell || cell.address === "") {
          issues.push(report(parameters, "missing-parameter", sheet, "", { name: spec.name, expected: EXPECTED[key] }));
        } else {
          issues.push(
            report(parameters, "blank-parameter", sheet, cell.address, {
              name: parameter.name.trim(),
              raw: quoteRaw(cell.raw),
              expected: EXPECTED[key],
            }),
          );
        }
        continue;
      }
      if (!cell) continue;
      const raw = quoteRaw(cell.raw);
      const n = numberOf(cell.parsed);
      switch (key) {
        case "year":
          if (n !== undefined && !(isWhole(n) && n >= 2000 && n <= 2100))
            issues.push(report(parameters, "invalid-year", sheet, cell.address, { raw }));
          break;
        case "month":
          if (n !== undefined && !(isWhole(n) && n >= 1 && n <= 12))
            issues.push(report(parameters, "invalid-month", sheet, cell.address, { raw }));
          break;
        case "usdRate":
          if (n !== undefined && !(n > 0))
            issues.push(report(parameters, "invalid-usd-rate", sheet, cell.address, { raw }));
          else if (n !== undefined && (n < 5 || n > 10))
            issues.push(report(parameters, "unusual-usd-rate", sheet, cell.address, { raw }));
          break;
        case "listMarker": {
          const allowed: readonly string[] = ENUMERATIONS.listMarker;
          if (cell.parsed.kind !== "excelError" && !allowed.includes(cellText(cell))) {
            issues.push(
              report(parameters, "invalid-list-marker", sheet, cell.address, { raw, allowed: allowed.join(" / ") }),
            );
          }
          break;
        }
        case "unitName":
          break;
        default: {
          const unreachable: never = key;
          return unreachable;
        }
      }
    }
    return issues;
  },
};
