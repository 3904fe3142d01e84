/** The workbook and the application proxies: the roots every batch starts from. */
import { simError } from "./errors";
import { SimClientObject, type SimPropertySpec, type SimRequestContext } from "./request-context";
import { SimWorksheetCollection } from "./worksheet";

export class SimWorkbook extends SimClientObject<null> {
  readonly _typeName = "Workbook";
  readonly worksheets: SimWorksheetCollection;
  private _application: SimApplication | undefined;

  constructor(context: SimRequestContext) {
    super(context, undefined, "Workbook");
    this._settle(null);
    this._isNull = false;
    this.worksheets = new SimWorksheetCollection(context, this, "Worksheets");
  }
  _properties(): Readonly<Record<string, SimPropertySpec<null>>> {
    return {};
  }
  _navigation(name: string): SimClientObject | undefined {
    return name === "protection" ? this.protection : undefined;
  }
  private _protection: SimWorkbookProtection | undefined;
  /** Workbook.protection (ExcelApi 1.7): whether the structure (adding, renaming, deleting sheets) is protected. */
  get protection(): SimWorkbookProtection {
    if (!this._protection) this._protection = new SimWorkbookProtection(this.context, this, "Protection");
    return this._protection;
  }
  get application(): SimApplication {
    if (!this._application) this._application = new SimApplication(this.context);
    return this._application;
  }
}

export class SimApplication
  extends SimClientObject<null>
  implements Pick<Excel.Application, "suspendApiCalculationUntilNextSync">
{
  readonly _typeName = "Application";
  constructor(context: SimRequestContext) {
    // a navigation property of the workbook, as in Office.js
    super(context, context.workbook as SimClientObject | undefined, "Application");
    this._settle(null);
    this._isNull = false;
  }
  _properties(): Readonly<Record<string, SimPropertySpec<null>>> {
    return {};
  }
  /** Excel resumes calculation at the next sync; the simulator computes at every sync anyway. */
  suspendApiCalculationUntilNextSync(): void {
    this._call(
      "SuspendApiCalculationUntilNextSync",
      [],
      "Application.suspendApiCalculationUntilNextSync",
      () => undefined,
    );
  }
}

export function notSimulated(what: string): never {
  throw simError("NotSimulated", what);
}

export class SimWorkbookProtection
  extends SimClientObject<null>
  implements Pick<Excel.WorkbookProtection, "protected">
{
  readonly _typeName = "WorkbookProtection";
  protected _derive(): null {
    return null;
  }
  _properties(): Readonly<Record<string, SimPropertySpec<null>>> {
    return { protected: { api: "WorkbookProtection.protected", read: () => this.context._model.structureProtected } };
  }
  get protected(): boolean {
    return this._get("protected") as boolean;
  }
}
