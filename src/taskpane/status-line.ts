/**
 * The pane's status line: one sentence saying what is happening or how the last action ended,
 * announced by screen readers (role status, aria-live polite; role alert for an error), with a
 * spinner while an action runs.
 */
import type { ActionPhase } from "../core/host-action";
import type { StatusKind } from "./action-status";
import { h, setHidden } from "./dom";
import type { MessageKey, Translate } from "./i18n";

const PROGRESS_KEY: Readonly<Record<ActionPhase, MessageKey>> = {
  reading: "progressReading",
  computing: "progressComputing",
  writing: "progressWriting",
};

export interface StatusLine {
  readonly element: HTMLElement;
  /** Shows `message` as `kind`: its colour, its role, the spinner while in progress. */
  set(kind: StatusKind, message: string): void;
  /** Shows the phase an action is in (正在读取工作簿… and so on). */
  progress(phase: ActionPhase): void;
}

/** The status line, saying `t("loading")` until told otherwise. */
export function createStatusLine(doc: Document, t: Translate): StatusLine {
  const text = h(doc, "span", { className: "asp-status-text" }, t("loading"));
  const spinner = h(doc, "span", { className: "asp-spinner", attrs: { "aria-hidden": "true" }, hidden: true });
  const element = h(
    doc,
    "div",
    {
      className: "asp-status asp-status-info",
      id: "asp-status",
      attrs: { role: "status", "aria-live": "polite", "aria-atomic": "true" },
    },
    spinner,
    text,
  );
  const set = (kind: StatusKind, message: string): void => {
    element.className = `asp-status asp-status-${kind}`;
    setHidden(spinner, kind !== "progress");
    text.textContent = message;
    element.setAttribute("role", kind === "error" ? "alert" : "status");
  };
  return { element, set, progress: (phase) => set("progress", t(PROGRESS_KEY[phase])) };
}
