/**
 * The whole workbook as the core sees it: every input table read once, the 参数 rows looked up by
 * name, and the 模板 sheet. Everything after this point works on these parsed values only.
 */
import { INPUT_SHEET_KEYS, LAYOUT, PARAMETERS, type InputSheetKey, type ParameterKey } from "./layout";
import { cellOf, findSheet, normaliseHeader, readTable, type Table, type TableCell } from "./read-table";
import type { RawWorkbook } from "./raw-cell";

export interface ParameterCell {
  /** The 参数 name as found on the sheet. */
  readonly name: string;
  /** The 值 cell of that row. */
  readonly cell: TableCell;
}

export interface WorkbookData {
  readonly sheetNames: readonly string[];
  readonly tables: Readonly<Record<InputSheetKey | "template", Table>>;
  /** 参数 rows by key; undefined when the row is absent. */
  readonly parameters: Readonly<Record<ParameterKey, ParameterCell | undefined>>;
}

export function readWorkbook(workbook: RawWorkbook): WorkbookData {
  const tables = {} as Record<InputSheetKey | "template", Table>;
  for (const key of [...INPUT_SHEET_KEYS, "template"] as const) {
    tables[key] = readTable(key, findSheet(workbook, LAYOUT[key].name));
  }
  const parameters = {} as Record<ParameterKey, ParameterCell | undefined>;
  for (const key of Object.keys(PARAMETERS) as ParameterKey[]) {
    const spec = PARAMETERS[key];
    const names = [spec.name, ...spec.aliases].map(normaliseHeader);
    const row = tables.parameters.rows.find((r) => {
      const nameCell = cellOf(r, "name");
      return typeof nameCell.raw === "string" && names.includes(normaliseHeader(nameCell.raw));
    });
    parameters[key] = row ? { name: String(cellOf(row, "name").raw), cell: cellOf(row, "value") } : undefined;
  }
  return { sheetNames: workbook.sheetNames, tables, parameters };
}
