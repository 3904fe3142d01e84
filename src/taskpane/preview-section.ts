/**
 * The preview section: the text last generated (preview.ts renders it, markers highlighted), a
 * line counting the 【待补】 markers left, the stale notice when the data changed since, and the
 * copy area — a text area, visually hidden, holding the plain text for the clipboard fallback and
 * shown for Ctrl+C where the browser refuses the copy. Outdated text is never left in it.
 */
import type { GeneratedText } from "../core/action-results";
import { toPlainText } from "../core/document";
import type { NarrativeInputs } from "../core/narrative-inputs";
import { h, setHidden } from "./dom";
import type { Translate } from "./i18n";
import { countMarkers, renderPreview } from "./preview";
import type { StalePrompt } from "./prompts";

export interface PreviewSection {
  readonly element: HTMLElement;
  /** The text area the clipboard fallback copies from. */
  readonly copyArea: HTMLTextAreaElement;
  /** The text shown, with what it was generated from; undefined before the first 生成文字稿. */
  text(): GeneratedText | undefined;
  /** Shows a newly generated text (current, copy area hidden). */
  show(text: GeneratedText): void;
  /** Keeps `inputs` as what the text was generated from (the data changed, the text did not). */
  renew(inputs: NarrativeInputs): void;
  /** Marks the text as older than the data (or clears the mark). */
  setStale(stale: boolean): void;
  /** Shows the copy area with the text selected, for Ctrl+C. */
  showCopyArea(): void;
  hideCopyArea(): void;
}

export function createPreviewSection(doc: Document, t: Translate, stale: StalePrompt): PreviewSection {
  let current: GeneratedText | undefined;
  const summary = h(doc, "p", { className: "asp-summary", id: "asp-preview-summary" }, t("previewEmpty"));
  const preview = h(doc, "div", {
    className: "asp-preview",
    id: "asp-preview",
    hidden: true,
    attrs: { tabindex: "0", role: "document", "aria-label": t("previewHeading") },
  });
  const copyArea = h(doc, "textarea", {
    className: "asp-copy-area asp-visually-hidden",
    id: "asp-copy-area",
    attrs: { readonly: "", "aria-label": t("copyAreaLabel"), tabindex: "-1" },
  });
  const element = h(
    doc,
    "section",
    { className: "asp-section", attrs: { "aria-labelledby": "asp-preview-title" } },
    h(doc, "h2", { className: "asp-section-title", id: "asp-preview-title" }, t("previewHeading")),
    summary,
    stale.element,
    preview,
    copyArea,
  );

  function hideCopyArea(): void {
    copyArea.className = "asp-copy-area asp-visually-hidden";
    copyArea.setAttribute("tabindex", "-1");
  }

  function setStale(isStale: boolean): void {
    if (isStale) stale.show();
    else stale.hide();
    preview.className = isStale ? "asp-preview asp-preview-stale" : "asp-preview";
    // outdated text must not be copied by hand from the copy area either
    copyArea.value = !isStale && current ? toPlainText(current.document) : "";
    if (isStale) hideCopyArea();
  }

  return {
    element,
    copyArea,
    text: () => current,
    show: (text) => {
      current = text;
      renderPreview(preview, text.document);
      setHidden(preview, false);
      setStale(false);
      hideCopyArea();
      const markers = countMarkers(text.document);
      summary.textContent = markers > 0 ? t("previewMarkers", { count: markers }) : t("previewNoMarkers");
      summary.className = markers > 0 ? "asp-summary asp-summary-warning" : "asp-summary";
    },
    renew: (inputs) => {
      if (current) current = { document: current.document, inputs };
    },
    setStale,
    showCopyArea: () => {
      copyArea.className = "asp-copy-area";
      copyArea.removeAttribute("tabindex");
      copyArea.focus();
      copyArea.select();
    },
    hideCopyArea,
  };
}
