/**
 * 在WPS文字中打开, where the host has a word processor to open the text in (WPS: the backend's
 * `openInWriter`; the pane shows the button only then). As before 导出Word, the text is first checked
 * against the workbook (one read, the core's check): data changed since generation → nothing is
 * opened, the message names the cells and the pane offers to generate again. Markers left in the text
 * are counted in the message. No DOM here: the pane shows the outcome.
 */
import type { GeneratedText } from "../core/action-results";
import { checkTextAction } from "../core/actions/check-text-action";
import type { ProgressCallback } from "../core/host-action";
import type { PaneBackend } from "./backend";
import { errorMessage } from "./error-message";
import type { Translate } from "./i18n";
import { countMarkers } from "./preview";
import { staleWhere, type TextActionOutcome } from "./text-actions";

export interface WriterDeps {
  readonly backend: Pick<PaneBackend, "run" | "openInWriter">;
  /** The phases of the check's read (the status line). */
  readonly progress?: ProgressCallback;
  /** Called once the text is known to be current, before the host lays it out. */
  readonly onOpening?: () => void;
  readonly t: Translate;
}

/** Checks the text, then opens it in the host's word processor. */
export function openGeneratedInWriter(text: GeneratedText, deps: WriterDeps): Promise<TextActionOutcome> {
  const t = deps.t;
  const backend = deps.backend;
  if (!backend.openInWriter) {
    return Promise.resolve({ kind: "error", message: t("writerFailed", { message: t("notExcel") }) });
  }
  return backend.run(checkTextAction(text), deps.progress ?? (() => undefined)).then((check) => {
    if (check.stale) {
      return { kind: "warning", message: t("textStale", { where: staleWhere(check, t) }), stale: true };
    }
    if (deps.onOpening) deps.onOpening();
    const markers = countMarkers(text.document);
    return (backend.openInWriter as NonNullable<PaneBackend["openInWriter"]>).call(backend, text.document).then(
      (name): TextActionOutcome => ({
        kind: markers > 0 ? "warning" : "success",
        message: markers > 0 ? t("writerOpenedWithMarkers", { name, count: markers }) : t("writerOpened", { name }),
        inputs: check.inputs,
      }),
      (e: unknown): TextActionOutcome => ({
        kind: "error",
        message: t("writerFailed", { message: errorMessage(e, t) }),
        inputs: check.inputs,
      }),
    );
  });
}
