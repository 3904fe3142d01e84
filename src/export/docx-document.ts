/**
 * The Word export: a NarrativeDocument as a .docx in GB/T 9704 layout — A4, 37/35/28/26 mm
 * margins, 22 lines × 28 characters, 2号 方正小标宋简体 title, 3号 黑体 / 楷体_GB2312 /
 * 仿宋_GB2312 headings and body, "— 1 —" page numbers outside on odd and even pages, and the
 * 【待补：…】 markers in red. Pure: runs in Node and in the browser (no fs, no DOM); the caller
 * saves or downloads the bytes.
 */
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph as DocxParagraph,
  TextRun,
  type IParagraphStyleOptions,
} from "docx";
import type { NarrativeDocument, Paragraph, ParagraphLevel } from "../core/document";
import { xmlSafeText } from "../core/xml-safe-text";
import { LEVEL_FONT, PAGE_NUMBER_FONT, fontTableXml, runFonts } from "./gbt9704-fonts";
import {
  FIRST_LINE_INDENT,
  FONT_SIZE_PT,
  FOOTER_DISTANCE,
  CHARACTER_SPACING,
  GRID_LINE_PITCH,
  LINE_SPACING,
  MARGINS,
  MARKER_COLOUR,
  PAGE,
  PAGE_NUMBER_INSET,
  halfPoints,
} from "./gbt9704-layout";
import { markerSegments } from "./marker-segments";

/** Media type of a .docx, for downloads. */
export const DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Style id of each paragraph level: Word's built-in ids, so the navigation pane and outline see the headings. */
export const LEVEL_STYLE_ID: Readonly<Record<ParagraphLevel, string>> = {
  标题: "Title",
  一级: "Heading1",
  二级: "Heading2",
  三级: "Heading3",
  正文: "Normal",
};

const LANGUAGE = { value: "en-US", eastAsia: "zh-CN" } as const;
const EXACT_LINES = { line: LINE_SPACING, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;
const INDENTED = { firstLine: FIRST_LINE_INDENT.twips, firstLineChars: FIRST_LINE_INDENT.chars } as const;

function headingStyle(id: string, name: string, level: ParagraphLevel, outlineLevel: number): IParagraphStyleOptions {
  return {
    id,
    name,
    basedOn: "Normal",
    next: "Normal",
    quickFormat: true,
    run: {
      font: runFonts(LEVEL_FONT[level]),
      size: halfPoints(FONT_SIZE_PT.body),
      bold: false,
      italics: false,
      color: "000000",
    },
    paragraph: {
      outlineLevel,
      keepNext: true,
      keepLines: true,
      alignment: AlignmentType.JUSTIFIED,
      spacing: EXACT_LINES,
      indent: INDENTED,
    },
  };
}

/** Styles: Normal is the body (仿宋_GB2312 3号, exact 28.9 pt, two-character indent); headings differ only in typeface. */
const PARAGRAPH_STYLES: readonly IParagraphStyleOptions[] = [
  {
    id: "Normal",
    name: "Normal",
    quickFormat: true,
    run: {
      font: runFonts(LEVEL_FONT.正文),
      size: halfPoints(FONT_SIZE_PT.body),
      characterSpacing: CHARACTER_SPACING,
      language: LANGUAGE,
    },
    paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: EXACT_LINES, indent: INDENTED },
  },
  {
    id: "Title",
    name: "Title",
    basedOn: "Normal",
    next: "Normal",
    quickFormat: true,
    run: {
      font: runFonts(LEVEL_FONT.标题),
      size: halfPoints(FONT_SIZE_PT.title),
      characterSpacing: 0,
      bold: false,
      color: "000000",
    },
    // centred, no indent, one blank line below the title
    paragraph: {
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { ...EXACT_LINES, after: LINE_SPACING },
      indent: { firstLine: 0, firstLineChars: 0 },
    },
  },
  headingStyle("Heading1", "heading 1", "一级", 0),
  headingStyle("Heading2", "heading 2", "二级", 1),
  headingStyle("Heading3", "heading 3", "三级", 2),
  {
    id: "Footer",
    name: "footer",
    basedOn: "Normal",
    quickFormat: true,
    run: {
      font: runFonts(PAGE_NUMBER_FONT, PAGE_NUMBER_FONT),
      size: halfPoints(FONT_SIZE_PT.pageNumber),
      characterSpacing: 0,
    },
    // single spacing, so the footer distance puts the dashes 7 mm below the text block
    paragraph: {
      spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
      indent: { firstLine: 0, firstLineChars: 0 },
    },
  },
];

function bodyParagraph(p: Paragraph): DocxParagraph {
  // a character XML forbids (a control character, U+FFFF from a cell) would make the file unreadable
  const children = markerSegments(p.text).map((s) =>
    s.marker ? new TextRun({ text: xmlSafeText(s.text), color: MARKER_COLOUR }) : new TextRun(xmlSafeText(s.text)),
  );
  return new DocxParagraph({ style: LEVEL_STYLE_ID[p.level], children });
}

/** "— 1 —": 4号 宋体, one character in from the outer edge of the text block. */
function pageNumberFooter(side: "odd" | "even"): Footer {
  const odd = side === "odd";
  return new Footer({
    children: [
      new DocxParagraph({
        style: "Footer",
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: PAGE_NUMBER_INSET } : { left: PAGE_NUMBER_INSET },
        children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"] })],
      }),
    ],
  });
}

/** The first 标题 paragraph's text, for the file's title property. */
function titleOf(document: NarrativeDocument): string {
  return xmlSafeText(document.paragraphs.find((p) => p.level === "标题")?.text ?? "年度工作总结");
}

/** The docx package's Document for `document`: one section, odd and even footers. */
export function createDocxDocument(document: NarrativeDocument): Document {
  return new Document({
    creator: "年度总结助手",
    title: titleOf(document),
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: {
            font: runFonts(LEVEL_FONT.正文),
            size: halfPoints(FONT_SIZE_PT.body),
            characterSpacing: CHARACTER_SPACING,
            language: LANGUAGE,
          },
          paragraph: { spacing: EXACT_LINES },
        },
      },
      paragraphStyles: PARAGRAPH_STYLES,
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...MARGINS, header: MARGINS.top - 567, footer: FOOTER_DISTANCE, gutter: 0 },
          },
          grid: { type: DocumentGridType.LINES, linePitch: GRID_LINE_PITCH },
        },
        footers: { default: pageNumberFooter("odd"), even: pageNumberFooter("even") },
        children: document.paragraphs.map(bodyParagraph),
      },
    ],
  });
}

/** Files of the package that replace what the docx package writes: the font table with fall-backs. */
function packageOverrides(): { path: string; data: string }[] {
  return [{ path: "word/fontTable.xml", data: fontTableXml() }];
}

/**
 * The .docx bytes of `document`. Uses Packer.toArrayBuffer, which works in Node and in browsers
 * (Packer.toBuffer needs Node's Buffer, toBlob a Blob).
 */
export async function buildDocx(document: NarrativeDocument): Promise<Uint8Array> {
  const buffer = await Packer.toArrayBuffer(createDocxDocument(document), false, packageOverrides());
  return new Uint8Array(buffer);
}
