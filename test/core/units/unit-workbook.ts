/**
 * A unit's workbook written as plain data: each sheet a grid of rows (the header row first, as the
 * unit typed it — its own column names and extra columns included), with number formats by
 * header for whole columns and by A1 address for single cells. Used by the rebuilt reports of
 * test/fixtures/units/ and by the tests of the template functions.
 */
import { cellAddress } from "../../../src/core/a1";
import type { RawCell, RawSheet, RawWorkbook } from "../../../src/core/raw-cell";

export interface UnitSheet {
  readonly name: string;
  /** Header row first. */
  readonly rows: readonly (readonly RawCell[])[];
  /** Number format of every data cell under a header. */
  readonly columnFormats?: Readonly<Record<string, string>>;
  /** Number format of single cells, by A1 address (wins over the column's). */
  readonly cellFormats?: Readonly<Record<string, string>>;
}

export interface UnitWorkbook {
  readonly description?: string;
  readonly sheets: readonly UnitSheet[];
}

export function unitSheet(sheet: UnitSheet): RawSheet {
  const header = sheet.rows[0] ?? [];
  const width = Math.max(...sheet.rows.map((r) => r.length));
  const values: RawCell[][] = sheet.rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
  const numberFormats: string[][] = values.map((row, r) =>
    row.map((_, c) => {
      const own = sheet.cellFormats?.[cellAddress(r, c)];
      if (own) return own;
      const column = header[c];
      return r > 0 && typeof column === "string" ? (sheet.columnFormats?.[column] ?? "General") : "General";
    }),
  );
  return { name: sheet.name, origin: { row: 0, column: 0 }, values, numberFormats };
}

export function unitWorkbook(workbook: UnitWorkbook): RawWorkbook {
  const sheets = workbook.sheets.map(unitSheet);
  return { sheetNames: sheets.map((s) => s.name), sheets };
}
