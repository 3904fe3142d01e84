/**
 * The pane's backend in WPS 表格: the WPS adapter's actions (wps-actions.ts) behind the same small
 * interface as the Office one (src/taskpane/backend.ts), so the pane runs unchanged. A failed
 * action comes back as a WpsActionError with a Chinese message, thrown here for the pane's status
 * line. WPS alone can also open the text in WPS 文字 (`openInWriter`).
 */
import { INPUT_SHEET_KEYS, LAYOUT } from "../core/layout";
import type { RawWorkbook } from "../core/raw-cell";
import { findSheet } from "../core/read-table";
import type { GenerateOutcome, NarrativeDecisionNeeded, PaneBackend } from "../taskpane/backend";
import type { PaneEnvironment } from "../taskpane/pane";
import type { EtApplication } from "./et-api";
import { openInWriter } from "./open-in-writer";
import {
  applyPlanInWps,
  createLayoutInWps,
  generateInWps,
  goToCellInWps,
  readRawWorkbookInWps,
  validateInWps,
  type WpsActionReport,
  type WpsOutcome,
} from "./wps-actions";

/** The successful outcome, or the action's error thrown. */
function unwrap<T>(outcome: WpsOutcome<T>): T & WpsActionReport {
  if (!outcome.ok) throw outcome.error;
  return outcome;
}

/** True when none of the input sheets holds a value (the pane then offers the sample data). */
function hasNoInputData(raw: RawWorkbook): boolean {
  return INPUT_SHEET_KEYS.every((key) => {
    const sheet = findSheet(raw, LAYOUT[key].name);
    return !sheet || sheet.values.every((row) => row.every((v) => v === null || v === ""));
  });
}

export interface WpsBackendOptions {
  /** WPS 表格's Application; the page's own by default. */
  readonly application?: EtApplication;
}

export function createWpsBackend(options: WpsBackendOptions = {}): PaneBackend {
  const base = { application: options.application };
  const read = (report?: string): Promise<RawWorkbook> =>
    readRawWorkbookInWps({ ...base, report }).then((o) => unwrap(o).workbook);
  return {
    isWorkbookEmpty: () => read().then(hasNoInputData),
    createLayout: (layout, progress) =>
      createLayoutInWps({ ...base, sample: layout.sample, onProgress: progress })
        .then(unwrap)
        .then((r) => ({ changes: r.changes, warnings: r.warnings, skipped: r.skipped, blocked: r.blocked })),
    validate: (progress) =>
      validateInWps({ ...base, onProgress: progress })
        .then(unwrap)
        .then((r) => ({ issues: r.issues, skipped: r.skipped, blocked: r.blocked })),
    generate: (progress, editedNarrative, report) =>
      generateInWps({ ...base, onProgress: progress, editedNarrative, report })
        .then(unwrap)
        .then((r): GenerateOutcome | NarrativeDecisionNeeded =>
          r.narrativeEdited
            ? { narrativeEdited: true, unknownOrigin: r.unknownOrigin }
            : {
                issues: r.issues,
                document: r.document,
                skipped: r.skipped,
                blocked: r.blocked,
                keptNarrativeAs: r.keptNarrativeAs,
                inputs: r.inputs,
                report: r.report,
              },
        ),
    read,
    apply: (plan, progress) =>
      applyPlanInWps(plan, { ...base, onProgress: progress })
        .then(unwrap)
        .then((r) => ({ skipped: r.skipped, blocked: r.blocked })),
    goToCell: (sheet, cell) => goToCellInWps(sheet, cell, base),
    openInWriter: (document) => openInWriter(document),
  };
}

/** WPS has no Office platform; downloads depend on WPS's browser alone. */
export function createWpsEnvironment(): PaneEnvironment {
  return { platform: () => undefined };
}
