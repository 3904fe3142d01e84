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
