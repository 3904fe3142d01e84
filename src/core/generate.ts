/**
 * The one pipeline every surface runs — task pane, command line, tests:
 * read → parse → validate → compute → render → plan. Adapters read cells into a RawWorkbook
 * before and apply the returned plan after; nothing here touches a workbook.
 */
import type { NarrativeDocument } from "./document";
import { sortIssues, type Issue } from "./issue";
import { SHEET_ORDER, LAYOUT } from "./layout";
import { renderNarrative } from "./narrative/render-narrative";
import { computedColumnsPlan, highlightPlan, issuesSheetPlan, narrativeSheetPlan } from "./output-plan";
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
}

const SHEET_NAMES_IN_ORDER = SHEET_ORDER.map((k) => LAYOUT[k].name);

/**
 * Issues of validation and of rendering, without repeats: where validation already reports an
 * error at a cell, the renderer's "missing value" at the same cell adds nothing.
 */
export function mergeIssues(validation: readonly Issue[], rendering: readonly Issue[]): Issue[] {
  const key = (i: Issue): string => `${i.sheet}!${i.cell}`;
  const errorCells = new Set(validation.filter((i) => i.severity === "error" && i.cell !== "").map(key));
  const seen = new Set<string>();
  const merged: Issue[] = [];
  for (const issue of [...validation, ...rendering]) {
    if (rendering.includes(issue) && issue.cell !== "" && errorCells.has(key(issue))) continue;
    const id = `${issue.code}|${key(issue)}|${issue.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    merged.push(issue);
  }
  return sortIssues(merged, SHEET_NAMES_IN_ORDER);
}

/** 校验: issues, the 校验结果 sheet, live formulas in the computed columns and highlights. */
export function validateWorkbook(raw: RawWorkbook): ValidateResult {
  const data = readWorkbook(raw);
  const issues = sortIssues(validate(data), SHEET_NAMES_IN_ORDER);
  return { data, issues, plan: outputPlan(data, issues, raw.sheetNames) };
}

/** 生成文字稿: everything 校验 does, plus the narrative and the 文字稿 sheet. */
export function generate(raw: RawWorkbook): GenerateResult {
  const data = readWorkbook(raw);
  const validation = validate(data);
  const rendered = renderNarrative(data);
  const issues = mergeIssues(validation, rendered.issues);
  const plan = concatPlans(
    computedColumnsPlan(data.tables.indicators),
    narrativeSheetPlan(rendered.document, raw.sheetNames),
    issuesSheetPlan(issues, raw.sheetNames),
    highlightPlan(issues, data),
  );
  return { data, issues, document: rendered.document, plan };
}

function outputPlan(data: WorkbookData, issues: readonly Issue[], sheetNames: readonly string[]): WritePlan {
  return concatPlans(
    computedColumnsPlan(data.tables.indicators),
    issuesSheetPlan(issues, sheetNames),
    highlightPlan(issues, data),
  );
}
