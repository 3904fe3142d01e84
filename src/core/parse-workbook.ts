/**
 * The whole workbook as the core sees it: every input table read once, the 参数 rows looked up by
 * name, and the 模板 sheet. Everything after this point works on these parsed values only.
 */
import { LAYOUT, PARAMETERS, READ_SHEET_KEYS, type ParameterKey, type ReadSheetKey } from "./layout";
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
  /** Every sheet the core reads, each typed by its own columns. */
  readonly tables: { readonly [K in ReadSheetKey]: Table<K> };
  /** 参数 rows by key; undefined when the row is absent. */
  readonly parameters: Readonly<Record<ParameterKey, ParameterCell | undefined>>;
}

export interface ParseOptions {
  /** The template sheet of the report being written (模板 by default; 模板（月度进展） …). */
  readonly templateSheet?: string;
}

export function parseWorkbook(workbook: RawWorkbook, options: ParseOptions = {}): WorkbookData {
  const tables = {} as { [K in ReadSheetKey]: Table<K> };
  const read = <K extends ReadSheetKey>(key: K): void => {
    const name = key === "template" && options.templateSheet ? options.templateSheet : LAYOUT[key].name;
    tables[key] = readTable(key, findSheet(workbook, name)) as (typeof tables)[K];
  };
  READ_SHEET_KEYS.forEach(read);
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
