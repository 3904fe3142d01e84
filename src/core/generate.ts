/**
 * The one pipeline every surface runs — task pane, command line, tests:
 * read → parse → validate → compute → render → plan. Adapters read cells into a RawWorkbook
 * before and apply the returned plan after; nothing here touches a workbook.
 *
 * `generate` runs in stages: the task pane runs them with a pause between them so that a large
 * workbook (100,000 project rows take about a second of core work) never freezes the pane and
 * progress can be shown; the benchmark times each stage. Every caller runs the same stages in the
 * same order, so the result is the one `generate` gives, byte for byte.
 */
import type { GenerateResult, ValidateResult } from "./action-results";
import { sortIssues, type Issue } from "./issue";
import { SHEET_ORDER, LAYOUT } from "./layout";
import { renderWithEngine } from "./narrative/narrative-engine";
import type { RenderResult } from "./narrative/render-narrative";
import { computedColumnsPlan, highlightPlan, issuesSheetPlan, narrativeSheetPlan } from "./output-plan";
import { concatPlans, type WritePlan } from "./plan";
import type { RawWorkbook } from "./raw-cell";
import { parseWorkbook, type WorkbookData } from "./parse-workbook";
import { DEFAULT_REPORT, findReport, type ReportType } from "./report-types";
import { validate } from "./validate";

/** What 校验 decided: the result the pane shows, the workbook as parsed and the plan that writes it. */
export interface Validation extends ValidateResult {
  readonly data: WorkbookData;
  /** 校验结果 sheet, computed-column formulas and highlights. */
  readonly plan: WritePlan;
}

/** What 生成文字稿 decided: the text and the report written (its template and output sheets) besides. */
export type Generation = Validation & Pick<GenerateResult, "document" | "report">;

const SHEET_NAMES_IN_ORDER = SHEET_ORDER.map((k) => LAYOUT[k].name);

/** 校验: issues, the 校验结果 sheet, live formulas in the computed columns and highlights. */
export function validateWorkbook(raw: RawWorkbook): Validation {
  const data = parseWorkbook(raw);
  const issues = sortIssues(validate(data), SHEET_NAMES_IN_ORDER);
  return { data, issues, plan: outputPlan(data, issues, raw.sheetNames) };
}

/** 生成文字稿: everything 校验 does, plus the narrative and the report's 文字稿 sheet. */
export function generate(raw: RawWorkbook, options: GenerateOptions = {}): Generation {
  // the stages below, run without pausing: one definition of the pipeline
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

/**
 * Issues of validation and of rendering, without repeats: where validation already reports an
 * error at a cell, the renderer's "missing value" at the same cell adds nothing.
 */
export function mergeIssues(validation: readonly Issue[], rendering: readonly Issue[]): Issue[] {
  const key = (i: Issue): string => `${i.sheet}!${i.cell}`;
  const errorCells = new Set(validation.filter((i) => i.severity === "error" && i.cell !== "").map(key));
  const seen = new Set<string>();
  const merged: Issue[] = [];
  const fromRendering = new Set<Issue>(rendering);
  for (const issue of [...validation, ...rendering]) {
    if (fromRendering.has(issue) && issue.cell !== "" && errorCells.has(key(issue))) continue;
    const id = `${issue.code}|${key(issue)}|${issue.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    merged.push(issue);
  }
  return sortIssues(merged, SHEET_NAMES_IN_ORDER);
}

/** read/parse → validate → render → plan. */
export const GENERATE_STAGES = ["read", "validate", "render", "plan"] as const;

export type GenerateStage = (typeof GENERATE_STAGES)[number];

/** A generate in progress: `step()` runs the next stage. */
export interface GenerateRun {
  /** Runs the next stage and names it; undefined once every stage has run. */
  step(): GenerateStage | undefined;
  /** The result, once `step()` has returned undefined (throws before). */
  result(): Generation;
}

/** Thrown when a result is asked for before the last stage ran (a programming mistake). */
export class GenerateNotFinishedError extends Error {
  readonly code = "generate-not-finished";
  constructor() {
    super("generate: result() called before every stage ran");
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "GenerateNotFinishedError";
  }
}

export interface GenerateOptions {
  /** The report to write (its template and output sheets); the workbook's first one by default. */
  readonly report?: ReportType;
}

/** Starts a generate of `raw`; nothing runs until the first `step()`. */
export function startGenerate(raw: RawWorkbook, options: GenerateOptions = {}): GenerateRun {
  const report = options.report ?? findReport(raw.sheetNames) ?? DEFAULT_REPORT;
  let next = 0;
  let data: WorkbookData | undefined;
  let validation: Issue[] = [];
  let rendered: RenderResult | undefined;
  let result: Generation | undefined;
  const run: Record<GenerateStage, () => void> = {
    read: () => {
      data = parseWorkbook(raw, { templateSheet: report.templateSheet });
    },
    validate: () => {
      validation = validate(data as WorkbookData);
    },
    render: () => {
      rendered = renderWithEngine(data as WorkbookData);
    },
    plan: () => {
      const done = rendered as RenderResult;
      const parsed = data as WorkbookData;
      const issues = mergeIssues(validation, done.issues);
      const plan = concatPlans(
        computedColumnsPlan(parsed.tables.indicators),
        narrativeSheetPlan(done.document, raw.sheetNames, report.outputSheet),
        issuesSheetPlan(issues, raw.sheetNames),
        highlightPlan(issues, parsed),
      );
      result = { data: parsed, issues, document: done.document, plan, report };
    },
  };
  return {
    step() {
      const stage = GENERATE_STAGES[next];
      if (stage === undefined) return undefined;
      run[stage]();
      next++;
      return stage;
    },
    result() {
      if (!result) throw new GenerateNotFinishedError();
      return result;
    },
  };
}

export interface GenerateAsyncOptions extends GenerateOptions {
  /** Called after each stage: the stage, how many have run, and how many there are. */
  readonly onStage?: (stage: GenerateStage, done: number, total: number) => void;
  /** Waits between stages so the host can paint and handle input (the pane: a timer tick). */
  readonly pause: () => Promise<void>;
}

/** `generate` with a pause after every stage: the same result, without one long block of work. */
export function generateAsync(raw: RawWorkbook, options: GenerateAsyncOptions): Promise<Generation> {
  // promises, not async/await: the pane's ES5 bundle would carry a state machine for it
  const run = startGenerate(raw, options);
  let done = 0;
  const next = (): Promise<Generation> => {
    const stage = run.step();
    if (stage === undefined) return Promise.resolve(run.result());
    done++;
    if (options.onStage) options.onStage(stage, done, GENERATE_STAGES.length);
    return options.pause().then(next);
  };
  return Promise.resolve().then(next);
}
