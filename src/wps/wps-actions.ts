/**
 * The WPS edition's actions, each read → core → write, as the Excel edition's run-actions.ts does
 * them: one whole-range read of the workbook (wps-read-workbook.ts), the core's decision, one
 * application of its plan (wps-apply-plan.ts). WPS's object model is synchronous, so an action is
 * a run of calls with a pause between the phases for the pane to paint its progress. A protected
 * sheet or a read-only workbook does not fail an action: it reads, decides and writes what it can,
 * and names in `blocked` what it could not write. Failures come back as a typed result with a
 * Chinese message.
 */
import type {
  EditedNarrativeChoice,
  GenerateResult,
  LayoutResult,
  NarrativeDecisionNeeded,
  ValidateResult,
} from "../core/action-results";
import { generateAction } from "../core/actions/generate-action";
import { layoutAction } from "../core/actions/layout-action";
import { validateAction } from "../core/actions/validate-action";
import type { ActionPhase, Decision, HostAction, HostReport } from "../core/host-action";
import type { EtApplication, EtWorkbook, WpsPluginStorage } from "./et-api";
import { applyWpsPlan } from "./wps-apply-plan";
import { noWorkbookError, toWpsActionError, type WpsActionError } from "./wps-error";
import { etApplication, wpsGlobal } from "./wps-host";
import { readWpsFingerprint, saveWpsFingerprint } from "./wps-narrative-fingerprint";
import { readWpsWorkbook } from "./wps-read-workbook";

export interface WpsActionOptions {
  readonly onProgress?: (phase: ActionPhase) => void;
  /** WPS 表格's Application; the page's own by default (tests pass the simulator's). */
  readonly application?: EtApplication;
  /** The add-in's PluginStorage; the page's `wps.PluginStorage` by default. */
  readonly storage?: WpsPluginStorage;
}

export type WpsOutcome<T> =
  ({ readonly ok: true } & T & HostReport) | { readonly ok: false; readonly error: WpsActionError };

export interface WpsGenerateOptions extends WpsActionOptions {
  /** Default "keep": an edited 文字稿 is renamed 文字稿（修改稿）, never lost. */
  readonly editedNarrative?: EditedNarrativeChoice;
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

/**
 * read → core → write: the workbook read whole-range (with the report's 文字稿 and its stored
 * fingerprint where the action asks), the core's decision, its plan applied (nothing for an empty
 * plan), then the new 文字稿's fingerprint stored unless read-only or protection kept it out.
 */
export function runWpsAction<T>(action: HostAction<T>, options: WpsActionOptions = {}): Promise<WpsOutcome<T>> {
  const progress = options.onProgress ?? (() => undefined);
  const request = action.read ?? {};
  const storage = request.narrative ? storageOf(options) : undefined;
  // the spun-wording lexicon and the narrative engine load as chunks of their own, before the first action
  return (action.prepare ? action.prepare() : Promise.resolve())
    .then(() => {
      progress("reading");
      return pause();
    })
    .then(() => {
      const { app, workbook } = activeWorkbook(options);
      const read = readWpsWorkbook(workbook, { narrative: request.narrative, report: request.report });
      progress("computing");
      return pause().then(() => ({ app, workbook, read }));
    })
    .then(({ app, workbook, read }) => {
      const output = read.report.outputSheet;
      const input = {
        workbook: read.workbook,
        report: read.report,
        narrativeFingerprint: request.narrative ? readWpsFingerprint(workbook, output, storage) : undefined,
      };
      return Promise.resolve(action.decide(input, pause)).then((decided: Decision<T>) => {
        if (decided.plan.steps.length > 0) progress("writing");
        return pause().then(() => ({ app, workbook, read, decided }));
      });
    })
    .then(({ app, workbook, read, decided }): WpsOutcome<T> => {
      const applied =
        decided.plan.steps.length === 0
          ? { blocked: [] }
          : applyWpsPlan(app, workbook, decided.plan, {
              existingSheets: read.workbook.sheetNames,
              sheets: read.sheets,
            });
      const output = read.report.outputSheet;
      if (decided.narrativeFingerprint && !applied.blocked.some((b) => b.sheet === output)) {
        saveWpsFingerprint(workbook, decided.narrativeFingerprint(), output, storage);
      }
      return { ok: true, ...decided.result, skipped: [], blocked: applied.blocked };
    })
    .catch((error: unknown): WpsOutcome<T> => ({ ok: false, error: toWpsActionError(error) }));
}

/** 建立表格: adds the missing sheets, headers, formats and lists; never overwrites a user's cell. */
export function createLayoutInWps(
  options: WpsActionOptions & { readonly sample?: boolean } = {},
): Promise<WpsOutcome<LayoutResult>> {
  return runWpsAction(layoutAction({ sample: options.sample === true }), options);
}

/** 校验: the issue list, the 校验结果 sheet, computed-column formulas and highlights. */
export function validateInWps(options: WpsActionOptions = {}): Promise<WpsOutcome<ValidateResult>> {
  return runWpsAction(validateAction(), options);
}

/**
 * 生成文字稿: everything 校验 does, plus the report's 文字稿 sheet. An edited 文字稿 is never replaced
 * silently (`EditedNarrativeChoice`); after the write, the new 文字稿's fingerprint goes into the
 * workbook's custom document properties.
 */
export function generateInWps(
  options: WpsGenerateOptions = {},
): Promise<WpsOutcome<GenerateResult | NarrativeDecisionNeeded>> {
  const action = generateAction({ editedNarrative: options.editedNarrative ?? "keep", report: options.report });
  return runWpsAction(action, options);
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
