/**
 * Report types (issue 15): a unit writes more than one report from the same tables — the annual
 * summary, a monthly or quarterly progress report, a report of its own. Each is a pair of sheets,
 * its template and its output: 模板（月度进展）→ 文字稿（月度进展）. A workbook with the plain 模板
 * and 文字稿 sheets has one report, the annual summary, and keeps working as it always did.
 * A unit adds a type by copying a template sheet and naming the copy 模板（名称）.
 */
import { LAYOUT } from "./layout";
import { normaliseHeader } from "./read-table";

export interface ReportType {
  /** What the pane and `--report` call it: 年度总结 for the plain 模板 sheet, else the name in （）. */
  readonly name: string;
  /** The template sheet as the workbook spells it. */
  readonly templateSheet: string;
  /** The output sheet: 文字稿 for the plain 模板, 文字稿（名称） for 模板（名称）. */
  readonly outputSheet: string;
}

/** The report of the plain 模板 sheet. */
export const ANNUAL_REPORT_NAME = "年度总结";

/** The built-in progress report's name: its sheets are 模板（月度进展） and 文字稿（月度进展）. */
export const PROGRESS_REPORT_NAME = "月度进展";

/** The report a workbook without any template sheet has: the annual summary. */
export const DEFAULT_REPORT: ReportType = {
  name: ANNUAL_REPORT_NAME,
  templateSheet: LAYOUT.template.name,
  outputSheet: LAYOUT.narrative.name,
};

/** The sheet names of report `name`: 模板（name） and 文字稿（name）. */
export function namedReport(name: string): ReportType {
  return {
    name,
    templateSheet: `${LAYOUT.template.name}（${name}）`,
    outputSheet: `${LAYOUT.narrative.name}（${name}）`,
  };
}

/** 模板（名称） / 模板(名称) → 名称; the plain 模板 → ""; any other sheet → undefined. */
function reportNameOf(sheetName: string): string | undefined {
  const n = normaliseHeader(sheetName);
  const base = normaliseHeader(LAYOUT.template.name);
  if (n === base) return "";
  const m = /^\((.+)\)$/.exec(n.slice(base.length));
  return n.startsWith(base) && m ? (m[1] ?? "").trim() : undefined;
}

/**
 * The report types of a workbook, in tab order: one per template sheet (the plain 模板 first when
 * a workbook has none, as the annual summary). A plain 模板 beside a 模板（年度总结） is called 模板,
 * so that two reports never share a name.
 */
export function reportTypes(sheetNames: readonly string[]): ReportType[] {
  const found: { sheet: string; name: string }[] = [];
  for (const sheet of sheetNames) {
    const name = reportNameOf(sheet);
    if (name !== undefined) found.push({ sheet, name });
  }
  if (found.length === 0) return [DEFAULT_REPORT];
  const named = new Set(found.filter((f) => f.name !== "").map((f) => f.name));
  return found.map(({ sheet, name }) => {
    if (name !== "") return { name, templateSheet: sheet, outputSheet: `${LAYOUT.narrative.name}（${name}）` };
    return {
      name: named.has(ANNUAL_REPORT_NAME) ? LAYOUT.template.name : ANNUAL_REPORT_NAME,
      templateSheet: sheet,
      outputSheet: LAYOUT.narrative.name,
    };
  });
}

/**
 * The report called `name` (or the first one when no name is given); undefined when the workbook
 * has no such report. Names compare without white space and bracket widths.
 */
export function findReport(sheetNames: readonly string[], name?: string): ReportType | undefined {
  const types = reportTypes(sheetNames);
  if (name === undefined || name.trim() === "") return types[0];
  const wanted = normaliseHeader(name);
  return types.find((t) => normaliseHeader(t.name) === wanted || normaliseHeader(t.templateSheet) === wanted);
}

/** True for a template sheet: 模板, 模板（名称）. */
export function isTemplateSheet(sheetName: string): boolean {
  return reportNameOf(sheetName) !== undefined;
}

/** True for a report's own sheets, which the add-in owns: 模板（名称） and 文字稿（名称）. */
export function isReportSheet(sheetName: string): boolean {
  if (reportNameOf(sheetName) !== undefined) return true;
  const n = normaliseHeader(sheetName);
  const base = normaliseHeader(LAYOUT.narrative.name);
  return n.startsWith(`${base}(`) && n.endsWith(")");
}
