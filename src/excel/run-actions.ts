/**
 * The task pane's code path: each user action is ONE `Excel.run` — read the workbook, let the
 * core decide, apply its plan — with progress callbacks. Two syncs read (sheet names, then every
 * layout sheet's used range in one batch) and one writes, so an action makes three syncs unless
 * the 5 MB request and response limits of Excel on the web force the read of a sheet taller than
 * 12,000 rows or the write into more batches. Failures come
 * back as a typed result with a Chinese message, never thrown past the pane and never silent.
 * A protected sheet does not fail an action: it reads, decides and writes what it can, and names
 * the sheets it could not write into in `blocked` (protection.ts).
 */
import type { NarrativeDocument } from "../core/document";
import { validateWorkbook } from "../core/generate";
import { generateAsync, type GenerateStage } from "../core/generate";
import type { Issue } from "../core/issue";
import { planLayout } from "../core/layout-plan";
import {
  detectNarrativeEdits,
  fingerprintWritten,
  keepEditedNarrative,
  type EditedNarrativeChoice,
  type NarrativeDecisionNeeded,
} from "../core/narrative-edits";
import { narrativeInputs, type NarrativeInputs } from "../core/narrative-inputs";
import { narrativeSheetValues } from "../core/output-plan";
import { concatPlans, type WritePlan } from "../core/plan";
import type { RawWorkbook } from "../core/raw-cell";
import type { ReportType } from "../core/report-types";
import { narrativeEngineReady } from "../core/narrative/narrative-engine";
import { wordingLexiconReady } from "../core/wording/check-wording";
import { applyPlan, type ApplyResult } from "./apply-plan";
import { toExcelActionError, type ExcelActionError } from "./excel-error";
import { readNarrativeFingerprint, saveNarrativeFingerprint } from "./narrative-fingerprint";
import { NO_PROTECTION, type BlockedWrite } from "./protection";
import { readWorkbook } from "./read-workbook";
import { detectSupport, type HostSupport } from "./requirements";

export type ActionPhase = "reading" | "computing" | "writing";

export interface ActionOptions {
  readonly onProgress?: (phase: ActionPhase) => void;
  /** 生成文字稿 only: after each core stage (read, validate, render, plan), with the count done and the total. */
  readonly onStage?: (stage: GenerateStage, done: number, total: number) => void;
  /** Request size limit in bytes (default 5 MB, Excel on the web). */
  readonly maxRequestBytes?: number;
  /** Response size limit in bytes (default 5 MB, Excel on the web): large sheets are read in row blocks. */
  readonly maxResponseBytes?: number;
  /** Host support; detected with `Office.context.requirements` when absent. */
  readonly support?: HostSupport;
}

export interface ActionReport {
  /** Features skipped because the host is too old (Chinese, e.g. 下拉列表). */
  readonly skipped: readonly string[];
  /**
   * Sheets the action could not write into because they (or the workbook's structure) are
   * protected, each with a Chinese sentence that names the sheet, says what was not written and
   * how to unprotect it. The rest was done: the issues, the text and the other sheets are there.
   */
  readonly blocked: readonly BlockedWrite[];
  /** `context.sync()` calls the action made. */
  readonly syncs: number;
}

export type ActionOutcome<T> =
  ({ readonly ok: true } & T & ActionReport) | { readonly ok: false; readonly error: ExcelActionError };

export interface LayoutResult {
  readonly changes: readonly string[];
  readonly warnings: readonly string[];
}

export interface ValidateResult {
  readonly issues: readonly Issue[];
}

export interface GenerateResult extends ValidateResult {
  readonly narrativeEdited?: false;
  readonly document: NarrativeDocument;
  /** The name the edited 文字稿 was kept under, when it was kept. */
  readonly keptNarrativeAs?: string;
  /** What the text was generated from: the pane checks it before copying or exporting the text. */
  readonly inputs: NarrativeInputs;
  /** The report written: its template sheet and the 文字稿 sheet the text went to. */
  readonly report: ReportType;
}

export type { EditedNarrativeChoice, NarrativeDecisionNeeded };

export interface GenerateOptions extends ActionOptions {
  /** Default "keep": an edited 文字稿 is renamed 文字稿（修改稿）, never lost. */
  readonly editedNarrative?: EditedNarrativeChoice;
  /** The report to write (年度总结, 月度进展 …); the workbook's first report by default. */
  readonly report?: string;
}

type Decided<T> = { plan: WritePlan; result: T };
type Decide<T> = (workbook: RawWorkbook, report: ReportType) => Decided<T> | Promise<Decided<T>>;

interface RunOptions extends ActionOptions {
  /** Reads the report's 文字稿 sheet with the input sheets. */
  readonly readNarrative?: boolean;
  /** The report whose template (and 文字稿) to read. */
  readonly report?: string;
}

/**
 * Gives the pane's page a chance to paint and handle input: the next animation frame and then a
 * timer tick, or the timer alone where there are no frames (a hidden pane, Node). Never waits
 * more than 50 ms, since a hidden page may get no frames at all.
 */
export function yieldToUi(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      resolve();
    };
    // No globalThis: Internet Explorer 11 (Office 2016/2019) has none. `typeof` is safe where
    // requestAnimationFrame is not declared at all (Node).
    if (typeof requestAnimationFrame === "function") {
      requestAnimationFrame(() => setTimeout(finish, 0));
      setTimeout(finish, 50);
    } else setTimeout(finish, 0);
  });
}

/** read → core → apply inside one Excel.run. */
async function runAction<T>(options: RunOptions, decide: Decide<T>): Promise<ActionOutcome<T>> {
  const progress = options.onProgress ?? (() => undefined);
  try {
    // the spun-wording lexicon is a chunk of its own in the pane: loaded before the first check
    // so is the narrative engine (generate, and the copy/export check after it)
    await Promise.all([wordingLexiconReady(), narrativeEngineReady()]);
    return await Excel.run(async (context) => {
      const support = options.support ?? detectSupport();
      progress("reading");
      const read = await readWorkbook(context, support, {
        maxResponseBytes: options.maxResponseBytes,
        narrative: options.readNarrative,
        report: options.report,
      });
      progress("computing");
      const { plan, result } = await decide(read.workbook, read.report);
      progress("writing");
      const applied: ApplyResult = await applyPlan(context, plan, support, {
        maxRequestBytes: options.maxRequestBytes,
        existingSheets: read.workbook.sheetNames,
        ownedHighlights: read.ownedHighlights,
        protection: read.protection,
      });
      const outcome: { readonly ok: true } & T & ActionReport = {
        ok: true,
        ...result,
        skipped: applied.skippedFeatures,
        blocked: applied.blocked,
        syncs: read.syncs + applied.syncs,
      };
      return outcome;
    });
  } catch (error) {
    return { ok: false, error: toExcelActionError(error) };
  }
}

/** 建立表格: adds the missing sheets, headers, formats and lists; never overwrites a user's cell. */
export function createLayout(
  options: ActionOptions & { readonly sample?: boolean } = {},
): Promise<ActionOutcome<LayoutResult>> {
  return runAction(options, (workbook) => {
    const layout = planLayout(workbook, { sample: options.sample === true });
    return { plan: layout.plan, result: { changes: layout.changes, warnings: layout.warnings } };
  });
}

/** 校验: the issue list, the 校验结果 sheet, computed-column formulas and highlights. */
export function validate(options: ActionOptions = {}): Promise<ActionOutcome<ValidateResult>> {
  return runAction(options, (workbook) => {
    const result = validateWorkbook(workbook);
    return { plan: result.plan, result: { issues: result.issues } };
  });
}

/**
 * 生成文字稿: everything 校验 does, plus the narrative and the 文字稿 sheet. The core runs stage by
 * stage with `yieldToUi` before and between the stages, so the pane paints its progress and stays
 * responsive on a large workbook (about a second of core work at 100,000 project rows).
 * A 文字稿 sheet edited since the add-in wrote it is never replaced silently: see
 * `EditedNarrativeChoice`. After a write, the fingerprint of the new 文字稿 goes into the
 * document's settings, so that the next run can tell an edit.
 */
export function generate(
  options: GenerateOptions & { readonly editedNarrative: "ask" },
): Promise<ActionOutcome<GenerateResult | NarrativeDecisionNeeded>>;
export function generate(
  options?: GenerateOptions & { readonly editedNarrative?: "keep" | "replace" },
): Promise<ActionOutcome<GenerateResult>>;
export function generate(options: GenerateOptions): Promise<ActionOutcome<GenerateResult | NarrativeDecisionNeeded>>;
export function generate(
  options: GenerateOptions = {},
): Promise<ActionOutcome<GenerateResult | NarrativeDecisionNeeded>> {
  const choice = options.editedNarrative ?? "keep";
  let written: ReportType | undefined;
  return runAction<GenerateResult | NarrativeDecisionNeeded>(
    { ...options, readNarrative: true },
    (workbook, report) => {
      written = report;
      const output = report.outputSheet;
      const edits = detectNarrativeEdits(workbook, readNarrativeFingerprint(output), output);
      if (edits.edited && choice === "ask") {
        const stop: NarrativeDecisionNeeded = { narrativeEdited: true, unknownOrigin: edits.unknownOrigin };
        return { plan: { steps: [] }, result: stop };
      }
      const kept = edits.edited && choice === "keep" ? keepEditedNarrative(workbook, output) : undefined;
      return yieldToUi()
        .then(() =>
          generateAsync(kept ? kept.workbook : workbook, { onStage: options.onStage, pause: yieldToUi, report }),
        )
        .then((result) => {
          const done: GenerateResult = {
            issues: result.issues,
            document: result.document,
            inputs: narrativeInputs(workbook, report.templateSheet),
            report,
          };
          return kept
            ? {
                plan: concatPlans({ steps: [kept.step] }, result.plan),
                result: { ...done, keptNarrativeAs: kept.keptAs },
              }
            : { plan: result.plan, result: done };
        });
    },
  ).then((outcome) =>
    // computed after the write, where only the pane needs it (megabytes of text at 100,000 rows);
    // not when a protected sheet kept the 文字稿 from being written
    outcome.ok && !outcome.narrativeEdited && !outcome.blocked.some((b) => b.sheet === written?.outputSheet)
      ? saveNarrativeFingerprint(fingerprintWritten(narrativeSheetValues(outcome.document)), written?.outputSheet).then(
          () => outcome,
        )
      : outcome,
  );
}

/** Applies a plan the pane built (fix actions, 参数 edits): names read first, then one write batch. */
export function applyPlanAction(plan: WritePlan, options: ActionOptions = {}): Promise<ActionOutcome<object>> {
  const progress = options.onProgress ?? (() => undefined);
  return Excel.run(async (context) => {
    const support = options.support ?? detectSupport();
    const worksheets = context.workbook.worksheets;
    const sheetProtection = support.supports("1.2");
    worksheets.load(sheetProtection ? "items/name, items/protection/protected" : "items/name");
    progress("reading");
    await context.sync();
    const existingSheets = worksheets.items.map((s) => s.name);
    progress("writing");
    const applied = await applyPlan(context, plan, support, {
      maxRequestBytes: options.maxRequestBytes,
      existingSheets,
      protection: sheetProtection
        ? {
            protectedSheets: worksheets.items.filter((s) => s.protection.protected).map((s) => s.name),
            structureProtected: false,
          }
        : NO_PROTECTION,
    });
    const outcome: ActionOutcome<object> = {
      ok: true,
      skipped: applied.skippedFeatures,
      blocked: applied.blocked,
      syncs: 1 + applied.syncs,
    };
    return outcome;
  }).catch((error: unknown): ActionOutcome<object> => ({ ok: false, error: toExcelActionError(error) }));
}

/** Reads the workbook as the core sees it (for the pane's settings form and fix actions). */
export function readRawWorkbook(
  options: ActionOptions & { readonly report?: string } = {},
): Promise<ActionOutcome<{ readonly workbook: RawWorkbook }>> {
  return Excel.run(async (context) => {
    const read = await readWorkbook(context, options.support ?? detectSupport(), {
      maxResponseBytes: options.maxResponseBytes,
      report: options.report,
    });
    const outcome: ActionOutcome<{ readonly workbook: RawWorkbook }> = {
      ok: true,
      workbook: read.workbook,
      skipped: [],
      blocked: [],
      syncs: read.syncs,
    };
    return outcome;
  }).catch((error: unknown): ActionOutcome<{ readonly workbook: RawWorkbook }> => ({
    ok: false,
    error: toExcelActionError(error),
  }));
}
