/**
 * The task pane in WPS 表格: the same pane (src/taskpane/pane.ts) on the WPS backend. The pane's
 * entry (taskpane.ts) loads this module as a chunk of its own when it finds WPS's globals instead
 * of Office's, so the Office edition's bundle carries none of it.
 */
import { loadMessages, pickLocale } from "../taskpane/i18n";
import { mountPane, type PaneHandle } from "../taskpane/pane";
import { createWpsBackend, createWpsEnvironment } from "./wps-backend";

/** Mounts the pane on `root` with the WPS backend, in the language of WPS's browser (zh-CN first). */
export function mountInWps(root: HTMLElement): Promise<PaneHandle> {
  const language = typeof navigator !== "undefined" ? navigator.language : undefined;
  const locale = pickLocale(language);
  return loadMessages(locale).then((messages) =>
    mountPane(root, { locale, messages, backend: createWpsBackend(), environment: createWpsEnvironment() }),
  );
}
