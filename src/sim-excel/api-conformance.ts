/**
 * Compile-time check that the simulator invents no API: every public member of a simulated class
 * exists, under the same name, on the Excel class it stands for (@types/office-js). Members the
 * simulator adds for itself start with "_". The `implements Pick<Excel.…>` clauses on the classes
 * check the types of the members they share.
 */
import type {
  SimConditionalFormat,
  SimConditionalFormatCollection,
  SimConditionalFormatRule,
  SimConditionalRangeFill,
  SimConditionalRangeFont,
  SimConditionalRangeFormat,
  SimCustomConditionalFormat,
} from "./conditional-format";
import type { SimDataValidation, SimRange, SimRangeFill, SimRangeFont, SimRangeFormat } from "./range";
import type { SimClientResult, SimRequestContext } from "./request-context";
import type { SimFreezePanes, SimTable, SimTableCollection, SimWorksheet, SimWorksheetCollection } from "./worksheet";
import type { SimApplication, SimWorkbook } from "./workbook";

type Extra<Sim, Real> = Exclude<keyof Sim, keyof Real | `_${string}`>;
type NoExtra<Sim, Real> = [Extra<Sim, Real>] extends [never] ? true : { notInExcelApi: Extra<Sim, Real> };

export const API_CONFORMANCE: readonly true[] = [
  true satisfies NoExtra<SimRequestContext, Excel.RequestContext>,
  true satisfies NoExtra<SimWorkbook, Excel.Workbook>,
  true satisfies NoExtra<SimApplication, Excel.Application>,
  true satisfies NoExtra<SimWorksheetCollection, Excel.WorksheetCollection>,
  true satisfies NoExtra<SimWorksheet, Excel.Worksheet>,
  // WorksheetFreezePanes has no properties, so no load() in Excel; the inherited one is never called
  true satisfies NoExtra<Omit<SimFreezePanes, "load">, Excel.WorksheetFreezePanes>,
  true satisfies NoExtra<SimTableCollection, Excel.TableCollection>,
  true satisfies NoExtra<SimTable, Excel.Table>,
  true satisfies NoExtra<SimRange, Excel.Range>,
  true satisfies NoExtra<SimRangeFormat, Excel.RangeFormat>,
  true satisfies NoExtra<SimRangeFont, Excel.RangeFont>,
  true satisfies NoExtra<SimRangeFill, Excel.RangeFill>,
  true satisfies NoExtra<SimDataValidation, Excel.DataValidation>,
  true satisfies NoExtra<SimConditionalFormatCollection, Excel.ConditionalFormatCollection>,
  true satisfies NoExtra<SimConditionalFormat, Excel.ConditionalFormat>,
  true satisfies NoExtra<SimCustomConditionalFormat, Excel.CustomConditionalFormat>,
  true satisfies NoExtra<SimConditionalFormatRule, Excel.ConditionalFormatRule>,
  true satisfies NoExtra<SimConditionalRangeFormat, Excel.ConditionalRangeFormat>,
  true satisfies NoExtra<SimConditionalRangeFill, Excel.ConditionalRangeFill>,
  true satisfies NoExtra<SimConditionalRangeFont, Excel.ConditionalRangeFont>,
  true satisfies NoExtra<SimClientResult<number>, OfficeExtension.ClientResult<number>>,
];
