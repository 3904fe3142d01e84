/**
 * The task pane: builds its parts into a root element — the status line, the actions (with the
 * 报告 list and the questions an action may ask), the issue list, the preview, the 参数 form — and
 * runs the workflow against a backend. One action at a time; each is one run of a core action
 * through the backend (src/core/actions/), shows progress in the status line (aria-live) and ends
 * with a message — success, what an older host skipped or protection kept out, or the failure in
 * words. Everything from the workbook is inserted as text.
 */
import { createActionButtons } from "./action-buttons";
import type { PaneBackend, PaneEnvironment } from "./backend";
import { h, replaceChildren } from "./dom";
import { errorMessage } from "./error-message";
import { translator, type Locale, type Messages, type Translate } from "./i18n";
import { createIssueList } from "./issue-list";
import { createParametersForm } from "./parameters-form";
import { createWorkflow } from "./pane-workflow";
import { createPreviewSection } from "./preview-section";
import { createEditedPrompt, createSamplePrompt, createStalePrompt } from "./prompts";
import { createStatusLine } from "./status-line";

export type { PaneEnvironment };

export interface PaneOptions {
  readonly locale: Locale;
  /** The strings of that locale (loadMessages). */
  readonly messages: Messages;
  readonly backend: PaneBackend;
  /** Default: a platform nobody named (downloads then depend on the browser alone). */
  readonly environment?: PaneEnvironment;
}

/** Handles a test or the playground can use to observe the pane. */
export interface PaneHandle {
  readonly root: HTMLElement;
  /** Resolves when the current action (if any) has finished. */
  idle(): Promise<void>;
}

export function mountPane(root: HTMLElement, options: PaneOptions): PaneHandle {
  const doc = root.ownerDocument;
  const t: Translate = translator(options.messages);
  const backend = options.backend;
  const environment: PaneEnvironment = options.environment ?? { platform: () => undefined };
  let busy: Promise<void> | undefined;

  // ---- parts ----------------------------------------------------------------------------------
  const status = createStatusLine(doc, t);
  const samplePrompt = createSamplePrompt(doc, t, {
    layout: (sample) => run(() => flow.layoutWith(sample)),
    cancel: () => actions.createButton.focus(),
  });
  const editedPrompt = createEditedPrompt(doc, t, {
    choose: (choice) => run(() => flow.generate(choice)),
    cancel: () => {
      status.set("info", t("generateCancelled"));
      actions.generateButton.focus();
    },
  });
  const actions = createActionButtons(
    doc,
    t,
    {
      createLayout: () => run(flow.createLayout),
      validate: () => run(flow.validate),
      generate: () => run(() => flow.generate("ask")),
      copy: () => run(flow.copy),
      exportWord: () => run(flow.exportWord),
      // WPS: the text straight into a new WPS 文字 document
      openInWriter: backend.openInWriter ? () => run(flow.openInWriter) : undefined,
    },
    [samplePrompt.element, editedPrompt.element],
  );
  const issues = createIssueList(doc, t, {
    goTo: (issue) => run(() => flow.goTo(issue)),
    fix: (fix) => run(() => flow.applyFix(fix)),
  });
  const stalePrompt = createStalePrompt(doc, t, { regenerate: () => run(() => flow.generate("ask")) });
  const preview = createPreviewSection(doc, t, stalePrompt);
  const parameters = createParametersForm(doc, t, {
    save: () => run(flow.saveSettings),
    reload: () => run(flow.reloadSettings),
  });
  const flow = createWorkflow({
    doc,
    t,
    backend,
    environment,
    status,
    actions,
    samplePrompt,
    editedPrompt,
    issues,
    stalePrompt,
    preview,
    parameters,
  });

  replaceChildren(
    root,
    h(
      doc,
      "header",
      { className: "asp-header" },
      h(doc, "h1", { className: "asp-title" }, t("appTitle")),
      h(doc, "p", { className: "asp-subtitle" }, t("appSubtitle")),
    ),
    status.element,
    actions.element,
    issues.element,
    preview.element,
    parameters.element,
    h(doc, "p", { className: "asp-hint asp-keyboard-hint" }, t("keyboardHint")),
  );
  root.classList.add("asp-pane");
  root.setAttribute("lang", options.locale);

  // ---- running actions -------------------------------------------------------------------------
  function setBusy(on: boolean): void {
    root.setAttribute("aria-busy", on ? "true" : "false");
    actions.setBusy(on);
  }

  /** Runs one action at a time; a failure ends in the status line, in words. */
  function run(action: () => Promise<void>): void {
    if (busy) {
      status.set("info", t("busy"));
      return;
    }
    setBusy(true);
    editedPrompt.hide();
    status.set("progress", t("progressWorking"));
    let current: Promise<void>;
    try {
      current = action();
    } catch (e) {
      current = Promise.reject(e);
    }
    busy = current.then(
      () => undefined,
      (e: unknown) => {
        status.set("error", t("errorPrefix") + errorMessage(e, t));
      },
    );
    busy.then(() => {
      busy = undefined;
      setBusy(false);
    });
  }

  // ---- start ----------------------------------------------------------------------------------
  run(() => flow.readState().then(() => status.set("info", t("ready"))));

  return {
    root,
    idle: () => (busy ? busy.then(() => undefined) : Promise.resolve()),
  };
}
