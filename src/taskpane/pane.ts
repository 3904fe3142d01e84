/**
 * The task pane: builds its DOM into a root element and runs the workflow against a backend.
 * One action at a time; each shows progress in the status line (aria-live) and ends with a
 * message — success, the features skipped on an older host, or the failure in words.
 * Everything from the workbook is inserted as text.
 */
import type { EditedNarrativeChoice, GeneratedText, LayoutResult, PaneState } from "../core/action-results";
import { fixAction } from "../core/actions/fix-action";
import { generateAction } from "../core/actions/generate-action";
import { layoutAction } from "../core/actions/layout-action";
import { paneStateAction } from "../core/actions/pane-state-action";
import { settingsAction } from "../core/actions/settings-action";
import { validateAction } from "../core/actions/validate-action";
import { toPlainText, type NarrativeDocument } from "../core/document";
import { fixFor, textNumberCells, type FixOption } from "../core/fix-options";
import type { ActionPhase, HostReport } from "../core/host-action";
import type { Issue, Severity } from "../core/issue";
import { LAYOUT } from "../core/layout";
import type { ReportType } from "../core/report-types";
import {
  LIST_MARKERS,
  SETTING_KEYS,
  type SettingError,
  type SettingKey,
  type SettingValues,
} from "../core/settings-plan";
import { actionStatus, type StatusKind } from "./action-status";
import type { PaneBackend, PaneEnvironment } from "./backend";
import { localizeButtonNames } from "./button-names";
import { copyText } from "./clipboard";
import { h, replaceChildren, setHidden } from "./dom";
import { browserDownloadFeatures, downloadSupport } from "./download-support";
import { errorMessage } from "./error-message";
import { translator, type Locale, type MessageKey, type Messages, type Translate } from "./i18n";
import { countBySeverity, groupIssues, type SheetGroup } from "./issue-groups";
import { countMarkers, renderPreview } from "./preview";
import { documentHtml } from "./rich-text";
import { copyGenerated, exportGenerated, staleWhere, type TextActionOutcome } from "./text-actions";
import { exportWord } from "./word-export";

export type { PaneEnvironment };

const SETTING_LABEL: Readonly<Record<SettingKey, MessageKey>> = {
  year: "settingsYear",
  month: "settingsMonth",
  usdRate: "settingsRate",
  listMarker: "settingsMarker",
};

const SETTING_INVALID: Readonly<Record<SettingKey, MessageKey>> = {
  year: "settingsInvalidYear",
  month: "settingsInvalidMonth",
  usdRate: "settingsInvalidRate",
  listMarker: "settingsInvalidMarker",
};

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

const PROGRESS_KEY: Readonly<Record<ActionPhase, MessageKey>> = {
  reading: "progressReading",
  computing: "progressComputing",
  writing: "progressWriting",
};

export function mountPane(root: HTMLElement, options: PaneOptions): PaneHandle {
  const doc = root.ownerDocument;
  const t: Translate = translator(options.messages);
  const backend = options.backend;
  const environment: PaneEnvironment = options.environment ?? { platform: () => undefined };
  let busy: Promise<void> | undefined;
  /** The text last generated and what it was generated from; the preview shows it. */
  let generated: GeneratedText | undefined;

  // ---- structure ------------------------------------------------------------------------------
  const statusText = h(doc, "span", { className: "asp-status-text" }, t("loading"));
  const spinner = h(doc, "span", { className: "asp-spinner", attrs: { "aria-hidden": "true" }, hidden: true });
  const status = h(
    doc,
    "div",
    {
      className: "asp-status asp-status-info",
      id: "asp-status",
      attrs: { role: "status", "aria-live": "polite", "aria-atomic": "true" },
    },
    spinner,
    statusText,
  );

  const button = (label: string, className: string, onClick: () => void, id?: string): HTMLButtonElement =>
    h(doc, "button", { type: "button", className, id, onClick: () => onClick() }, label);

  const createButton = button(t("createLayout"), "asp-button", () => run(createLayout), "asp-create");
  const validateButton = button(t("validate"), "asp-button", () => run(validateNow), "asp-validate");
  const generateButton = button(t("generate"), "asp-button asp-button-primary", () => run(generateNow), "asp-generate");
  const copyButton = button(t("copy"), "asp-button", () => run(copyAction), "asp-copy");
  const exportButton = button(t("exportWord"), "asp-button", () => run(exportAction), "asp-export");
  const actionButtons = [createButton, validateButton, generateButton, copyButton, exportButton];

  /** A question under the action buttons: title, text and a row of answers (appended by the caller). */
  const prompt = (id: string, title: string, text: HTMLElement): HTMLElement =>
    h(
      doc,
      "div",
      { className: "asp-prompt", id, hidden: true, attrs: { role: "group", "aria-labelledby": `${id}-title` } },
      h(doc, "p", { className: "asp-prompt-title", id: `${id}-title` }, title),
      text,
    );

  const samplePrompt = prompt(
    "asp-sample-prompt",
    t("emptyWorkbookTitle"),
    h(doc, "p", { className: "asp-prompt-text" }, t("emptyWorkbookText")),
  );
  const sampleYes = button(
    t("insertSample"),
    "asp-button asp-button-primary",
    () => run(() => layoutWith(true)),
    "asp-sample-yes",
  );
  const sampleNo = button(t("emptyLayout"), "asp-button", () => run(() => layoutWith(false)), "asp-sample-no");
  const sampleCancel = button(
    t("cancel"),
    "asp-button asp-button-subtle",
    () => {
      setHidden(samplePrompt, true);
      createButton.focus();
    },
    "asp-sample-cancel",
  );
  samplePrompt.appendChild(h(doc, "div", { className: "asp-button-row" }, sampleYes, sampleNo, sampleCancel));

  // 生成文字稿 on a 文字稿 sheet someone edited: keep it under another name, replace it, or stop
  const editedText = h(doc, "p", { className: "asp-prompt-text" }, t("editedNarrativeText"));
  const editedPrompt = prompt("asp-edited-prompt", t("editedNarrativeTitle"), editedText);
  const editedKeep = button(
    t("keepEditedNarrative"),
    "asp-button asp-button-primary",
    () => run(() => generateWith("keep")),
    "asp-edited-keep",
  );
  const editedReplace = button(
    t("replaceNarrative"),
    "asp-button",
    () => run(() => generateWith("replace")),
    "asp-edited-replace",
  );
  const editedCancel = button(
    t("cancel"),
    "asp-button asp-button-subtle",
    () => {
      setHidden(editedPrompt, true);
      setStatus("info", t("generateCancelled"));
      generateButton.focus();
    },
    "asp-edited-cancel",
  );
  editedPrompt.appendChild(h(doc, "div", { className: "asp-button-row" }, editedKeep, editedReplace, editedCancel));

  // the report 生成文字稿 writes, where the workbook has more than one (模板, 模板（月度进展） …)
  const reportSelect = h(doc, "select", { id: "asp-report", className: "asp-field" });
  const reportRow = h(
    doc,
    "div",
    { className: "asp-report", hidden: true },
    h(doc, "label", { attrs: { for: "asp-report" } }, t("reportLabel")),
    reportSelect,
  );

  const actions = h(
    doc,
    "section",
    { className: "asp-section", attrs: { "aria-labelledby": "asp-actions-title" } },
    h(doc, "h2", { className: "asp-section-title", id: "asp-actions-title" }, t("actionsHeading")),
    reportRow,
    h(doc, "div", { className: "asp-actions" }, ...actionButtons),
    h(doc, "p", { className: "asp-hint" }, t("createLayoutHint")),
    samplePrompt,
    editedPrompt,
  );

  // settings
  const fields = {} as Record<SettingKey, HTMLInputElement | HTMLSelectElement>;
  const fieldErrors = {} as Record<SettingKey, HTMLElement>;
  const settingsRows = SETTING_KEYS.map((key) => {
    const id = `asp-setting-${key}`;
    let field: HTMLInputElement | HTMLSelectElement;
    if (key === "listMarker" || key === "month") {
      const select = h(doc, "select", { id, className: "asp-field" });
      const choices = key === "month" ? ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"] : LIST_MARKERS;
      select.appendChild(h(doc, "option", { attrs: { value: "" } }, ""));
      for (const c of choices) select.appendChild(h(doc, "option", { attrs: { value: c } }, c));
      field = select;
    } else {
      field = h(doc, "input", {
        id,
        type: "text",
        className: "asp-field",
        attrs: { inputmode: "decimal", autocomplete: "off", spellcheck: "false" },
      });
    }
    fields[key] = field;
    const error = h(doc, "p", { className: "asp-field-error", id: `${id}-error`, hidden: true });
    fieldErrors[key] = error;
    return h(
      doc,
      "div",
      { className: "asp-setting" },
      h(doc, "label", { attrs: { for: id } }, t(SETTING_LABEL[key])),
      field,
      error,
    );
  });
  const settingsBody = h(
    doc,
    "div",
    { className: "asp-settings-body", id: "asp-settings-body" },
    h(doc, "div", { className: "asp-settings-grid" }, ...settingsRows),
    h(
      doc,
      "div",
      { className: "asp-button-row" },
      button(t("settingsSave"), "asp-button", () => run(saveSettings), "asp-settings-save"),
      button(t("settingsReload"), "asp-button asp-button-subtle", () => run(loadSettings), "asp-settings-reload"),
    ),
  );
  const settings = h(
    doc,
    "section",
    { className: "asp-section", attrs: { "aria-labelledby": "asp-settings-title" } },
    h(doc, "h2", { className: "asp-section-title", id: "asp-settings-title" }, t("settingsHeading")),
    settingsBody,
  );

  // issues
  const issueSummary = h(doc, "p", { className: "asp-summary", id: "asp-issue-summary" }, t("issuesNotRun"));
  const issueList = h(doc, "div", { className: "asp-issues", id: "asp-issues" });
  const issuesSection = h(
    doc,
    "section",
    { className: "asp-section", attrs: { "aria-labelledby": "asp-issues-title" } },
    h(doc, "h2", { className: "asp-section-title", id: "asp-issues-title" }, t("issuesHeading")),
    issueSummary,
    issueList,
  );

  // preview
  const previewSummary = h(doc, "p", { className: "asp-summary", id: "asp-preview-summary" }, t("previewEmpty"));
  const preview = h(doc, "div", {
    className: "asp-preview",
    id: "asp-preview",
    attrs: { tabindex: "0", role: "document", "aria-label": t("previewHeading") },
  });
  setHidden(preview, true);
  const regenerateButton = button(
    t("regenerate"),
    "asp-button asp-button-primary",
    () => run(generateNow),
    "asp-regenerate",
  );
  const staleNotice = h(
    doc,
    "div",
    { className: "asp-prompt asp-stale", id: "asp-stale", hidden: true },
    h(doc, "p", { className: "asp-prompt-text", id: "asp-stale-text" }, t("previewStale")),
    h(doc, "div", { className: "asp-button-row" }, regenerateButton),
  );
  const copyArea = h(doc, "textarea", {
    className: "asp-copy-area asp-visually-hidden",
    id: "asp-copy-area",
    attrs: { readonly: "", "aria-label": t("copyAreaLabel"), tabindex: "-1" },
  });
  const previewSection = h(
    doc,
    "section",
    { className: "asp-section", attrs: { "aria-labelledby": "asp-preview-title" } },
    h(doc, "h2", { className: "asp-section-title", id: "asp-preview-title" }, t("previewHeading")),
    previewSummary,
    staleNotice,
    preview,
    copyArea,
  );

  replaceChildren(
    root,
    h(
      doc,
      "header",
      { className: "asp-header" },
      h(doc, "h1", { className: "asp-title" }, t("appTitle")),
      h(doc, "p", { className: "asp-subtitle" }, t("appSubtitle")),
    ),
    status,
    actions,
    issuesSection,
    previewSection,
    settings,
    h(doc, "p", { className: "asp-hint asp-keyboard-hint" }, t("keyboardHint")),
  );
  root.classList.add("asp-pane");
  root.setAttribute("lang", options.locale);

  // ---- status ---------------------------------------------------------------------------------
  function setStatus(kind: StatusKind, message: string): void {
    status.className = `asp-status asp-status-${kind}`;
    setHidden(spinner, kind !== "progress");
    statusText.textContent = message;
    status.setAttribute("role", kind === "error" ? "alert" : "status");
  }

  const progress = (phase: ActionPhase): void => setStatus("progress", t(PROGRESS_KEY[phase]));

  // ---- running actions -------------------------------------------------------------------------
  function setBusy(on: boolean): void {
    root.setAttribute("aria-busy", on ? "true" : "false");
    for (const b of actionButtons) b.setAttribute("aria-disabled", on ? "true" : "false");
  }

  function run(action: () => Promise<void>): void {
    if (busy) {
      setStatus("info", t("busy"));
      return;
    }
    setBusy(true);
    setHidden(editedPrompt, true);
    setStatus("progress", t("progressWorking"));
    let current: Promise<void>;
    try {
      current = action();
    } catch (e) {
      current = Promise.reject(e);
    }
    busy = current.then(
      () => undefined,
      (e: unknown) => {
        setStatus("error", t("errorPrefix") + errorMessage(e, t));
      },
    );
    busy.then(() => {
      busy = undefined;
      setBusy(false);
    });
  }

  // ---- 建立表格 ----------------------------------------------------------------------------------
  function createLayout(): Promise<void> {
    setHidden(samplePrompt, true);
    return backend.run(layoutAction({ offerSample: true }), progress).then((outcome) => {
      if (outcome.emptyWorkbook) {
        setHidden(samplePrompt, false);
        setStatus("info", t("emptyWorkbookTitle") + "：" + t("emptyWorkbookText"));
        sampleYes.focus();
        return undefined;
      }
      return layoutDone(outcome);
    });
  }

  function layoutWith(sample: boolean): Promise<void> {
    setHidden(samplePrompt, true);
    return backend.run(layoutAction({ sample }), progress).then(layoutDone);
  }

  function layoutDone(outcome: LayoutResult & HostReport): Promise<void> {
    const text =
      outcome.changes.length === 0 ? t("doneLayoutNothing") : t("doneLayout", { changes: outcome.changes.join("；") });
    const warnings = outcome.warnings.length > 0 ? " " + outcome.warnings.join("；") : "";
    const s = actionStatus(text + warnings, outcome, t);
    setStatus(outcome.warnings.length > 0 ? "warning" : s.kind, s.message);
    createButton.focus();
    return loadSettingsQuietly().then(() => undefined);
  }

  // ---- 校验 / 生成文字稿 --------------------------------------------------------------------------
  function validateNow(): Promise<void> {
    return backend.run(validateAction(), progress).then((outcome) => {
      showIssues(outcome.issues);
      const c = countBySeverity(outcome.issues);
      const s = actionStatus(t("doneValidate", { error: c.error, warning: c.warning, info: c.info }), outcome, t);
      setStatus(c.error > 0 ? "warning" : s.kind, s.message);
    });
  }

  function generateNow(): Promise<void> {
    return generateWith("ask");
  }

  function generateWith(editedNarrative: EditedNarrativeChoice): Promise<void> {
    setHidden(editedPrompt, true);
    const action = generateAction({ editedNarrative, report: reportSelect.value || undefined });
    return backend.run(action, progress).then((outcome) => {
      if (outcome.narrativeEdited) {
        editedText.textContent = t(outcome.unknownOrigin ? "editedNarrativeUnknownText" : "editedNarrativeText");
        setHidden(editedPrompt, false);
        setStatus("info", t("editedNarrativeAsk"));
        editedKeep.focus();
        return;
      }
      showIssues(outcome.issues);
      showPreview({ document: outcome.document, inputs: outcome.inputs });
      const notWritten = (outcome.blocked ?? []).some((b) => b.sheet === LAYOUT.narrative.name);
      const done = t(notWritten ? "doneGenerateNotWritten" : "doneGenerate", {
        count: outcome.document.paragraphs.length,
      });
      const kept = outcome.keptNarrativeAs ? " " + t("keptNarrative", { name: outcome.keptNarrativeAs }) : "";
      const s = actionStatus(done + kept, outcome, t);
      const markers = countMarkers(outcome.document);
      setStatus(
        markers > 0 ? "warning" : s.kind,
        markers > 0 ? `${s.message} ${t("previewMarkers", { count: markers })}` : s.message,
      );
    });
  }

  // ---- issues ---------------------------------------------------------------------------------
  function showIssues(list: readonly Issue[]): void {
    const c = countBySeverity(list);
    issueSummary.textContent =
      list.length === 0
        ? t("issuesNone")
        : t("issuesSummary", { total: list.length, error: c.error, warning: c.warning, info: c.info });
    replaceChildren(issueList, ...groupIssues(list).map(renderGroup));
  }

  function severityBadge(severity: Severity, count?: number): HTMLElement {
    const label = t(`severity_${severity}` as MessageKey);
    return h(
      doc,
      "span",
      { className: `asp-badge asp-badge-${severity}` },
      count === undefined ? label : `${label} ${count}`,
    );
  }

  function renderGroup(group: SheetGroup): HTMLElement {
    const name = group.sheet === "" ? t("issueWorkbook") : group.sheet;
    const headingId = `asp-group-${Math.random().toString(36).slice(2, 9)}`;
    const badges = h(doc, "span", { className: "asp-badges" });
    for (const g of group.severities) badges.appendChild(severityBadge(g.severity, g.issues.length));
    const section = h(
      doc,
      "div",
      { className: "asp-group", attrs: { role: "group", "aria-labelledby": headingId } },
      h(
        doc,
        "h3",
        { className: "asp-group-title", id: headingId },
        h(doc, "span", { className: "asp-group-name" }, name),
        badges,
      ),
    );
    const textNumbers =
      group.sheet === ""
        ? []
        : textNumberCells(
            group.severities.reduce<Issue[]>((all, g) => all.concat(g.issues), []),
            group.sheet,
          );
    if (textNumbers.length > 1) {
      section.appendChild(
        h(
          doc,
          "div",
          { className: "asp-group-fix" },
          button(t("fixTextNumbersAll", { count: textNumbers.length }), "asp-button asp-button-small", () =>
            run(() => applyFix({ kind: "textNumber", sheet: group.sheet, cells: textNumbers })),
          ),
        ),
      );
    }
    for (const sg of group.severities) {
      const list = h(doc, "ul", {
        className: "asp-issue-list",
        attrs: { "aria-label": `${name} ${t(`severity_${sg.severity}` as MessageKey)}` },
      });
      for (const issue of sg.issues) list.appendChild(renderIssue(issue));
      section.appendChild(list);
    }
    return section;
  }

  function renderIssue(issue: Issue): HTMLElement {
    const where = issue.cell === "" ? issue.sheet : `${issue.sheet}!${issue.cell}`;
    const body: HTMLElement[] = [];
    const head = h(
      doc,
      "span",
      { className: "asp-issue-head" },
      severityBadge(issue.severity),
      where === ""
        ? null
        : h(doc, "span", { className: "asp-issue-cell" }, issue.cell === "" ? issue.sheet : issue.cell),
    );
    const message = h(doc, "span", { className: "asp-issue-message" }, issue.message);
    if (issue.sheet !== "" && issue.cell !== "") {
      body.push(
        h(
          doc,
          "button",
          {
            type: "button",
            className: "asp-issue-link",
            attrs: {
              "data-sheet": issue.sheet,
              "data-cell": issue.cell,
              title: t("issueGoTo", { sheet: issue.sheet, cell: issue.cell }),
            },
            onClick: () => run(() => goTo(issue)),
          },
          head,
          message,
        ),
      );
    } else {
      body.push(h(doc, "div", { className: "asp-issue-static" }, head, message));
    }
    if (issue.suggestion !== "")
      body.push(
        h(
          doc,
          "p",
          { className: "asp-issue-suggestion" },
          t("issueSuggestion", { text: localizeButtonNames(issue.suggestion, t) }),
        ),
      );
    const fix = fixFor(issue);
    if (fix) {
      const label = fix.kind === "textNumber" ? t("fixTextNumber") : t("fixWording", { right: fix.right });
      body.push(
        h(
          doc,
          "div",
          { className: "asp-issue-fix" },
          button(label, "asp-button asp-button-small", () => run(() => applyFix(fix))),
        ),
      );
    }
    return h(doc, "li", { className: `asp-issue asp-issue-${issue.severity}` }, ...body);
  }

  function goTo(issue: Issue): Promise<void> {
    return backend.goToCell(issue.sheet, issue.cell).then(() => {
      setStatus("info", t("issueGoTo", { sheet: issue.sheet, cell: issue.cell }));
    });
  }

  function applyFix(fix: FixOption): Promise<void> {
    return backend.run(fixAction(fix), progress).then((applied) => {
      if (applied.changed === 0) {
        setStatus("warning", t("fixStale"));
        return undefined;
      }
      if (applied.blocked.length > 0) {
        // protected: the cell was not changed, and saying "changed" would be false
        setStatus("warning", actionStatus("", applied, t).message.trim());
        return undefined;
      }
      setStatus("progress", t("fixApplied", { count: applied.changed }));
      return validateNow();
    });
  }

  // ---- preview and copy -----------------------------------------------------------------------
  function showPreview(text: GeneratedText): void {
    generated = text;
    renderPreview(preview, text.document);
    setHidden(preview, false);
    setStale(false);
    hideCopyArea();
    const markers = countMarkers(text.document);
    previewSummary.textContent = markers > 0 ? t("previewMarkers", { count: markers }) : t("previewNoMarkers");
    previewSummary.className = markers > 0 ? "asp-summary asp-summary-warning" : "asp-summary";
  }

  /** Marks the preview as generated from data that has changed since (or clears the mark). */
  function setStale(stale: boolean): void {
    setHidden(staleNotice, !stale);
    preview.className = stale ? "asp-preview asp-preview-stale" : "asp-preview";
    // outdated text must not be copied by hand from the copy area either
    copyArea.value = !stale && generated ? toPlainText(generated.document) : "";
    if (stale) hideCopyArea();
  }

  function hideCopyArea(): void {
    copyArea.className = "asp-copy-area asp-visually-hidden";
    copyArea.setAttribute("tabindex", "-1");
  }

  /** Shows what a copy or an export ended with. */
  function showTextOutcome(outcome: TextActionOutcome, focus: HTMLElement): void {
    if (generated && outcome.inputs) generated = { document: generated.document, inputs: outcome.inputs };
    setStale(outcome.stale === true);
    setStatus(outcome.kind, outcome.message);
    if (outcome.stale) {
      regenerateButton.focus();
      return;
    }
    if (outcome.copyByHand) {
      copyArea.className = "asp-copy-area";
      copyArea.removeAttribute("tabindex");
      copyArea.focus();
      copyArea.select();
      return;
    }
    hideCopyArea();
    (outcome.offerCopy ? copyButton : focus).focus();
  }

  function copyAction(): Promise<void> {
    const text = generated;
    if (!text) {
      setStatus("warning", t("copyNothing"));
      return Promise.resolve();
    }
    progress("reading");
    return copyGenerated(text, {
      backend,
      copy: (document: NarrativeDocument) => {
        copyArea.value = toPlainText(document);
        return copyText(documentHtml(document), copyArea.value, copyArea);
      },
      t,
    }).then((outcome) => showTextOutcome(outcome, copyButton));
  }

  function exportAction(): Promise<void> {
    const text = generated;
    if (!text) {
      setStatus("warning", t("copyNothing"));
      return Promise.resolve();
    }
    progress("reading");
    return exportGenerated(text, {
      backend,
      downloads: downloadSupport(browserDownloadFeatures(environment.platform(), doc)),
      save: (document: NarrativeDocument) => exportWord(document, doc),
      onBuilding: () => setStatus("progress", t("exportLoading")),
      t,
    }).then((outcome) => showTextOutcome(outcome, exportButton));
  }

  /** After a write to the input sheets: marks the preview stale when the workbook no longer gives its text. */
  function checkPreview(state: PaneState): string {
    const check = state.check;
    if (!generated || !check) return "";
    if (!check.stale) {
      generated = { document: generated.document, inputs: check.inputs };
      setStale(false);
      return "";
    }
    setStale(true);
    return t("textStale", { where: staleWhere(check, t) });
  }

  // ---- settings -------------------------------------------------------------------------------
  function formValues(): SettingValues {
    const out = {} as Record<SettingKey, string>;
    for (const key of SETTING_KEYS) out[key] = fields[key].value;
    return out;
  }

  function fillForm(values: SettingValues): void {
    for (const key of SETTING_KEYS) {
      const field = fields[key];
      if (field.tagName === "SELECT") {
        const select = field as HTMLSelectElement;
        const has = Array.prototype.some.call(select.options, (o: HTMLOptionElement) => o.value === values[key]);
        if (!has && values[key] !== "")
          select.appendChild(h(doc, "option", { attrs: { value: values[key] } }, values[key]));
      }
      field.value = values[key];
    }
  }

  /**
   * Reads the 参数 sheet into the form and the report types into their list, and checks the text
   * the pane holds against the workbook; resolves with what was read.
   */
  function loadSettingsQuietly(check?: GeneratedText): Promise<PaneState> {
    // quiet: the status line keeps what the action before said
    return backend
      .run(paneStateAction(check), () => undefined)
      .then((state) => {
        fillForm(state.settings);
        showFieldErrors([]);
        showReports(state.reports);
        return state;
      });
  }

  /** The report list: hidden while the workbook has one report; the choice kept where it still exists. */
  function showReports(reports: readonly ReportType[]): void {
    const chosen = reportSelect.value;
    while (reportSelect.firstChild) reportSelect.removeChild(reportSelect.firstChild);
    for (const report of reports) {
      const option = h(
        doc,
        "option",
        { attrs: { value: report.name } },
        t("reportOption", { name: report.name, sheet: report.outputSheet }),
      );
      reportSelect.appendChild(option);
    }
    if (reports.some((r) => r.name === chosen)) reportSelect.value = chosen;
    setHidden(reportRow, reports.length <= 1);
  }

  function loadSettings(): Promise<void> {
    progress("reading");
    return loadSettingsQuietly().then(() => setStatus("info", t("ready")));
  }

  /** Marks each invalid field (aria-invalid, the message under it) and clears the others. */
  function showFieldErrors(errors: readonly SettingError[]): void {
    for (const key of SETTING_KEYS) {
      const error = errors.filter((e) => e.key === key)[0];
      const field = fields[key];
      const message = fieldErrors[key];
      if (error) {
        message.textContent = t(SETTING_INVALID[key]);
        setHidden(message, false);
        field.setAttribute("aria-invalid", "true");
        field.setAttribute("aria-describedby", message.id);
      } else {
        message.textContent = "";
        setHidden(message, true);
        field.removeAttribute("aria-invalid");
        field.removeAttribute("aria-describedby");
      }
    }
  }

  function saveSettings(): Promise<void> {
    return backend.run(settingsAction(formValues()), progress).then((result) => {
      switch (result.kind) {
        case "invalid": {
          showFieldErrors(result.errors);
          setStatus("error", t("settingsInvalid", { count: result.errors.length }));
          const first = result.errors[0];
          if (first) fields[first.key].focus();
          return undefined;
        }
        case "missingRows":
          showFieldErrors([]);
          setStatus("error", t("settingsMissingRows", { names: result.names.join("、") }));
          return undefined;
        case "unchanged":
          showFieldErrors([]);
          setStatus("info", t("settingsNothing"));
          return undefined;
        case "saved": {
          showFieldErrors([]);
          if (result.blocked.length > 0) {
            setStatus("warning", actionStatus("", result, t).message.trim());
            return undefined;
          }
          const s = actionStatus(t("settingsSaved", { names: result.names.join("、") }), result, t);
          return loadSettingsQuietly(generated).then((after) => {
            // the preview follows: a changed 年度 (or any 参数 the text shows) marks it stale
            const stale = checkPreview(after);
            setStatus(stale === "" ? s.kind : "warning", stale === "" ? s.message : `${s.message} ${stale}`);
          });
        }
        default: {
          const never: never = result;
          return never;
        }
      }
    });
  }

  // ---- start ----------------------------------------------------------------------------------
  run(() => loadSettingsQuietly().then(() => setStatus("info", t("ready"))));

  return {
    root,
    idle: () => (busy ? busy.then(() => undefined) : Promise.resolve()),
  };
}
