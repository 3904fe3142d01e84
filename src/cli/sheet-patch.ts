/**
 * The edits a plan makes to a sheet the user owns — a few cells (主要指标's computed columns) and
 * the add-in's own conditional formats — applied to the sheet's XML text. Everything else in the
 * part is copied character for character: the user's cells, formats, drawings, data validations,
 * other conditional formats and whatever a newer Excel adds.
 */
import { SaxesParser } from "saxes";
import { columnLetters, parseCellAddress, parseRangeAddress } from "../core/a1";
import { OWNED_HIGHLIGHT_MARKER } from "../core/plan";
import { cellXml, type CellContent } from "./cell-xml";
import { OWNED_RULE_FORMULA } from "./owned-highlight";
import { shiftFormula } from "./shift-formula";
import { mergeStyleChange, type CellStyleChange, type StyleBook } from "./style-book";
import {
  childElements,
  localName,
  parseXml,
  prefixOf,
  serializeElement,
  textContent,
  escapeText,
  XmlError,
  type XmlElement,
} from "./xml-tree";

/** CT_Worksheet's children in schema order (new elements go where Excel expects them). */
const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

interface CellEdit {
  content?: CellContent;
  style?: CellStyleChange;
}

interface Highlight {
  readonly addresses: readonly string[];
  /** ARGB fill colour. */
  readonly color: string;
}

/** A span of the text: a top-level element of the sheet, a row, a cell. */
interface Span {
  readonly local: string;
  readonly start: number;
  end: number;
  /** End of the start tag. */
  tagEnd: number;
  readonly attributes: Record<string, string>;
}

interface CellSpan extends Span {
  readonly row: number;
  readonly column: number;
}

interface RowSpan extends Span {
  readonly row: number;
  readonly cells: CellSpan[];
}

interface SharedFormula {
  master?: { row: number; column: number; formula: string };
  readonly members: CellSpan[];
}

export class SheetPatch {
  private readonly edits = new Map<number, Map<number, CellEdit>>();
  private readonly highlights: Highlight[] = [];
  private clearHighlights = false;

  /** Records a cell edit (content and/or style) at zero-based row and column. */
  edit(row: number, column: number, edit: CellEdit): void {
    let cells = this.edits.get(row);
    if (!cells) this.edits.set(row, (cells = new Map()));
    const current = cells.get(column) ?? {};
    cells.set(column, {
      content: edit.content ?? current.content,
      style: edit.style ? (current.style ? mergeStyleChange(current.style, edit.style) : edit.style) : current.style,
    });
  }

  clearOwnedHighlights(): void {
    this.clearHighlights = true;
  }

  addHighlight(addresses: readonly string[], color: string): void {
    this.highlights.push({ addresses, color });
  }

  /** Whether the sheet `text` changes at all (removing highlights it does not have changes nothing). */
  changes(text: string): boolean {
    if (this.edits.size > 0 || this.highlights.length > 0) return true;
    return this.clearHighlights && text.includes(OWNED_HIGHLIGHT_MARKER);
  }

  /** The sheet's XML with the edits applied. */
  apply(text: string, part: string, styles: StyleBook): string {
    const scan = scanSheet(text, part, this.edits.size > 0);
    const prefix = prefixOf(scan.rootName);
    const out: string[] = [text.slice(0, scan.rootTagEnd)];
    let cfInserted = this.highlights.length === 0;
    const cfOrder = WORKSHEET_ORDER.indexOf("conditionalFormatting");
    const newFormats = (): string => this.conditionalFormats(scan, prefix, styles);
    // the new conditional formats go after the last element that comes before or with them
    let insertAfter = -1;
    scan.children.forEach((child, i) => {
      const order = WORKSHEET_ORDER.indexOf(child.local);
      if (order >= 0 && order <= cfOrder) insertAfter = i;
    });
    let at = scan.rootTagEnd;
    if (insertAfter < 0 && !cfInserted) {
      out.push(newFormats());
      cfInserted = true;
    }
    scan.children.forEach((child, i) => {
      out.push(text.slice(at, child.start));
      out.push(this.rewrite(text, child, scan, styles, prefix));
      at = child.end;
      if (i === insertAfter && !cfInserted) {
        out.push(newFormats());
        cfInserted = true;
      }
    });
    out.push(text.slice(at));
    return out.join("");
  }

  private rewrite(text: string, child: Span, scan: SheetScan, styles: StyleBook, prefix: string): string {
    const original = text.slice(child.start, child.end);
    switch (child.local) {
      case "conditionalFormatting":
        return this.clearHighlights ? withoutOwnedRules(original, scan.part) : original;
      case "sheetData":
        return this.edits.size > 0 ? this.sheetData(text, child, scan, styles, prefix) : original;
      case "dimension":
        return this.edits.size > 0 ? this.dimension(child, prefix) : original;
      default:
        return original;
    }
  }

  private conditionalFormats(scan: SheetScan, prefix: string, styles: StyleBook): string {
    let priority = scan.maxPriority;
    return this.highlights
      .map(
        (h) =>
          `<${prefix}conditionalFormatting sqref="${h.addresses.join(" ")}"><${prefix}cfRule type="expression" dxfId="${styles.highlight(h.color)}" priority="${++priority}"><${prefix}formula>${escapeText(OWNED_RULE_FORMULA)}</${prefix}formula></${prefix}cfRule></${prefix}conditionalFormatting>`,
      )
      .join("");
  }

  private dimension(child: Span, prefix: string): string {
    const ref = child.attributes["ref"] ?? "A1";
    const range = parseRangeAddress(ref) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 };
    let lastRow = range.row + range.rowCount - 1;
    let lastColumn = range.column + range.columnCount - 1;
    for (const [row, cells] of this.edits) {
      lastRow = Math.max(lastRow, row);
      for (const column of cells.keys()) lastColumn = Math.max(lastColumn, column);
    }
    const from = `${columnLetters(range.column)}${range.row + 1}`;
    const to = `${columnLetters(lastColumn)}${lastRow + 1}`;
    return `<${prefix}dimension ref="${from === to ? from : `${from}:${to}`}"/>`;
  }

  private sheetData(text: string, span: Span, scan: SheetScan, styles: StyleBook, prefix: string): string {
    const orphans = orphanedSharedFormulas(scan, this.edits);
    const out: string[] = [text.slice(span.start, span.tagEnd)];
    const editRows = Array.from(this.edits.keys()).sort((a, b) => a - b);
    let e = 0;
    let at = span.tagEnd;
    const newRow = (row: number): string => {
      const cells = this.edits.get(row) as Map<number, CellEdit>;
      const columns = Array.from(cells.keys()).sort((a, b) => a - b);
      const xml = columns.map((c) => this.cell(row, c, cells.get(c) as CellEdit, undefined, styles, prefix, scan));
      return `<${prefix}row r="${row + 1}">${xml.join("")}</${prefix}row>`;
    };
    for (const row of scan.rows) {
      out.push(text.slice(at, row.start));
      while (e < editRows.length && (editRows[e] as number) < row.row) out.push(newRow(editRows[e++] as number));
      const cells = this.edits.get(row.row);
      if (cells || row.cells.some((c) => orphans.has(c))) {
        if (editRows[e] === row.row) e++;
        out.push(this.row(text, row, cells ?? new Map(), orphans, scan, styles, prefix));
      } else {
        out.push(text.slice(row.start, row.end));
      }
      at = row.end;
    }
    // rows below the last one the sheet has go before </sheetData>
    const closeAt = span.end - `</${prefix}sheetData>`.length;
    const selfClosing = span.tagEnd === span.end;
    if (selfClosing) {
      out[0] = `<${prefix}sheetData>`;
      at = span.end;
    } else {
      out.push(text.slice(at, closeAt));
      at = closeAt;
    }
    while (e < editRows.length) out.push(newRow(editRows[e++] as number));
    out.push(selfClosing ? `</${prefix}sheetData>` : text.slice(at, span.end));
    return out.join("");
  }

  private row(
    text: string,
    row: RowSpan,
    edits: Map<number, CellEdit>,
    orphans: Map<CellSpan, string>,
    scan: SheetScan,
    styles: StyleBook,
    prefix: string,
  ): string {
    // spans="1:9" is a hint for the cells a row holds; it may no longer be true
    const attributes = { ...row.attributes };
    delete attributes["spans"];
    const open = `<${prefix}row${Object.keys(attributes)
      .map((k) => ` ${k}="${escapeAttr(attributes[k] ?? "")}"`)
      .join("")}>`;
    const out: string[] = [open];
    const columns = Array.from(edits.keys()).sort((a, b) => a - b);
    let e = 0;
    let at = row.tagEnd;
    for (const cell of row.cells) {
      out.push(text.slice(at, cell.start));
      while (e < columns.length && (columns[e] as number) < cell.column) {
        const column = columns[e++] as number;
        out.push(this.cell(row.row, column, edits.get(column) as CellEdit, undefined, styles, prefix, scan, row));
      }
      const edit = edits.get(cell.column);
      if (edit) {
        e++;
        out.push(this.cell(row.row, cell.column, edit, cell, styles, prefix, scan, row, text));
      } else {
        const formula = orphans.get(cell);
        out.push(
          formula === undefined
            ? text.slice(cell.start, cell.end)
            : withFormula(text.slice(cell.start, cell.end), formula, scan.part),
        );
      }
      at = cell.end;
    }
    if (row.tagEnd === row.end) {
      // <row …/>: no cells and no closing tag
      while (e < columns.length) {
        const column = columns[e++] as number;
        out.push(this.cell(row.row, column, edits.get(column) as CellEdit, undefined, styles, prefix, scan, row));
      }
      out.push(`</${prefix}row>`);
      return out.join("");
    }
    const closeAt = row.end - `</${prefix}row>`.length;
    out.push(text.slice(at, closeAt));
    while (e < columns.length) {
      const column = columns[e++] as number;
      out.push(this.cell(row.row, column, edits.get(column) as CellEdit, undefined, styles, prefix, scan, row));
    }
    out.push(text.slice(closeAt, row.end));
    return out.join("");
  }

  /** An edited cell: the new content (or the old one, when only the style changes) and style. */
  private cell(
    row: number,
    column: number,
    edit: CellEdit,
    existing: CellSpan | undefined,
    styles: StyleBook,
    prefix: string,
    scan: SheetScan,
    rowSpan?: RowSpan,
    text?: string,
  ): string {
    // the style the cell has now: its own, else its row's, else its column's
    let base = 0;
    if (existing?.attributes["s"] !== undefined) base = Number(existing.attributes["s"]) || 0;
    else if (rowSpan && rowSpan.attributes["customFormat"] === "1") base = Number(rowSpan.attributes["s"]) || 0;
    else base = scan.columnStyle(column);
    const style = edit.style ? styles.cellStyle(base, edit.style) : base;
    const ref = `${columnLetters(column)}${row + 1}`;
    if (edit.content || !existing || text === undefined) return cellXml(ref, style, edit.content, prefix);
    // only the style changes: keep the cell's content as it is
    const cell = parseXml(text.slice(existing.start, existing.end), scan.part);
    cell.attributes["r"] = ref;
    if (style) cell.attributes["s"] = String(style);
    else delete cell.attributes["s"];
    return serializeElement(cell);
  }
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}

/** A conditionalFormatting element without the add-in's rules ("" when none is left). */
function withoutOwnedRules(xml: string, part: string): string {
  if (!xml.includes(OWNED_HIGHLIGHT_MARKER)) return xml;
  const cf = parseXml(xml, part);
  const owned = (rule: XmlElement): boolean =>
    childElements(rule, "formula").some((f) => textContent(f).includes(OWNED_HIGHLIGHT_MARKER));
  const kept = cf.children.filter((c) => typeof c === "string" || localName(c.name) !== "cfRule" || !owned(c));
  if (!kept.some((c) => typeof c !== "string" && localName(c.name) === "cfRule")) return "";
  cf.children = kept;
  return serializeElement(cf);
}

/** A cell's XML with its formula element replaced by `formula` written out (no longer shared). */
function withFormula(xml: string, formula: string, part: string): string {
  const cell = parseXml(xml, part);
  for (const child of cell.children) {
    if (typeof child !== "string" && localName(child.name) === "f") {
      child.attributes = {};
      child.children = [formula];
    }
  }
  return serializeElement(cell);
}

interface SheetScan {
  readonly part: string;
  readonly rootName: string;
  readonly rootTagEnd: number;
  readonly children: readonly Span[];
  readonly rows: readonly RowSpan[];
  readonly shared: ReadonlyMap<string, SharedFormula>;
  readonly maxPriority: number;
  readonly columnStyle: (column: number) => number;
}

/**
 * Where the sheet's top-level elements are; with `cells`, also every row and cell of sheetData
 * and the sheet's shared formulas.
 */
function scanSheet(text: string, part: string, cells: boolean): SheetScan {
  const parser = new SaxesParser({ xmlns: false });
  const children: Span[] = [];
  const rows: RowSpan[] = [];
  const shared = new Map<string, SharedFormula>();
  const columnStyles: { min: number; max: number; style: number }[] = [];
  let rootName = "";
  let rootTagEnd = 0;
  let depth = 0;
  let maxPriority = 0;
  let start = 0;
  let rowIndex = -1;
  let column = -1;
  let currentRow: RowSpan | undefined;
  let currentCell: CellSpan | undefined;
  let inSheetData = false;
  let formulaOf: SharedFormula["master"] | undefined;
  let inFormula = false;
  parser.on("opentagstart", () => {
    start = text.lastIndexOf("<", parser.position - 1);
  });
  parser.on("opentag", (tag) => {
    const local = localName(tag.name);
    const attributes = tag.attributes as Record<string, string>;
    const span = { local, start, end: parser.position, tagEnd: parser.position, attributes };
    depth++;
    if (depth === 1) {
      rootName = tag.name;
      rootTagEnd = parser.position;
    } else if (depth === 2) {
      children.push(span);
      inSheetData = local === "sheetData";
    } else if (local === "cfRule") {
      maxPriority = Math.max(maxPriority, Number(attributes["priority"]) || 0);
    } else if (local === "col" && depth === 3) {
      const style = Number(attributes["style"]) || 0;
      if (style) columnStyles.push({ min: Number(attributes["min"]), max: Number(attributes["max"]), style });
    } else if (cells && inSheetData && depth === 3 && local === "row") {
      const r = attributes["r"];
      rowIndex = r === undefined ? rowIndex + 1 : Number(r) - 1;
      column = -1;
      currentRow = { ...span, row: rowIndex, cells: [] };
      rows.push(currentRow);
    } else if (cells && currentRow && depth === 4 && local === "c") {
      const ref = attributes["r"];
      const at = ref ? parseCellAddress(ref) : null;
      column = at ? at.column : column + 1;
      currentCell = { ...span, row: rowIndex, column };
      currentRow.cells.push(currentCell);
    } else if (cells && currentCell && depth === 5 && local === "f") {
      if (attributes["t"] === "shared" && attributes["si"] !== undefined) {
        const group = shared.get(attributes["si"]) ?? { members: [] };
        shared.set(attributes["si"], group);
        group.members.push(currentCell);
        if (attributes["ref"] !== undefined) {
          group.master = { row: currentCell.row, column: currentCell.column, formula: "" };
          formulaOf = group.master;
          inFormula = !tag.isSelfClosing;
        }
      }
    }
  });
  parser.on("text", (t) => {
    if (inFormula && formulaOf) formulaOf.formula += t;
  });
  parser.on("closetag", (tag) => {
    const local = localName(tag.name);
    if (depth === 2) {
      const child = children[children.length - 1];
      if (child) child.end = parser.position;
      inSheetData = false;
    } else if (depth === 3 && currentRow && local === "row") {
      currentRow.end = parser.position;
      currentRow = undefined;
    } else if (depth === 4 && currentCell && local === "c") {
      currentCell.end = parser.position;
      currentCell = undefined;
    } else if (local === "f") {
      inFormula = false;
      formulaOf = undefined;
    }
    depth--;
  });
  try {
    parser.write(text).close();
  } catch (error) {
    throw new XmlError(part, error instanceof Error ? error.message : String(error));
  }
  return {
    part,
    rootName,
    rootTagEnd,
    children,
    rows,
    shared,
    maxPriority,
    columnStyle: (c) => columnStyles.find((s) => c + 1 >= s.min && c + 1 <= s.max)?.style ?? 0,
  };
}

/**
 * Cells that shared a formula whose first cell is being overwritten: each gets the formula
 * written out, moved to where it is, so it keeps computing what it computed.
 */
function orphanedSharedFormulas(
  scan: SheetScan,
  edits: ReadonlyMap<number, ReadonlyMap<number, CellEdit>>,
): Map<CellSpan, string> {
  const orphans = new Map<CellSpan, string>();
  const overwritten = (c: CellSpan): boolean => edits.get(c.row)?.get(c.column)?.content !== undefined;
  for (const group of scan.shared.values()) {
    const master = group.master;
    if (!master || !edits.get(master.row)?.get(master.column)?.content) continue;
    for (const member of group.members) {
      if (overwritten(member) || (member.row === master.row && member.column === master.column)) continue;
      orphans.set(member, shiftFormula(master.formula, member.row - master.row, member.column - master.column));
    }
  }
  return orphans;
}
