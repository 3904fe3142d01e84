/** Worksheets, their collection, freeze panes and tables. */
import { MAX_COLUMNS, MAX_ROWS, parseAddress, type Rect } from "./address";
import { simError } from "./errors";
import type { SheetModel, TableModel } from "./model";
import { rangeOnSheet, rectOf, type SimRange } from "./range";
import { SimClientObject, SimClientResult, type SimPropertySpec, type SimRequestContext } from "./request-context";
import type { SimApiName } from "./requirements";

export class SimWorksheet
  extends SimClientObject<SheetModel>
  implements Pick<Excel.Worksheet, "name" | "position" | "activate" | "delete" | "isNullObject">
{
  readonly _typeName = "Worksheet";
  private _tables: SimTableCollection | undefined;
  private _freezePanes: SimFreezePanes | undefined;
  private _protection: SimWorksheetProtection | undefined;

  _properties(): Readonly<Record<string, SimPropertySpec<SheetModel>>> {
    return {
      name: { api: "Worksheet.name", read: (s) => s.name },
      position: { api: "Worksheet.position", read: (s) => this.context._model.sheets.indexOf(s) },
    };
  }

  _navigation(name: string): SimClientObject | undefined {
    if (name === "tables") return this.tables;
    if (name === "freezePanes") return this.freezePanes;
    if (name === "protection") return this.protection;
    return undefined;
  }

  get protection(): SimWorksheetProtection {
    if (!this._protection) this._protection = new SimWorksheetProtection(this.context, this, "Protection");
    return this._protection;
  }

  get name(): string {
    return this._get("name") as string;
  }
  set name(name: string) {
    this._set("name", name, "Worksheet.name", (s) => {
      const model = this.context._model;
      model.writeGuard(s);
      model.structureGuard();
      const other = model.findSheet(name);
      if (other && other !== s) throw simError("ItemAlreadyExists", `sheet "${name}"`);
      if (name === "" || name.length > 31 || /[[\]:*?/\\]/.test(name))
        throw simError("InvalidArgument", `sheet name "${name}"`);
      model.hf.renameSheet(s.hfId, name);
      s.name = name;
    });
  }

  get position(): number {
    return this._get("position") as number;
  }

  get tables(): SimTableCollection {
    if (!this._tables) this._tables = new SimTableCollection(this.context, this, "Tables");
    return this._tables;
  }

  get freezePanes(): SimFreezePanes {
    if (!this._freezePanes) this._freezePanes = new SimFreezePanes(this.context, this, "FreezePanes");
    return this._freezePanes;
  }

  getRange(address?: string): SimRange {
    return rangeOnSheet(
      this,
      "GetRange",
      address === undefined ? [] : [address],
      "Worksheet.getRange",
      () => rectOf(address),
      false,
    );
  }

  getCell(row: number, column: number): SimRange {
    return rangeOnSheet(
      this,
      "GetCell",
      [row, column],
      "Worksheet.getCell",
      () => {
        if (row < 0 || column < 0 || row >= MAX_ROWS || column >= MAX_COLUMNS)
          throw simError("InvalidArgument", `getCell(${row}, ${column})`);
        return { row, column, rowCount: 1, columnCount: 1 };
      },
      false,
    );
  }

  getUsedRange(valuesOnly?: boolean): SimRange {
    const apis: SimApiName[] =
      valuesOnly === undefined
        ? ["Worksheet.getUsedRange"]
        : ["Worksheet.getUsedRange", "Worksheet.getUsedRange(valuesOnly)"];
    return rangeOnSheet(
      this,
      "GetUsedRange",
      valuesOnly === undefined ? [] : [valuesOnly],
      apis,
      (s) => s.usedRect(valuesOnly === true) ?? A1,
      false,
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): SimRange {
    return rangeOnSheet(
      this,
      "GetUsedRangeOrNullObject",
      valuesOnly === undefined ? [] : [valuesOnly],
      "Worksheet.getUsedRangeOrNullObject",
      (s) => s.usedRect(valuesOnly === true),
      true,
    );
  }

  activate(): void {
    this._call("Activate", [], "Worksheet.activate", (s) => {
      if (s.deleted) throw simError("ItemNotFound", "sheet deleted");
      this.context._model.activeSheet = s;
    });
  }

  delete(): void {
    this._call("Delete", [], "Worksheet.delete", (s) => this.context._model.deleteSheet(s));
  }
}

const A1: Rect = { row: 0, column: 0, rowCount: 1, columnCount: 1 };

/** Loads "items/name" (or "name") on a collection: makes the item proxies inside the request. */
function loadItems<M, P extends SimClientObject<M>>(
  collection: SimClientObject<unknown>,
  propertyNames: string | string[] | undefined,
  api: SimApiName,
  members: () => M[],
  makeItem: (model: M) => P,
  store: (items: P[]) => void,
): void {
  if (propertyNames === undefined)
    throw simError("NotSimulated", `${collection._typeName}.load() without property names`);
  const names = (typeof propertyNames === "string" ? propertyNames.split(",") : propertyNames)
    .map((n) => n.trim())
    .filter((n) => n);
  const itemPaths = names.map((n) => (n.indexOf("items/") === 0 ? n.slice(6) : n)).filter((n) => n !== "items");
  collection._queryItems(names, api, () => {
    const items = members().map((m) => {
      const item = makeItem(m);
      item._settle(m);
      return item;
    });
    collection.context._runNested(() => {
      for (const item of items) if (itemPaths.length > 0) item.load(itemPaths);
    });
    collection.context._deliver(null, () => store(items));
  });
}

export class SimWorksheetCollection extends SimClientObject<null> {
  readonly _typeName = "WorksheetCollection";
  private _items: SimWorksheet[] | undefined;

  protected _derive(): null {
    return null;
  }
  _properties(): Readonly<Record<string, SimPropertySpec<null>>> {
    return {};
  }

  get items(): SimWorksheet[] {
    if (!this._items) throw simError("PropertyNotLoaded", "items", "WorksheetCollection.items");
    return this._items;
  }

  load(propertyNames?: string | string[]): this {
    loadItems(
      this,
      propertyNames,
      "WorksheetCollection.items",
      () => this.context._model.sheets.slice(),
      (s) => new SimWorksheet(this.context, this, "Item", [s.name]),
      (items) => {
        this._items = items;
      },
    );
    return this;
  }

  getItem(key: string): SimWorksheet {
    const sheet = new SimWorksheet(this.context, this, "GetItem", [key]);
    this._instantiate(
      sheet,
      "WorksheetCollection.getItem",
      () => this.context._model.findSheet(key),
      false,
      `worksheet "${key}"`,
    );
    return sheet;
  }

  getItemOrNullObject(key: string): SimWorksheet {
    const sheet = new SimWorksheet(this.context, this, "GetItemOrNullObject", [key]);
    this._instantiate(
      sheet,
      "WorksheetCollection.getItemOrNullObject",
      () => this.context._model.findSheet(key),
      true,
      `worksheet "${key}"`,
    );
    return sheet;
  }

  getActiveWorksheet(): SimWorksheet {
    const sheet = new SimWorksheet(this.context, this, "GetActiveWorksheet", []);
    this._instantiate(
      sheet,
      "WorksheetCollection.getActiveWorksheet",
      () => this.context._model.activeSheet,
      false,
      "active worksheet",
    );
    return sheet;
  }

  add(name?: string): SimWorksheet {
    const sheet = new SimWorksheet(this.context, this, "Add", name === undefined ? [] : [name]);
    this._instantiate(
      sheet,
      "WorksheetCollection.add",
      () => {
        const model = this.context._model;
        let newName = name;
        if (newName === undefined) {
          let n = model.sheets.length + 1;
          while (model.findSheet(`Sheet${n}`)) n++;
          newName = `Sheet${n}`;
        }
        model.structureGuard();
        return model.addSheet(newName);
      },
      false,
      "Add",
    );
    return sheet;
  }

  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this._call("GetCount", [], "WorksheetCollection.getCount", () => {
      const n = this.context._model.sheets.length;
      this.context._deliver(n, () => result._fill(n));
    });
    return result;
  }
}

export class SimFreezePanes
  extends SimClientObject<SheetModel>
  implements Pick<Excel.WorksheetFreezePanes, "freezeRows">
{
  readonly _typeName = "WorksheetFreezePanes";
  protected _derive(): SheetModel | undefined {
    return (this._parent as SimClientObject<SheetModel>)._resolve();
  }
  _properties(): Readonly<Record<string, SimPropertySpec<SheetModel>>> {
    return {};
  }
  freezeRows(count?: number): void {
    this._call("FreezeRows", count === undefined ? [] : [count], "WorksheetFreezePanes.freezeRows", (s) => {
      this.context._model.writeGuard(s);
      const n = count ?? 1;
      if (!(n >= 0) || n >= MAX_ROWS) throw simError("InvalidArgument", `freezeRows(${String(count)})`);
      s.frozenRows = n;
    });
  }
}

export class SimTableCollection extends SimClientObject<SheetModel> {
  readonly _typeName = "TableCollection";
  private _items: SimTable[] | undefined;
  protected _derive(): SheetModel | undefined {
    return (this._parent as SimClientObject<SheetModel>)._resolve();
  }
  _properties(): Readonly<Record<string, SimPropertySpec<SheetModel>>> {
    return {};
  }
  get items(): SimTable[] {
    if (!this._items) throw simError("PropertyNotLoaded", "items", "TableCollection.items");
    return this._items;
  }
  load(propertyNames?: string | string[]): this {
    loadItems(
      this,
      propertyNames,
      "TableCollection.items",
      () => {
        const sheet = this._resolve();
        return this.context._model.tables.filter((t) => t.sheet === sheet);
      },
      (t) => new SimTable(this.context, this, "Item", [t.name]),
      (items) => {
        this._items = items;
      },
    );
    return this;
  }
  add(address: string, hasHeaders: boolean): SimTable {
    const table = new SimTable(this.context, this, "Add", [address, hasHeaders]);
    this._instantiate(
      table,
      "TableCollection.add",
      (sheet) => {
        const bang = address.lastIndexOf("!");
        if (bang < 0)
          throw simError("NotSimulated", `tables.add("${address}"): without a sheet name Excel uses the active sheet`);
        let sheetPart = address.slice(0, bang);
        if (/^'.*'$/.test(sheetPart)) sheetPart = sheetPart.slice(1, -1).replace(/''/g, "'");
        if (sheetPart.toLowerCase() !== sheet.name.toLowerCase()) {
          throw simError("NotSimulated", `tables.add on sheet "${sheet.name}" with an address on "${sheetPart}"`);
        }
        return this.context._model.addTable(sheet, parseAddress(address.slice(bang + 1)), hasHeaders);
      },
      false,
      "Add",
    );
    return table;
  }
}

export class SimTable extends SimClientObject<TableModel> implements Pick<Excel.Table, "name"> {
  readonly _typeName = "Table";
  constructor(context: SimRequestContext, parent: SimClientObject, name: string, args: unknown[]) {
    super(context, parent, name, args);
  }
  _properties(): Readonly<Record<string, SimPropertySpec<TableModel>>> {
    return { name: { api: "Table.name", read: (t) => t.name } };
  }
  get name(): string {
    return this._get("name") as string;
  }
  set name(name: string) {
    this._set("name", name, "Table.name", (t) => {
      this.context._model.writeGuard(t.sheet);
      this.context._model.renameTable(t, name);
    });
  }
}

/** Worksheet.protection (ExcelApi 1.2): whether the sheet is protected; reads work either way. */
export class SimWorksheetProtection
  extends SimClientObject<SheetModel>
  implements Pick<Excel.WorksheetProtection, "protected">
{
  readonly _typeName = "WorksheetProtection";
  protected _derive(): SheetModel | undefined {
    return (this._parent as SimClientObject<SheetModel>)._resolve();
  }
  _properties(): Readonly<Record<string, SimPropertySpec<SheetModel>>> {
    return { protected: { api: "WorksheetProtection.protected", read: (s) => s.isProtected } };
  }
  get protected(): boolean {
    return this._get("protected") as boolean;
  }
}
