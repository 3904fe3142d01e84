/**
 * Proofreading of generated text: the narrative code runs its paragraphs through the same
 * checkers the validation rules run over cells, so a spun phrase that reaches the 文字稿 (from a
 * template or a cell) is reported at its paragraph and offset.
 */
import { checkOrdinals, type OrdinalOptions } from "./check-ordinals";
import { checkWording } from "./check-wording";

export type TextFindingKind = "spun-wording" | "nonstandard-ordinal";

export interface TextFinding {
  readonly kind: TextFindingKind;
  /** Index of the paragraph in the list given. */
  readonly paragraph: number;
  /** UTF-16 offsets in that paragraph. */
  readonly start: number;
  readonly end: number;
  /** The text found, e.g. "起动" (a word) or "1、". */
  readonly found: string;
  /** The standard form, e.g. "启动" or "（1）". */
  readonly right: string;
  /** Why, in Chinese (the wording checker's reason: “完成情况”是常见搭配; "" for ordinals). */
  readonly note: string;
}

/** Spun phrases and non-standard ordinals in each paragraph, by paragraph then offset. */
export function proofreadParagraphs(paragraphs: readonly string[], options: OrdinalOptions = {}): TextFinding[] {
  const findings: TextFinding[] = [];
  paragraphs.forEach((text, paragraph) => {
    const inParagraph: TextFinding[] = [];
    for (const m of checkWording(text)) {
      inParagraph.push({
        kind: "spun-wording",
        paragraph,
        start: m.start,
        end: m.end,
        found: m.wrong,
        right: m.right,
        note: m.reason,
      });
    }
    for (const m of checkOrdinals(text, options)) {
      inParagraph.push({
        kind: "nonstandard-ordinal",
        paragraph,
        start: m.start,
        end: m.end,
        found: m.found,
        right: m.right,
        note: "",
      });
    }
    inParagraph.sort((a, b) => a.start - b.start);
    for (const f of inParagraph) findings.push(f);
  });
  return findings;
}

/** Text around [start, end) for a message: up to `radius` characters each side, with ellipses. */
export function excerpt(text: string, start: number, end: number, radius = 8): string {
  const from = Math.max(0, start - radius);
  const to = Math.min(text.length, end + radius);
  return `${from > 0 ? "…" : ""}${text.slice(from, to)}${to < text.length ? "…" : ""}`;
}
