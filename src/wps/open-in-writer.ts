/**
 * 在WPS文字中打开: the generated text as a new WPS 文字 document in GB/T 9704 layout, the same page
 * and type as the .docx export (src/export: A4, margins 37/35/28/26 mm, 22 lines × 28 characters
 * on the document grid, 2号 方正小标宋简体 title, 3号 黑体 / 楷体_GB2312 / 仿宋_GB2312, exact
 * 28.9 pt lines, two-character indent, "— 1 —" page numbers outside on odd and even pages, the
 * 【待补：…】 markers in red). An ET add-in reaches WPS 文字 through `wps.WpsApplication()`; the
 * text goes in as one write, the body format over the whole text, then only what differs from it
 * (the title, the headings, the markers), so the calls grow with the headings, not the length.
 */
import type { NarrativeDocument, ParagraphLevel } from "../core/document";
import { LEVEL_FONT, LATIN_FONT, PAGE_NUMBER_FONT } from "../export/gbt9704-fonts";
import {
  CHARS_PER_LINE,
  FONT_SIZE_PT,
  FOOTER_DISTANCE,
  LINE_SPACING,
  LINES_PER_PAGE,
  MARGINS,
  PAGE,
} from "../export/gbt9704-layout";
import { markerSegments } from "../export/marker-segments";
import {
  WD_ALIGN,
  WD_COLOR_BLACK,
  WD_COLOR_RED,
  WD_FIELD_PAGE,
  WD_HEADER_FOOTER_EVEN_PAGES,
  WD_HEADER_FOOTER_PRIMARY,
  WD_LAYOUT_MODE_GRID,
  WD_LINE_SPACE_EXACTLY,
  WD_LINE_SPACE_SINGLE,
  WD_OUTLINE_BODY,
  WD_TRUE,
  type WriterApplication,
  type WriterDocument,
  type WriterRange,
} from "./writer-api";
import { WpsActionError } from "./wps-error";
import { wpsGlobal } from "./wps-host";

/** Twips (the layout constants' unit) to points. */
function pt(twips: number): number {
  return twips / 20;
}

/** Exact line height: 28.9 pt. */
export const LINE_HEIGHT_PT = pt(LINE_SPACING);

/** Outline level of each paragraph level (headings 1–3; the title and body text are body level). */
const OUTLINE_LEVEL: Readonly<Record<ParagraphLevel, number>> = {
  标题: WD_OUTLINE_BODY,
  一级: 1,
  二级: 2,
  三级: 3,
  正文: WD_OUTLINE_BODY,
};

/** Thrown where WPS 文字 cannot be reached from WPS 表格 (the pane says so and points to 导出Word). */
export function writerUnavailableError(detail: string): WpsActionError {
  return new WpsActionError(
    "rejected",
    "无法从 WPS 表格打开 WPS 文字（本机的 WPS 不允许加载项调用文字组件）。请改用“导出Word”保存 .docx 文件，再用 WPS 文字打开。",
    detail,
  );
}

/** WPS 文字's Application, where WPS lets the add-in reach it. */
export function writerApplication(): WriterApplication {
  const wps = wpsGlobal();
  if (!wps || typeof wps.WpsApplication !== "function") throw writerUnavailableError("wps.WpsApplication is missing");
  let app: unknown;
  try {
    app = wps.WpsApplication();
  } catch (error) {
    throw writerUnavailableError(error instanceof Error ? error.message : String(error));
  }
  if (!app || typeof app !== "object" || !("Documents" in app)) throw writerUnavailableError("no Documents");
  return app as WriterApplication;
}

/** A paragraph's text as WPS 文字 takes it: a line break inside a cell becomes a manual line break. */
function paragraphText(text: string): string {
  return text.replace(/\r\n|\r|\n/g, "\u000b");
}

function setUpPage(doc: WriterDocument): void {
  const setup = doc.PageSetup;
  setup.PageWidth = pt(PAGE.width);
  setup.PageHeight = pt(PAGE.height);
  setup.TopMargin = pt(MARGINS.top);
  setup.BottomMargin = pt(MARGINS.bottom);
  setup.LeftMargin = pt(MARGINS.left);
  setup.RightMargin = pt(MARGINS.right);
  setup.FooterDistance = pt(FOOTER_DISTANCE);
  setup.OddAndEvenPagesHeaderFooter = WD_TRUE;
  setup.LayoutMode = WD_LAYOUT_MODE_GRID;
  setup.CharsLine = CHARS_PER_LINE;
  setup.LinesPage = LINES_PER_PAGE;
}

/** The body format, set once over the whole text: 仿宋_GB2312 3号, justified, exact lines, two-character indent. */
function formatBody(content: WriterRange): void {
  const font = content.Font;
  font.NameFarEast = LEVEL_FONT.正文;
  font.NameAscii = LATIN_FONT;
  font.Size = FONT_SIZE_PT.body;
  font.Bold = 0;
  font.Color = WD_COLOR_BLACK;
  const format = content.ParagraphFormat;
  format.Alignment = WD_ALIGN.justify;
  format.LineSpacingRule = WD_LINE_SPACE_EXACTLY;
  format.LineSpacing = LINE_HEIGHT_PT;
  format.SpaceBefore = 0;
  format.SpaceAfter = 0;
  format.CharacterUnitFirstLineIndent = 2;
  format.OutlineLevel = WD_OUTLINE_BODY;
}

function formatHeading(range: WriterRange, level: ParagraphLevel): void {
  range.Font.NameFarEast = LEVEL_FONT[level];
  const format = range.ParagraphFormat;
  if (level === "标题") {
    range.Font.Size = FONT_SIZE_PT.title;
    format.Alignment = WD_ALIGN.center;
    format.CharacterUnitFirstLineIndent = 0;
    format.FirstLineIndent = 0;
    // one blank line below the title
    format.SpaceAfter = LINE_HEIGHT_PT;
    format.KeepWithNext = WD_TRUE;
    return;
  }
  format.OutlineLevel = OUTLINE_LEVEL[level];
  format.KeepWithNext = WD_TRUE;
}

/** "— 1 —" in 4号 宋体, one character in from the outer edge: right on odd pages, left on even. */
function pageNumbers(doc: WriterDocument): void {
  const footers = doc.Sections.Item(1).Footers;
  for (const [index, side] of [
    [WD_HEADER_FOOTER_PRIMARY, "odd"],
    [WD_HEADER_FOOTER_EVEN_PAGES, "even"],
  ] as const) {
    const footer = footers.Item(index);
    const range = footer.Range;
    range.Text = "— # —";
    const font = range.Font;
    font.NameFarEast = PAGE_NUMBER_FONT;
    font.NameAscii = PAGE_NUMBER_FONT;
    font.Size = FONT_SIZE_PT.pageNumber;
    const format = range.ParagraphFormat;
    format.CharacterUnitFirstLineIndent = 0;
    format.FirstLineIndent = 0;
    format.LineSpacingRule = WD_LINE_SPACE_SINGLE;
    format.Alignment = side === "odd" ? WD_ALIGN.right : WD_ALIGN.left;
    if (side === "odd") format.RightIndent = FONT_SIZE_PT.pageNumber;
    else format.LeftIndent = FONT_SIZE_PT.pageNumber;
    // the page number in place of "#"
    const place = footer.Range;
    place.SetRange(2, 3);
    place.Fields.Add(place, WD_FIELD_PAGE);
  }
}

/** Opens `document` in a new WPS 文字 document in GB/T 9704 layout; returns the new document's name. */
export function openInWriter(document: NarrativeDocument, app?: WriterApplication): Promise<string> {
  return Promise.resolve().then(() => {
    const writer = app ?? writerApplication();
    const doc = writer.Documents.Add();
    setUpPage(doc);
    const texts = document.paragraphs.map((p) => paragraphText(p.text));
    const content = doc.Content;
    content.Text = texts.join("\r");
    formatBody(content);
    const paragraphs = doc.Paragraphs;
    let at = 0;
    document.paragraphs.forEach((p, i) => {
      if (p.level !== "正文") formatHeading(paragraphs.Item(i + 1).Range, p.level);
      let offset = at;
      for (const segment of markerSegments(texts[i] ?? "")) {
        if (segment.marker) doc.Range(offset, offset + segment.text.length).Font.Color = WD_COLOR_RED;
        offset += segment.text.length;
      }
      at += (texts[i] ?? "").length + 1;
    });
    pageNumbers(doc);
    doc.Activate();
    return doc.Name;
  });
}
