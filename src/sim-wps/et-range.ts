/**
 * Range and what hangs off it in the simulated WPS 表格 object model: values and formulas as 2-D
 * arrays (a single value for one cell), number formats, fonts, fills, wrap, alignment, column
 * widths, format conditions and validation. Each member access is one counted call. Writes go
 * through the shared workbook model with Excel's entry rules (a string is typed in: "=…" a formula,
 * "'…" text, "12" a number), and fail on a protected sheet as WPS does.
 */
import { cellCount, type Rect } from "../sim-excel/address";
import { DEFAULT_FONT, type CellFormat, type ConditionalFormatModel, type SheetModel } from "../sim-excel/model";
import { fromBgr, ruleOf, toBgr, type FormatRule, type SimEtContext } from "./context";
import { asWps, SimWpsError, SimWpsNotSimulated } from "./errors";

type Cell = string | number | boolean | null | undefined;

/** VBA's error values (CVErr) as a COM bridge hands them to script: what Value2 gives for an error cell. */
export const CV_ERRORS: Readonly<Record<string, number>> = {
  "#NULL!": -2146826288,
  "#DIV/0!": -2146826281,
  "#VALUE!": -2146826273,
  "#REF!": -2146826265,
  "#NAME?": -2146826259,
  "#NUM!": -2146826252,
  "#N/A": -2146826246,
};

/** Excel's column width conversion (7-pixel digits), so widths read the same in both simulators' snapshots. */
export function charactersToPoints(characters: number): number {
  return Math.floor(characters * 7 + 5) * 0.75;
}

function pointsToCharacters(points: number): number {
  return Math.round(((points / 0.75 - 5) / 7) * 100) / 100;
}

const ALIGNMENT_NAME: Readonly<Record<number, string>> = {
  1: "General",
  [-4131]: "Left",
  [-4108]: "Center",
  [-4152]: "Right",
};
const ALIGNMENT_CODE: Readonly<Record<string, number>> = { General: 1, Left: -4131, Center: -4108, Right: -4152 };

/** A block's cells as a grid for a write: a single value fills the block; an array must match it. */
function gridFor(rect: Rect, value: unknown, member: string): string[][] | unknown[][] {
  const cell = (v: unknown): unknown => (v === null || v === undefined ? "" : v);
  if (!Array.isArray(value)) {
    return Array.from({ length: rect.rowCount }, () => Array.from({ length: rect.columnCount }, () => cell(value)));
  }
  const rows = value as unknown[];
  if (
    rows.length !== rect.rowCount ||
    rows.some((r) => !Array.isArray(r) || (r as unknown[]).length !== rect.columnCount)
  ) {
    throw new SimWpsNotSimulated(
      `${member} set to an array that is not ${rect.rowCount}×${rect.columnCount} (WPS fills or truncates; the adapter must not rely on it)`,
    );
  }
  return rows.map((r) => (r as unknown[]).map(cell));
}

export class SimEtRange {
  constructor(
    private readonly context: SimEtContext,
    readonly sheet: SheetModel,
    readonly rects: readonly Rect[],
  ) {}

  private get single(): Rect {
    if (this.rects.length !== 1) throw new SimWpsNotSimulated("reading a range of several blocks");
    return this.rects[0] as Rect;
  }

  private readGrid<T>(read: (row: number, column: number) => T): T | T[][] {
    const rect = this.single;
    if (cellCount(rect) > 5000000) throw new SimWpsNotSimulated("reading whole rows or columns");
    if (rect.rowCount === 1 && rect.columnCount === 1) return read(rect.row, rect.column);
    const out: T[][] = [];
    for (let r = 0; r < rect.rowCount; r++) {
      const row: T[] = [];
      for (let c = 0; c < rect.columnCount; c++) row.push(read(rect.row + r, rect.column + c));
      out.push(row);
    }
    return out;
  }

  private writeEntries(value: unknown, member: string): void {
    const model = this.context.model;
    for (const rect of this.rects) {
      if (cellCount(rect) > 5000000) throw new SimWpsNotSimulated(`${member} on whole rows or columns`);
      const grid = gridFor(rect, value, member);
      asWps(() => model.writeEntries(this.sheet, rect, grid));
    }
    model.evaluate();
  }

  get Row(): number {
    this.context.tick("Range.Row");
    return (this.rects[0] as Rect).row + 1;
  }

  get Column(): number {
    this.context.tick("Range.Column");
    return (this.rects[0] as Rect).column + 1;
  }

  get Value2(): Cell | Cell[][] {
    this.context.tick("Range.Value2");
    const model = this.context.model;
    return this.readGrid((row, column): Cell => {
      const content = this.sheet.cell(row, column)?.content;
      if (!content) return undefined;
      const value = model.readValue(this.sheet, row, column);
      if (content.kind === "formula" && typeof value === "string" && CV_ERRORS[value] !== undefined)
        return CV_ERRORS[value];
      return value;
    });
  }
  set Value2(value: Cell | Cell[][]) {
    this.context.tick("Range.Value2=");
    this.writeEntries(value, "Value2");
  }

  get Formula(): Cell | Cell[][] {
    this.context.tick("Range.Formula");
    return this.readGrid((row, column): Cell => this.context.model.readFormula(this.sheet, row, column));
  }
  set Formula(value: Cell | Cell[][]) {
    this.context.tick("Range.Formula=");
    this.writeEntries(value, "Formula");
  }

  /** One value for every cell of the range, or null where they differ. */
  private uniform<K extends keyof CellFormat>(property: K, fallback: CellFormat[K]): CellFormat[K] | null {
    let result: CellFormat[K] | null | undefined;
    for (const rect of this.rects) {
      if (cellCount(rect) > 5000000) throw new SimWpsNotSimulated("reading the formats of whole rows or columns");
      const v = this.context.model.readFormat(this.sheet, rect, property, fallback);
      if (v === null) return null;
      if (result === undefined) result = v;
      else if (result !== v) return null;
    }
    return result === undefined ? null : result;
  }

  private setFormat<K extends keyof CellFormat>(property: K, value: CellFormat[K]): void {
    for (const rect of this.rects) {
      if (cellCount(rect) > 5000000) throw new SimWpsNotSimulated("formatting whole rows or columns");
      asWps(() => this.context.model.writeFormat(this.sheet, rect, property, value));
    }
  }

  get NumberFormat(): string | null {
    this.context.tick("Range.NumberFormat");
    const v = this.uniform("numberFormat", "General");
    return v === undefined ? null : v;
  }
  set NumberFormat(format: string | null) {
    this.context.tick("Range.NumberFormat=");
    if (typeof format !== "string")
      throw new SimWpsNotSimulated(`NumberFormat set to ${JSON.stringify(format)} (one string sets the whole range)`);
    for (const rect of this.rects) {
      const grid = Array.from({ length: rect.rowCount }, () => Array.from({ length: rect.columnCount }, () => format));
      asWps(() => this.context.model.writeNumberFormats(this.sheet, rect, grid));
    }
  }

  get WrapText(): boolean | null {
    this.context.tick("Range.WrapText");
    const v = this.uniform("wrapText", false);
    return v === undefined ? null : v;
  }
  set WrapText(wrap: boolean | null) {
    this.context.tick("Range.WrapText=");
    this.setFormat("wrapText", wrap === true);
  }

  get HorizontalAlignment(): number | null {
    this.context.tick("Range.HorizontalAlignment");
    const v = this.uniform("horizontalAlignment", "General");
    return v === null || v === undefined ? null : (ALIGNMENT_CODE[v] ?? null);
  }
  set HorizontalAlignment(code: number | null) {
    this.context.tick("Range.HorizontalAlignment=");
    const name = code === null ? undefined : ALIGNMENT_NAME[code];
    if (!name) throw new SimWpsError("argument", `HorizontalAlignment ${String(code)}`);
    this.setFormat("horizontalAlignment", name);
  }

  get ColumnWidth(): number | null {
    this.context.tick("Range.ColumnWidth");
    let width: number | undefined;
    for (const rect of this.rects) {
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
        const w = pointsToCharacters(this.sheet.columnWidths.get(c) ?? 48);
        if (width === undefined) width = w;
        else if (width !== w) return null;
      }
    }
    return width ?? null;
  }
  set ColumnWidth(characters: number | null) {
    this.context.tick("Range.ColumnWidth=");
    if (typeof characters !== "number" || !(characters >= 0) || characters > 255)
      throw new SimWpsError("argument", `ColumnWidth ${String(characters)}`);
    asWps(() => this.context.model.writeGuard(this.sheet));
    for (const rect of this.rects) {
      for (let c = rect.column; c < rect.column + rect.columnCount; c++)
        this.sheet.columnWidths.set(c, charactersToPoints(characters));
    }
  }

  get Font(): SimEtFont {
    this.context.tick("Range.Font");
    return new SimEtFont(this.context, this);
  }

  get Interior(): SimEtInterior {
    this.context.tick("Range.Interior");
    return new SimEtInterior(this.context, {
      get: () => {
        const fill = this.uniform("fill", undefined);
        return fill === null ? null : fill === undefined ? 16777215 : toBgr(fill);
      },
      set: (bgr) => this.setFormat("fill", fromBgr(bgr)),
    });
  }

  get FormatConditions(): SimEtFormatConditions {
    this.context.tick("Range.FormatConditions");
    return new SimEtFormatConditions(this.context, this.sheet, this.rects);
  }

  get Validation(): SimEtValidation {
    this.context.tick("Range.Validation");
    return new SimEtValidation(this.context, this.sheet, this.rects);
  }

  Clear(): void {
    this.context.tick("Range.Clear");
    for (const rect of this.rects) asWps(() => this.context.model.clear(this.sheet, rect, "All"));
    this.context.model.evaluate();
  }

  Select(): void {
    this.context.tick("Range.Select");
    const model = this.context.model;
    // as in Excel, a range can be selected only on the active sheet
    if (model.activeSheet !== this.sheet)
      throw new SimWpsError("operation", "Range.Select on a sheet that is not active");
    model.selection = { sheet: this.sheet, rect: this.rects[0] as Rect };
  }

  /** Internal: the format properties a font sets. */
  fontFormat<K extends keyof CellFormat>(property: K, fallback: CellFormat[K]): CellFormat[K] | null {
    return this.uniform(property, fallback);
  }

  setFontFormat<K extends keyof CellFormat>(property: K, value: CellFormat[K]): void {
    this.setFormat(property, value);
  }
}

export class SimEtFont {
  constructor(
    private readonly context: SimEtContext,
    private readonly range: SimEtRange,
  ) {}

  get Bold(): boolean | null {
    this.context.tick("Font.Bold");
    return this.range.fontFormat("bold", false) ?? null;
  }
  set Bold(v: boolean | null) {
    this.context.tick("Font.Bold=");
    this.range.setFontFormat("bold", v === true);
  }
  get Italic(): boolean | null {
    this.context.tick("Font.Italic");
    return this.range.fontFormat("italic", false) ?? null;
  }
  set Italic(v: boolean | null) {
    this.context.tick("Font.Italic=");
    this.range.setFontFormat("italic", v === true);
  }
  get Color(): number | null {
    this.context.tick("Font.Color");
    const hex = this.range.fontFormat("fontColor", DEFAULT_FONT.color);
    return hex === null || hex === undefined ? null : toBgr(hex);
  }
  set Color(bgr: number | null) {
    this.context.tick("Font.Color=");
    if (typeof bgr !== "number") throw new SimWpsError("argument", `Font.Color ${String(bgr)}`);
    this.range.setFontFormat("fontColor", fromBgr(bgr));
  }
  get Name(): string | null {
    this.context.tick("Font.Name");
    return this.range.fontFormat("fontName", DEFAULT_FONT.name) ?? null;
  }
  set Name(name: string | null) {
    this.context.tick("Font.Name=");
    if (typeof name !== "string" || name === "") throw new SimWpsError("argument", `Font.Name ${String(name)}`);
    this.range.setFontFormat("fontName", name);
  }
  get Size(): number | null {
    this.context.tick("Font.Size");
    return this.range.fontFormat("fontSize", DEFAULT_FONT.size) ?? null;
  }
  set Size(size: number | null) {
    this.context.tick("Font.Size=");
    if (typeof size !== "number" || !(size > 0)) throw new SimWpsError("argument", `Font.Size ${String(size)}`);
    this.range.setFontFormat("fontSize", size);
  }
}

export class SimEtInterior {
  constructor(
    private readonly context: SimEtContext,
    private readonly color: { get(): number | null; set(bgr: number): void },
  ) {}

  get Color(): number | null {
    this.context.tick("Interior.Color");
    return this.color.get();
  }
  set Color(bgr: number | null) {
    this.context.tick("Interior.Color=");
    if (typeof bgr !== "number" || bgr < 0 || bgr > 0xffffff)
      throw new SimWpsError("argument", `Interior.Color ${String(bgr)}`);
    this.color.set(bgr);
  }
}

/** XlFormatConditionType of the model's kinds. */
const TYPE_CODE: Readonly<Record<ConditionalFormatModel["type"], number>> = {
  CellValue: 1,
  Custom: 2,
  ColorScale: 3,
  DataBar: 4,
};

export class SimEtFormatConditions {
  constructor(
    private readonly context: SimEtContext,
    private readonly sheet: SheetModel,
    private readonly rects: readonly Rect[],
  ) {}

  /** The rules that apply to any cell of the range, in the order they were added. */
  private rules(): FormatRule[] {
    const out: FormatRule[] = [];
    for (const cf of this.context.model.conditionalFormats) {
      if (cf.sheet !== this.sheet) continue;
      if (!this.rects.some((r) => this.context.model.conditionalFormatsIn(this.sheet, r).indexOf(cf) >= 0)) continue;
      const rule = ruleOf(this.context, cf);
      if (out.indexOf(rule) < 0) out.push(rule);
    }
    return out;
  }

  get Count(): number {
    this.context.tick("FormatConditions.Count");
    return this.rules().length;
  }

  Item(index: number): SimEtFormatCondition {
    this.context.tick("FormatConditions.Item");
    const rule = typeof index === "number" ? this.rules()[index - 1] : undefined;
    if (!rule) throw new SimWpsError("subscript", `FormatConditions.Item(${String(index)})`);
    return new SimEtFormatCondition(this.context, rule);
  }

  Add(type: number, _operator?: number, formula1?: string): SimEtFormatCondition {
    this.context.tick("FormatConditions.Add");
    if (type !== 2) throw new SimWpsNotSimulated(`FormatConditions.Add of type ${type} (only xlExpression)`);
    if (typeof formula1 !== "string" || !this.context.model.isValidFormula(formula1))
      throw new SimWpsError("argument", `FormatConditions.Add formula ${String(formula1)}`);
    const members = this.rects.map((rect) =>
      asWps(() => {
        const cf = this.context.model.addConditionalFormat(this.sheet, rect, "Custom");
        cf.formula = formula1;
        return cf;
      }),
    );
    const rule: FormatRule = { members };
    for (const cf of members) this.context.rules.set(cf, rule);
    return new SimEtFormatCondition(this.context, rule);
  }
}

export class SimEtFormatCondition {
  constructor(
    private readonly context: SimEtContext,
    private readonly rule: FormatRule,
  ) {}

  private get first(): ConditionalFormatModel {
    const cf = this.rule.members[0];
    if (!cf) throw new SimWpsError("subscript", "a deleted format condition");
    return cf;
  }

  get Type(): number {
    this.context.tick("FormatCondition.Type");
    return TYPE_CODE[this.first.type];
  }

  get Formula1(): string {
    this.context.tick("FormatCondition.Formula1");
    const cf = this.first;
    // as in Excel, reading the formula of a colour scale or data bar fails
    if (cf.type === "ColorScale" || cf.type === "DataBar")
      throw new SimWpsError("operation", "Formula1 of a colour scale or data bar");
    return cf.formula;
  }

  get Interior(): SimEtInterior {
    this.context.tick("FormatCondition.Interior");
    return new SimEtInterior(this.context, {
      get: () => (this.first.fill === undefined ? null : toBgr(this.first.fill)),
      set: (bgr) => {
        for (const cf of this.rule.members) {
          asWps(() => this.context.model.writeGuard(cf.sheet));
          cf.fill = fromBgr(bgr);
        }
      },
    });
  }

  Delete(): void {
    this.context.tick("FormatCondition.Delete");
    for (const cf of this.rule.members) asWps(() => this.context.model.deleteConditionalFormat(cf));
    this.rule.members.length = 0;
  }
}

export class SimEtValidation {
  private dropDown = true;

  constructor(
    private readonly context: SimEtContext,
    private readonly sheet: SheetModel,
    private readonly rects: readonly Rect[],
  ) {}

  Add(type: number, _alertStyle?: number, _operator?: number, formula1?: string): void {
    this.context.tick("Validation.Add");
    if (type !== 3) throw new SimWpsNotSimulated(`Validation.Add of type ${type} (only xlValidateList)`);
    if (typeof formula1 !== "string" || formula1 === "")
      throw new SimWpsError("argument", "Validation.Add without a list");
    for (const rect of this.rects) {
      // as in Excel, cells that already have a rule refuse another: Delete comes first
      this.sheet.forEachStoredCell(rect, (cell) => {
        if (cell.validationList !== undefined)
          throw new SimWpsError("operation", "Validation.Add over cells that have a rule");
      });
    }
    for (const rect of this.rects) asWps(() => this.context.model.setValidationList(this.sheet, rect, formula1));
  }

  Delete(): void {
    this.context.tick("Validation.Delete");
    for (const rect of this.rects) asWps(() => this.context.model.clearValidation(this.sheet, rect));
  }

  get InCellDropdown(): boolean {
    this.context.tick("Validation.InCellDropdown");
    return this.dropDown;
  }
  set InCellDropdown(on: boolean) {
    this.context.tick("Validation.InCellDropdown=");
    this.dropDown = on;
  }
}
