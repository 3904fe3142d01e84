/**
 * A plain-JSON picture of the whole workbook — every stored cell's value, formula and formats,
 * column widths, frozen rows, conditional formats, validation lists and tables — so a test can
 * prove that nothing a user typed changed, or that running twice gives the same workbook.
 */
import { cellAddress, columnLetters } from "../core/a1";
import { formatRect } from "./address";
import type { CellFormat, CellReadValue, SheetModel, WorkbookModel } from "./model";

export interface CellSnapshot {
  readonly value?: CellReadValue;
  readonly formula?: string;
  readonly format?: CellFormat;
}

export interface SheetSnapshot {
  readonly name: string;
  /** Stored cells by A1 address, in row-major order. */
  readonly cells: Readonly<Record<string, CellSnapshot>>;
  /** Column widths in points, by column letters, for columns that have one. */
  readonly columnWidths: Readonly<Record<string, number>>;
  readonly frozenRows: number;
  readonly conditionalFormats: readonly {
    readonly address: string;
    readonly type: string;
    readonly formula: string;
    readonly fill?: string;
    readonly fontColor?: string;
  }[];
  /** List validations: address (column runs) → source. */
  readonly validationLists: Readonly<Record<string, string>>;
  readonly tables: readonly { readonly name: string; readonly address: string }[];
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
  readonly activeSheet: string | null;
  readonly selection: string | null;
}

export function snapshotSheet(model: WorkbookModel, sheet: SheetModel): SheetSnapshot {
  const keys = Array.from(sheet.cells.keys()).sort((a, b) => a - b);
  const cells: Record<string, CellSnapshot> = {};
  const validationByColumn = new Map<number, { row: number; source: string }[]>();
  for (const k of keys) {
    const cell = sheet.cells.get(k);
    if (!cell) continue;
    const row = Math.floor(k / 16384);
    const column = k % 16384;
    const snap: { value?: CellReadValue; formula?: string; format?: CellFormat } = {};
    if (cell.content) {
      snap.value = model.readValue(sheet, row, column);
      if (cell.content.kind === "formula") snap.formula = cell.content.formula;
    }
    const format: CellFormat = {};
    for (const f of Object.keys(cell.format).sort() as (keyof CellFormat)[]) {
      const v = cell.format[f];
      if (v !== undefined) (format as Record<string, unknown>)[f] = v;
    }
    if (Object.keys(format).length > 0) snap.format = format;
    if (snap.value !== undefined || snap.format) cells[cellAddress(row, column)] = snap;
    if (cell.validationList !== undefined) {
      const list = validationByColumn.get(column) ?? [];
      list.push({ row, source: cell.validationList });
      validationByColumn.set(column, list);
    }
  }
  const validationLists: Record<string, string> = {};
  Array.from(validationByColumn.keys())
    .sort((a, b) => a - b)
    .forEach((column) => {
      const runs = (validationByColumn.get(column) ?? []).sort((a, b) => a.row - b.row);
      let start = 0;
      for (let i = 1; i <= runs.length; i++) {
        const prev = runs[i - 1];
        const cur = runs[i];
        if (cur && prev && cur.row === prev.row + 1 && cur.source === prev.source) continue;
        const first = runs[start];
        if (first && prev) {
          const address =
            first.row === prev.row
              ? cellAddress(first.row, column)
              : `${cellAddress(first.row, column)}:${cellAddress(prev.row, column)}`;
          validationLists[address] = first.source;
        }
        start = i;
      }
    });
  const columnWidths: Record<string, number> = {};
  Array.from(sheet.columnWidths.keys())
    .sort((a, b) => a - b)
    .forEach((c) => {
      columnWidths[columnLetters(c)] = sheet.columnWidths.get(c) ?? 0;
    });
  return {
    name: sheet.name,
    cells,
    columnWidths,
    frozenRows: sheet.frozenRows,
    conditionalFormats: model.conditionalFormats
      .filter((f) => f.sheet === sheet)
      .map((f) => ({
        address: formatRect(f.rect),
        type: f.type,
        formula: f.formula,
        ...(f.fill ? { fill: f.fill } : {}),
        ...(f.fontColor ? { fontColor: f.fontColor } : {}),
      })),
    validationLists,
    tables: model.tables.filter((t) => t.sheet === sheet).map((t) => ({ name: t.name, address: formatRect(t.rect) })),
  };
}

export function snapshotWorkbook(model: WorkbookModel): WorkbookSnapshot {
  model.evaluate();
  return {
    sheets: model.sheets.map((s) => snapshotSheet(model, s)),
    activeSheet: model.activeSheet ? model.activeSheet.name : null,
    selection: model.selection ? `${model.selection.sheet.name}!${formatRect(model.selection.rect)}` : null,
  };
}
