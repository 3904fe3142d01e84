/**
 * The issue list as the pane shows it: grouped by sheet (in the layout's order, then any other
 * sheet, then workbook-wide problems), and within a sheet by severity, with counts.
 */
import type { Issue, Severity } from "../core/issue";
import { LAYOUT, SHEET_ORDER } from "../core/layout";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export type SeverityCounts = Readonly<Record<Severity, number>>;

export interface SeverityGroup {
  readonly severity: Severity;
  readonly issues: readonly Issue[];
}

export interface SheetGroup {
  /** The sheet's name as the workbook spells it; "" for workbook-wide issues. */
  readonly sheet: string;
  readonly counts: SeverityCounts;
  readonly total: number;
  /** Non-empty severity groups, errors first. */
  readonly severities: readonly SeverityGroup[];
}

export function countBySeverity(issues: readonly Issue[]): SeverityCounts {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity]++;
  return counts;
}

const LAYOUT_SHEETS: readonly string[] = SHEET_ORDER.map((k) => LAYOUT[k].name);

function sheetRank(sheet: string): number {
  if (sheet === "") return LAYOUT_SHEETS.length + 1;
  const i = LAYOUT_SHEETS.indexOf(sheet);
  return i < 0 ? LAYOUT_SHEETS.length : i;
}

/** Groups keep the issues' own order inside a severity (the core sorts by row, then column). */
export function groupIssues(issues: readonly Issue[]): SheetGroup[] {
  const bySheet = new Map<string, Issue[]>();
  const order: string[] = [];
  for (const issue of issues) {
    let list = bySheet.get(issue.sheet);
    if (!list) {
      list = [];
      bySheet.set(issue.sheet, list);
      order.push(issue.sheet);
    }
    list.push(issue);
  }
  const sheets = order
    .map((sheet, index) => ({ sheet, index }))
    .sort((a, b) => sheetRank(a.sheet) - sheetRank(b.sheet) || a.index - b.index)
    .map((x) => x.sheet);
  return sheets.map((sheet) => {
    const list = bySheet.get(sheet) ?? [];
    return {
      sheet,
      counts: countBySeverity(list),
      total: list.length,
      severities: SEVERITIES.map((severity) => ({
        severity,
        issues: list.filter((i) => i.severity === severity),
      })).filter((g) => g.issues.length > 0),
    };
  });
}
