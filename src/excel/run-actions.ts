/**
 * The task pane's code path in Excel: every user action — 建立表格, 校验, 生成文字稿, a fix, 参数,
 * the check before 复制全文 and 导出Word — is a `HostAction` the core built (src/core/actions/),
 * and `runAction` runs it as ONE `Excel.run`: read the workbook, let the core decide, apply its
 * plan, with progress callbacks. Two syncs read (sheet names, then every layout sheet's used range
 * in one batch) and one writes (none for an action that writes nothing), so an action makes three
 * syncs unless the 5 MB request and response limits of Excel on the web force the read of a sheet
 * taller than 12,000 rows or the write into more batches. Failures come
 * back as a typed result with a Chinese message, never thrown past the pane and never silent.
 * A protected sheet does not fail an action: it reads, decides and writes what it can, and names
 * the sheets it could not write into in `blocked` (protection.ts).
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
import type { GenerateStage } from "../core/generate";
import type { ActionPhase, HostAction, HostReport } from "../core/host-action";
import { applyPlan } from "./apply-plan";
import { toExcelActionError, type ExcelActionError } from "./excel-error";
import { readNarrativeFingerprint, saveNarrativeFingerprint } from "./narrative-fingerprint";
import { readWorkbook } from "./read-workbook";
import { detectSupport, type HostSupport } from "./requirements";

export interface ActionOptions {
  readonly onProgress?: (phase: ActionPhase) => void;
  /** Request size limit in bytes (default 5 MB, Excel on the web). */
  readonly maxRequestBytes?: number;
  /** Response size limit in bytes (default 5 MB, Excel on the web): large sheets are read in row blocks. */
  readonly maxResponseBytes?: number;
  /** Host support; detected with `Office.context.requirements` when absent. */
  readonly support?: HostSupport;
}

export type ActionOutcome<T> =
  ({ readonly ok: true } & T & HostReport) | { readonly ok: false; readonly error: ExcelActionError };

export interface GenerateOptions extends ActionOptions {
  /** Default "keep": an edited 文字稿 is renamed 文字稿（修改稿）, never lost. */
  readonly editedNarrative?: EditedNarrativeChoice;
  /** The report to write (年度总结, 月度进展 …); the workbook's first report by default. */
  readonly report?: string;
  /** After each core stage (read, validate, render, plan), with the count done and the total. */
  readonly onStage?: (stage: GenerateStage, done: number, total: number) => void;
}

/**
 * Gives the pane's page a chance to paint and handle input: the next animation frame and then a
 * timer tick, or the timer alone where there are no frames (a hidden pane, Node). Never waits
 * more than 50 ms, since a hidden page may get no frames at all.
 */
function yieldToUi(): Promise<void> {
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

/**
 * Runs one action inside one Excel.run: the workbook read in one batch (with the report's 文字稿
 * and its stored fingerprint where the action asks), the core's decision, its plan applied in one
 * batch (nothing written for an empty plan). After the run, the fingerprint of a 文字稿 written
 * goes into the document's settings — not when a protected sheet kept it from being written.
 */
export async function runAction<T>(action: HostAction<T>, options: ActionOptions = {}): Promise<ActionOutcome<T>> {
  const progress = options.onProgress ?? (() => undefined);
  const request = action.read ?? {};
  try {
    if (action.prepare) await action.prepare();
    let fingerprint: { readonly sheet: string; readonly value: () => string } | undefined;
    const outcome = await Excel.run(async (context) => {
      const support = options.support ?? detectSupport();
      progress("reading");
      const read = await readWorkbook(context, support, {
        maxResponseBytes: options.maxResponseBytes,
        narrative: request.narrative,
        report: request.report,
      });
      const output = read.report.outputSheet;
      progress("computing");
      const decision = await action.decide(
        {
          workbook: read.workbook,
          report: read.report,
          narrativeFingerprint: request.narrative ? readNarrativeFingerprint(output) : undefined,
        },
        yieldToUi,
      );
      if (decision.plan.steps.length > 0) progress("writing");
      const applied = await applyPlan(context, decision.plan, support, {
        maxRequestBytes: options.maxRequestBytes,
        existingSheets: read.workbook.sheetNames,
        ownedHighlights: read.ownedHighlights,
        protection: read.protection,
      });
      if (decision.narrativeFingerprint && !applied.blocked.some((b) => b.sheet === output)) {
        fingerprint = { sheet: output, value: decision.narrativeFingerprint };
      }
      const done: { readonly ok: true } & T & HostReport = {
        ok: true,
        ...decision.result,
        skipped: applied.skippedFeatures,
        blocked: applied.blocked,
        syncs: read.syncs + applied.syncs,
      };
      return done;
    });
    // computed after the write, where only the pane needs it (megabytes of text at 100,000 rows)
    if (fingerprint) await saveNarrativeFingerprint(fingerprint.value(), fingerprint.sheet);
    return outcome;
  } catch (error) {
    return { ok: false, error: toExcelActionError(error) };
  }
}

/** 建立表格: adds the missing sheets, headers, formats and lists; never overwrites a user's cell. */
export function createLayout(
  options: ActionOptions & { readonly sample?: boolean } = {},
): Promise<ActionOutcome<LayoutResult>> {
  return runAction(layoutAction({ sample: options.sample === true }), options);
}

/** 校验: the issue list, the 校验结果 sheet, computed-column formulas and highlights. */
export function validate(options: ActionOptions = {}): Promise<ActionOutcome<ValidateResult>> {
  return runAction(validateAction(), options);
}

/**
 * 生成文字稿 (generate-action.ts): everything 校验 does, plus the narrative and the 文字稿 sheet,
 * the core's stages run with `yieldToUi` before and between them.
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
  const action = generateAction({
    editedNarrative: options.editedNarrative ?? "keep",
    report: options.report,
    onStage: options.onStage,
  });
  return runAction(action, options);
}
