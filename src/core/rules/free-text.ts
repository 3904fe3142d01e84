/**
 * The free-text cells people type sentences into, which the wording rules read: 进展情况,
 * 补充说明, 荣誉称号, the 模板 内容, and the remarks columns 备注 and 说明.
 */
import type { SheetKey } from "../layout";
import { cellOf, type TableCell } from "../read-table";
import type { RuleContext } from "./rule";

export const FREE_TEXT_COLUMNS: readonly { readonly sheet: SheetKey; readonly column: string }[] = [
  { sheet: "indicators", column: "note" },
  { sheet: "projects", column: "status" },
  { sheet: "negotiations", column: "remark" },
  { sheet: "honours", column: "title" },
  { sheet: "dataItems", column: "note" },
  { sheet: "template", column: "content" },
];

/** Every free-text cell holding a string, with the sheet name, in layout then row order. */
export function forEachFreeTextCell(
  context: RuleContext,
  visit: (sheet: string, cell: TableCell, text: string) => void,
): void {
  for (const { sheet: key, column } of FREE_TEXT_COLUMNS) {
    const table = context.data.tables[key as keyof typeof context.data.tables];
    if (!table.columns[column]) continue;
    const sheet = context.sheetName(key);
    for (const row of table.rows) {
      const cell = cellOf(row, column);
      if (typeof cell.raw === "string" && cell.raw !== "") visit(sheet, cell, cell.raw);
    }
  }
}
