/**
 * Fonts of the Word export: the GB/T 9704 typeface of each paragraph level, declared for East
 * Asian text (w:eastAsia), and a font table that names a common fall-back for each (w:altName),
 * for machines without the GB2312-era fonts — most new Windows installs have 仿宋 but not
 * 仿宋_GB2312, and few have 方正小标宋简体.
 */
import type { ParagraphLevel } from "../core/document";

/** Latin letters and digits: the usual companion of 仿宋 in 公文 templates, present wherever Word is. */
export const LATIN_FONT = "Times New Roman";

/** Page numbers: 4号 半角宋体, dashes and digits alike. */
export const PAGE_NUMBER_FONT = "宋体";

/** East Asian typeface of each paragraph level (levels 3–4 and body in 仿宋_GB2312). */
export const LEVEL_FONT: Readonly<Record<ParagraphLevel, string>> = {
  标题: "方正小标宋简体",
  一级: "黑体",
  二级: "楷体_GB2312",
  三级: "仿宋_GB2312",
  正文: "仿宋_GB2312",
};

/** What w:rFonts says for a run in `eastAsia` with Latin text in `latin`. */
export interface RunFonts {
  readonly ascii: string;
  readonly hAnsi: string;
  readonly cs: string;
  readonly eastAsia: string;
  readonly hint: "eastAsia";
}

export function runFonts(eastAsia: string, latin: string = LATIN_FONT): RunFonts {
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia, hint: "eastAsia" };
}

interface FontTableEntry {
  readonly name: string;
  /** The font Word and WPS use when `name` is not installed. */
  readonly altName?: string;
  readonly panose: string;
  /** Character set, hex: 86 = GB2312, 00 = ANSI. */
  readonly charset: "86" | "00";
  readonly family: "auto" | "modern" | "roman" | "swiss";
  readonly pitch: "fixed" | "variable";
}

/** Every font the document names, with its fall-back: 仿宋_GB2312 → 仿宋, 方正小标宋简体 → 宋体 … */
export const FONT_TABLE: readonly FontTableEntry[] = [
  {
    name: "方正小标宋简体",
    altName: "宋体",
    panose: "02000000000000000000",
    charset: "86",
    family: "auto",
    pitch: "variable",
  },
  {
    name: "仿宋_GB2312",
    altName: "仿宋",
    panose: "02010609030101010101",
    charset: "86",
    family: "modern",
    pitch: "fixed",
  },
  {
    name: "楷体_GB2312",
    altName: "楷体",
    panose: "02010609030101010101",
    charset: "86",
    family: "modern",
    pitch: "fixed",
  },
  { name: "黑体", altName: "SimHei", panose: "02010609060101010101", charset: "86", family: "modern", pitch: "fixed" },
  {
    name: "仿宋",
    altName: "FangSong",
    panose: "02010609060101010101",
    charset: "86",
    family: "modern",
    pitch: "fixed",
  },
  { name: "楷体", altName: "KaiTi", panose: "02010609060101010101", charset: "86", family: "modern", pitch: "fixed" },
  { name: "宋体", altName: "SimSun", panose: "02010600030101010101", charset: "86", family: "auto", pitch: "variable" },
  { name: LATIN_FONT, panose: "02020603050405020304", charset: "00", family: "roman", pitch: "variable" },
];

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** word/fontTable.xml with the entries above (the docx package writes an empty table). */
export function fontTableXml(entries: readonly FontTableEntry[] = FONT_TABLE): string {
  const fonts = entries
    .map((f) => {
      const alt = f.altName ? `<w:altName w:val="${escapeXml(f.altName)}"/>` : "";
      return (
        `<w:font w:name="${escapeXml(f.name)}">${alt}<w:panose1 w:val="${f.panose}"/>` +
        `<w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`
      );
    })
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<w:fonts xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
    `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts}</w:fonts>`
  );
}
