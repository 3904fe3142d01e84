/**
 * The task pane's entry: waits for Office, picks the language from Office's display language,
 * and mounts the pane on #app with the Office.js backend. Office.onReady and the DOM belong to
 * the pane (STYLE.md 9); every failure, including a host that is not Excel, is shown in it.
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

/** Starts the pane once Office is ready. */
export function start(): void {
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
