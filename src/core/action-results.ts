/**
 * What each user action decides, as the pane receives it: one definition for the core's actions
 * (src/core/actions/), the hosts that run them (src/excel, src/wps) and the pane that shows them.
 * A host adds its `HostReport` (host-action.ts) beside each: what it skipped and what it could not
 * write.
 */
import type { NarrativeDocument } from "./document";
import type { Issue } from "./issue";
import type { EditedNarrativeChoice, NarrativeDecisionNeeded } from "./narrative-edits";
import type { NarrativeCheck, NarrativeInputs } from "./narrative-inputs";
import type { ReportType } from "./report-types";
import type { SettingError, SettingValues } from "./settings-plan";

export type { EditedNarrativeChoice, NarrativeDecisionNeeded };

/** 建立表格 done: what it added, and the sheets it could not complete without touching user cells. */
export interface LayoutResult {
  readonly emptyWorkbook?: false;
  readonly changes: readonly string[];
  readonly warnings: readonly string[];
}

/** 建立表格 stopped before writing: no input sheet holds a value, so the pane offers the sample data. */
export interface EmptyWorkbook {
  readonly emptyWorkbook: true;
}

/** 校验: the issues found (the 校验结果 sheet, formulas and highlights are written). */
export interface ValidateResult {
  readonly issues: readonly Issue[];
}

/** 生成文字稿: everything 校验 gives, and the text. */
export interface GenerateResult extends ValidateResult {
  readonly narrativeEdited?: false;
  readonly document: NarrativeDocument;
  /** The name the edited 文字稿 sheet was kept under, when it was kept. */
  readonly keptNarrativeAs?: string;
  /**
   * What the text was generated from (`narrativeInputs` of the workbook as read): before 复制全文
   * and 导出Word the pane checks the text is still what the workbook gives (`checkTextAction`).
   */
  readonly inputs: NarrativeInputs;
  /** The report written (年度总结, 月度进展 …): its template sheet and its 文字稿 sheet. */
  readonly report: ReportType;
}

/** A generated text and what it was generated from: what the pane holds, previews, copies and exports. */
export type GeneratedText = Pick<GenerateResult, "document" | "inputs">;

/** A fix (convert numbers stored as text, replace a spun word): the cells it wrote. */
export interface FixResult {
  /** 0 when every cell changed since it was checked: nothing was written. */
  readonly changed: number;
}

/** Saving the 参数 form. */
export type SettingsResult =
  /** The changed settings were written to their 值 cells (`names`: their 参数 names). */
  | { readonly kind: "saved"; readonly names: readonly string[] }
  /** The form holds what the 参数 sheet holds: nothing to write. */
  | { readonly kind: "unchanged" }
  /** Every invalid field, in the form's order: nothing is written until all are valid. */
  | { readonly kind: "invalid"; readonly errors: readonly SettingError[] }
  /** Rows of the 参数 sheet a changed setting needs are missing (创建 is 建立表格's job). */
  | { readonly kind: "missingRows"; readonly names: readonly string[] };

/** What the pane shows beside the actions, read from the workbook (at start and after a change). */
export interface PaneState {
  /** The 参数 form's values. */
  readonly settings: SettingValues;
  /** The report types, for the 报告 list (hidden while there is one). */
  readonly reports: readonly ReportType[];
  /** Whether the text the pane holds is still what the workbook gives; absent when it holds none. */
  readonly check?: NarrativeCheck;
}
