/**
 * Fixes the user asks for by name, as plans of cell writes. The add-in never changes what a user
 * typed on its own (DESIGN.md); these actions change exactly the cells named, and only where the
 * fix is certain — a cell that is not convertible, or whose text has changed since it was
 * checked, is left alone (it is simply absent from the plan).
 */
import { cellAddress, parseCellAddress } from "./a1";
import type { TextReplacement } from "./issue";
import { LAYOUT, READ_SHEET_KEYS, type SheetKey } from "./layout";
import { isConvertibleToNumber } from "./parse-cell";
import type { PlanStep, WritePlan } from "./plan";
import { normaliseHeader, type Table, type TableCell } from "./read-table";
import type { WorkbookData } from "./parse-workbook";

/** The table a sheet name (as in Issue.sheet or the workbook's tab) or a layout key refers to. */
function tableFor(data: WorkbookData, sheet: string): Table | undefined {
  const wanted = normaliseHeader(sheet);
  const key = READ_SHEET_KEYS.find((k) => k === sheet || normaliseHeader(LAYOUT[k].name) === wanted);
  return key ? data.tables[key] : undefined;
}

/** The workbook's own spelling of the sheet's name, which the adapter looks the sheet up by. */
function workbookSheetName(data: WorkbookData, key: SheetKey): string {
  const name = LAYOUT[key].name;
  return (
    data.sheetNames.find((n) => n === name) ??
    data.sheetNames.find((n) => normaliseHeader(n) === normaliseHeader(name)) ??
    name
  );
}

/** Canonical "C5" for "c5", "$C$5" or "主要指标!C5"; "" when it is not a single-cell address. */
function canonicalAddress(address: string): string {
  const at = parseCellAddress(address.trim());
  if (!at || address.indexOf(":") >= 0) return "";
  return cellAddress(at.row, at.column);
}

/** The data cells of a table (and the 参数 values) named by `addresses`, by canonical address. */
function cellsAt(table: Table, addresses: readonly string[]): Map<string, TableCell> {
  const wanted = new Set<string>();
  for (const a of addresses) {
    const c = canonicalAddress(a);
    if (c !== "") wanted.add(c);
  }
  const found = new Map<string, TableCell>();
  if (wanted.size === 0) return found;
  for (const row of table.rows) {
    for (const cell of Object.values<TableCell | undefined>(row.cells)) {
      if (cell && cell.address !== "" && wanted.has(cell.address)) found.set(cell.address, cell);
    }
  }
  return found;
}

/**
 * Converts numbers stored as text ("52.36", "1,200") and full-width digits ("５２．３６") to real
 * numbers in the named cells of one sheet. Other cells — real numbers, text, values with a
 * unit typed in, cells outside the table — are not touched. One single-cell write per cell, in
 * the order the addresses were given.
 */
export function convertTextNumbers(data: WorkbookData, sheet: string, addresses: readonly string[]): WritePlan {
  const table = tableFor(data, sheet);
  if (!table || !table.present) return { steps: [] };
  const cells = cellsAt(table, addresses);
  const name = workbookSheetName(data, table.sheetKey);
  const steps: PlanStep[] = [];
  const done = new Set<string>();
  for (const a of addresses) {
    const address = canonicalAddress(a);
    const cell = cells.get(address);
    if (!cell || done.has(address)) continue;
    const parsed = cell.parsed;
    if (!isConvertibleToNumber(parsed)) continue;
    done.add(address);
    steps.push({ kind: "setValues", sheet: name, address, values: [[parsed.value]] });
  }
  return { steps };
}

/** What a text fix did: the plan of its one write, or why it wrote nothing (Chinese, naming the cell). */
export type TextFixResult =
  | { readonly ok: true; readonly plan: WritePlan }
  | { readonly ok: false; readonly plan: WritePlan; readonly message: string };

function refused(message: string): TextFixResult {
  return { ok: false, plan: { steps: [] }, message };
}

/**
 * Replaces one word in one cell: the part [start, end) of the text that was checked becomes
 * `replacement` (a spun-wording issue's Issue.replacement). Only when the cell still holds
 * exactly the text that was checked — otherwise nothing is written and the result says why, so
 * a stale suggestion never overwrites newer text. The rest of the text is kept as typed.
 */
export function applyTextReplacement(
  data: WorkbookData,
  sheet: string,
  cell: string,
  change: TextReplacement,
): TextFixResult {
  const table = tableFor(data, sheet);
  const address = canonicalAddress(cell);
  const where = `${sheet}!${address || cell}`;
  if (!table || !table.present || address === "") return refused(`找不到单元格 ${where}，未作修改。`);
  const target = cellsAt(table, [address]).get(address);
  const current = target ? target.raw : undefined;
  if (typeof current !== "string" || current !== change.text) {
    return refused(`${where} 的内容在校验后已改变，未作修改。请重新校验后再修正。`);
  }
  if (change.start < 0 || change.end > current.length || change.start >= change.end) {
    return refused(`${where} 中要修改的位置不在文字之内，未作修改。`);
  }
  const text = current.slice(0, change.start) + change.replacement + current.slice(change.end);
  return {
    ok: true,
    plan: { steps: [{ kind: "setValues", sheet: workbookSheetName(data, table.sheetKey), address, values: [[text]] }] },
  };
}
