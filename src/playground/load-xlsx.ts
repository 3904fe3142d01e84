/**
 * Reads an .xlsx the user picked into a RawWorkbook, in the browser, with the browser build of
 * ExcelJS (loaded on demand, a chunk of its own). Every sheet is read, not only the layout's, so
 * the grid shows the whole file.
 */
import type * as ExcelJsModule from "exceljs";
import { readSheet } from "../cli/xlsx-read";
import type { RawWorkbook } from "../core/raw-cell";

type ExcelJs = typeof ExcelJsModule;

export function readXlsx(bytes: ArrayBuffer): Promise<RawWorkbook> {
  return import(/* webpackChunkName: "exceljs" */ "exceljs").then(async (mod) => {
    const ExcelJS = ((mod as unknown as { default?: ExcelJs }).default ?? mod) as ExcelJs;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    const sheets = workbook.worksheets.map(readSheet);
    return { sheetNames: sheets.map((s) => s.name), sheets };
  });
}
