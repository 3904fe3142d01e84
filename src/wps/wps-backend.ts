/**
 * The pane's backend in WPS 表格: every action runs through the WPS adapter's `runWpsAction`
 * (wps-actions.ts) behind the same small interface as the Office one (src/taskpane/backend.ts),
 * so the pane runs unchanged. A failed
 * action comes back as a WpsActionError with a Chinese message, thrown here for the pane's status
 * line. WPS alone can also open the text in WPS 文字 (`openInWriter`).
 */
import type { HostReport } from "../core/host-action";
import type { PaneBackend, PaneEnvironment } from "../taskpane/backend";
import type { EtApplication } from "./et-api";
import { openInWriter } from "./open-in-writer";
import { goToCellInWps, runWpsAction, type WpsOutcome } from "./wps-actions";

/** The result and the host's report of a successful outcome, or the action's error thrown. */
function unwrap<T>(outcome: WpsOutcome<T>): T & HostReport {
  if (!outcome.ok) throw outcome.error;
  const { ok: _ok, ...done } = outcome;
  return done as T & HostReport;
}

export interface WpsBackendOptions {
  /** WPS 表格's Application; the page's own by default. */
  readonly application?: EtApplication;
}

export function createWpsBackend(options: WpsBackendOptions = {}): PaneBackend {
  const base = { application: options.application };
  return {
    run: (action, progress) => runWpsAction(action, { ...base, onProgress: progress }).then(unwrap),
    goToCell: (sheet, cell) => goToCellInWps(sheet, cell, base),
    openInWriter: (document) => openInWriter(document),
  };
}

/** WPS has no Office platform; downloads depend on WPS's browser alone. */
export function createWpsEnvironment(): PaneEnvironment {
  return { platform: () => undefined };
}
