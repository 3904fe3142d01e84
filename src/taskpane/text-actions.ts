/**
 * 复制全文 and 导出Word put the generated text into a 公文, so before either the pane makes sure
 * it is still the text the workbook gives: one batched read through the backend, then the core's
 * check against the fingerprint taken at generation (src/core/narrative-inputs.ts). Data changed
 * since → nothing is copied or exported, the message names the cells and the pane offers to
 * generate again. Markers left in the text are counted in every message, which then never says
 * plainly 已复制. Where no download can be confirmed (Mac, iPad, a browser without Blob URLs or
 * the download attribute), 导出Word says so before doing anything and offers 复制全文.
 * No DOM here: the pane shows the outcome; tests pass a fake backend, clipboard and saver.
 */
import type { GeneratedText } from "../core/action-results";
import { checkTextAction } from "../core/actions/check-text-action";
import type { NarrativeDocument } from "../core/document";
import type { ProgressCallback } from "../core/host-action";
import { sourceName, type NarrativeCheck, type NarrativeInputs } from "../core/narrative-inputs";
import type { PaneBackend } from "./backend";
import type { CopyOutcome } from "./clipboard";
import type { DownloadSupport } from "./download-support";
import { errorMessage } from "./error-message";
import type { Translate } from "./i18n";
import { countMarkers } from "./preview";

export type { GeneratedText };

export type OutcomeKind = "success" | "warning" | "error";

export interface TextActionOutcome {
  readonly kind: OutcomeKind;
  readonly message: string;
  /** The data changed since generation: nothing was copied or exported; offer 重新生成文字稿. */
  readonly stale?: boolean;
  /** The copy did not reach the clipboard: show the text for Ctrl+C. */
  readonly copyByHand?: boolean;
  /** No download here: offer 复制全文. */
  readonly offerCopy?: boolean;
  /** The fingerprint to keep from now on (renewed when data changed without changing the text). */
  readonly inputs?: NarrativeInputs;
}

/** “主要指标!C3”, “主要指标!C3 等 4 处”, or the sheets when no cell the text drew on changed. */
export function staleWhere(check: Extract<NarrativeCheck, { stale: true }>, t: Translate): string {
  const first = check.cells[0];
  if (!first) return t("staleSheets", { sheets: check.sheets.join(t("sheetSeparator")) });
  if (check.cellCount === 1) return sourceName(first);
  return t("staleCells", { cell: sourceName(first), count: check.cellCount });
}

/** Reads the workbook once and checks the text against it (nothing is written). */
export function checkText(
  backend: Pick<PaneBackend, "run">,
  text: GeneratedText,
  progress: ProgressCallback = () => undefined,
): Promise<NarrativeCheck> {
  return backend.run(checkTextAction(text), progress);
}

function staleOutcome(check: Extract<NarrativeCheck, { stale: true }>, t: Translate): TextActionOutcome {
  return { kind: "warning", message: t("textStale", { where: staleWhere(check, t) }), stale: true };
}

export interface CopyDeps {
  readonly backend: Pick<PaneBackend, "run">;
  /** The phases of the check's read (the status line). */
  readonly progress?: ProgressCallback;
  /** Copies html and plain text (clipboard.ts's copyText, bound to the pane's copy area). */
  readonly copy: (document: NarrativeDocument) => Promise<CopyOutcome>;
  readonly t: Translate;
}

function copiedMessage(outcome: CopyOutcome, markers: number, t: Translate): TextActionOutcome {
  if (outcome === "failed") {
    const note = markers > 0 ? " " + t("markersRemain", { count: markers }) : "";
    return { kind: "error", message: t("copyFailed") + note, copyByHand: true };
  }
  if (markers > 0) return { kind: "warning", message: t("copyWithMarkers", { count: markers }) };
  switch (outcome) {
    case "rich":
      return { kind: "success", message: t("copyRich") };
    case "plain":
      return { kind: "success", message: t("copyPlain") };
    case "fallback":
      return { kind: "success", message: t("copyFallback") };
    default: {
      const never: never = outcome;
      return never;
    }
  }
}

/**
 * 复制全文: check, then copy. The copy runs after the read, outside the click that asked for it;
 * where the browser then refuses the clipboard, the outcome asks for Ctrl+C on the text shown.
 */
export function copyGenerated(text: GeneratedText, deps: CopyDeps): Promise<TextActionOutcome> {
  return checkText(deps.backend, text, deps.progress).then((check) => {
    if (check.stale) return staleOutcome(check, deps.t);
    return deps.copy(text.document).then((outcome) => ({
      ...copiedMessage(outcome, countMarkers(text.document), deps.t),
      inputs: check.inputs,
    }));
  });
}

export interface ExportDeps {
  readonly backend: Pick<PaneBackend, "run">;
  /** The phases of the check's read (the status line). */
  readonly progress?: ProgressCallback;
  /** Whether a download can happen here (download-support.ts), asked before anything is read. */
  readonly downloads: DownloadSupport;
  /** Builds the .docx and offers it; resolves with the file name. */
  readonly save: (document: NarrativeDocument) => Promise<string>;
  /** Called once the text is known to be current, before the (slow) build. */
  readonly onBuilding?: () => void;
  readonly t: Translate;
}

const NO_DOWNLOAD = { mac: "exportMac", ios: "exportIos", none: "exportNoDownload" } as const;

/** 导出Word: refuse where no download can happen, check, then build and offer the file. */
export function exportGenerated(text: GeneratedText, deps: ExportDeps): Promise<TextActionOutcome> {
  const t = deps.t;
  if (deps.downloads !== "yes") {
    return Promise.resolve({ kind: "warning", message: t(NO_DOWNLOAD[deps.downloads]), offerCopy: true });
  }
  return checkText(deps.backend, text, deps.progress).then((check) => {
    if (check.stale) return staleOutcome(check, t);
    if (deps.onBuilding) deps.onBuilding();
    const markers = countMarkers(text.document);
    return deps.save(text.document).then(
      (name): TextActionOutcome => ({
        kind: markers > 0 ? "warning" : "success",
        message: markers > 0 ? t("exportWithMarkers", { name, count: markers }) : t("exportDone", { name }),
        inputs: check.inputs,
      }),
      (e: unknown): TextActionOutcome => ({
        kind: "error",
        message: t("exportFailed", { message: errorMessage(e, t) }),
        inputs: check.inputs,
      }),
    );
  });
}
