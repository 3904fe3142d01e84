/**
 * A problem with the data is a value, never an exception. The JSON issue format of the command
 * line and the rows of the 校验结果 sheet are both rendered from this one shape.
 */
import { parseCellAddress } from "./a1";

export type Severity = "error" | "warning" | "info";

/**
 * A change inside a cell's text that a fix action may make: the word a spun-wording issue names,
 * replaced by its standard form — only while the cell still holds exactly `text`.
 */
export interface TextReplacement {
  /** The cell's text as it was checked. */
  readonly text: string;
  /** UTF-16 offsets of the part replaced, in `text`. */
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
}

export interface Issue {
  readonly severity: Severity;
  /** Stable code, listed in the README, e.g. "number-stored-as-text". */
  readonly code: string;
  /** Sheet name as users see it (e.g. 主要指标); "" for a workbook-wide problem. */
  readonly sheet: string;
  /** A1 address on that sheet, or "" for a whole-sheet problem. */
  readonly cell: string;
  /** Chinese, naming the cell and quoting its content. */
  readonly message: string;
  /** Chinese: how to fix it. */
  readonly suggestion: string;
  /** The one-click fix of a wording issue (spun-wording); absent elsewhere. */
  readonly replacement?: TextReplacement;
}

export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = {
  error: "错误",
  warning: "警告",
  info: "提示",
};

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Fills {{name}} placeholders; a placeholder without a value is left visible so the gap is noticed. */
export function fillPlaceholders(text: string, data: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole,
  );
}

/** Orders issues for display: errors first, then by sheet order given, then row and column. */
export function sortIssues(issues: readonly Issue[], sheetOrder: readonly string[]): Issue[] {
  const sheetRank = (s: string): number => {
    const i = sheetOrder.indexOf(s);
    return i < 0 ? sheetOrder.length : i;
  };
  const cellRank = (a: string): [number, number] => {
    const p = parseCellAddress(a);
    return p ? [p.row + 1, p.column + 1] : [0, 0];
  };
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((x, y) => {
      const a = x.issue;
      const b = y.issue;
      const [ar, ac] = cellRank(a.cell);
      const [br, bc] = cellRank(b.cell);
      return (
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        sheetRank(a.sheet) - sheetRank(b.sheet) ||
        ar - br ||
        ac - bc ||
        x.index - y.index
      );
    })
    .map((x) => x.issue);
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === "error");
}
