/**
 * Requirement sets of the simulated host. A test picks the host's level ("1.1" is Office 2016
 * volume-licensed, "1.7" Office 2019); `isSetSupported` answers as Office does, and every
 * simulated API member names the ExcelApi version that introduced it, so using it on an older
 * host fails at `sync()` with ApiNotFound, as Excel does.
 */
import { simError } from "./errors";

export type SimApiLevel = "1.1" | "1.7" | "1.8" | "latest";

export const SIM_API_LEVELS: readonly SimApiLevel[] = ["1.1", "1.7", "1.8", "latest"];

/** The highest ExcelApi minor version of each level ("latest" = every set the simulator knows). */
const LEVEL_MINOR: Readonly<Record<SimApiLevel, number>> = { "1.1": 1, "1.7": 7, "1.8": 8, latest: 20 };

/** ExcelApi version ("1.x") that introduced each simulated member, from the @types/office-js remarks. */
export const API_SETS = {
  "Workbook.worksheets": "1.1",
  "Workbook.tables": "1.1",
  "Workbook.application": "1.1",
  "Application.suspendApiCalculationUntilNextSync": "1.6",
  "WorksheetCollection.getItem": "1.1",
  "WorksheetCollection.getItemOrNullObject": "1.4",
  "WorksheetCollection.add": "1.1",
  "WorksheetCollection.getActiveWorksheet": "1.1",
  "WorksheetCollection.getCount": "1.4",
  "WorksheetCollection.items": "1.1",
  "Worksheet.name": "1.1",
  "Worksheet.position": "1.1",
  "Worksheet.getRange": "1.1",
  "Worksheet.getCell": "1.1",
  "Worksheet.getUsedRange": "1.1",
  "Worksheet.getUsedRange(valuesOnly)": "1.2",
  "Worksheet.getUsedRangeOrNullObject": "1.4",
  "Worksheet.activate": "1.1",
  "Worksheet.delete": "1.1",
  "Worksheet.tables": "1.1",
  "Worksheet.protection": "1.2",
  "WorksheetProtection.protected": "1.2",
  "Workbook.protection": "1.7",
  "WorkbookProtection.protected": "1.7",
  "Worksheet.freezePanes": "1.7",
  "WorksheetFreezePanes.freezeRows": "1.7",
  "Range.address": "1.1",
  "Range.values": "1.1",
  "Range.formulas": "1.1",
  "Range.numberFormat": "1.1",
  "Range.text": "1.1",
  "Range.rowCount": "1.1",
  "Range.columnCount": "1.1",
  "Range.rowIndex": "1.1",
  "Range.columnIndex": "1.1",
  "Range.select": "1.1",
  "Range.clear": "1.1",
  "Range.getCell": "1.1",
  "Range.getOffsetRange": "1.1",
  "Range.getResizedRange": "1.2",
  "Range.getIntersection": "1.1",
  "Range.format": "1.1",
  "Range.conditionalFormats": "1.6",
  "Range.dataValidation": "1.8",
  "RangeFormat.columnWidth": "1.2",
  "RangeFormat.wrapText": "1.1",
  "RangeFormat.horizontalAlignment": "1.1",
  "RangeFont.bold": "1.1",
  "RangeFont.italic": "1.1",
  "RangeFont.color": "1.1",
  "RangeFont.name": "1.1",
  "RangeFont.size": "1.1",
  "RangeFill.color": "1.1",
  "TableCollection.add": "1.1",
  "TableCollection.items": "1.1",
  "TableCollection.getCount": "1.4",
  "Table.name": "1.1",
  "ConditionalFormatCollection.add": "1.6",
  "ConditionalFormatCollection.items": "1.6",
  "ConditionalFormatCollection.getCount": "1.6",
  "ConditionalFormatCollection.getItemAt": "1.6",
  "ConditionalFormatCollection.clearAll": "1.6",
  "ConditionalFormat.type": "1.6",
  "ConditionalFormat.custom": "1.6",
  "ConditionalFormat.customOrNullObject": "1.6",
  "ConditionalFormat.delete": "1.6",
  "CustomConditionalFormat.rule": "1.6",
  "CustomConditionalFormat.format": "1.6",
  "ConditionalFormatRule.formula": "1.6",
  "ConditionalRangeFormat.fill": "1.6",
  "ConditionalRangeFormat.font": "1.6",
  "ConditionalRangeFill.color": "1.6",
  "ConditionalRangeFont.color": "1.6",
  "DataValidation.rule": "1.8",
  "DataValidation.clear": "1.8",
} as const;

export type SimApiName = keyof typeof API_SETS;

function minor(version: string): number {
  const m = /^1\.(\d+)$/.exec(version);
  if (!m) throw simError("NotSimulated", `requirement set version "${version}"`);
  return Number(m[1]);
}

export class SimRequirements {
  constructor(public level: SimApiLevel = "latest") {}

  /** As `Office.context.requirements.isSetSupported`: only the ExcelApi set is known here. */
  isSetSupported(name: string, minVersion?: string | number): boolean {
    if (name.toLowerCase() !== "excelapi") return false;
    if (minVersion === undefined) return true;
    const version = String(minVersion);
    return minor(version) <= LEVEL_MINOR[this.level];
  }

  /** Throws ApiNotFound when `api` is above the host's level. */
  check(api: SimApiName): void {
    const needed = API_SETS[api];
    if (minor(needed) > LEVEL_MINOR[this.level]) {
      throw simError("ApiNotFound", `${api} needs ExcelApi ${needed}; this host supports ExcelApi ${this.level}`, api);
    }
  }
}
