/**
 * The pane's questions, each a group of its own with a title, a sentence and a row of answers:
 * the sample data offered on an empty workbook (建立表格), what to do with a 文字稿 someone edited
 * (生成文字稿), and the notice that the preview is older than the data (重新生成文字稿). Each is
 * hidden until asked, and moves the focus to its first answer when shown.
 */
import type { EditedNarrativeChoice } from "../core/action-results";
import { button, h, setHidden } from "./dom";
import type { Translate } from "./i18n";

export interface Prompt {
  readonly element: HTMLElement;
  hide(): void;
}

/** A question: its title (the group's label) and text; the caller appends the answers. */
function promptGroup(doc: Document, id: string, title: string, text: HTMLElement): HTMLElement {
  return h(
    doc,
    "div",
    { className: "asp-prompt", id, hidden: true, attrs: { role: "group", "aria-labelledby": `${id}-title` } },
    h(doc, "p", { className: "asp-prompt-title", id: `${id}-title` }, title),
    text,
  );
}

export interface SamplePrompt extends Prompt {
  /** Shows the question and focuses 插入示例数据. */
  show(): void;
}

/** 取消: hides its prompt, then tells the pane. */
function cancelButton(doc: Document, t: Translate, prompt: HTMLElement, cancel: () => void, id: string): HTMLElement {
  return button(
    doc,
    t("cancel"),
    "asp-button asp-button-subtle",
    () => {
      setHidden(prompt, true);
      cancel();
    },
    id,
  );
}

/** 建立表格 on an empty workbook: with the sample data, empty, or not at all. */
export function createSamplePrompt(
  doc: Document,
  t: Translate,
  on: { readonly layout: (sample: boolean) => void; readonly cancel: () => void },
): SamplePrompt {
  const element = promptGroup(
    doc,
    "asp-sample-prompt",
    t("emptyWorkbookTitle"),
    h(doc, "p", { className: "asp-prompt-text" }, t("emptyWorkbookText")),
  );
  const yes = button(doc, t("insertSample"), "asp-button asp-button-primary", () => on.layout(true), "asp-sample-yes");
  const no = button(doc, t("emptyLayout"), "asp-button", () => on.layout(false), "asp-sample-no");
  const cancel = cancelButton(doc, t, element, on.cancel, "asp-sample-cancel");
  element.appendChild(h(doc, "div", { className: "asp-button-row" }, yes, no, cancel));
  return {
    element,
    show: () => {
      setHidden(element, false);
      yes.focus();
    },
    hide: () => setHidden(element, true),
  };
}

export interface EditedPrompt extends Prompt {
  /** Shows the question (worded for a 文字稿 of unknown origin where no fingerprint was kept) and focuses 保留. */
  show(unknownOrigin: boolean): void;
}

/** 生成文字稿 on a 文字稿 sheet someone edited: keep it under another name, replace it, or stop. */
export function createEditedPrompt(
  doc: Document,
  t: Translate,
  on: { readonly choose: (choice: Exclude<EditedNarrativeChoice, "ask">) => void; readonly cancel: () => void },
): EditedPrompt {
  const text = h(doc, "p", { className: "asp-prompt-text" }, t("editedNarrativeText"));
  const element = promptGroup(doc, "asp-edited-prompt", t("editedNarrativeTitle"), text);
  const keep = button(
    doc,
    t("keepEditedNarrative"),
    "asp-button asp-button-primary",
    () => on.choose("keep"),
    "asp-edited-keep",
  );
  const replace = button(doc, t("replaceNarrative"), "asp-button", () => on.choose("replace"), "asp-edited-replace");
  const cancel = cancelButton(doc, t, element, on.cancel, "asp-edited-cancel");
  element.appendChild(h(doc, "div", { className: "asp-button-row" }, keep, replace, cancel));
  return {
    element,
    show: (unknownOrigin) => {
      text.textContent = t(unknownOrigin ? "editedNarrativeUnknownText" : "editedNarrativeText");
      setHidden(element, false);
      keep.focus();
    },
    hide: () => setHidden(element, true),
  };
}

export interface StalePrompt extends Prompt {
  show(): void;
  /** Focuses 重新生成文字稿. */
  focus(): void;
}

/** The preview is older than the data: offers 重新生成文字稿. */
export function createStalePrompt(doc: Document, t: Translate, on: { readonly regenerate: () => void }): StalePrompt {
  const regenerate = button(
    doc,
    t("regenerate"),
    "asp-button asp-button-primary",
    () => on.regenerate(),
    "asp-regenerate",
  );
  const element = h(
    doc,
    "div",
    { className: "asp-prompt asp-stale", id: "asp-stale", hidden: true },
    h(doc, "p", { className: "asp-prompt-text", id: "asp-stale-text" }, t("previewStale")),
    h(doc, "div", { className: "asp-button-row" }, regenerate),
  );
  return {
    element,
    show: () => setHidden(element, false),
    hide: () => setHidden(element, true),
    focus: () => regenerate.focus(),
  };
}
