/**
 * Reads what the core needs, in as few round trips as Office.js allows: the sheet names first
 * (the only way to learn which sheets exist on every host, ExcelApi 1.1 included), then in ONE
 * batch the used range — values, number formats, address — of every layout sheet present, and on
 * ExcelApi 1.6+ the conditional formats that tell the add-in's own highlights apart.
 */
import { INPUT_SHEET_KEYS, LAYOUT } from "../core/layout";
import type { RawCell, RawSheet, RawWorkbook } from "../core/raw-cell";
import { normaliseHeader } from "../core/read-table";
import { NO_OWNED_HIGHLIGHTS, queueOwnedHighlightQuery, type OwnedHighlights } from "./owned-highlights";
import type { HostSupport } from "./requirements";

export interface WorkbookRead {
  readonly workbook: RawWorkbook;
  /** The add-in's highlights already on the input sheets (empty below ExcelApi 1.6). */
  readonly ownedHighlights: OwnedHighlights;
  /** `context.sync()` calls made. */
  readonly syncs: number;
}

/** Sheets the core reads: the input sheets and 模板. */
const READ_SHEETS: readonly string[] = [...INPUT_SHEET_KEYS.map((k) => LAYOUT[k].name), LAYOUT.template.name];
const INPUT_SHEETS: readonly string[] = INPUT_SHEET_KEYS.map((k) => LAYOUT[k].name);

function matches(names: readonly string[], sheetName: string): boolean {
  const n = normaliseHeader(sheetName);
  return names.some((name) => normaliseHeader(name) === n);
}

/** Cell values as the core takes them: Excel's "" for an empty cell becomes null. */
function rawValues(values: readonly (readonly unknown[])[]): RawCell[][] {
  return values.map((row) =>
    row.map((v): RawCell => {
      if (v === "" || v === null || v === undefined) return null;
      if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
      return String(v);
    }),
  );
}

function rawFormats(formats: readonly (readonly unknown[])[]): string[][] {
  return formats.map((row) => row.map((f) => (typeof f === "string" ? f : "General")));
}

/** Reads the sheet names, then every layout sheet's used range (and owned highlights) in one batch. */
export async function readWorkbook(context: Excel.RequestContext, support: HostSupport): Promise<WorkbookRead> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const sheetNames = worksheets.items.map((s) => s.name);

  const toRead = sheetNames.filter((name) => matches(READ_SHEETS, name));
  const valuesOnly = support.supports("1.2");
  const ranges = toRead.map((name) => {
    const sheet = worksheets.getItem(name);
    const used = valuesOnly ? sheet.getUsedRange(true) : sheet.getUsedRange();
    used.load("values, numberFormat, rowIndex, columnIndex");
    return { name, used };
  });
  const highlightSheets = toRead.filter((name) => matches(INPUT_SHEETS, name));
  const collectHighlights =
    support.supports("1.6") && highlightSheets.length > 0
      ? queueOwnedHighlightQuery(worksheets, highlightSheets)
      : undefined;
  // a workbook without any layout sheet needs no second round trip
  const syncs = ranges.length > 0 || collectHighlights ? 2 : 1;
  if (syncs === 2) await context.sync();

  const sheets: RawSheet[] = ranges.map(({ name, used }) => ({
    name,
    origin: { row: used.rowIndex, column: used.columnIndex },
    values: rawValues(used.values),
    numberFormats: rawFormats(used.numberFormat),
  }));
  return {
    workbook: { sheetNames, sheets },
    ownedHighlights: collectHighlights ? collectHighlights() : NO_OWNED_HIGHLIGHTS,
    syncs,
  };
}
