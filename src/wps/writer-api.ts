/**
 * The part of WPS 文字's JavaScript object model the WPS edition uses to put the text into a new
 * document: WPS mirrors Word's VBA model — `Documents.Add()`, `Content.Text`, `Paragraphs.Item(i)`
 * (1-based), `Range(start, end)` in characters, fonts and paragraph formats in points, `PageSetup`
 * with the document grid (`LayoutMode`, `LinesPage`, `CharsLine`), footers by kind with fields.
 * An ET add-in reaches it through `wps.WpsApplication()`. Names as in WPS's declarations
 * (wps-jsapi, lib.wps.d.ts); test/wps/et-api-conformance.test.ts holds them to it.
 */

/** WdParagraphAlignment. */
export const WD_ALIGN = { left: 0, center: 1, right: 2, justify: 3 } as const;
/** WdLineSpacing: wdLineSpaceSingle, wdLineSpaceExactly. */
export const WD_LINE_SPACE_SINGLE = 0;
export const WD_LINE_SPACE_EXACTLY = 4;
/** WdLayoutMode.wdLayoutModeGrid: lines and characters on the document grid. */
export const WD_LAYOUT_MODE_GRID = 1;
/** WdHeaderFooterIndex: primary (odd pages when odd and even differ) and even pages. */
export const WD_HEADER_FOOTER_PRIMARY = 1;
export const WD_HEADER_FOOTER_EVEN_PAGES = 3;
/** WdFieldType.wdFieldPage. */
export const WD_FIELD_PAGE = 33;
/** WdOutlineLevel: 1–9 headings, 10 body text. */
export const WD_OUTLINE_BODY = 10;
/** Word's True. */
export const WD_TRUE = -1;
/** wdColorRed (BGR) and wdColorBlack. */
export const WD_COLOR_RED = 255;
export const WD_COLOR_BLACK = 0;

export interface WriterApplication {
  readonly Documents: WriterDocuments;
}

export interface WriterDocuments {
  Add(): WriterDocument;
}

export interface WriterDocument {
  readonly Name: string;
  readonly Content: WriterRange;
  readonly Paragraphs: WriterParagraphs;
  readonly PageSetup: WriterPageSetup;
  readonly Sections: WriterSections;
  /** Characters `start` to `end` of the main text. */
  Range(start: number, end: number): WriterRange;
  Activate(): void;
}

export interface WriterRange {
  Text: string;
  readonly Font: WriterFont;
  readonly ParagraphFormat: WriterParagraphFormat;
  readonly Fields: WriterFields;
  SetRange(start: number, end: number): void;
}

export interface WriterFont {
  /** East Asian typeface. */
  NameFarEast: string;
  /** Latin letters and digits. */
  NameAscii: string;
  Size: number;
  Bold: number;
  /** BGR. */
  Color: number;
}

export interface WriterParagraphFormat {
  Alignment: number;
  /** First-line indent in characters (2 for body text). */
  CharacterUnitFirstLineIndent: number;
  FirstLineIndent: number;
  LeftIndent: number;
  RightIndent: number;
  LineSpacingRule: number;
  /** Points, with LineSpacingRule exactly. */
  LineSpacing: number;
  SpaceBefore: number;
  SpaceAfter: number;
  OutlineLevel: number;
  KeepWithNext: number;
}

export interface WriterParagraphs {
  readonly Count: number;
  Item(index: number): WriterParagraph;
}

export interface WriterParagraph {
  readonly Range: WriterRange;
}

/** Lengths in points. */
export interface WriterPageSetup {
  PageWidth: number;
  PageHeight: number;
  TopMargin: number;
  BottomMargin: number;
  LeftMargin: number;
  RightMargin: number;
  HeaderDistance: number;
  FooterDistance: number;
  OddAndEvenPagesHeaderFooter: number;
  LayoutMode: number;
  CharsLine: number;
  LinesPage: number;
}

export interface WriterSections {
  Item(index: number): WriterSection;
}

export interface WriterSection {
  readonly Footers: WriterHeadersFooters;
}

export interface WriterHeadersFooters {
  Item(index: number): WriterHeaderFooter;
}

export interface WriterHeaderFooter {
  readonly Range: WriterRange;
}

export interface WriterFields {
  /** Puts a field of `type` in place of `range`'s text. */
  Add(range: WriterRange, type: number): unknown;
}
