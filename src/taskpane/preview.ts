/**
 * The preview of the generated text: one element a paragraph, styled by level, with the
 * 【待补：…】 and 【模板错误：…】 markers in <mark> elements so they stand out (and are announced
 * as highlighted by screen readers). Text only — built with text nodes.
 */
import type { NarrativeDocument, ParagraphLevel } from "../core/document";
import { markerSegments } from "../export/marker-segments";
import { clear } from "./dom";

const LEVEL_CLASS: Readonly<Record<ParagraphLevel, string>> = {
  标题: "asp-p-title",
  一级: "asp-p-h1",
  二级: "asp-p-h2",
  三级: "asp-p-h3",
  正文: "asp-p-body",
};

/** Number of markers in the document. */
export function countMarkers(document: NarrativeDocument): number {
  let n = 0;
  for (const p of document.paragraphs) for (const s of markerSegments(p.text)) if (s.marker) n++;
  return n;
}

/** Fills `container` with the document's paragraphs. */
export function renderPreview(container: HTMLElement, document: NarrativeDocument): void {
  const doc = container.ownerDocument;
  clear(container);
  for (const p of document.paragraphs) {
    const el = doc.createElement("p");
    el.className = `asp-p ${LEVEL_CLASS[p.level]}`;
    for (const s of markerSegments(p.text)) {
      if (s.marker) {
        const mark = doc.createElement("mark");
        mark.className = "asp-marker";
        mark.appendChild(doc.createTextNode(s.text));
        el.appendChild(mark);
      } else {
        el.appendChild(doc.createTextNode(s.text));
      }
    }
    container.appendChild(el);
  }
}
