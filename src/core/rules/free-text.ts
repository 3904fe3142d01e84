/**
 * The free-text cells people type sentences into, which the wording rules read: the columns the
 * layout marks `freeText` (进展情况, 补充说明, 荣誉称号, the 模板 内容, the remarks 备注 and 说明).
 */
import { FREE_TEXT_COLUMNS } from "../layout";
import { cellOf, type Table, type TableCell } from "../read-table";
import type { RuleContext } from "./rule";

export { FREE_TEXT_COLUMNS };

/** Every free-text cell holding a string, with the sheet name, in layout then row order. */
export function forEachFreeTextCell(
  context: RuleContext,
  visit: (sheet: string, cell: TableCell, text: string) => void,
): void {
  for (const { sheet: key, column } of FREE_TEXT_COLUMNS) {
    const table: Table = context.data.tables[key];
    if (!table.columns[column.key]) continue;
    const sheet = context.sheetName(key);
    for (const row of table.rows) {
      const cell = cellOf(row, column.key);
      if (typeof cell.raw === "string" && cell.raw !== "") visit(sheet, cell, cell.raw);
    }
  }
}
