/**
 * The one pipeline every surface runs — task pane, command line, tests:
 * read → parse → validate → compute → render → plan. Adapters read cells into a RawWorkbook
 * before and apply the returned plan after; nothing here touches a workbook.
 */
import type { NarrativeDocument } from "./document";
import { sortIssues, type Issue } from "./issue";
import { SHEET_ORDER, LAYOUT } from "./layout";
import { startGenerate, type GenerateOptions } from "./generate-stages";
import type { ReportType } from "./report-types";
import { computedColumnsPlan, highlightPlan, issuesSheetPlan } from "./output-plan";
import { concatPlans, type WritePlan } from "./plan";
import type { RawWorkbook } from "./raw-cell";
import { readWorkbook, type WorkbookData } from "./read-workbook";
import { validate } from "./validate";

export interface ValidateResult {
  readonly data: WorkbookData;
  readonly issues: readonly Issue[];
  /** 校验结果 sheet, computed-column formulas and highlights. */
  readonly plan: WritePlan;
}

export interface GenerateResult extends ValidateResult {
  readonly document: NarrativeDocument;
  /** The report written: its template and output sheets. */
  readonly report: ReportType;
}

const SHEET_NAMES_IN_ORDER = SHEET_ORDER.map((k) => LAYOUT[k].name);

export { mergeIssues } from "./generate-stages";

/** 校验: issues, the 校验结果 sheet, live formulas in the computed columns and highlights. */
export function validateWorkbook(raw: RawWorkbook): ValidateResult {
  const data = readWorkbook(raw);
  const issues = sortIssues(validate(data), SHEET_NAMES_IN_ORDER);
  return { data, issues, plan: outputPlan(data, issues, raw.sheetNames) };
}

/** 生成文字稿: everything 校验 does, plus the narrative and the report's 文字稿 sheet. */
export function generate(raw: RawWorkbook, options: GenerateOptions = {}): GenerateResult {
  // the stages of generate-stages.ts, run without pausing: one definition of the pipeline
  const run = startGenerate(raw, options);
  while (run.step() !== undefined) {
    // each call runs one stage
  }
  return run.result();
}

function outputPlan(data: WorkbookData, issues: readonly Issue[], sheetNames: readonly string[]): WritePlan {
  return concatPlans(
    computedColumnsPlan(data.tables.indicators),
    issuesSheetPlan(issues, sheetNames),
    highlightPlan(issues, data),
  );
}
