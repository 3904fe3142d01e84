/**
 * Fixes the user asks for by name, as plans of cell writes. The add-in never changes what a user
 * typed on its own (DESIGN.md); these actions change exactly the cells named, and only where the
 * fix is certain — a cell that is not convertible, or whose text has changed since it was
 * checked, is left alone (it is simply absent from the plan).
 */
import { cellAddress, parseCellAddress } from "./a1";
import { LAYOUT, READ_SHEET_KEYS, type SheetKey } from "./layout";
import { isConvertibleToNumber } from "./parse-cell";
import type { PlanStep, WritePlan } from "./plan";
import { normaliseHeader, type Table, type TableCell } from "./read-table";
import type { WorkbookData } from "./read-workbook";
import { applyWordingMatch, checkWording } from "./wording/check-wording";

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

/**
 * Replaces one spun phrase in one cell by its standard form: the phrase at [start, end) of the
 * cell's text (offsets of checkWording / a spun-wording issue). Only when the cell's current text
 * still has exactly that match with that suggestion; otherwise the plan is empty, so a stale
 * suggestion never overwrites newer text. The rest of the text is kept as typed.
 */
export function applyWordingSuggestion(
  data: WorkbookData,
  sheet: string,
  cell: string,
  start: number,
  end: number,
  right: string,
): WritePlan {
  const table = tableFor(data, sheet);
  if (!table || !table.present) return { steps: [] };
  const address = canonicalAddress(cell);
  const target = cellsAt(table, [address]).get(address);
  if (!target || typeof target.raw !== "string") return { steps: [] };
  const text = target.raw;
  const match = checkWording(text).find((m) => m.start === start && m.end === end && m.right === right);
  if (!match) return { steps: [] };
  return {
    steps: [
      {
        kind: "setValues",
        sheet: workbookSheetName(data, table.sheetKey),
        address,
        values: [[applyWordingMatch(text, match)]],
      },
    ],
  };
}
