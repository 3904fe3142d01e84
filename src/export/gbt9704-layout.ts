/**
 * The page and type of an official document (公文) after GB/T 9704-2012, in the units Word uses:
 * twips (1/20 pt) for lengths, half-points for font sizes. Derived values are computed here, once,
 * so the .docx builder and its tests agree on them.
 */

/** Millimetres to twips (1 in = 25.4 mm = 1440 twips), rounded to the nearest twip. */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** A4 portrait, as Word writes it. */
export const PAGE = { width: 11906, height: 16838 } as const;

/** Margins: top 37 mm, bottom 35 mm, left (binding side) 28 mm, right 26 mm — a 156 × 225 mm text block. */
export const MARGINS = {
  top: mmToTwips(37),
  bottom: mmToTwips(35),
  left: mmToTwips(28),
  right: mmToTwips(26),
} as const;

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/** Font sizes in points: 2号 22 pt, 3号 16 pt, 4号 14 pt. */
export const FONT_SIZE_PT = { title: 22, body: 16, pageNumber: 14 } as const;

/** Half-points, as w:sz takes them. */
export function halfPoints(pt: number): number {
  return pt * 2;
}

const TEXT_WIDTH = PAGE.width - MARGINS.left - MARGINS.right;
const TEXT_HEIGHT = PAGE.height - MARGINS.top - MARGINS.bottom;

/**
 * Fixed line spacing: 28.9 pt, the customary "固定值 28.9 磅" of 公文 templates. 22 such lines
 * (12,716 twips) fit the 225 mm text block (12,756 twips); 29 pt would leave room for only 21.
 */
export const LINE_SPACING = 578;

/** Document-grid line pitch: the text block height shared by 22 lines (floor, so 22 always fit). */
export const GRID_LINE_PITCH = Math.floor(TEXT_HEIGHT / LINES_PER_PAGE);

/**
 * Character spacing of body text: 28 characters of 3号 are 448 pt, wider than the 156 mm text
 * block (about 442 pt), so every character is condensed by a whole number of twips — −5, i.e.
 * −0.25 pt — which makes 28 fit (441 pt). Word's own way, a character grid (docGrid
 * linesAndChars with a negative charSpace), is rendered by LibreOffice with each character
 * spread over two grid cells (about 14 a line), so the grid here is lines-only.
 */
export const CHARACTER_SPACING = Math.floor(TEXT_WIDTH / CHARS_PER_LINE - FONT_SIZE_PT.body * 20);

/** Two-character first-line indent: 200 hundredths of a character, and 2 × 16 pt for readers without character units. */
export const FIRST_LINE_INDENT = { chars: 200, twips: 2 * FONT_SIZE_PT.body * 20 } as const;

/**
 * The page number sits below the text block, the top of its dashes 7 mm under the block's lower
 * edge; Word measures the footer distance from the page edge to the footer's baseline region, so
 * it is 35 − 7 mm less one 4号 line.
 */
export const FOOTER_DISTANCE = mmToTwips(35 - 7) - FONT_SIZE_PT.pageNumber * 20;

/** "单页码居右空一字，双页码居左空一字": one 4号 character in from the edge of the text block. */
export const PAGE_NUMBER_INSET = FONT_SIZE_PT.pageNumber * 20;

/** Colour of 【待补：…】 and 【模板错误：…】 markers, so nobody prints them by accident. */
export const MARKER_COLOUR = "FF0000";
