/**
 * 生成文字稿 as one action: everything 校验 does, plus the report's text and its 文字稿 sheet. The
 * pipeline runs stage by stage with the host's pause before and between the stages, so the pane
 * paints its progress and stays responsive on a large workbook (about a second of core work at
 * 100,000 project rows). A 文字稿 sheet edited since the add-in wrote it is never replaced
 * silently (`EditedNarrativeChoice`); after the write the host stores the new 文字稿's
 * fingerprint, so that the next run can tell an edit.
 */
import type { GenerateResult, NarrativeDecisionNeeded } from "../action-results";
import { generateAsync, type GenerateStage } from "../generate";
import type { Decision, HostAction } from "../host-action";
import {
  detectNarrativeEdits,
  fingerprintWritten,
  keepEditedNarrative,
  type EditedNarrativeChoice,
} from "../narrative-edits";
import { narrativeInputs } from "../narrative-inputs";
import { narrativeSheetValues } from "../output-plan";
import { concatPlans, EMPTY_PLAN } from "../plan";
import { enginesReady } from "./engines-ready";

export interface GenerateActionOptions {
  /** What to do with an edited 文字稿: ask (stop before writing), keep it under another name, or replace it. */
  readonly editedNarrative: EditedNarrativeChoice;
  /** The report to write (年度总结, 月度进展 …); the workbook's first report by default. */
  readonly report?: string;
  /** After each pipeline stage (read, validate, render, plan), with the count done and the total. */
  readonly onStage?: (stage: GenerateStage, done: number, total: number) => void;
}

export function generateAction(
  options: GenerateActionOptions & { readonly editedNarrative: "keep" | "replace" },
): HostAction<GenerateResult>;
export function generateAction(options: GenerateActionOptions): HostAction<GenerateResult | NarrativeDecisionNeeded>;
export function generateAction(options: GenerateActionOptions): HostAction<GenerateResult | NarrativeDecisionNeeded> {
  const choice = options.editedNarrative;
  return {
    read: { report: options.report, narrative: true },
    prepare: enginesReady,
    decide: ({ workbook, report, narrativeFingerprint }, pause) => {
      const output = report.outputSheet;
      const edits = detectNarrativeEdits(workbook, narrativeFingerprint, output);
      if (edits.edited && choice === "ask") {
        const stop: NarrativeDecisionNeeded = { narrativeEdited: true, unknownOrigin: edits.unknownOrigin };
        return { plan: EMPTY_PLAN, result: stop };
      }
      const kept = edits.edited && choice === "keep" ? keepEditedNarrative(workbook, output) : undefined;
      return pause()
        .then(() => generateAsync(kept ? kept.workbook : workbook, { onStage: options.onStage, pause, report }))
        .then((generation): Decision<GenerateResult> => {
          const done: GenerateResult = {
            issues: generation.issues,
            document: generation.document,
            inputs: narrativeInputs(workbook, report.templateSheet),
            report,
          };
          return {
            plan: kept ? concatPlans({ steps: [kept.step] }, generation.plan) : generation.plan,
            result: kept ? { ...done, keptNarrativeAs: kept.keptAs } : done,
            narrativeFingerprint: () => fingerprintWritten(narrativeSheetValues(generation.document)),
          };
        });
    },
  };
}
