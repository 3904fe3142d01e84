/**
 * Range and its format proxies. Values written are converted by Excel's entry rules (entry.ts)
 * and computed by HyperFormula; values read are the computed results, `text` is rendered under
 * the cell's number format.
 */
import { formatRect, MAX_COLUMNS, MAX_ROWS, parseAddress, qualifiedAddress, type Rect } from "./address";
import { SimConditionalFormatCollection } from "./conditional-format";
import { simError } from "./errors";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_FONT, type CellFormat, type SheetModel } from "./model";
import { SimClientObject, wireName, type SimPropertySpec } from "./request-context";
import type { SimApiName } from "./requirements";

export interface RangeTarget {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

const MAX_READ_CELLS = 5000000;
/** Cells above which Office.js (ExcelApi 1.3+) splits a values, formulas or number-format write. */
const BULK_CELLS = 1500;

function shapeError(rect: Rect, grid: readonly (readonly unknown[])[]): Error {
  return simError(
    "InvalidArgument",
    `The number of rows or columns in the input array (${grid.length}) doesn't match the size or dimensions of the range (${rect.rowCount}×${rect.columnCount})`,
  );
}

/** Cell by cell over the range; Excel refuses to read more cells than its limit in one range (RangeExceedsLimit). */
function grid<V>(t: RangeTarget, maxCells: number, read: (sheet: SheetModel, row: number, column: number) => V): V[][] {
  if (t.rect.rowCount * t.rect.columnCount > maxCells)
    throw simError(
      "RangeExceedsLimit",
      `${formatRect(t.rect)}: ${t.rect.rowCount * t.rect.columnCount} cells > ${maxCells}`,
    );
  if (t.rect.rowCount * t.rect.columnCount > MAX_READ_CELLS)
    throw simError("NotSimulated", `reading ${formatRect(t.rect)} cell by cell`);
  const out: V[][] = [];
  for (let r = 0; r < t.rect.rowCount; r++) {
    const row: V[] = [];
    for (let c = 0; c < t.rect.columnCount; c++) row.push(read(t.sheet, t.rect.row + r, t.rect.column + c));
    out.push(row);
  }
  return out;
}

function wholeRowsOrColumns(rect: Rect): boolean {
  return rect.rowCount === MAX_ROWS || rect.columnCount === MAX_COLUMNS;
}

export class SimRange
  extends SimClientObject<RangeTarget>
  implements
    Pick<
      Excel.Range,
      | "values"
      | "formulas"
      | "numberFormat"
      | "text"
      | "address"
      | "rowCount"
      | "columnCount"
      | "rowIndex"
      | "columnIndex"
      | "select"
      | "clear"
      | "isNullObject"
    >
{
  readonly _typeName = "Range";
  private _format: SimRangeFormat | undefined;
  private _conditionalFormats: SimConditionalFormatCollection | undefined;
  private _dataValidation: SimDataValidation | undefined;

  _properties(): Readonly<Record<string, SimPropertySpec<RangeTarget>>> {
    const model = this.context._model;
    const cells = this.context._host.limits.maxCellsPerRange;
    return {
      address: { api: "Range.address", read: (t) => qualifiedAddress(t.sheet.name, t.rect) },
      rowCount: { api: "Range.rowCount", read: (t) => t.rect.rowCount },
      columnCount: { api: "Range.columnCount", read: (t) => t.rect.columnCount },
      rowIndex: { api: "Range.rowIndex", read: (t) => t.rect.row },
      columnIndex: { api: "Range.columnIndex", read: (t) => t.rect.column },
      values: { api: "Range.values", read: (t) => grid(t, cells, (s, r, c) => model.readValue(s, r, c)) },
      formulas: { api: "Range.formulas", read: (t) => grid(t, cells, (s, r, c) => model.readFormula(s, r, c)) },
      numberFormat: {
        api: "Range.numberFormat",
        read: (t) => grid(t, cells, (s, r, c) => model.readNumberFormat(s, r, c)),
      },
      text: { api: "Range.text", read: (t) => grid(t, cells, (s, r, c) => model.readText(s, r, c)) },
    };
  }

  _navigation(name: string): SimClientObject | undefined {
    if (name === "format") return this.format;
    if (name === "conditionalFormats") return this.conditionalFormats;
    if (name === "dataValidation") return this.dataValidation;
    return undefined;
  }

  get address(): string {
    return this._get("address") as string;
  }
  get rowCount(): number {
    return this._get("rowCount") as number;
  }
  get columnCount(): number {
    return this._get("columnCount") as number;
  }
  get rowIndex(): number {
    return this._get("rowIndex") as number;
  }
  get columnIndex(): number {
    return this._get("columnIndex") as number;
  }
  get text(): string[][] {
    return this._get("text") as string[][];
  }

  get values(): unknown[][] {
    return this._get("values") as unknown[][];
  }
  set values(values: unknown[][]) {
    this._setCells("values", values, "Range.values", (t, v) => this.context._model.writeEntries(t.sheet, t.rect, v));
  }

  get formulas(): unknown[][] {
    return this._get("formulas") as unknown[][];
  }
  set formulas(formulas: unknown[][]) {
    this._setCells("formulas", formulas, "Range.formulas", (t, v) =>
      this.context._model.writeEntries(t.sheet, t.rect, v),
    );
  }

  get numberFormat(): unknown[][] {
    return this._get("numberFormat") as unknown[][];
  }
  set numberFormat(formats: unknown[][]) {
    this._setCells("numberFormat", formats, "Range.numberFormat", (t, v) => {
      if (wholeRowsOrColumns(t.rect)) throw simError("NotSimulated", "number formats on whole rows or columns");
      this.context._model.writeNumberFormats(t.sheet, t.rect, v);
    });
  }

  /**
   * A cell-by-cell property write. From ExcelApi 1.3 on, Office.js sends an array of more than
   * 1,500 cells as blocks of rows of about 1,500 cells, each set on
   * `getRow(first).getBoundingRect(getRow(last))` (office.js's setRangePropertiesInBulk); the
   * simulator sends the same operations, so the request is as large as Excel's, and applies each
   * block to its rows.
   */
  private _setCells(
    name: "values" | "formulas" | "numberFormat",
    grid: unknown[][],
    api: SimApiName,
    write: (target: RangeTarget, grid: unknown[][]) => void,
  ): void {
    const width = Array.isArray(grid) && Array.isArray(grid[0]) ? grid[0].length : 0;
    if (grid.length * width <= BULK_CELLS || !this.context._host.requirements.isSetSupported("ExcelApi", "1.3")) {
      this._set(name, grid, api, (t) => write(t, grid));
      return;
    }
    this._local[name] = grid;
    const perBlock = Math.max(1, Math.round(BULK_CELLS / width));
    for (let start = 0; start < grid.length; start += perBlock) {
      const count = Math.min(perBlock, grid.length - start);
      const first = new SimRange(this.context, this, "GetRow", [start]);
      const last = new SimRange(this.context, this, "GetRow", [start + count - 1]);
      const block = new SimRange(this.context, first, "GetBoundingRect", [last._pathId]);
      for (const untracked of [first, last, block]) untracked._pathWire["D"] = true;
      block._pathWire["ArgumentInfo"] = { Arguments: [last._pathId], ReferencedObjectPathIds: [last._pathId] };
      block._argumentObjects = [last];
      const rows = grid.slice(start, start + count);
      this.context._enqueue(block, { ActionType: 4, Name: wireName(name), ArgumentInfo: { Arguments: [rows] } }, () => {
        this.context._host.requirements.check(api);
        const t = this._resolve();
        if (grid.length !== t.rect.rowCount) throw shapeError(t.rect, grid);
        write({ sheet: t.sheet, rect: { ...t.rect, row: t.rect.row + start, rowCount: count } }, rows);
      });
    }
  }

  get format(): SimRangeFormat {
    if (!this._format) this._format = new SimRangeFormat(this.context, this, "Format");
    return this._format;
  }

  get conditionalFormats(): SimConditionalFormatCollection {
    if (!this._conditionalFormats)
      this._conditionalFormats = new SimConditionalFormatCollection(this.context, this, "ConditionalFormats");
    return this._conditionalFormats;
  }

  get dataValidation(): SimDataValidation {
    if (!this._dataValidation) this._dataValidation = new SimDataValidation(this.context, this, "DataValidation");
    return this._dataValidation;
  }

  select(): void {
    this._call("Select", [], "Range.select", (t) => {
      const model = this.context._model;
      if (t.sheet.deleted) throw simError("ItemNotFound", "sheet deleted");
      model.activeSheet = t.sheet;
      model.selection = { sheet: t.sheet, rect: t.rect };
    });
  }

  clear(applyTo?: string): void {
    this._call("Clear", applyTo === undefined ? [] : [applyTo], "Range.clear", (t) =>
      this.context._model.clear(t.sheet, t.rect, applyTo ?? "All"),
    );
  }

  getCell(row: number, column: number): SimRange {
    return this._subRange("GetCell", [row, column], "Range.getCell", (r) => {
      if (row < 0 || column < 0 || row >= r.rowCount || column >= r.columnCount) return undefined;
      return { row: r.row + row, column: r.column + column, rowCount: 1, columnCount: 1 };
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): SimRange {
    return this._subRange("GetOffsetRange", [rowOffset, columnOffset], "Range.getOffsetRange", (r) => ({
      ...r,
      row: r.row + rowOffset,
      column: r.column + columnOffset,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): SimRange {
    return this._subRange("GetResizedRange", [deltaRows, deltaColumns], "Range.getResizedRange", (r) => ({
      ...r,
      rowCount: r.rowCount + deltaRows,
      columnCount: r.columnCount + deltaColumns,
    }));
  }

  /** The rectangle both ranges cover; ItemNotFound at sync when they do not meet, as in Excel. */
  getIntersection(anotherRange: SimRange | string): SimRange {
    const other = typeof anotherRange === "string" ? undefined : anotherRange;
    const fixed = typeof anotherRange === "string" ? parseAddress(anotherRange) : undefined;
    const child = new SimRange(this.context, this, "GetIntersection", [
      other ? { ObjectPathId: other._pathId } : anotherRange,
    ]);
    this._instantiate(
      child,
      "Range.getIntersection",
      (t) => {
        let b = fixed;
        if (other) {
          const target = other._resolve();
          if (target.sheet !== t.sheet) throw simError("InvalidArgument", "getIntersection across sheets");
          b = target.rect;
        }
        const a = t.rect;
        if (!b) return undefined;
        const row = Math.max(a.row, b.row);
        const column = Math.max(a.column, b.column);
        const rowEnd = Math.min(a.row + a.rowCount, b.row + b.rowCount);
        const columnEnd = Math.min(a.column + a.columnCount, b.column + b.columnCount);
        if (rowEnd <= row || columnEnd <= column) return undefined;
        return { sheet: t.sheet, rect: { row, column, rowCount: rowEnd - row, columnCount: columnEnd - column } };
      },
      false,
      "GetIntersection (the ranges do not intersect)",
    );
    return child;
  }

  private _subRange(
    name: string,
    args: unknown[],
    api: SimApiName,
    compute: (rect: Rect) => Rect | undefined,
  ): SimRange {
    const child = new SimRange(this.context, this, name, args);
    this._instantiate(
      child,
      api,
      (t) => {
        const rect = compute(t.rect);
        if (
          !rect ||
          rect.row < 0 ||
          rect.column < 0 ||
          rect.rowCount < 1 ||
          rect.columnCount < 1 ||
          rect.row + rect.rowCount > MAX_ROWS ||
          rect.column + rect.columnCount > MAX_COLUMNS
        ) {
          throw simError("InvalidArgument", `${name}(${args.join(", ")}) on ${formatRect(t.rect)}`);
        }
        return { sheet: t.sheet, rect };
      },
      false,
      name,
    );
    return child;
  }
}

/** Creates a range on a sheet from an address, resolved at sync. */
export function rangeOnSheet(
  owner: SimClientObject<SheetModel>,
  name: string,
  args: unknown[],
  api: SimApiName | SimApiName[],
  rect: (sheet: SheetModel) => Rect | undefined,
  orNull: boolean,
): SimRange {
  const range = new SimRange(owner.context, owner, name, args);
  owner._instantiate(
    range,
    api,
    (sheet) => {
      const r = rect(sheet);
      return r ? { sheet, rect: r } : undefined;
    },
    orNull,
    name,
  );
  return range;
}

export function rectOf(address: string | undefined): Rect {
  return address === undefined
    ? { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS }
    : parseAddress(address);
}

/** Base of proxies that act on their range's cells. */
abstract class RangePart extends SimClientObject<RangeTarget> {
  protected _derive(): RangeTarget | undefined {
    return (this._parent as SimClientObject<RangeTarget>)._resolve();
  }

  protected _formatProperty<K extends keyof CellFormat>(
    name: string,
    property: K,
    api: SimApiName,
    fallback: CellFormat[K],
  ): SimPropertySpec<RangeTarget> {
    void name;
    return { api, read: (t) => this.context._model.readFormat(t.sheet, t.rect, property, fallback) };
  }

  protected _setFormat<K extends keyof CellFormat>(
    name: string,
    property: K,
    api: SimApiName,
    value: CellFormat[K],
  ): void {
    this._set(name, value, api, (t) => {
      if (wholeRowsOrColumns(t.rect)) throw simError("NotSimulated", "formats on whole rows or columns");
      this.context._model.writeFormat(t.sheet, t.rect, property, value);
    });
  }
}

const ALIGNMENTS = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];

export class SimRangeFormat
  extends RangePart
  implements Pick<Excel.RangeFormat, "columnWidth" | "wrapText" | "horizontalAlignment">
{
  readonly _typeName = "RangeFormat";
  private _font: SimRangeFont | undefined;
  private _fill: SimRangeFill | undefined;

  _properties(): Readonly<Record<string, SimPropertySpec<RangeTarget>>> {
    return {
      columnWidth: {
        api: "RangeFormat.columnWidth",
        read: (t) => {
          let width: number | undefined;
          for (let c = t.rect.column; c < t.rect.column + t.rect.columnCount; c++) {
            const w = t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
            if (width === undefined) width = w;
            else if (w !== width) return null;
          }
          return width;
        },
      },
      wrapText: this._formatProperty("wrapText", "wrapText", "RangeFormat.wrapText", false),
      horizontalAlignment: this._formatProperty(
        "horizontalAlignment",
        "horizontalAlignment",
        "RangeFormat.horizontalAlignment",
        "General",
      ),
    };
  }

  _navigation(name: string): SimClientObject | undefined {
    if (name === "font") return this.font;
    if (name === "fill") return this.fill;
    return undefined;
  }

  get font(): SimRangeFont {
    if (!this._font) this._font = new SimRangeFont(this.context, this, "Font");
    return this._font;
  }
  get fill(): SimRangeFill {
    if (!this._fill) this._fill = new SimRangeFill(this.context, this, "Fill");
    return this._fill;
  }

  get columnWidth(): number {
    return this._get("columnWidth") as number;
  }
  set columnWidth(points: number) {
    this._set("columnWidth", points, "RangeFormat.columnWidth", (t) => {
      this.context._model.writeGuard(t.sheet);
      if (typeof points !== "number" || !(points >= 0) || points > 255 * 7.5)
        throw simError("InvalidArgument", `columnWidth ${String(points)}`);
      for (let c = t.rect.column; c < t.rect.column + t.rect.columnCount; c++) t.sheet.columnWidths.set(c, points);
    });
  }

  get wrapText(): boolean {
    return this._get("wrapText") as boolean;
  }
  set wrapText(wrap: boolean) {
    this._setFormat("wrapText", "wrapText", "RangeFormat.wrapText", wrap);
  }

  get horizontalAlignment():
    | Excel.HorizontalAlignment
    | "General"
    | "Left"
    | "Center"
    | "Right"
    | "Fill"
    | "Justify"
    | "CenterAcrossSelection"
    | "Distributed" {
    return this._get("horizontalAlignment") as Excel.HorizontalAlignment;
  }
  set horizontalAlignment(
    value:
      | Excel.HorizontalAlignment
      | "General"
      | "Left"
      | "Center"
      | "Right"
      | "Fill"
      | "Justify"
      | "CenterAcrossSelection"
      | "Distributed",
  ) {
    if (ALIGNMENTS.indexOf(String(value)) < 0)
      throw simError("InvalidArgument", `horizontalAlignment ${String(value)}`);
    this._setFormat("horizontalAlignment", "horizontalAlignment", "RangeFormat.horizontalAlignment", String(value));
  }
}

function checkColor(color: unknown): string {
  if (typeof color !== "string" || !/^#[0-9A-Fa-f]{6}$/.test(color))
    throw simError("NotSimulated", `colour ${JSON.stringify(color)} (use #RRGGBB)`);
  return color.toUpperCase();
}

export class SimRangeFont
  extends RangePart
  implements Pick<Excel.RangeFont, "bold" | "italic" | "color" | "name" | "size">
{
  readonly _typeName = "RangeFont";

  _properties(): Readonly<Record<string, SimPropertySpec<RangeTarget>>> {
    return {
      bold: this._formatProperty("bold", "bold", "RangeFont.bold", false),
      italic: this._formatProperty("italic", "italic", "RangeFont.italic", false),
      color: this._formatProperty("color", "fontColor", "RangeFont.color", DEFAULT_FONT.color),
      name: this._formatProperty("name", "fontName", "RangeFont.name", DEFAULT_FONT.name),
      size: this._formatProperty("size", "fontSize", "RangeFont.size", DEFAULT_FONT.size),
    };
  }

  get bold(): boolean {
    return this._get("bold") as boolean;
  }
  set bold(v: boolean) {
    this._setFormat("bold", "bold", "RangeFont.bold", v);
  }
  get italic(): boolean {
    return this._get("italic") as boolean;
  }
  set italic(v: boolean) {
    this._setFormat("italic", "italic", "RangeFont.italic", v);
  }
  get color(): string {
    return this._get("color") as string;
  }
  set color(v: string) {
    this._setFormat("color", "fontColor", "RangeFont.color", checkColor(v));
  }
  get name(): string {
    return this._get("name") as string;
  }
  set name(v: string) {
    this._setFormat("name", "fontName", "RangeFont.name", v);
  }
  get size(): number {
    return this._get("size") as number;
  }
  set size(v: number) {
    this._setFormat("size", "fontSize", "RangeFont.size", v);
  }
}

export class SimRangeFill extends RangePart implements Pick<Excel.RangeFill, "color"> {
  readonly _typeName = "RangeFill";

  _properties(): Readonly<Record<string, SimPropertySpec<RangeTarget>>> {
    return {
      color: {
        api: "RangeFill.color",
        read: (t) => {
          const v = this.context._model.readFormat(t.sheet, t.rect, "fill", undefined);
          if (v === undefined) throw simError("NotSimulated", "the fill colour Excel reports for cells without a fill");
          return v;
        },
      },
    };
  }

  get color(): string {
    return this._get("color") as string;
  }
  set color(v: string) {
    this._setFormat("color", "fill", "RangeFill.color", checkColor(v));
  }
}

export class SimDataValidation extends RangePart implements Pick<Excel.DataValidation, "clear"> {
  readonly _typeName = "DataValidation";

  _properties(): Readonly<Record<string, SimPropertySpec<RangeTarget>>> {
    return {};
  }

  get rule(): Excel.DataValidationRule {
    return this._get("rule") as Excel.DataValidationRule;
  }
  set rule(rule: Excel.DataValidationRule) {
    this._set("rule", rule, "DataValidation.rule", (t) => {
      const keys = Object.keys(rule);
      const list = rule.list;
      if (keys.length !== 1 || !list)
        throw simError("NotSimulated", `data validation rules other than a list (${keys.join(", ")})`);
      if (typeof list.source !== "string") throw simError("NotSimulated", "a list validation whose source is a range");
      if (list.inCellDropDown !== true)
        throw simError("NotSimulated", "a list validation without the in-cell drop-down");
      if (list.source.length > 255)
        throw simError("InvalidArgument", "a list validation source longer than 255 characters");
      if (wholeRowsOrColumns(t.rect)) throw simError("NotSimulated", "data validation on whole rows or columns");
      this.context._model.setValidationList(t.sheet, t.rect, list.source);
    });
  }

  clear(): void {
    this._call("Clear", [], "DataValidation.clear", (t) => this.context._model.clearValidation(t.sheet, t.rect));
  }
}
