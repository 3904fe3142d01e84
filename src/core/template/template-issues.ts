/**
 * The issues the template and its data produce, with their Chinese messages in one place.
 * Codes: template-syntax, template-unknown-field, template-unknown-function, template-bad-argument
 * (errors in the template itself, reported on its 模板 row) and missing-value (a value the text
 * needs is missing or unusable, reported at that cell).
 */
import type { Issue, Severity } from "../issue";
import { LAYOUT } from "../layout";

/**
 * Every code the narrative reports, with its severity; the validation rules declare theirs in
 * rules/. The README's table of issue codes lists both.
 */
export const NARRATIVE_ISSUE_CODES: Readonly<Record<string, Severity>> = {
  "template-syntax": "error",
  "template-unknown-field": "error",
  "template-unknown-function": "error",
  "template-bad-argument": "error",
  "missing-value": "error",
  "template-level": "warning",
  "template-unit-mismatch": "warning",
  "invalid-parameter": "warning",
};

export type TemplateIssueCode =
  "template-syntax" | "template-unknown-field" | "template-unknown-function" | "template-bad-argument";

/** Where a template paragraph lives: the 内容 cell of its 模板 row, or the built-in template. */
export interface TemplateLocation {
  /** The template sheet (模板, or 模板（月度进展） for a report type of its own); 模板 when absent. */
  readonly sheet?: string;
  /** Zero-based 模板 sheet row; undefined for the built-in default template. */
  readonly row?: number;
  /** A1 address of the 内容 cell ("" for the built-in template). */
  readonly cell: string;
}

const SUGGESTION: Readonly<Record<TemplateIssueCode, string>> = {
  "template-syntax": "按模板语法修改该行内容（见说明文档“模板语法”一节）",
  "template-unknown-field": "检查名称是否与参数、主要指标、数据项或表格列名一致",
  "template-unknown-function": "检查函数名（可用的函数见说明文档“模板语法”中的语法一览）",
  "template-bad-argument": "检查括号中的参数（见说明文档“模板语法”一节）",
};

/** An error in the template at character offset `at` of its row. */
export function templateIssue(code: TemplateIssueCode, message: string, location: TemplateLocation, at: number): Issue {
  const sheet = location.sheet ?? LAYOUT.template.name;
  const where = location.row === undefined ? "默认模板" : `${sheet}!${location.cell}`;
  return {
    severity: "error",
    code,
    sheet,
    cell: location.cell,
    message: `${where} 第${at + 1}个字符：${message}`,
    suggestion: SUGGESTION[code],
  };
}

/** A value the text needs is missing or unusable; `label` is what the 【待补：…】 marker shows. */
export function missingValueIssue(
  sheet: string,
  cell: string,
  label: string,
  reason: string,
  suggestion: string,
): Issue {
  const where = cell === "" ? sheet : `${sheet}!${cell}`;
  return {
    severity: "error",
    code: "missing-value",
    sheet,
    cell,
    message: `${where}（${label}）${reason}，文字稿中以【待补：${label}】标出`,
    suggestion,
  };
}

/** A 参数 value the narrative cannot use as given (it falls back to the default). */
export function parameterWarning(cell: string, message: string, suggestion: string): Issue {
  return { severity: "warning", code: "invalid-parameter", sheet: LAYOUT.parameters.name, cell, message, suggestion };
}
