/**
 * The clipboard's rich-text form of the narrative: HTML with the 公文 fonts and heading levels
 * (GB/T 9704: 方正小标宋简体 title, 黑体 and 楷体_GB2312 headings, 仿宋_GB2312 body), so a paste
 * into Word or WPS keeps the layout. Every piece of text is escaped; nothing the workbook holds is
 * ever read as markup.
 */
import type { NarrativeDocument, ParagraphLevel } from "../core/document";
import { LEVEL_FONT } from "../export/gbt9704-fonts";
import { markerSegments } from "../export/marker-segments";

/** Escapes the five characters with a meaning in HTML text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => {
    switch (c) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case '"':
        return "&quot;";
      default:
        return "&#39;";
    }
  });
}

interface LevelStyle {
  readonly tag: string;
  readonly css: string;
}

/** Fallback faces for machines without the GB2312-era fonts. */
const FALLBACK: Readonly<Record<ParagraphLevel, string>> = {
  标题: "'华文中宋', 'STZhongsong', '宋体', serif",
  一级: "'SimHei', 'Heiti SC', sans-serif",
  二级: "'楷体', 'KaiTi', 'STKaiti', serif",
  三级: "'仿宋', 'FangSong', 'STFangsong', serif",
  正文: "'仿宋', 'FangSong', 'STFangsong', serif",
};

/** 二号 (22 pt) title, 三号 (16 pt) everything else; 28 pt lines as in the Word export. */
export const LEVEL_STYLE: Readonly<Record<ParagraphLevel, LevelStyle>> = {
  标题: { tag: "h1", css: "font-size:22pt;font-weight:normal;text-align:center;margin:0 0 28pt" },
  一级: { tag: "h2", css: "font-size:16pt;font-weight:normal;text-indent:2em;margin:0" },
  二级: { tag: "h3", css: "font-size:16pt;font-weight:normal;text-indent:2em;margin:0" },
  三级: { tag: "h4", css: "font-size:16pt;font-weight:normal;text-indent:2em;margin:0" },
  正文: { tag: "p", css: "font-size:16pt;text-indent:2em;margin:0" },
};

const MARKER_CSS = "color:#c00000;background:#fff2cc";

function fontFamily(level: ParagraphLevel): string {
  return `'${LEVEL_FONT[level]}', ${FALLBACK[level]}`;
}

/** One paragraph as HTML: its level's tag and fonts, markers in red. */
export function paragraphHtml(level: ParagraphLevel, text: string): string {
  const style = LEVEL_STYLE[level];
  const body = markerSegments(text)
    .map((s) => (s.marker ? `<span style="${MARKER_CSS}">${escapeHtml(s.text)}</span>` : escapeHtml(s.text)))
    .join("");
  return `<${style.tag} style="font-family:${escapeHtml(fontFamily(level))};${style.css};line-height:28pt">${body}</${style.tag}>`;
}

/** The whole document as an HTML page for the clipboard (text/html). */
export function documentHtml(document: NarrativeDocument): string {
  const paragraphs = document.paragraphs.map((p) => paragraphHtml(p.level, p.text)).join("\n");
  return (
    '<html><head><meta charset="utf-8"></head><body>\n<!--StartFragment-->\n' +
    paragraphs +
    "\n<!--EndFragment-->\n</body></html>"
  );
}
