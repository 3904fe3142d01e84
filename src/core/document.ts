/**
 * The document model: what the narrative renderer produces and what every output reads — the
 * 文字稿 sheet, the plain text, the clipboard and the Word export.
 */
import type { Issue } from "./issue";

/** Paragraph levels of the 模板 sheet, in 公文 order. */
export type ParagraphLevel = "标题" | "一级" | "二级" | "三级" | "正文";

export const PARAGRAPH_LEVELS: readonly ParagraphLevel[] = ["标题", "一级", "二级", "三级", "正文"];

/** A cell a paragraph drew on. */
export interface SourceRef {
  readonly sheet: string;
  /** A1 address. */
  readonly cell: string;
}

export interface Paragraph {
  readonly level: ParagraphLevel;
  /** Final text, with 【待补：…】 or 【模板错误：…】 markers where something is missing. */
  readonly text: string;
  /** Cells the paragraph drew on, in the order first used, without repeats. */
  readonly sources: readonly SourceRef[];
  /** Problems met while rendering this paragraph (missing values, template errors). */
  readonly issues: readonly Issue[];
  /** Zero-based row of the 模板 sheet the paragraph came from (undefined for the built-in template). */
  readonly templateRow?: number;
}

export interface NarrativeDocument {
  readonly paragraphs: readonly Paragraph[];
}

/** Markers the renderer puts where data is missing or the template is wrong. */
export const MISSING_MARKER = /【待补：[^】]*】/g;
export const TEMPLATE_ERROR_MARKER = /【模板错误：[^】]*】/g;

/** Plain text: one paragraph a line, UTF-8, the form pasted into a document. */
export function toPlainText(document: NarrativeDocument): string {
  return document.paragraphs.map((p) => p.text).join("\n") + "\n";
}
