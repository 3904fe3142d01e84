/**
 * What each of the pane's actions does, given its parts: runs the core's action through the
 * backend (one read, the core deciding, one write) and shows the result — in the status line, the
 * issue list, the preview, the 参数 form, or as a question. The pane (pane.ts) runs one of these at
 * a time and shows a failure in words.
 */
import type { EditedNarrativeChoice, GeneratedText, LayoutResult, PaneState } from "../core/action-results";
import { fixAction } from "../core/actions/fix-action";
import { generateAction } from "../core/actions/generate-action";
import { layoutAction } from "../core/actions/layout-action";
import { paneStateAction } from "../core/actions/pane-state-action";
import { settingsAction } from "../core/actions/settings-action";
import { validateAction } from "../core/actions/validate-action";
import { toPlainText, type NarrativeDocument } from "../core/document";
import type { FixOption } from "../core/fix-options";
import type { HostReport } from "../core/host-action";
import type { Issue } from "../core/issue";
import type { ActionButtons } from "./action-buttons";
import { actionStatus } from "./action-status";
import type { PaneBackend, PaneEnvironment } from "./backend";
import { copyText } from "./clipboard";
import { browserDownloadFeatures, downloadSupport } from "./download-support";
import type { Translate } from "./i18n";
import { countBySeverity } from "./issue-groups";
import type { IssueList } from "./issue-list";
import type { ParametersForm } from "./parameters-form";
import { countMarkers } from "./preview";
import type { PreviewSection } from "./preview-section";
import type { EditedPrompt, SamplePrompt, StalePrompt } from "./prompts";
import { documentHtml } from "./rich-text";
import type { StatusLine } from "./status-line";
import { copyGenerated, exportGenerated, staleWhere, type TextActionOutcome } from "./text-actions";
import { exportWord } from "./word-export";
import { openGeneratedInWriter } from "./writer-action";

/** The pane's parts and what they run against. */
export interface PaneParts {
  readonly doc: Document;
  readonly t: Translate;
  readonly backend: PaneBackend;
  readonly environment: PaneEnvironment;
  readonly status: StatusLine;
  readonly actions: ActionButtons;
  readonly samplePrompt: SamplePrompt;
  readonly editedPrompt: EditedPrompt;
  readonly issues: IssueList;
  readonly stalePrompt: StalePrompt;
  readonly preview: PreviewSection;
  readonly parameters: ParametersForm;
}

/** One action of the pane: resolves when it has shown its result; rejects with the failure. */
export type PaneAction = () => Promise<void>;

export interface PaneWorkflow {
  /** 建立表格: on an empty workbook, first asks whether to insert the sample data. */
  readonly createLayout: PaneAction;
  /** 建立表格 with or without the sample data (the answer to that question). */
  layoutWith(sample: boolean): Promise<void>;
  readonly validate: PaneAction;
  /** 生成文字稿 of the report chosen; `ask` stops at an edited 文字稿 and asks. */
  generate(editedNarrative: EditedNarrativeChoice): Promise<void>;
  goTo(issue: Issue): Promise<void>;
  applyFix(fix: FixOption): Promise<void>;
  readonly copy: PaneAction;
  readonly exportWord: PaneAction;
  /** 在WPS文字中打开 (where the backend has openInWriter). */
  readonly openInWriter: PaneAction;
  readonly saveSettings: PaneAction;
  readonly reloadSettings: PaneAction;
  /** Reads the 参数 form and the report list quietly (at start, after 建立表格). */
  readState(): Promise<PaneState>;
}

export function createWorkflow(parts: PaneParts): PaneWorkflow {
  const { doc, t, backend, environment, status, actions, samplePrompt, editedPrompt, issues } = parts;
  const { stalePrompt, preview, parameters } = parts;
  const progress = status.progress;

  // ---- 建立表格 ----------------------------------------------------------------------------------
  function createLayout(): Promise<void> {
    samplePrompt.hide();
    return backend.run(layoutAction({ offerSample: true }), progress).then((outcome) => {
      if (!outcome.emptyWorkbook) return layoutDone(outcome);
      samplePrompt.show();
      status.set("info", t("emptyWorkbookTitle") + "：" + t("emptyWorkbookText"));
      return undefined;
    });
  }

  function layoutWith(sample: boolean): Promise<void> {
    samplePrompt.hide();
    return backend.run(layoutAction({ sample }), progress).then(layoutDone);
  }

  function layoutDone(outcome: LayoutResult & HostReport): Promise<void> {
    const text =
      outcome.changes.length === 0 ? t("doneLayoutNothing") : t("doneLayout", { changes: outcome.changes.join("；") });
    const warnings = outcome.warnings.length > 0 ? " " + outcome.warnings.join("；") : "";
    const s = actionStatus(text + warnings, outcome, t);
    status.set(outcome.warnings.length > 0 ? "warning" : s.kind, s.message);
    actions.createButton.focus();
    return readState().then(() => undefined);
  }

  // ---- 校验 / 生成文字稿 --------------------------------------------------------------------------
  function validateNow(): Promise<void> {
    return backend.run(validateAction(), progress).then((outcome) => {
      issues.show(outcome.issues);
      const c = countBySeverity(outcome.issues);
      const s = actionStatus(t("doneValidate", { error: c.error, warning: c.warning, info: c.info }), outcome, t);
      status.set(c.error > 0 ? "warning" : s.kind, s.message);
    });
  }

  function generateWith(editedNarrative: EditedNarrativeChoice): Promise<void> {
    editedPrompt.hide();
    const action = generateAction({ editedNarrative, report: actions.chosenReport() });
    return backend.run(action, progress).then((outcome) => {
      if (outcome.narrativeEdited) {
        editedPrompt.show(outcome.unknownOrigin);
        status.set("info", t("editedNarrativeAsk"));
        return;
      }
      issues.show(outcome.issues);
      preview.show({ document: outcome.document, inputs: outcome.inputs });
      const notWritten = outcome.blocked.some((b) => b.sheet === outcome.report.outputSheet);
      const done = t(notWritten ? "doneGenerateNotWritten" : "doneGenerate", {
        count: outcome.document.paragraphs.length,
      });
      const kept = outcome.keptNarrativeAs ? " " + t("keptNarrative", { name: outcome.keptNarrativeAs }) : "";
      const s = actionStatus(done + kept, outcome, t);
      const markers = countMarkers(outcome.document);
      status.set(
        markers > 0 ? "warning" : s.kind,
        markers > 0 ? `${s.message} ${t("previewMarkers", { count: markers })}` : s.message,
      );
    });
  }

  // ---- issues ---------------------------------------------------------------------------------
  function goTo(issue: Issue): Promise<void> {
    return backend.goToCell(issue.sheet, issue.cell).then(() => {
      status.set("info", t("issueGoTo", { sheet: issue.sheet, cell: issue.cell }));
    });
  }

  function applyFix(fix: FixOption): Promise<void> {
    return backend.run(fixAction(fix), progress).then((applied) => {
      if (applied.changed === 0) {
        status.set("warning", t("fixStale"));
        return undefined;
      }
      if (applied.blocked.length > 0) {
        // protected: the cell was not changed, and saying "changed" would be false
        status.set("warning", actionStatus("", applied, t).message.trim());
        return undefined;
      }
      status.set("progress", t("fixApplied", { count: applied.changed }));
      return validateNow();
    });
  }

  // ---- copy and export ------------------------------------------------------------------------
  /** Shows what a copy or an export ended with. */
  function showTextOutcome(outcome: TextActionOutcome, focus: HTMLElement): void {
    if (outcome.inputs) preview.renew(outcome.inputs);
    preview.setStale(outcome.stale === true);
    status.set(outcome.kind, outcome.message);
    if (outcome.stale) {
      stalePrompt.focus();
      return;
    }
    if (outcome.copyByHand) {
      preview.showCopyArea();
      return;
    }
    preview.hideCopyArea();
    (outcome.offerCopy ? actions.copyButton : focus).focus();
  }

  function copyNow(): Promise<void> {
    const text = preview.text();
    if (!text) {
      status.set("warning", t("copyNothing"));
      return Promise.resolve();
    }
    return copyGenerated(text, {
      backend,
      progress,
      copy: (document: NarrativeDocument) => {
        const area = preview.copyArea;
        area.value = toPlainText(document);
        return copyText(documentHtml(document), area.value, area);
      },
      t,
    }).then((outcome) => showTextOutcome(outcome, actions.copyButton));
  }

  function exportNow(): Promise<void> {
    const text = preview.text();
    if (!text) {
      status.set("warning", t("copyNothing"));
      return Promise.resolve();
    }
    progress("reading");
    return exportGenerated(text, {
      backend,
      progress,
      downloads: downloadSupport(browserDownloadFeatures(environment.platform(), doc)),
      save: (document: NarrativeDocument) => exportWord(document, doc),
      onBuilding: () => status.set("progress", t("exportLoading")),
      t,
    }).then((outcome) => showTextOutcome(outcome, actions.exportButton));
  }

  function openInWriterNow(): Promise<void> {
    const text = preview.text();
    if (!text) {
      status.set("warning", t("copyNothing"));
      return Promise.resolve();
    }
    progress("reading");
    return openGeneratedInWriter(text, {
      backend,
      progress,
      onOpening: () => status.set("progress", t("writerOpening")),
      t,
    }).then((outcome) => showTextOutcome(outcome, actions.writerButton ?? actions.exportButton));
  }

  // ---- 参数 -------------------------------------------------------------------------------------
  /**
   * Reads the 参数 sheet into the form and the report types into their list — and, given the
   * text the pane holds, checks it against the workbook — without a word in the status line,
   * which keeps what the action before said.
   */
  function readState(text?: GeneratedText): Promise<PaneState> {
    return backend
      .run(paneStateAction(text), () => undefined)
      .then((state) => {
        parameters.fill(state.settings);
        parameters.showErrors([]);
        actions.showReports(state.reports);
        return state;
      });
  }

  function reloadSettings(): Promise<void> {
    progress("reading");
    return readState().then(() => status.set("info", t("ready")));
  }

  /** After a write to the input sheets: marks the preview stale when the workbook no longer gives its text. */
  function staleNote(state: PaneState): string {
    const check = state.check;
    if (!check) return "";
    if (!check.stale) {
      preview.renew(check.inputs);
      preview.setStale(false);
      return "";
    }
    preview.setStale(true);
    return t("textStale", { where: staleWhere(check, t) });
  }

  function saveSettings(): Promise<void> {
    return backend.run(settingsAction(parameters.values()), progress).then((result) => {
      switch (result.kind) {
        case "invalid":
          status.set("error", t("settingsInvalid", { count: result.errors.length }));
          parameters.showErrors(result.errors);
          return undefined;
        case "missingRows":
          parameters.showErrors([]);
          status.set("error", t("settingsMissingRows", { names: result.names.join("、") }));
          return undefined;
        case "unchanged":
          parameters.showErrors([]);
          status.set("info", t("settingsNothing"));
          return undefined;
        case "saved": {
          parameters.showErrors([]);
          if (result.blocked.length > 0) {
            status.set("warning", actionStatus("", result, t).message.trim());
            return undefined;
          }
          const s = actionStatus(t("settingsSaved", { names: result.names.join("、") }), result, t);
          return readState(preview.text()).then((after) => {
            // the preview follows: a changed 年度 (or any 参数 the text shows) marks it stale
            const stale = staleNote(after);
            status.set(stale === "" ? s.kind : "warning", stale === "" ? s.message : `${s.message} ${stale}`);
          });
        }
        default: {
          const never: never = result;
          return never;
        }
      }
    });
  }
  return {
    createLayout,
    layoutWith,
    validate: validateNow,
    generate: generateWith,
    goTo,
    applyFix,
    copy: copyNow,
    exportWord: exportNow,
    openInWriter: openInWriterNow,
    saveSettings,
    reloadSettings,
    readState: () => readState(),
  };
}
