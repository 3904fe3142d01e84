/**
 * The task pane's entry: waits for Office, picks the language from Office's display language,
 * and mounts the pane on #app with the Office.js backend. Office.onReady and the DOM belong to
 * the pane (STYLE.md 9); every failure, including a host that is not Excel, is shown in it.
 * In WPS 表格 (no Office.js; WPS's own globals `Application` and `wps`) the same pane is mounted
 * on the WPS backend, from a chunk only WPS loads (src/wps/wps-pane.ts).
 */
import { loadMessages, pickLocale, translator, ZH_CN } from "./i18n";
import { createOfficeBackend, createOfficeEnvironment } from "./office-backend";
import { mountPane } from "./pane";

/** Writes a line into the pane as text, before (or instead of) mounting it. */
export function showStatus(root: HTMLElement, message: string): void {
  while (root.firstChild) root.removeChild(root.firstChild);
  const p = document.createElement("p");
  p.className = "asp-status asp-status-error";
  p.setAttribute("role", "alert");
  p.appendChild(document.createTextNode(message));
  root.appendChild(p);
}

/** True in a WPS 加载项 page without Office.js: WPS gives it `wps` and its application as `Application`. */
export function isWpsPage(view: { Office?: unknown; wps?: unknown; Application?: unknown }): boolean {
  return (
    view.Office === undefined &&
    (view.wps !== undefined || (typeof view.Application === "object" && view.Application !== null))
  );
}

function startInWps(): void {
  const root = document.getElementById("app");
  if (!root) return;
  import(/* webpackChunkName: "wps-pane" */ "../wps/wps-pane")
    .then((m) => m.mountInWps(root))
    .then(undefined, (e: unknown) => showStatus(root, e instanceof Error ? e.message : String(e)));
}

/** Starts the pane once Office is ready (or at once in WPS). */
export function start(): void {
  if (isWpsPage(window as unknown as { Office?: unknown })) {
    startInWps();
    return;
  }
  Office.onReady((info) => {
    const root = document.getElementById("app");
    if (!root) return;
    const language = Office.context && Office.context.displayLanguage;
    const locale = pickLocale(language);
    if (info.host !== Office.HostType.Excel) {
      showStatus(root, translator(ZH_CN)("notExcel"));
      return;
    }
    loadMessages(locale).then((messages) => {
      mountPane(root, { locale, messages, backend: createOfficeBackend(), environment: createOfficeEnvironment() });
    });
  });
}

start();
