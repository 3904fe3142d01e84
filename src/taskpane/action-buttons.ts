/**
 * The actions section: 建立表格, 校验, 生成文字稿, 复制全文, 导出Word (and 在WPS文字中打开 where the
 * host has a word processor to open the text in: WPS), and above them the 报告 list
 * that chooses which report 生成文字稿 writes (shown only when the workbook has more than one:
 * 模板, 模板（月度进展） …). While an action runs the buttons say they are unavailable
 * (aria-disabled, so they keep their place in the tab order and a click says 请稍候).
 */
import type { ReportType } from "../core/report-types";
import { button, clear, h, setHidden } from "./dom";
import type { Translate } from "./i18n";

export interface ActionHandlers {
  readonly createLayout: () => void;
  readonly validate: () => void;
  readonly generate: () => void;
  readonly copy: () => void;
  readonly exportWord: () => void;
  /** 在WPS文字中打开: given only where the host can (WPS); the button is absent otherwise. */
  readonly openInWriter?: () => void;
}

export interface ActionButtons {
  readonly element: HTMLElement;
  readonly createButton: HTMLButtonElement;
  readonly validateButton: HTMLButtonElement;
  readonly generateButton: HTMLButtonElement;
  readonly copyButton: HTMLButtonElement;
  readonly exportButton: HTMLButtonElement;
  /** 在WPS文字中打开, where the host has it. */
  readonly writerButton?: HTMLButtonElement;
  /** Marks every button unavailable while an action runs, or available again. */
  setBusy(busy: boolean): void;
  /** Fills the 报告 list, keeping the choice where it still exists; hidden while there is one report. */
  showReports(reports: readonly ReportType[]): void;
  /** The report chosen in the list (its name); undefined while the list is empty. */
  chosenReport(): string | undefined;
}

/** The section, with `prompts` (the questions an action may ask) under the buttons. */
export function createActionButtons(
  doc: Document,
  t: Translate,
  on: ActionHandlers,
  prompts: readonly HTMLElement[],
): ActionButtons {
  const createButton = button(doc, t("createLayout"), "asp-button", on.createLayout, "asp-create");
  const validateButton = button(doc, t("validate"), "asp-button", on.validate, "asp-validate");
  const generateButton = button(doc, t("generate"), "asp-button asp-button-primary", on.generate, "asp-generate");
  const copyButton = button(doc, t("copy"), "asp-button", on.copy, "asp-copy");
  const exportButton = button(doc, t("exportWord"), "asp-button", on.exportWord, "asp-export");
  const writerButton = on.openInWriter
    ? button(doc, t("openInWriter"), "asp-button", on.openInWriter, "asp-open-writer")
    : undefined;
  const all = [createButton, validateButton, generateButton, copyButton, exportButton];
  if (writerButton) all.push(writerButton);

  const reportSelect = h(doc, "select", { id: "asp-report", className: "asp-field" });
  const reportRow = h(
    doc,
    "div",
    { className: "asp-report", hidden: true },
    h(doc, "label", { attrs: { for: "asp-report" } }, t("reportLabel")),
    reportSelect,
  );

  const element = h(
    doc,
    "section",
    { className: "asp-section", attrs: { "aria-labelledby": "asp-actions-title" } },
    h(doc, "h2", { className: "asp-section-title", id: "asp-actions-title" }, t("actionsHeading")),
    reportRow,
    h(doc, "div", { className: "asp-actions" }, ...all),
    h(doc, "p", { className: "asp-hint" }, t("createLayoutHint")),
    ...prompts,
  );

  return {
    element,
    createButton,
    validateButton,
    generateButton,
    copyButton,
    exportButton,
    writerButton,
    setBusy: (busy) => {
      for (const b of all) b.setAttribute("aria-disabled", busy ? "true" : "false");
    },
    showReports: (reports) => {
      const chosen = reportSelect.value;
      clear(reportSelect);
      for (const report of reports) {
        reportSelect.appendChild(
          h(
            doc,
            "option",
            { attrs: { value: report.name } },
            t("reportOption", { name: report.name, sheet: report.outputSheet }),
          ),
        );
      }
      if (reports.some((r) => r.name === chosen)) reportSelect.value = chosen;
      setHidden(reportRow, reports.length <= 1);
    },
    chosenReport: () => reportSelect.value || undefined,
  };
}
