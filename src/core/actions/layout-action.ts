/**
 * 建立表格 as one action: the workbook read, the layout planned (missing sheets, headers, formats,
 * lists; never a user's cell), written. Asked from the pane's button, it first looks whether the
 * workbook holds any data: an empty one is not written, and the pane offers the sample data.
 */
import type { EmptyWorkbook, LayoutResult } from "../action-results";
import type { HostAction } from "../host-action";
import { INPUT_SHEET_KEYS, LAYOUT } from "../layout";
import { planLayout } from "../layout-plan";
import { EMPTY_PLAN } from "../plan";
import type { RawWorkbook } from "../raw-cell";
import { findSheet } from "../read-table";
import { enginesReady } from "./engines-ready";

export interface LayoutActionOptions {
  /** Fill new input sheets with the built-in sample data. */
  readonly sample?: boolean;
  /** Stop before writing when no input sheet holds a value (`EmptyWorkbook`), so the pane can offer the sample. */
  readonly offerSample?: boolean;
}

/** True when none of the input sheets holds a value. */
export function hasNoInputData(raw: RawWorkbook): boolean {
  return INPUT_SHEET_KEYS.every((key) => {
    const sheet = findSheet(raw, LAYOUT[key].name);
    return !sheet || sheet.values.every((row) => row.every((v) => v === null || v === ""));
  });
}

export function layoutAction(
  options: LayoutActionOptions & { readonly offerSample: true },
): HostAction<LayoutResult | EmptyWorkbook>;
export function layoutAction(
  options?: LayoutActionOptions & { readonly offerSample?: false },
): HostAction<LayoutResult>;
export function layoutAction(options?: LayoutActionOptions): HostAction<LayoutResult | EmptyWorkbook>;
export function layoutAction(options: LayoutActionOptions = {}): HostAction<LayoutResult | EmptyWorkbook> {
  return {
    prepare: enginesReady,
    decide: ({ workbook }) => {
      if (options.offerSample === true && hasNoInputData(workbook)) {
        const empty: EmptyWorkbook = { emptyWorkbook: true };
        return { plan: EMPTY_PLAN, result: empty };
      }
      const layout = planLayout(workbook, { sample: options.sample === true });
      return { plan: layout.plan, result: { changes: layout.changes, warnings: layout.warnings } };
    },
  };
}
