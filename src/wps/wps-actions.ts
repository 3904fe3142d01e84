/**
 * The WPS edition's actions, each read → core → write, as the Excel edition's run-actions.ts does
 * them: one whole-range read of the workbook (wps-read-workbook.ts), the core's decision, one
 * application of its plan (wps-apply-plan.ts). WPS's object model is synchronous, so an action is
 * a run of calls with a pause between the phases for the pane to paint its progress. A protected
 * sheet or a read-only workbook does not fail an action: it reads, decides and writes what it can,
 * and names in `blocked` what it could not write. Failures come back as a typed result with a
 * Chinese message.
 */
import type { NarrativeDocument } from "../core/document";
import { generate as generateWorkbook, validateWorkbook } from "../core/generate";
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
import { narrativeEngineReady } from "../core/narrative/narrative-engine";
import { narrativeSheetValues } from "../core/output-plan";
import { concatPlans, type WritePlan } from "../core/plan";
import type { RawWorkbook } from "../core/raw-cell";
import type { ReportType } from "../core/report-types";
import { wordingLexiconReady } from "../core/wording/check-wording";
import type { BlockedWrite } from "../excel/protection";
import type { EtApplication, EtWorkbook, WpsPluginStorage } from "./et-api";
import { applyWpsPlan } from "./wps-apply-plan";
import { noWorkbookError, toWpsActionError, type WpsActionError } from "./wps-error";
import { etApplication, wpsGlobal } from "./wps-host";
import { readWpsFingerprint, saveWpsFingerprint } from "./wps-narrative-fingerprint";
import { readWpsWorkbook } from "./wps-read-workbook";

export type WpsActionPhase = "reading" | "computing" | "writing";

export interface WpsActionOptions {
  readonly onProgress?: (phase: WpsActionPhase) => void;
  /** WPS 表格's Application; the page's own by default (tests pass the simulator's). */
  readonly application?: EtApplication;
  /** The add-in's PluginStorage; the page's `wps.PluginStorage` by default. */
  readonly storage?: WpsPluginStorage;
}

export interface WpsActionReport {
  /** Features this host could not provide (none known in WPS: kept for the pane's contract). */
  readonly skipped: readonly string[];
  /** Sheets (or the read-only workbook) writes were kept out of, each with a Chinese sentence. */
  readonly blocked: readonly BlockedWrite[];
}

export type WpsOutcome<T> =
  ({ readonly ok: true } & T & WpsActionReport) | { readonly ok: false; readonly error: WpsActionError };

export interface WpsLayoutResult {
  readonly changes: readonly string[];
  readonly warnings: readonly string[];
}

export interface WpsValidateResult {
  readonly issues: readonly Issue[];
}

export interface WpsGenerateResult extends WpsValidateResult {
  readonly narrativeEdited?: false;
  readonly document: NarrativeDocument;
  readonly keptNarrativeAs?: string;
  readonly inputs: NarrativeInputs;
  readonly report: ReportType;
}

export interface WpsGenerateOptions extends WpsActionOptions {
  /** Default "keep": an edited 文字稿 is renamed 文字稿（修改稿）, never lost. */
  readonly editedNarrative?: EditedNarrativeChoice;
  readonly report?: string;
}

interface Decided<T> {
  readonly plan: WritePlan;
  readonly result: T;
  /** Runs after the write, with what was blocked (the 文字稿 fingerprint is saved there). */
  readonly after?: (blocked: readonly BlockedWrite[]) => void;
}

interface RunOptions extends WpsActionOptions {
  readonly readNarrative?: boolean;
  readonly report?: string;
}

/** Lets the pane paint between the phases of a synchronous action (a timer tick). */
function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function storageOf(options: WpsActionOptions): WpsPluginStorage | undefined {
  if (options.storage) return options.storage;
  const wps = wpsGlobal();
  return wps ? wps.PluginStorage : undefined;
}

function activeWorkbook(options: WpsActionOptions): { app: EtApplication; workbook: EtWorkbook } {
  const app = options.application ?? etApplication();
  const workbook = app.ActiveWorkbook;
  if (!workbook) throw noWorkbookError();
  return { app, workbook };
}

/** read → core → write. */
function runAction<T>(
  options: RunOptions,
  decide: (workbook: RawWorkbook, report: ReportType, book: EtWorkbook) => Decided<T>,
): Promise<WpsOutcome<T>> {
  const progress = options.onProgress ?? (() => undefined);
  // the spun-wording lexicon and the narrative engine load as chunks of their own, before the first action
  return Promise.all([wordingLexiconReady(), narrativeEngineReady()])
    .then(() => {
      progress("reading");
      return pause();
    })
    .then(() => {
      const { app, workbook } = activeWorkbook(options);
      const read = readWpsWorkbook(workbook, { narrative: options.readNarrative, report: options.report });
      progress("computing");
      return pause().then(() => ({ app, workbook, read }));
    })
    .then(({ app, workbook, read }) => {
      const decided = decide(read.workbook, read.report, workbook);
      progress("writing");
      return pause().then(() => ({ app, workbook, read, decided }));
    })
    .then(({ app, workbook, read, decided }): WpsOutcome<T> => {
      const applied =
        decided.plan.steps.length === 0
          ? { blocked: [] }
          : applyWpsPlan(app, workbook, decided.plan, {
              existingSheets: read.workbook.sheetNames,
              sheets: read.sheets,
            });
      if (decided.after) decided.after(applied.blocked);
      return { ok: true, ...decided.result, skipped: [], blocked: applied.blocked };
    })
    .catch((error: unknown): WpsOutcome<T> => ({ ok: false, error: toWpsActionError(error) }));
}

/** 建立表格: adds the missing sheets, headers, formats and lists; never overwrites a user's cell. */
export function createLayoutInWps(
  options: WpsActionOptions & { readonly sample?: boolean } = {},
): Promise<WpsOutcome<WpsLayoutResult>> {
  return runAction(options, (workbook) => {
    const layout = planLayout(workbook, { sample: options.sample === true });
    return { plan: layout.plan, result: { changes: layout.changes, warnings: layout.warnings } };
  });
}

/** 校验: the issue list, the 校验结果 sheet, computed-column formulas and highlights. */
export function validateInWps(options: WpsActionOptions = {}): Promise<WpsOutcome<WpsValidateResult>> {
  return runAction(options, (workbook) => {
    const result = validateWorkbook(workbook);
    return { plan: result.plan, result: { issues: result.issues } };
  });
}

/**
 * 生成文字稿: everything 校验 does, plus the report's 文字稿 sheet. An edited 文字稿 is never replaced
 * silently (`EditedNarrativeChoice`); after the write, the new 文字稿's fingerprint goes into the
 * workbook's custom document properties.
 */
export function generateInWps(
  options: WpsGenerateOptions = {},
): Promise<WpsOutcome<WpsGenerateResult | NarrativeDecisionNeeded>> {
  const choice = options.editedNarrative ?? "keep";
  const storage = storageOf(options);
  return runAction<WpsGenerateResult | NarrativeDecisionNeeded>(
    { ...options, readNarrative: true },
    (workbook, report, book): Decided<WpsGenerateResult | NarrativeDecisionNeeded> => {
      const output = report.outputSheet;
      const edits = detectNarrativeEdits(workbook, readWpsFingerprint(book, output, storage), output);
      if (edits.edited && choice === "ask") {
        return { plan: { steps: [] }, result: { narrativeEdited: true, unknownOrigin: edits.unknownOrigin } };
      }
      const kept = edits.edited && choice === "keep" ? keepEditedNarrative(workbook, output) : undefined;
      const result = generateWorkbook(kept ? kept.workbook : workbook, { report });
      const done: WpsGenerateResult = {
        issues: result.issues,
        document: result.document,
        inputs: narrativeInputs(workbook, report.templateSheet),
        report,
        ...(kept ? { keptNarrativeAs: kept.keptAs } : {}),
      };
      return {
        plan: kept ? concatPlans({ steps: [kept.step] }, result.plan) : result.plan,
        result: done,
        after: (blocked) => {
          // not when read-only or protection kept the 文字稿 from being written
          if (blocked.some((b) => b.sheet === output)) return;
          saveWpsFingerprint(book, fingerprintWritten(narrativeSheetValues(result.document)), output, storage);
        },
      };
    },
  );
}

/** Applies a plan the pane built (fix actions, 参数 edits): the sheet names read first, then the write. */
export function applyPlanInWps(plan: WritePlan, options: WpsActionOptions = {}): Promise<WpsOutcome<object>> {
  const progress = options.onProgress ?? (() => undefined);
  return Promise.resolve()
    .then((): WpsOutcome<object> => {
      const { app, workbook } = activeWorkbook(options);
      progress("reading");
      const read = readWpsWorkbook(workbook, { namesOnly: true });
      progress("writing");
      const applied = applyWpsPlan(app, workbook, plan, {
        existingSheets: read.workbook.sheetNames,
        sheets: read.sheets,
      });
      return { ok: true, skipped: [], blocked: applied.blocked };
    })
    .catch((error: unknown): WpsOutcome<object> => ({ ok: false, error: toWpsActionError(error) }));
}

/** Reads the workbook as the core sees it (for the pane's settings form and fix actions). */
export function readRawWorkbookInWps(
  options: WpsActionOptions & { readonly report?: string } = {},
): Promise<WpsOutcome<{ readonly workbook: RawWorkbook }>> {
  return Promise.resolve()
    .then((): WpsOutcome<{ readonly workbook: RawWorkbook }> => {
      const { workbook } = activeWorkbook(options);
      const read = readWpsWorkbook(workbook, { report: options.report });
      return { ok: true, workbook: read.workbook, skipped: [], blocked: [] };
    })
    .catch((error: unknown): WpsOutcome<{ readonly workbook: RawWorkbook }> => ({
      ok: false,
      error: toWpsActionError(error),
    }));
}

/** "Go to cell" from an issue: activate the sheet, select the cell. */
export function goToCellInWps(sheet: string, cell: string, options: WpsActionOptions = {}): Promise<void> {
  return Promise.resolve()
    .then(() => {
      const { workbook } = activeWorkbook(options);
      const target = workbook.Sheets.Item(sheet);
      target.Activate();
      target.Range(cell).Select();
    })
    .catch((error: unknown) => {
      throw toWpsActionError(error, "定位");
    });
}
