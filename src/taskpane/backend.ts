/**
 * What the pane needs from its host, as one small interface: the Office.js adapter (src/excel)
 * implements it in Excel and in the playground's simulated host, the WPS adapter (src/wps) in WPS
 * 表格; unit tests pass a fake. The pane never calls a host itself — it owns the DOM and the
 * messages, chooses an action the core built (src/core/actions/) and shows its result; the
 * backend runs it: one read, the core deciding, one write (src/core/host-action.ts).
 */
import type { NarrativeDocument } from "../core/document";
import type { HostAction, HostReport, ProgressCallback } from "../core/host-action";

export interface PaneBackend {
  /**
   * Runs one action: reads the workbook in one batch (what `action.read` asks for besides the
   * input sheets), lets `action.decide` choose, applies its plan in one batch, stores the 文字稿's
   * fingerprint where the decision gives one. Resolves with the result and what the host could
   * not do; rejects with an error whose `userMessage` the pane shows.
   */
  run<T>(action: HostAction<T>, progress: ProgressCallback): Promise<T & HostReport>;
  /** Activates the sheet and selects the cell. */
  goToCell(sheet: string, cell: string): Promise<void>;
  /**
   * Opens the text as a new document of the host's word processor in GB/T 9704 layout (WPS 文字,
   * from WPS 表格); absent where the host has none (Excel), and the pane then shows no button for
   * it. Resolves with the new document's name.
   */
  openInWriter?(document: NarrativeDocument): Promise<string>;
}

/** What the pane learns about its host other than through the backend: asked when needed, so tests can set it. */
export interface PaneEnvironment {
  /** Office's platform ("PC", "Mac", "iOS", "OfficeOnline" …); undefined when unknown. */
  platform(): string | undefined;
}
