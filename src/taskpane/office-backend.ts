/**
 * The pane's backend in Excel (and in the playground, whose simulated host provides the same
 * globals): every action runs through the Office.js adapter's `runAction` (src/excel/run-actions.ts),
 * one `Excel.run` each. A failed action comes back as an ExcelActionError with a Chinese message;
 * it is thrown here so the pane shows it in its status line.
 */
import type { HostReport } from "../core/host-action";
import { toExcelActionError } from "../excel/excel-error";
import { goToCell } from "../excel/go-to-cell";
import { runAction, type ActionOutcome } from "../excel/run-actions";
import type { PaneBackend, PaneEnvironment } from "./backend";

/** The result and the host's report of a successful outcome, or the action's error thrown. */
function unwrap<T>(outcome: ActionOutcome<T>): T & HostReport {
  if (!outcome.ok) throw outcome.error;
  const { ok: _ok, ...done } = outcome;
  return done as T & HostReport;
}

export function createOfficeBackend(): PaneBackend {
  return {
    run: (action, progress) => runAction(action, { onProgress: progress }).then(unwrap),
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
