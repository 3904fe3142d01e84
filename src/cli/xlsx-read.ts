/**
 * Reads an ExcelJS workbook into the plain arrays the core takes. Formula cells give their
 * cached value (as Excel saved it); a formula without one (a file written by a program) reads
 * as blank, and the core computes the value itself where it needs it.
 */
import type { Cell, CellValue, Workbook, Worksheet } from "exceljs";
import { LAYOUT, SHEET_ORDER } from "../core/layout";
import type { RawCell, RawSheet, RawWorkbook } from "../core/raw-cell";
import { normaliseHeader } from "../core/read-table";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Excel's serial day number for a date (1900 date system). */
function dateSerial(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH_MS) / 86400000;
}

export function rawCellOf(value: CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateSerial(value);
  if (typeof value === "object") {
    if ("error" in value) return String(value.error);
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null) return null;
      if (typeof result === "object" && result !== null && "error" in result)
        return String((result as { error: unknown }).error);
      if (result instanceof Date) return dateSerial(result);
      return typeof result === "number" || typeof result === "string" || typeof result === "boolean" ? result : null;
    }
    if ("text" in value) {
      const text = (value as { text: unknown }).text;
      return typeof text === "string" ? text : rawCellOf(text as CellValue);
    }
  }
  return null;
}

function formulaOf(cell: Cell): RawCell {
  const v = cell.value;
  if (v && typeof v === "object" && "formula" in v && typeof v.formula === "string") return `=${v.formula}`;
  return null;
}

/**
 * One sheet by the cells it holds: a row is as long as its last cell, rows without cells are
 * empty, and a cell that holds nothing is a hole — a value at XFD1048576 costs one cell, not a
 * rectangle (the command line reads .xlsx files with read-xlsx-workbook.ts; this serves code that
 * already has an ExcelJS workbook, such as the playground).
 */
export function readSheet(ws: Worksheet): RawSheet {
  const values: RawCell[][] = [];
  const numberFormats: string[][] = [];
  const formulas: RawCell[][] = [];
  let rowCount = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const rv: RawCell[] = [];
    const rf: string[] = [];
    const rfx: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.value === null || cell.value === undefined || cell.value === "") return;
      rv[colNumber - 1] = rawCellOf(cell.value);
      rf[colNumber - 1] = cell.numFmt || "General";
      rfx[colNumber - 1] = formulaOf(cell);
    });
    if (rv.length === 0) return;
    values[rowNumber - 1] = rv;
    numberFormats[rowNumber - 1] = rf;
    formulas[rowNumber - 1] = rfx;
    rowCount = rowNumber;
  });
  const EMPTY: RawCell[] = [];
  for (let r = 0; r < rowCount; r++) {
    if (!values[r]) {
      values[r] = EMPTY;
      numberFormats[r] = [];
      formulas[r] = EMPTY;
    }
  }
  values.length = rowCount;
  return { name: ws.name, origin: { row: 0, column: 0 }, values, numberFormats, formulas };
}

/** The sheets the core reads (the layout's input sheets and 模板), every sheet name in tab order. */
export function readWorkbookFromExcelJs(wb: Workbook): RawWorkbook {
  const wanted = new Set(
    SHEET_ORDER.filter((k) => LAYOUT[k].role !== "output").map((k) => normaliseHeader(LAYOUT[k].name)),
  );
  const worksheets = wb.worksheets; // ExcelJS keeps them in tab order
  return {
    sheetNames: worksheets.map((ws) => ws.name),
    sheets: worksheets.filter((ws) => wanted.has(normaliseHeader(ws.name))).map(readSheet),
  };
}
