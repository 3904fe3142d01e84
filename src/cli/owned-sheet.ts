/**
 * A sheet the add-in owns (文字稿, 校验结果) or adds, built from plan steps and written whole as a
 * new part: its cells with their values, formulas and styles, column widths, a frozen header and
 * an autofilter standing in for an Excel table.
 */
import { columnLetters } from "../core/a1";
import { cellXml, type CellContent } from "./cell-xml";
import { mergeStyleChange, type CellStyleChange, type StyleBook } from "./style-book";

interface OwnedCell {
  content?: CellContent;
  style?: CellStyleChange;
}

export interface Block {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export class OwnedSheet {
  private readonly rows: (OwnedCell | undefined)[][] = [];
  private readonly widths = new Map<number, number>();
  private frozenRows = 0;
  private autoFilter: string | undefined;
  /** Merged styles, shared between cells: a 100,000-row sheet holds a handful of style objects. */
  private readonly merges = new Map<CellStyleChange | undefined, Map<CellStyleChange, CellStyleChange>>();

  private cell(row: number, column: number): OwnedCell {
    const cells = this.rows[row] ?? (this.rows[row] = []);
    return cells[column] ?? (cells[column] = {});
  }

  private merged(a: CellStyleChange | undefined, b: CellStyleChange): CellStyleChange {
    let byB = this.merges.get(a);
    if (!byB) this.merges.set(a, (byB = new Map()));
    let result = byB.get(b);
    if (!result) byB.set(b, (result = a ? mergeStyleChange(a, b) : b));
    return result;
  }

  /** Sets the content of each cell of `block` from `contentAt`. */
  setContent(block: Block, contentAt: (r: number, c: number) => CellContent): void {
    for (let r = 0; r < block.rows; r++)
      for (let c = 0; c < block.columns; c++) this.cell(block.row + r, block.column + c).content = contentAt(r, c);
  }

  /** Applies a style change to each cell of `block`; `changeAt` may vary by cell (number formats). */
  setStyle(block: Block, changeAt: (r: number, c: number) => CellStyleChange): void {
    for (let r = 0; r < block.rows; r++) {
      for (let c = 0; c < block.columns; c++) {
        const cell = this.cell(block.row + r, block.column + c);
        cell.style = this.merged(cell.style, changeAt(r, c));
      }
    }
  }

  setColumnWidth(column: number, width: number): void {
    this.widths.set(column, width);
  }

  freezeRows(rows: number): void {
    this.frozenRows = rows;
  }

  setAutoFilter(ref: string): void {
    this.autoFilter = ref;
  }

  /** The sheet part's XML. */
  render(styles: StyleBook): string {
    const parts: string[] = [`<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`];
    let lastRow = -1;
    let lastColumn = 0;
    this.rows.forEach((cells, r) => {
      if (cells && cells.length > 0) {
        lastRow = r;
        lastColumn = Math.max(lastColumn, cells.length - 1);
      }
    });
    parts.push(
      `<dimension ref="A1${lastRow > 0 || lastColumn > 0 ? `:${columnLetters(lastColumn)}${lastRow + 1}` : ""}"/>`,
    );
    parts.push('<sheetViews><sheetView workbookViewId="0">');
    if (this.frozenRows > 0) {
      const top = `A${this.frozenRows + 1}`;
      parts.push(
        `<pane ySplit="${this.frozenRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/>`,
      );
    }
    parts.push('</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>');
    if (this.widths.size > 0) {
      parts.push("<cols>");
      for (const column of Array.from(this.widths.keys()).sort((a, b) => a - b)) {
        const n = column + 1;
        parts.push(`<col min="${n}" max="${n}" width="${this.widths.get(column)}" customWidth="1"/>`);
      }
      parts.push("</cols>");
    }
    parts.push("<sheetData>");
    const styleIds = new Map<CellStyleChange, number>();
    this.rows.forEach((cells, r) => {
      if (!cells || cells.length === 0) return;
      parts.push(`<row r="${r + 1}">`);
      cells.forEach((cell, c) => {
        if (!cell) return;
        let style: number | undefined;
        if (cell.style) {
          style = styleIds.get(cell.style);
          if (style === undefined) styleIds.set(cell.style, (style = styles.cellStyle(0, cell.style)));
        }
        parts.push(cellXml(`${columnLetters(c)}${r + 1}`, style, cell.content));
      });
      parts.push("</row>");
    });
    parts.push("</sheetData>");
    if (this.autoFilter) parts.push(`<autoFilter ref="${this.autoFilter}"/>`);
    parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
    parts.push("</worksheet>");
    return parts.join("");
  }
}
