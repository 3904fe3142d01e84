/**
 * Builds a golden case's workbook from its input.json: the sample data of sample-data.md with
 * the changes the case describes (whole tables replaced, single cells set, rows removed, a 模板
 * sheet added), so each case states only how it differs from the sample.
 */
import type { InputSheetKey } from "../../src/core/layout";
import { LAYOUT } from "../../src/core/layout";
import type { RawCell, RawSheet, RawWorkbook } from "../../src/core/raw-cell";
import { SAMPLE_DATA, type SampleRow, type SampleRowFormats, type SampleTable } from "../../src/core/sample-data";
import { layoutSheet } from "../../src/core/sample-workbook";

export interface GoldenInput {
  readonly description: string;
  /** Tables replaced whole. */
  readonly tables?: Partial<Record<InputSheetKey, SampleTable>>;
  /** Rows removed (zero-based indices into the sample table's rows), applied before `cells`. */
  readonly removeRows?: Partial<Record<InputSheetKey, readonly number[]>>;
  /** Single cells set: row index into the table's rows, column key, raw value, optional format. */
  readonly cells?: readonly {
    readonly sheet: InputSheetKey;
    readonly row: number;
    readonly column: string;
    readonly value: RawCell;
    readonly format?: string;
  }[];
  /** Sheets left out of the workbook. */
  readonly omitSheets?: readonly InputSheetKey[];
  /** A 模板 sheet: [级别, 内容] rows. */
  readonly template?: readonly (readonly [string, string])[];
}

export function goldenWorkbook(input: GoldenInput): RawWorkbook {
  const tables: Record<string, { rows: SampleRow[]; formats: SampleRowFormats[] }> = {};
  for (const key of Object.keys(SAMPLE_DATA) as InputSheetKey[]) {
    const source = input.tables?.[key] ?? SAMPLE_DATA[key];
    const removed = input.removeRows?.[key] ?? [];
    const keep = (_: unknown, i: number): boolean => !removed.includes(i);
    tables[key] = {
      rows: source.rows.map((r) => ({ ...r })).filter(keep),
      formats: source.rows.map((_, i) => ({ ...(source.formats?.[i] ?? {}) })).filter(keep),
    };
  }
  for (const change of input.cells ?? []) {
    const table = tables[change.sheet];
    const row = table?.rows[change.row];
    const formats = table?.formats[change.row];
    if (!table || !row || !formats) throw new Error(`golden input: no row ${change.row} in ${change.sheet}`);
    table.rows[change.row] = { ...row, [change.column]: change.value };
    if (change.format !== undefined) table.formats[change.row] = { ...formats, [change.column]: change.format };
  }
  const sheets: RawSheet[] = (Object.keys(tables) as InputSheetKey[])
    .filter((key) => !(input.omitSheets ?? []).includes(key))
    .map((key) => layoutSheet(key, tables[key] as SampleTable));
  if (input.template) {
    const values: RawCell[][] = [
      LAYOUT.template.columns.map((c) => c.header),
      ...input.template.map((r) => [r[0], r[1]]),
    ];
    sheets.push({ name: LAYOUT.template.name, origin: { row: 0, column: 0 }, values, numberFormats: [] });
  }
  return { sheetNames: sheets.map((s) => s.name), sheets };
}
