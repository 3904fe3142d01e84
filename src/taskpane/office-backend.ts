/**
 * The pane's backend in Excel (and in the playground, whose simulated host provides the same
 * globals): the Office.js adapter's actions (src/excel/run-actions.ts), each one `Excel.run`.
 * A failed action comes back as an ExcelActionError with a Chinese message; it is thrown here so
 * the pane shows it in its status line.
 */
import { INPUT_SHEET_KEYS, LAYOUT } from "../core/layout";
import type { RawWorkbook } from "../core/raw-cell";
import { findSheet } from "../core/read-table";
import { toExcelActionError } from "../excel/excel-error";
import { goToCell } from "../excel/go-to-cell";
import {
  applyPlanAction,
  createLayout,
  generate,
  readRawWorkbook,
  validate,
  type ActionOutcome,
  type ActionReport,
} from "../excel/run-actions";
import type { GenerateOutcome, NarrativeDecisionNeeded, PaneBackend } from "./backend";
import type { PaneEnvironment } from "./pane";

/** The successful outcome, or the action's error thrown. */
function unwrap<T>(outcome: ActionOutcome<T>): T & ActionReport {
  if (!outcome.ok) throw outcome.error;
  return outcome;
}

/** True when none of the input sheets holds a value (the pane then offers the sample data). */
export function hasNoInputData(raw: RawWorkbook): boolean {
  return INPUT_SHEET_KEYS.every((key) => {
    const sheet = findSheet(raw, LAYOUT[key].name);
    return !sheet || sheet.values.every((row) => row.every((v) => v === null || v === ""));
  });
}

export function createOfficeBackend(): PaneBackend {
  const read = (report?: string): Promise<RawWorkbook> => readRawWorkbook({ report }).then((o) => unwrap(o).workbook);
  return {
    isWorkbookEmpty: () => read().then(hasNoInputData),
    createLayout: (options, progress) =>
      createLayout({ sample: options.sample, onProgress: progress })
        .then(unwrap)
        .then((r) => ({ changes: r.changes, warnings: r.warnings, skipped: r.skipped, blocked: r.blocked })),
    validate: (progress) =>
      validate({ onProgress: progress })
        .then(unwrap)
        .then((r) => ({ issues: r.issues, skipped: r.skipped, blocked: r.blocked })),
    generate: (progress, editedNarrative, report) =>
      generate({ onProgress: progress, editedNarrative, report })
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
      applyPlanAction(plan, { onProgress: progress })
        .then(unwrap)
        .then((r) => ({ skipped: r.skipped, blocked: r.blocked })),
    goToCell: (sheet, cell) =>
      Excel.run((context) => goToCell(context, sheet, cell)).then(undefined, (e: unknown) => {
        throw toExcelActionError(e);
      }),
  };
}

/**
 * Office's platform, read each time it is asked: `Office.context.platform`, or on older Office.js
 * `Office.context.diagnostics.platform` ("PC", "Mac", "iOS", "OfficeOnline" …).
 */
export function createOfficeEnvironment(): PaneEnvironment {
  return {
    platform: () => {
      const context = typeof Office === "undefined" ? undefined : Office.context;
      if (!context) return undefined;
      const platform: unknown = context.platform || (context.diagnostics && context.diagnostics.platform);
      return typeof platform === "string" ? platform : undefined;
    },
  };
}
