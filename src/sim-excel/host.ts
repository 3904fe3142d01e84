/**
 * The simulated Excel host: a workbook model, the requirement level, payload limits and the
 * counters tests assert on (syncs, request and response bytes). `host.run` is `Excel.run`;
 * `host.install()` puts `Excel`, `Office` and `OfficeExtension` on the global object for code
 * that uses them as globals, as the add-in does.
 */
import type { RawCell, RawWorkbook } from "../core/raw-cell";
import { parseAddress, type Rect } from "./address";
import { SimRichApiError, simError } from "./errors";
import { WorkbookModel, type ConditionalFormatType, type SheetModel } from "./model";
import { SimRequestContext, type SimHostServices, type SimRequestRecord } from "./request-context";
import { SimRequirements, type SimApiLevel } from "./requirements";
import { snapshotWorkbook, type WorkbookSnapshot } from "./snapshot";
import { SimApplication, SimWorkbook } from "./workbook";

/** Excel on the web rejects requests and responses over 5 MB. */
export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Excel refuses to get more than 5,000,000 cells of one range in one operation. */
export const EXCEL_CELLS_PER_RANGE_LIMIT = 5000000;

export interface SimExcelOptions {
  /** ExcelApi level of the host (default "latest"). */
  readonly level?: SimApiLevel;
  /** Request size limit in bytes (default 5 MB, Excel on the web). */
  readonly maxRequestBytes?: number;
  readonly maxResponseBytes?: number;
  /** Cells one range may read (default 5,000,000, Excel's limit; RangeExceedsLimit past it). */
  readonly maxCellsPerRange?: number;
}

export interface SimExcelStats {
  /** Number of `sync()` calls that sent a request (also the automatic one at the end of `Excel.run`). */
  readonly syncCount: number;
  /** One record per sync, in order. */
  readonly requests: readonly SimRequestRecord[];
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  /** Number of `Excel.run` calls. */
  readonly runCount: number;
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export class SimExcelHost {
  readonly model = new WorkbookModel();
  readonly requirements: SimRequirements;
  readonly limits: { maxRequestBytes: number; maxResponseBytes: number; maxCellsPerRange: number };
  /** The document's add-in settings (Office.context.document.settings), as saved with the file. */
  readonly settings = new Map<string, unknown>();
  private records: SimRequestRecord[] = [];
  private runs = 0;

  constructor(options: SimExcelOptions = {}) {
    this.requirements = new SimRequirements(options.level ?? "latest");
    this.limits = {
      maxRequestBytes: options.maxRequestBytes ?? EXCEL_WEB_PAYLOAD_LIMIT,
      maxResponseBytes: options.maxResponseBytes ?? EXCEL_WEB_PAYLOAD_LIMIT,
      maxCellsPerRange: options.maxCellsPerRange ?? EXCEL_CELLS_PER_RANGE_LIMIT,
    };
  }

  /** A host holding `workbook`'s sheets (values and number formats), as a user's file would. */
  static fromRawWorkbook(workbook: RawWorkbook, options: SimExcelOptions = {}): SimExcelHost {
    const host = new SimExcelHost(options);
    for (const name of workbook.sheetNames) host.addSheet(name);
    for (const sheet of workbook.sheets) {
      const model = host.model.findSheet(sheet.name) ?? host.addSheet(sheet.name);
      host.putCells(
        model.name,
        sheet.origin.row,
        sheet.origin.column,
        sheet.values,
        sheet.numberFormats,
        sheet.formulas,
      );
    }
    if (host.model.sheets.length === 0) host.addSheet("Sheet1");
    host.model.activeSheet = host.model.sheets[0];
    return host;
  }

  get level(): SimApiLevel {
    return this.requirements.level;
  }
  set level(level: SimApiLevel) {
    this.requirements.level = level;
  }

  // ---- the API --------------------------------------------------------------------------------

  /** `Excel.run(batch)`, also `Excel.run(object | options, batch)` (the first argument is ignored). */
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(objectOrOptions: unknown, batch: Batch<T>): Promise<T>;
  run<T>(batchOrObject: Batch<T> | unknown, maybeBatch?: Batch<T>): Promise<T> {
    const batch = (typeof batchOrObject === "function" ? batchOrObject : maybeBatch) as Batch<T> | undefined;
    if (typeof batch !== "function")
      return Promise.reject(simError("InvalidArgument", "Excel.run needs a batch function"));
    this.runs++;
    const context = this.newContext();
    return Promise.resolve()
      .then(() => batch(context as unknown as Excel.RequestContext))
      .then((result) => (context._pending > 0 ? context.sync(result) : result));
  }

  /** A fresh request context (what `Excel.run` passes to its batch). */
  newContext(): SimRequestContext {
    const services: SimHostServices = {
      model: this.model,
      requirements: this.requirements,
      limits: this.limits,
      record: (r) => {
        this.records.push(r);
      },
      createWorkbook: (c) => new SimWorkbook(c),
      createApplication: (c) => new SimApplication(c),
    };
    return new SimRequestContext(services);
  }

  isSetSupported(name: string, minVersion?: string | number): boolean {
    return this.requirements.isSetSupported(name, minVersion);
  }

  /**
   * Installs this host as the globals `Excel`, `Office` and `OfficeExtension` (only the members
   * the add-in uses). Returns a function that restores the previous globals.
   */
  install(): () => void {
    const g = globalThis as unknown as Record<string, unknown>;
    const previous = { Excel: g["Excel"], Office: g["Office"], OfficeExtension: g["OfficeExtension"] };
    g["Excel"] = {
      run: (a: unknown, b?: Batch<unknown>) => (b === undefined ? this.run(a as Batch<unknown>) : this.run(a, b)),
      ConditionalFormatType: { custom: "Custom" },
      ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
      ErrorCodes: {
        accessDenied: "AccessDenied",
        apiNotFound: "ApiNotFound",
        invalidArgument: "InvalidArgument",
        invalidOperation: "InvalidOperation",
        itemAlreadyExists: "ItemAlreadyExists",
        itemNotFound: "ItemNotFound",
        responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
      },
    };
    const settings = this.settings;
    // what set() changes is kept only when saveAsync succeeds, as Office keeps it with the document
    const pending = new Map<string, unknown>(settings);
    g["Office"] = {
      context: {
        requirements: { isSetSupported: (name: string, v?: string | number) => this.isSetSupported(name, v) },
        document: {
          settings: {
            get: (name: string): unknown => (pending.has(name) ? pending.get(name) : null),
            set: (name: string, value: unknown): void => {
              pending.set(name, value);
            },
            remove: (name: string): void => {
              pending.delete(name);
            },
            saveAsync: (callback?: (result: { status: string }) => void): void => {
              settings.clear();
              pending.forEach((value, name) => settings.set(name, value));
              if (callback) setTimeout(() => callback({ status: "succeeded" }), 0);
            },
          },
        },
      },
    };
    g["OfficeExtension"] = { Error: SimRichApiError };
    return () => {
      for (const k of Object.keys(previous) as (keyof typeof previous)[]) {
        if (previous[k] === undefined) delete g[k];
        else g[k] = previous[k];
      }
    };
  }

  // ---- counters ------------------------------------------------------------------------------

  get stats(): SimExcelStats {
    return {
      syncCount: this.records.length,
      requests: this.records.slice(),
      maxRequestBytes: this.records.reduce((m, r) => Math.max(m, r.requestBytes), 0),
      maxResponseBytes: this.records.reduce((m, r) => Math.max(m, r.responseBytes), 0),
      runCount: this.runs,
    };
  }

  resetStats(): void {
    this.records = [];
    this.runs = 0;
  }

  // ---- direct access for tests (not through the API, no syncs counted) ---------------------

  /** Every sheet's values, formulas, formats, conditional formats, validation, tables: plain JSON. */
  snapshot(): WorkbookSnapshot {
    return snapshotWorkbook(this.model);
  }

  addSheet(name: string): SheetModel {
    return this.model.findSheet(name) ?? this.model.addSheet(name);
  }

  /** Writes raw cells at (row, column) as a user's file holds them: strings are text, formulas where given. */
  putCells(
    sheetName: string,
    row: number,
    column: number,
    values: readonly (readonly RawCell[])[],
    numberFormats: readonly (readonly string[])[] = [],
    formulas: readonly (readonly RawCell[])[] = [],
  ): void {
    const sheet = this.sheet(sheetName);
    const width = values.reduce((m, r) => Math.max(m, r.length), 0);
    if (values.length === 0 || width === 0) return;
    const rect: Rect = { row, column, rowCount: values.length, columnCount: width };
    const guarded = values.map((r, i) =>
      Array.from({ length: width }, (_, j) => {
        const f = formulas[i]?.[j];
        if (typeof f === "string" && f.charAt(0) === "=") return f;
        const v = r[j] ?? null;
        return typeof v === "string" ? (v === "" ? null : `'${v}`) : v;
      }),
    );
    const formats = Array.from({ length: values.length }, (_, i) =>
      Array.from({ length: width }, (_, j) => numberFormats[i]?.[j] ?? null),
    );
    const wasProtected = sheet.isProtected;
    sheet.isProtected = false;
    try {
      this.model.writeNumberFormats(sheet, rect, formats);
      this.model.writeEntries(sheet, rect, guarded);
    } finally {
      sheet.isProtected = wasProtected;
    }
    this.model.evaluate();
  }

  /** The computed values of a range (as `range.values` would report them). */
  values(sheetName: string, address: string): (string | number | boolean)[][] {
    const sheet = this.sheet(sheetName);
    const rect = parseAddress(address);
    const out: (string | number | boolean)[][] = [];
    for (let r = 0; r < rect.rowCount; r++) {
      const row: (string | number | boolean)[] = [];
      for (let c = 0; c < rect.columnCount; c++) row.push(this.model.readValue(sheet, rect.row + r, rect.column + c));
      out.push(row);
    }
    return out;
  }

  /** As `range.text` reports it. */
  text(sheetName: string, address: string): string[][] {
    const sheet = this.sheet(sheetName);
    const rect = parseAddress(address);
    const out: string[][] = [];
    for (let r = 0; r < rect.rowCount; r++) {
      const row: string[] = [];
      for (let c = 0; c < rect.columnCount; c++) row.push(this.model.readText(sheet, rect.row + r, rect.column + c));
      out.push(row);
    }
    return out;
  }

  /** Sets a user's own fill or font on cells (to prove the add-in leaves them alone). */
  putFormat(sheetName: string, address: string, format: { fill?: string; bold?: boolean; fontColor?: string }): void {
    const sheet = this.sheet(sheetName);
    const rect = parseAddress(address);
    if (format.fill !== undefined) this.model.writeFormat(sheet, rect, "fill", format.fill);
    if (format.bold !== undefined) this.model.writeFormat(sheet, rect, "bold", format.bold);
    if (format.fontColor !== undefined) this.model.writeFormat(sheet, rect, "fontColor", format.fontColor);
  }

  /** Adds a user's own conditional format (any type; the add-in must leave it alone). */
  putConditionalFormat(
    sheetName: string,
    address: string,
    type: ConditionalFormatType,
    formula: string,
    fill?: string,
  ): void {
    const cf = this.model.addConditionalFormat(this.sheet(sheetName), parseAddress(address), type);
    cf.formula = formula;
    if (fill) cf.fill = fill;
  }

  /** Protects a sheet: every write to it then fails with AccessDenied, as in Excel. */
  protectSheet(sheetName: string, isProtected = true): void {
    this.sheet(sheetName).isProtected = isProtected;
  }

  /** Protects the workbook's structure: adding, renaming or deleting a sheet then fails, as in Excel. */
  protectStructure(isProtected = true): void {
    this.model.structureProtected = isProtected;
  }

  private sheet(name: string): SheetModel {
    const sheet = this.model.findSheet(name);
    if (!sheet) throw simError("ItemNotFound", `sheet "${name}"`);
    return sheet;
  }
}
