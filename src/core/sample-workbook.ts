/**
 * Lays table rows out as a sheet of the layout (header row first, columns in layout order):
 * the sample workbook for tests, the CLI's `sample` command and the playground.
 */
import { INPUT_SHEET_KEYS, LAYOUT, type InputSheetKey } from "./layout";
import type { RawCell, RawSheet, RawWorkbook } from "./raw-cell";
import { SAMPLE_DATA, type SampleTable } from "./sample-data";

/** One input sheet with a header row and the given rows, at A1. */
export function layoutSheet(key: InputSheetKey, table: SampleTable): RawSheet {
  const columns = LAYOUT[key].columns;
  const header: RawCell[] = columns.map((c) => c.header);
  const headerFormats = columns.map(() => "General");
  const values: RawCell[][] = [header];
  const numberFormats: string[][] = [headerFormats];
  table.rows.forEach((row, i) => {
    // computed columns are blank unless a row gives them (a value typed there, in tests)
    values.push(columns.map((c) => row[c.key] ?? null));
    const rowFormats = table.formats?.[i] ?? {};
    numberFormats.push(columns.map((c) => rowFormats[c.key] ?? c.numberFormat ?? "General"));
  });
  return { name: LAYOUT[key].name, origin: { row: 0, column: 0 }, values, numberFormats };
}

/** The sample workbook's input sheets as an adapter would read them. */
export function sampleRawWorkbook(overrides: Partial<Record<InputSheetKey, SampleTable>> = {}): RawWorkbook {
  const sheets = INPUT_SHEET_KEYS.map((key) => layoutSheet(key, overrides[key] ?? SAMPLE_DATA[key]));
  return { sheetNames: sheets.map((s) => s.name), sheets };
}
