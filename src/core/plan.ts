/**
 * Plan, don't perform: the core describes every write as data, and each adapter (Office.js,
 * ExcelJS, the simulated host) applies the same plan. Addresses are A1 on the named sheet.
 *
 * Conventions every adapter keeps:
 * - A string in `setValues` is always written as text, even "=SUM(A1)", "-5" or "TRUE"
 *   (Office.js would otherwise turn it into a formula or a number).
 * - Steps that need a requirement set above ExcelApi 1.1 say so in `requires`; an adapter on an
 *   older host skips them (and reports the skip), never fails on them.
 */

/** A value written to a cell: strings are text, numbers are numbers, null clears. */
export type PlanValue = string | number | boolean | null;

export interface FontSpec {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** "#RRGGBB". */
  readonly color?: string;
  readonly name?: string;
  readonly size?: number;
}

export type HorizontalAlignment = "General" | "Left" | "Center" | "Right";

/** Why a cell is highlighted: the adapter picks the colour. */
export type HighlightKind = "error" | "warning";

/** Text placed in conditional-format rules so the add-in can find (and remove) its own highlights. */
export const OWNED_HIGHLIGHT_MARKER = "年度总结助手";

export type PlanStep =
  /** Adds a worksheet unless one of that name exists. */
  | { readonly kind: "addSheet"; readonly sheet: string }
  /** Deletes all values and formats of a sheet the add-in owns (文字稿, 校验结果). */
  | { readonly kind: "clearSheet"; readonly sheet: string }
  /** Renames a sheet (an edited 文字稿 kept before a new one is written). */
  | { readonly kind: "renameSheet"; readonly sheet: string; readonly newName: string }
  | {
      readonly kind: "setValues";
      readonly sheet: string;
      readonly address: string;
      readonly values: readonly (readonly PlanValue[])[];
    }
  /** A1-style formulas beginning with "=". */
  | {
      readonly kind: "setFormulas";
      readonly sheet: string;
      readonly address: string;
      readonly formulas: readonly (readonly string[])[];
    }
  | {
      readonly kind: "setNumberFormats";
      readonly sheet: string;
      readonly address: string;
      readonly formats: readonly (readonly string[])[];
    }
  /** Widths in characters of the default font (Excel's column width unit). */
  | {
      readonly kind: "setColumnWidths";
      readonly sheet: string;
      readonly widths: readonly { readonly column: number; readonly width: number }[];
    }
  | { readonly kind: "setFont"; readonly sheet: string; readonly address: string; readonly font: FontSpec }
  /** Background of cells on a sheet the add-in owns ("#RRGGBB"). Never used on input sheets. */
  | { readonly kind: "setFill"; readonly sheet: string; readonly address: string; readonly color: string }
  | { readonly kind: "setWrapText"; readonly sheet: string; readonly address: string; readonly wrap: boolean }
  | {
      readonly kind: "setAlignment";
      readonly sheet: string;
      readonly address: string;
      readonly horizontal: HorizontalAlignment;
    }
  /** Makes an Excel table over `address` (headers in its first row) on a sheet the add-in just created. */
  | {
      readonly kind: "addTable";
      readonly sheet: string;
      readonly address: string;
      readonly name: string;
      readonly requires: "1.1";
    }
  /** In-cell drop-down list (ExcelApi 1.8). */
  | {
      readonly kind: "setValidationList";
      readonly sheet: string;
      readonly address: string;
      readonly list: readonly string[];
      readonly requires: "1.8";
    }
  /** Freezes the top `rows` rows (ExcelApi 1.7). */
  | { readonly kind: "freezeRows"; readonly sheet: string; readonly rows: number; readonly requires: "1.7" }
  /** Removes every highlight the add-in added earlier, on every sheet (ExcelApi 1.6). */
  | { readonly kind: "clearOwnedHighlights"; readonly sheets: readonly string[]; readonly requires: "1.6" }
  /**
   * Marks cells with conditional formats the add-in owns (ExcelApi 1.6), one for each A1 range of
   * `addresses` (a cell or a block of cells); a user's own fill stays.
   */
  | {
      readonly kind: "addOwnedHighlight";
      readonly sheet: string;
      readonly addresses: readonly string[];
      readonly highlight: HighlightKind;
      readonly requires: "1.6";
    }
  | { readonly kind: "activateSheet"; readonly sheet: string };

export type PlanStepKind = PlanStep["kind"];

export interface WritePlan {
  readonly steps: readonly PlanStep[];
}

export const EMPTY_PLAN: WritePlan = { steps: [] };

export function concatPlans(...plans: readonly WritePlan[]): WritePlan {
  return { steps: plans.flatMap((p) => p.steps) };
}

/** The ExcelApi requirement set a step needs ("1.1" for the ones every host has). */
export function requiredSet(step: PlanStep): string {
  return "requires" in step ? step.requires : "1.1";
}
