/**
 * Application, workbook, sheets, worksheet, window, list objects and custom document properties of
 * the simulated WPS 表格 object model. Collections are 1-based; `Item` of a missing name raises
 * 下标越界; `Sheets.Add` activates the new sheet, as WPS does; freeze panes belong to the window and
 * so to the active sheet.
 */
import { parseAddress, WHOLE_SHEET, type Rect } from "../sim-excel/address";
import type { SheetModel } from "../sim-excel/model";
import { paneOf, type SimEtContext } from "./context";
import { SimEtRange } from "./et-range";
import { asWps, SimWpsError, SimWpsNotSimulated } from "./errors";

function parseAreas(address: unknown): Rect[] {
  if (typeof address !== "string" || address.trim() === "")
    throw new SimWpsError("argument", `Range(${String(address)})`);
  try {
    return address.split(",").map((part) => parseAddress(part.trim()));
  } catch {
    throw new SimWpsError("argument", `Range("${address}")`);
  }
}

export class SimEtApplication {
  constructor(private readonly context: SimEtContext) {}

  get ActiveWorkbook(): SimEtWorkbook {
    this.context.tick("Application.ActiveWorkbook");
    return new SimEtWorkbook(this.context);
  }

  get ActiveWindow(): SimEtWindow {
    this.context.tick("Application.ActiveWindow");
    return new SimEtWindow(this.context);
  }

  get ActiveSheet(): SimEtWorksheet | null {
    this.context.tick("Application.ActiveSheet");
    const sheet = this.context.model.activeSheet;
    return sheet ? new SimEtWorksheet(this.context, sheet) : null;
  }

  get ScreenUpdating(): boolean {
    this.context.tick("Application.ScreenUpdating");
    return this.context.screenUpdating;
  }
  set ScreenUpdating(on: boolean) {
    this.context.tick("Application.ScreenUpdating=");
    this.context.screenUpdating = on;
  }
}

export class SimEtWorkbook {
  constructor(private readonly context: SimEtContext) {}

  get Name(): string {
    this.context.tick("Workbook.Name");
    return this.context.workbook.name;
  }

  get FullName(): string {
    this.context.tick("Workbook.FullName");
    return this.context.workbook.fullName;
  }

  get Sheets(): SimEtSheets {
    this.context.tick("Workbook.Sheets");
    return new SimEtSheets(this.context);
  }

  get ReadOnly(): boolean {
    this.context.tick("Workbook.ReadOnly");
    return this.context.workbook.readOnly;
  }

  get ProtectStructure(): boolean {
    this.context.tick("Workbook.ProtectStructure");
    return this.context.model.structureProtected;
  }

  get CustomDocumentProperties(): SimEtDocumentProperties {
    this.context.tick("Workbook.CustomDocumentProperties");
    if (!this.context.workbook.customProperties)
      throw new SimWpsError("operation", "this file format keeps no custom properties");
    return new SimEtDocumentProperties(this.context);
  }
}

export class SimEtSheets {
  constructor(private readonly context: SimEtContext) {}

  get Count(): number {
    this.context.tick("Sheets.Count");
    return this.context.model.sheets.length;
  }

  Item(index: number | string): SimEtWorksheet {
    this.context.tick("Sheets.Item");
    const model = this.context.model;
    const sheet =
      typeof index === "number"
        ? model.sheets[index - 1]
        : typeof index === "string"
          ? model.findSheet(index)
          : undefined;
    if (!sheet) throw new SimWpsError("subscript", `Sheets.Item(${JSON.stringify(index)})`);
    return new SimEtWorksheet(this.context, sheet);
  }

  Add(before?: SimEtWorksheet, after?: SimEtWorksheet, count?: number, type?: number): SimEtWorksheet {
    this.context.tick("Sheets.Add");
    if ((count !== undefined && count !== 1) || type !== undefined)
      throw new SimWpsNotSimulated("Sheets.Add of several sheets or of a chart");
    const model = this.context.model;
    asWps(() => model.structureGuard());
    let n = model.sheets.length + 1;
    while (model.findSheet(`Sheet${n}`)) n++;
    const sheet = asWps(() => model.addSheet(`Sheet${n}`));
    // placed before `before`, after `after`, or before the active sheet (Excel's default)
    const anchor = before ? before.model : after ? after.model : model.activeSheet;
    model.sheets.splice(model.sheets.indexOf(sheet), 1);
    const at = anchor ? model.sheets.indexOf(anchor) + (after && !before ? 1 : 0) : model.sheets.length;
    model.sheets.splice(at, 0, sheet);
    model.activeSheet = sheet;
    return new SimEtWorksheet(this.context, sheet);
  }
}

export class SimEtWorksheet {
  constructor(
    private readonly context: SimEtContext,
    readonly model: SheetModel,
  ) {}

  private alive(): SheetModel {
    if (this.model.deleted) throw new SimWpsError("subscript", `sheet "${this.model.name}" was deleted`);
    return this.model;
  }

  get Name(): string {
    this.context.tick("Worksheet.Name");
    return this.alive().name;
  }
  set Name(name: string) {
    this.context.tick("Worksheet.Name=");
    const sheet = this.alive();
    const model = this.context.model;
    asWps(() => {
      model.structureGuard();
      const other = model.findSheet(name);
      if (other && other !== sheet) throw new SimWpsError("exists", `sheet "${name}"`);
      if (typeof name !== "string" || name === "" || name.length > 31 || /[[\]:*?/\\]/.test(name))
        throw new SimWpsError("argument", `sheet name "${String(name)}"`);
      model.hf.renameSheet(sheet.hfId, name);
      sheet.name = name;
    });
  }

  get ProtectContents(): boolean {
    this.context.tick("Worksheet.ProtectContents");
    return this.alive().isProtected;
  }

  get UsedRange(): SimEtRange {
    this.context.tick("Worksheet.UsedRange");
    const sheet = this.alive();
    // a blank sheet's used range is A1, as in Excel
    const rect = sheet.usedRect(false) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 };
    return new SimEtRange(this.context, sheet, [rect]);
  }

  get Cells(): SimEtRange {
    this.context.tick("Worksheet.Cells");
    return new SimEtRange(this.context, this.alive(), [WHOLE_SHEET]);
  }

  Range(address: string): SimEtRange {
    this.context.tick("Worksheet.Range");
    return new SimEtRange(this.context, this.alive(), parseAreas(address));
  }

  get ListObjects(): SimEtListObjects {
    this.context.tick("Worksheet.ListObjects");
    return new SimEtListObjects(this.context, this.alive());
  }

  Activate(): void {
    this.context.tick("Worksheet.Activate");
    this.context.model.activeSheet = this.alive();
  }
}

export class SimEtListObjects {
  constructor(
    private readonly context: SimEtContext,
    private readonly sheet: SheetModel,
  ) {}

  Add(sourceType: number, source: SimEtRange, _linkSource?: unknown, hasHeaders?: number): SimEtListObject {
    this.context.tick("ListObjects.Add");
    if (sourceType !== 1 || hasHeaders !== 1)
      throw new SimWpsNotSimulated("ListObjects.Add other than a range with headers");
    if (!(source instanceof SimEtRange) || source.sheet !== this.sheet || source.rects.length !== 1)
      throw new SimWpsError("argument", "ListObjects.Add source");
    const table = asWps(() => this.context.model.addTable(this.sheet, source.rects[0] as Rect, true));
    return new SimEtListObject(this.context, table);
  }
}

export class SimEtListObject {
  constructor(
    private readonly context: SimEtContext,
    private readonly table: ReturnType<SimEtContext["model"]["addTable"]>,
  ) {}

  get Name(): string {
    this.context.tick("ListObject.Name");
    return this.table.name;
  }
  set Name(name: string) {
    this.context.tick("ListObject.Name=");
    asWps(() => this.context.model.renameTable(this.table, name));
  }
}

/** The active workbook's window: it shows the active sheet, whose panes it splits and freezes. */
export class SimEtWindow {
  constructor(private readonly context: SimEtContext) {}

  private sheet(): SheetModel {
    const sheet = this.context.model.activeSheet;
    if (!sheet) throw new SimWpsError("operation", "no active sheet");
    return sheet;
  }

  get FreezePanes(): boolean {
    this.context.tick("Window.FreezePanes");
    return paneOf(this.context, this.sheet()).frozen;
  }
  set FreezePanes(on: boolean) {
    this.context.tick("Window.FreezePanes=");
    const sheet = this.sheet();
    const pane = paneOf(this.context, sheet);
    if (on && pane.splitRow === 0 && pane.splitColumn === 0)
      throw new SimWpsNotSimulated("FreezePanes at the active cell (set SplitRow first)");
    if (on && pane.splitColumn !== 0) throw new SimWpsNotSimulated("frozen columns");
    pane.frozen = on === true;
    sheet.frozenRows = pane.frozen ? pane.splitRow : 0;
  }

  get SplitRow(): number {
    this.context.tick("Window.SplitRow");
    return paneOf(this.context, this.sheet()).splitRow;
  }
  set SplitRow(rows: number) {
    this.context.tick("Window.SplitRow=");
    if (typeof rows !== "number" || rows < 0) throw new SimWpsError("argument", `SplitRow ${String(rows)}`);
    const sheet = this.sheet();
    const pane = paneOf(this.context, sheet);
    pane.splitRow = rows;
    if (pane.frozen) sheet.frozenRows = rows;
  }

  get SplitColumn(): number {
    this.context.tick("Window.SplitColumn");
    return paneOf(this.context, this.sheet()).splitColumn;
  }
  set SplitColumn(columns: number) {
    this.context.tick("Window.SplitColumn=");
    if (typeof columns !== "number" || columns < 0) throw new SimWpsError("argument", `SplitColumn ${String(columns)}`);
    paneOf(this.context, this.sheet()).splitColumn = columns;
  }
}

export class SimEtDocumentProperties {
  constructor(private readonly context: SimEtContext) {}

  get Count(): number {
    this.context.tick("DocumentProperties.Count");
    return this.context.documentProperties.size;
  }

  Item(index: number | string): SimEtDocumentProperty {
    this.context.tick("DocumentProperties.Item");
    const names = Array.from(this.context.documentProperties.keys());
    const name =
      typeof index === "number" ? names[index - 1] : names.find((n) => n.toLowerCase() === String(index).toLowerCase());
    if (name === undefined)
      throw new SimWpsError("argument", `CustomDocumentProperties.Item(${JSON.stringify(index)})`);
    return new SimEtDocumentProperty(this.context, name);
  }

  Add(name: string, linkToContent: boolean, type: number, value: string): SimEtDocumentProperty {
    this.context.tick("DocumentProperties.Add");
    if (linkToContent !== false || type !== 4 || typeof value !== "string")
      throw new SimWpsNotSimulated("custom properties other than unlinked strings");
    if (typeof name !== "string" || name === "" || name.length > 255)
      throw new SimWpsError("argument", `property name ${String(name)}`);
    if (Array.from(this.context.documentProperties.keys()).some((n) => n.toLowerCase() === name.toLowerCase()))
      throw new SimWpsError("exists", `property "${name}"`);
    if (value.length > 255) throw new SimWpsError("argument", "a property value over 255 characters");
    this.context.documentProperties.set(name, value);
    return new SimEtDocumentProperty(this.context, name);
  }
}

export class SimEtDocumentProperty {
  constructor(
    private readonly context: SimEtContext,
    private readonly name: string,
  ) {}

  get Name(): string {
    this.context.tick("DocumentProperty.Name");
    return this.name;
  }

  get Value(): unknown {
    this.context.tick("DocumentProperty.Value");
    return this.context.documentProperties.get(this.name);
  }
  set Value(value: unknown) {
    this.context.tick("DocumentProperty.Value=");
    if (typeof value === "string" && value.length > 255)
      throw new SimWpsError("argument", "a property value over 255 characters");
    this.context.documentProperties.set(this.name, value);
  }
}
