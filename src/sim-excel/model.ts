/**
 * The state of the simulated workbook — what Excel holds on its side of the wire. Proxies never
 * touch it directly while a batch is being built: their queued operations run against it at
 * `sync()`. Cell contents are mirrored into HyperFormula, which computes every formula.
 */
import { HyperFormula, DetailedCellError, type RawCellContent } from "hyperformula";
import { formatNumber } from "../core/format-number";
import { cellCount, contains, intersects, MAX_COLUMNS, type Rect } from "./address";
import { entryFor, type CellContent } from "./entry";
import { simError } from "./errors";

export interface CellFormat {
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontName?: string;
  fontSize?: number;
  fill?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
}

export interface CellModel {
  content?: CellContent;
  format: CellFormat;
  /** Source of an in-cell list validation ("a,b,c"). */
  validationList?: string;
}

export type CellReadValue = string | number | boolean;

export type ConditionalFormatType = "Custom" | "CellValue" | "ColorScale" | "DataBar";

export interface ConditionalFormatModel {
  readonly id: string;
  readonly sheet: SheetModel;
  readonly rect: Rect;
  readonly type: ConditionalFormatType;
  formula: string;
  fill?: string;
  fontColor?: string;
}

export interface TableModel {
  name: string;
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

/** Excel's defaults for a blank workbook (Calibri 11 columns of 8.43 characters = 48 points). */
export const DEFAULT_FONT = { name: "Calibri", size: 11, color: "#000000" } as const;
export const DEFAULT_COLUMN_WIDTH = 48;

const FORMAT_KEYS: readonly (keyof CellFormat)[] = [
  "numberFormat",
  "bold",
  "italic",
  "fontColor",
  "fontName",
  "fontSize",
  "fill",
  "wrapText",
  "horizontalAlignment",
];

function key(row: number, column: number): number {
  return row * MAX_COLUMNS + column;
}

export class SheetModel {
  readonly cells = new Map<number, CellModel>();
  readonly columnWidths = new Map<number, number>();
  frozenRows = 0;
  isProtected = false;
  deleted = false;
  constructor(
    public name: string,
    readonly hfId: number,
  ) {}

  cell(row: number, column: number): CellModel | undefined {
    return this.cells.get(key(row, column));
  }

  cellForWrite(row: number, column: number): CellModel {
    const k = key(row, column);
    let c = this.cells.get(k);
    if (!c) {
      c = { format: {} };
      this.cells.set(k, c);
    }
    return c;
  }

  /** Drops cells that hold nothing, so the used range shrinks as Excel's does. */
  prune(row: number, column: number): void {
    const k = key(row, column);
    const c = this.cells.get(k);
    if (c && !c.content && c.validationList === undefined && !hasFormat(c.format)) this.cells.delete(k);
  }

  /** The used range: cells with a value (and, unless valuesOnly, with a format); undefined when blank. */
  usedRect(valuesOnly: boolean): Rect | undefined {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    this.cells.forEach((c, k) => {
      if (!c.content && (valuesOnly || !hasFormat(c.format))) return;
      const row = Math.floor(k / MAX_COLUMNS);
      const column = k % MAX_COLUMNS;
      if (row < top) top = row;
      if (row > bottom) bottom = row;
      if (column < left) left = column;
      if (column > right) right = column;
    });
    if (bottom < 0) return undefined;
    return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }

  /** Calls `fn` for every stored cell inside `rect` (cheap for huge rects over sparse sheets). */
  forEachStoredCell(rect: Rect, fn: (cell: CellModel, row: number, column: number) => void): void {
    if (cellCount(rect) <= this.cells.size) {
      for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
        for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
          const cell = this.cells.get(key(r, c));
          if (cell) fn(cell, r, c);
        }
      }
      return;
    }
    const found: [number, CellModel][] = [];
    this.cells.forEach((cell, k) => {
      const row = Math.floor(k / MAX_COLUMNS);
      const column = k % MAX_COLUMNS;
      if (
        row >= rect.row &&
        row < rect.row + rect.rowCount &&
        column >= rect.column &&
        column < rect.column + rect.columnCount
      ) {
        found.push([k, cell]);
      }
    });
    found.sort((a, b) => a[0] - b[0]);
    for (const [k, cell] of found) fn(cell, Math.floor(k / MAX_COLUMNS), k % MAX_COLUMNS);
  }
}

export function hasFormat(format: CellFormat): boolean {
  return FORMAT_KEYS.some((k) => format[k] !== undefined && !(k === "numberFormat" && format[k] === "General"));
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  private cfs: ConditionalFormatModel[] = [];
  /** Conditional formats that exist, and those deleted since the list was last compacted (cheap deletes of tens of thousands). */
  private readonly liveCfs = new Set<ConditionalFormatModel>();
  private readonly deletedCfs = new Set<ConditionalFormatModel>();
  activeSheet: SheetModel | undefined;
  selection: { sheet: SheetModel; rect: Rect } | undefined;
  readonly hf: HyperFormula;
  private nextId = 1;
  private evaluationSuspended = false;

  constructor() {
    // Excel's sheet is 1,048,576 rows tall; HyperFormula's default (40,000) would refuse large workbooks
    this.hf = HyperFormula.buildEmpty({
      licenseKey: "gpl-v3",
      useArrayArithmetic: false,
      smartRounding: false,
      maxRows: 1_048_576,
      // Excel's undo is not simulated; HyperFormula's undo stack would only hold memory
      undoLimit: 0,
    });
  }

  // ---- sheets --------------------------------------------------------------------------------

  findSheet(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  addSheet(name: string): SheetModel {
    if (
      name === "" ||
      name.length > 31 ||
      /[[\]:*?/\\]/.test(name) ||
      /^'|'$/.test(name) ||
      name.toLowerCase() === "history"
    ) {
      throw simError("InvalidArgument", `sheet name "${name}"`);
    }
    if (this.findSheet(name)) throw simError("ItemAlreadyExists", `sheet "${name}"`);
    const hfName = this.hf.addSheet(name);
    const id = this.hf.getSheetId(hfName);
    if (id === undefined) throw simError("NotSimulated", `HyperFormula refused the sheet name "${name}"`);
    const sheet = new SheetModel(name, id);
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = sheet;
    return sheet;
  }

  deleteSheet(sheet: SheetModel): void {
    if (this.sheets.filter((s) => !s.deleted).length <= 1)
      throw simError("InvalidOperation", "a workbook must keep one visible sheet");
    this.writeGuard(sheet);
    this.structureGuard();
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    sheet.deleted = true;
    this.hf.removeSheet(sheet.hfId);
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i]?.sheet === sheet) this.tables.splice(i, 1);
    for (const f of this.conditionalFormats) if (f.sheet === sheet) this.dropConditionalFormat(f);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0];
    if (this.selection?.sheet === sheet) this.selection = undefined;
  }

  /** Workbook structure protection: sheets cannot be added, renamed or deleted. */
  structureProtected = false;

  /**
   * Throws when the workbook's structure is protected. Which code Excel gives here is not
   * documented; the simulator uses InvalidOperation (a protected sheet gives AccessDenied), so
   * adapters are held to handle both.
   */
  structureGuard(): void {
    if (this.structureProtected) throw simError("InvalidOperation", "the workbook's structure is protected");
  }

  /** Throws as Excel does when a write reaches a protected or deleted sheet. */
  writeGuard(sheet: SheetModel): void {
    if (sheet.deleted) throw simError("ItemNotFound", `sheet "${sheet.name}" was deleted`);
    if (sheet.isProtected) throw simError("AccessDenied", `sheet "${sheet.name}" is protected`);
  }

  newId(prefix: string): string {
    return `${prefix}${this.nextId++}`;
  }

  // ---- values and formulas ---------------------------------------------------------------

  private suspend(): void {
    if (!this.evaluationSuspended) {
      this.hf.suspendEvaluation();
      this.evaluationSuspended = true;
    }
  }

  /** Recomputes pending formulas (called before any read and at the end of every sync). */
  evaluate(): void {
    if (this.evaluationSuspended) {
      this.hf.resumeEvaluation();
      this.evaluationSuspended = false;
    }
  }

  isValidFormula(formula: string): boolean {
    return this.hf.validateFormula(formula);
  }

  /** Writes `values` (same shape as rect) by Excel's entry rules; null leaves a cell unchanged. */
  writeEntries(sheet: SheetModel, rect: Rect, values: readonly (readonly unknown[])[]): void {
    this.writeGuard(sheet);
    checkShape(rect, values);
    this.suspend();
    for (let r = 0; r < rect.rowCount; r++) {
      const rowValues = values[r] ?? [];
      for (let c = 0; c < rect.columnCount; c++) {
        const row = rect.row + r;
        const column = rect.column + c;
        const existing = sheet.cell(row, column);
        const entry = entryFor(rowValues[c], existing?.format.numberFormat === "@", (f) => this.isValidFormula(f));
        if (entry === "keep") continue;
        this.assertNotTableHeader(sheet, row, column, entry);
        if (entry === "clear") {
          if (existing) {
            delete existing.content;
            sheet.prune(row, column);
          }
          this.hf.setCellContents({ sheet: sheet.hfId, row, col: column }, null);
          continue;
        }
        sheet.cellForWrite(row, column).content = entry;
        this.hf.setCellContents({ sheet: sheet.hfId, row, col: column }, toHf(entry));
      }
    }
  }

  private assertNotTableHeader(sheet: SheetModel, row: number, column: number, entry: CellContent | "clear"): void {
    for (const t of this.tables) {
      if (
        t.sheet === sheet &&
        t.rect.row === row &&
        column >= t.rect.column &&
        column < t.rect.column + t.rect.columnCount
      ) {
        if (entry === "clear" || entry.kind !== "text") {
          throw simError("NotSimulated", `a table header cell set to a non-text value (${sheet.name} row ${row + 1})`);
        }
      }
    }
  }

  /** The value `range.values` reports: "" for blank, a formula's result, an error as its text. */
  readValue(sheet: SheetModel, row: number, column: number): CellReadValue {
    const content = sheet.cell(row, column)?.content;
    if (!content) return "";
    switch (content.kind) {
      case "number":
      case "text":
      case "boolean":
        return content.value;
      case "formula": {
        this.evaluate();
        const v = this.hf.getCellValue({ sheet: sheet.hfId, row, col: column });
        if (v instanceof DetailedCellError) {
          if (v.type === "CYCLE" || v.type === "ERROR" || v.type === "LIC") {
            throw simError("NotSimulated", `HyperFormula error ${v.type} in ${sheet.name} ${content.formula}`);
          }
          return v.value;
        }
        return v === null ? 0 : v;
      }
      default: {
        const never: never = content;
        return never;
      }
    }
  }

  /** What `range.formulas` reports: the formula, or the value of a constant cell. */
  readFormula(sheet: SheetModel, row: number, column: number): CellReadValue {
    const content = sheet.cell(row, column)?.content;
    if (!content) return "";
    return content.kind === "formula" ? content.formula : content.value;
  }

  /** What `range.text` reports: the value rendered under the cell's number format. */
  readText(sheet: SheetModel, row: number, column: number): string {
    const value = this.readValue(sheet, row, column);
    if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
    if (typeof value === "string") return value;
    const format = sheet.cell(row, column)?.format.numberFormat ?? "General";
    const bare = format
      .replace(/"[^"]*"/g, "")
      .replace(/\[[^\]]*\]/g, "")
      .replace(/General/gi, "");
    if (/[yYmMdDhHsSeE]/.test(bare)) throw simError("NotSimulated", `range.text under the number format "${format}"`);
    return formatNumber(value, format);
  }

  readNumberFormat(sheet: SheetModel, row: number, column: number): string {
    return sheet.cell(row, column)?.format.numberFormat ?? "General";
  }

  /** Writes formats (same shape as rect); null leaves a cell unchanged. */
  writeNumberFormats(sheet: SheetModel, rect: Rect, formats: readonly (readonly unknown[])[]): void {
    this.writeGuard(sheet);
    checkShape(rect, formats);
    for (let r = 0; r < rect.rowCount; r++) {
      for (let c = 0; c < rect.columnCount; c++) {
        const f = formats[r]?.[c];
        if (f === null || f === undefined) continue;
        if (typeof f !== "string") throw simError("InvalidArgument", `number format ${JSON.stringify(f)}`);
        const cell = sheet.cellForWrite(rect.row + r, rect.column + c);
        cell.format.numberFormat = f;
        sheet.prune(rect.row + r, rect.column + c);
      }
    }
  }

  /** Sets one format property on every cell of rect. */
  writeFormat<K extends keyof CellFormat>(sheet: SheetModel, rect: Rect, property: K, value: CellFormat[K]): void {
    this.writeGuard(sheet);
    if (cellCount(rect) > 5000000) throw simError("NotSimulated", "formatting whole rows or columns");
    for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
        sheet.cellForWrite(r, c).format[property] = value;
      }
    }
  }

  /** A format property's value over rect, or null when the cells differ (as Office.js reports). */
  readFormat<K extends keyof CellFormat>(
    sheet: SheetModel,
    rect: Rect,
    property: K,
    fallback: CellFormat[K],
  ): CellFormat[K] | null {
    let result: CellFormat[K] | undefined;
    let first = true;
    for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
        const v = sheet.cell(r, c)?.format[property] ?? fallback;
        if (first) {
          result = v;
          first = false;
        } else if (v !== result) return null;
      }
    }
    return result === undefined ? null : result;
  }

  /** Range.clear(applyTo). */
  clear(sheet: SheetModel, rect: Rect, applyTo: string): void {
    this.writeGuard(sheet);
    if (applyTo !== "All" && applyTo !== "Contents" && applyTo !== "Formats") {
      throw simError("NotSimulated", `range.clear("${applyTo}")`);
    }
    if (applyTo !== "Contents") {
      if (this.tables.some((t) => t.sheet === sheet && intersects(t.rect, rect))) {
        throw simError("NotSimulated", "clearing the formats of a range that holds a table");
      }
      if (
        this.conditionalFormats.some((f) => f.sheet === sheet && intersects(f.rect, rect) && !contains(rect, f.rect))
      ) {
        throw simError("NotSimulated", "clearing part of a conditional format's range");
      }
      for (const f of this.conditionalFormats)
        if (f.sheet === sheet && contains(rect, f.rect)) this.dropConditionalFormat(f);
    }
    this.suspend();
    const touched: [number, number][] = [];
    sheet.forEachStoredCell(rect, (cell, row, column) => {
      if (cell.validationList !== undefined && applyTo !== "Contents") {
        throw simError("NotSimulated", "whether range.clear() removes data validation");
      }
      if (applyTo !== "Formats" && cell.content) {
        delete cell.content;
        this.hf.setCellContents({ sheet: sheet.hfId, row, col: column }, null);
      }
      if (applyTo !== "Contents") cell.format = {};
      touched.push([row, column]);
    });
    for (const [row, column] of touched) sheet.prune(row, column);
  }

  // ---- data validation, tables, conditional formats --------------------------------------

  setValidationList(sheet: SheetModel, rect: Rect, source: string): void {
    this.writeGuard(sheet);
    sheet.forEachStoredCell(rect, (cell) => {
      if (cell.validationList !== undefined) {
        throw simError("NotSimulated", "setting a validation rule over cells that already have one (clear it first)");
      }
    });
    for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
      for (let c = rect.column; c < rect.column + rect.columnCount; c++)
        sheet.cellForWrite(r, c).validationList = source;
    }
  }

  clearValidation(sheet: SheetModel, rect: Rect): void {
    this.writeGuard(sheet);
    const touched: [number, number][] = [];
    sheet.forEachStoredCell(rect, (cell, row, column) => {
      if (cell.validationList !== undefined) {
        delete cell.validationList;
        touched.push([row, column]);
      }
    });
    for (const [row, column] of touched) sheet.prune(row, column);
  }

  addTable(sheet: SheetModel, rect: Rect, hasHeaders: boolean): TableModel {
    this.writeGuard(sheet);
    if (!hasHeaders) throw simError("NotSimulated", "tables without a header row");
    if (this.tables.some((t) => t.sheet === sheet && intersects(t.rect, rect))) {
      throw simError("InvalidArgument", "a table cannot overlap another table");
    }
    if (rect.rowCount < 2) throw simError("NotSimulated", "a table of a header row only");
    const seen: string[] = [];
    for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
      const content = sheet.cell(rect.row, c)?.content;
      if (!content || content.kind !== "text" || content.value.trim() === "") {
        throw simError(
          "NotSimulated",
          "a table whose header row has blank or non-text cells (Excel renames them Column1 …)",
        );
      }
      const lower = content.value.toLowerCase();
      if (seen.indexOf(lower) >= 0)
        throw simError("NotSimulated", "a table with duplicate headers (Excel renames them)");
      seen.push(lower);
    }
    let n = this.tables.length + 1;
    while (this.findTable(`Table${n}`)) n++;
    const table: TableModel = { name: `Table${n}`, sheet, rect };
    this.tables.push(table);
    return table;
  }

  findTable(name: string): TableModel | undefined {
    const lower = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === lower);
  }

  renameTable(table: TableModel, name: string): void {
    if (
      !/^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\\\u00C0-\uFFFF]*$/.test(name) ||
      name.length > 255 ||
      /^[A-Za-z]{1,3}\d+$/.test(name) ||
      /^[rRcC]$/.test(name)
    ) {
      throw simError("InvalidArgument", `table name "${name}"`);
    }
    const other = this.findTable(name);
    if (other && other !== table) throw simError("ItemAlreadyExists", `table "${name}"`);
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw simError("NotSimulated", `a table named like a sheet ("${name}")`);
    }
    table.name = name;
  }

  addConditionalFormat(sheet: SheetModel, rect: Rect, type: ConditionalFormatType): ConditionalFormatModel {
    this.writeGuard(sheet);
    const cf: ConditionalFormatModel = { id: this.newId("cf"), sheet, rect, type, formula: "" };
    this.cfs.push(cf);
    this.liveCfs.add(cf);
    return cf;
  }

  deleteConditionalFormat(cf: ConditionalFormatModel): void {
    this.writeGuard(cf.sheet);
    if (!this.liveCfs.has(cf)) throw simError("ItemNotFound", `conditional format ${cf.id}`);
    this.dropConditionalFormat(cf);
  }

  private dropConditionalFormat(cf: ConditionalFormatModel): void {
    this.liveCfs.delete(cf);
    this.deletedCfs.add(cf);
  }

  /** Every conditional format of the workbook, in the order they were added. */
  get conditionalFormats(): readonly ConditionalFormatModel[] {
    if (this.deletedCfs.size > 0) {
      this.cfs = this.cfs.filter((f) => !this.deletedCfs.has(f));
      this.deletedCfs.clear();
    }
    return this.cfs;
  }

  conditionalFormatsIn(sheet: SheetModel, rect: Rect): ConditionalFormatModel[] {
    return this.conditionalFormats.filter((f) => f.sheet === sheet && intersects(f.rect, rect));
  }
}

function checkShape(rect: Rect, values: readonly (readonly unknown[])[]): void {
  if (!Array.isArray(values))
    throw simError("NotSimulated", "setting a range property to a single value instead of a 2D array");
  if (values.length !== rect.rowCount || values.some((row) => !Array.isArray(row) || row.length !== rect.columnCount)) {
    throw simError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rect.rowCount}×${rect.columnCount})`,
    );
  }
}

function toHf(content: CellContent): RawCellContent {
  switch (content.kind) {
    case "number":
    case "boolean":
      return content.value;
    case "text":
      return `'${content.value}`;
    case "formula":
      return content.formula;
    default: {
      const never: never = content;
      return never;
    }
  }
}
