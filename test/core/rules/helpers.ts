/** Builders for rule tests: the sample workbook with a few cells changed, or sheets built by hand. */
import type { InputSheetKey } from "../../../src/core/layout";
import type { RawCell, RawSheet, RawWorkbook } from "../../../src/core/raw-cell";
import { parseWorkbook } from "../../../src/core/parse-workbook";
import { SAMPLE_DATA, type SampleRow, type SampleTable } from "../../../src/core/sample-data";
import { sampleRawWorkbook } from "../../../src/core/sample-workbook";
import type { Issue } from "../../../src/core/issue";
import { validate } from "../../../src/core/validate";

/** One change to the sample data: set a cell (by row index and column key), add or drop a row. */
export type Edit =
  | { readonly sheet: InputSheetKey; readonly row: number; readonly column: string; readonly value: RawCell }
  | { readonly sheet: InputSheetKey; readonly addRow: SampleRow }
  | { readonly sheet: InputSheetKey; readonly dropRow: number };

export function set(sheet: InputSheetKey, row: number, column: string, value: RawCell): Edit {
  return { sheet, row, column, value };
}

/** The sample workbook with `edits` applied (row indexes refer to the data rows, 0 = sheet row 2). */
export function sampleWith(...edits: readonly Edit[]): RawWorkbook {
  const overrides: Partial<Record<InputSheetKey, SampleTable>> = {};
  const rowsOf = (key: InputSheetKey): SampleRow[] => {
    const current = overrides[key] ?? SAMPLE_DATA[key];
    const rows = current.rows.map((r) => ({ ...r }));
    overrides[key] = { rows, formats: current.formats };
    return rows;
  };
  for (const edit of edits) {
    const rows = rowsOf(edit.sheet);
    if ("addRow" in edit) rows.push({ ...edit.addRow });
    else if ("dropRow" in edit) rows.splice(edit.dropRow, 1);
    else rows[edit.row] = { ...rows[edit.row], [edit.column]: edit.value };
  }
  return sampleRawWorkbook(overrides);
}

/** A sheet from plain rows, anchored at `origin` (zero-based). */
export function rawSheet(name: string, values: RawCell[][], origin = { row: 0, column: 0 }): RawSheet {
  return { name, origin, values, numberFormats: values.map((r) => r.map(() => "General")) };
}

/** `workbook` with sheets replaced or added (matched by name). */
export function withSheets(workbook: RawWorkbook, ...sheets: readonly RawSheet[]): RawWorkbook {
  const names = sheets.map((s) => s.name);
  const kept = workbook.sheets.filter((s) => !names.includes(s.name));
  const all = [...kept, ...sheets];
  return { sheetNames: all.map((s) => s.name), sheets: all };
}

/** `workbook` without the named sheets. */
export function withoutSheets(workbook: RawWorkbook, ...names: readonly string[]): RawWorkbook {
  const sheets = workbook.sheets.filter((s) => !names.includes(s.name));
  return { sheetNames: sheets.map((s) => s.name), sheets };
}

export function issuesOf(workbook: RawWorkbook): Issue[] {
  return validate(parseWorkbook(workbook));
}
