/**
 * What adapters hand the core: plain cell values as Excel reports them through `range.values`
 * (an error shows as its text, e.g. "#DIV/0!"), plus the cell's number format.
 */
export type RawCell = string | number | boolean | null;

/** One sheet as read by an adapter: its used range, anchored at `origin` (zero-based). */
export interface RawSheet {
  readonly name: string;
  /** Top-left cell of `values` on the sheet, zero-based. */
  readonly origin: { readonly row: number; readonly column: number };
  readonly values: readonly (readonly RawCell[])[];
  /** Number formats, same shape as `values`; may be empty when the adapter cannot read them. */
  readonly numberFormats: readonly (readonly string[])[];
  /** Formulas, same shape as `values`, where the adapter can read them (empty otherwise). */
  readonly formulas?: readonly (readonly RawCell[])[];
}

/** Every sheet of a workbook that the add-in reads, by name. */
export interface RawWorkbook {
  /** All sheet names in the workbook, in tab order (also the ones the add-in does not read). */
  readonly sheetNames: readonly string[];
  readonly sheets: readonly RawSheet[];
}

/** Excel's error values as they appear in `range.values`. */
export const EXCEL_ERRORS: readonly string[] = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BUSY!",
  "#CONNECT!",
  "#BLOCKED!",
  "#UNKNOWN!",
  "#PYTHON!",
];
