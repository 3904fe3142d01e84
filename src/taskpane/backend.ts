/**
 * What the pane needs from the workbook, as one interface: the Office.js adapter (src/excel)
 * implements it in Excel and in the playground's simulated host; unit tests pass a fake. The pane
 * never calls Excel itself — it owns the DOM and the messages, the backend owns the batches.
 */
import type { NarrativeDocument } from "../core/document";
import type { Issue } from "../core/issue";
import type { EditedNarrativeChoice, NarrativeDecisionNeeded } from "../core/narrative-edits";
import type { NarrativeInputs } from "../core/narrative-inputs";
import type { WritePlan } from "../core/plan";
import type { ReportType } from "../core/report-types";
import type { RawWorkbook } from "../core/raw-cell";

/** Phases an action reports while it runs. */
export type ProgressPhase = "reading" | "computing" | "writing";

export type ProgressCallback = (phase: ProgressPhase) => void;

/** A sheet protection kept writes out of, with the sentence saying so (Chinese, names the sheet). */
export interface BlockedSheet {
  readonly sheet: string;
  readonly message: string;
}

export interface LayoutOutcome {
  readonly changes: readonly string[];
  readonly warnings: readonly string[];
  /** Features the host is too old for (Chinese, e.g. "下拉列表"); skipped, not failed. */
  readonly skipped: readonly string[];
  /** Sheets that are protected: what was to be written there was left out, the rest was done. */
  readonly blocked?: readonly BlockedSheet[];
}

export interface ValidateOutcome {
  readonly issues: readonly Issue[];
  readonly skipped: readonly string[];
  /** Sheets that are protected: read and checked, but not written (the issues are all there). */
  readonly blocked?: readonly BlockedSheet[];
}

export interface GenerateOutcome extends ValidateOutcome {
  readonly narrativeEdited?: false;
  readonly document: NarrativeDocument;
  /** The name the edited 文字稿 sheet was kept under, when it was kept. */
  readonly keptNarrativeAs?: string;
  /**
   * What the text was generated from (`narrativeInputs` of the workbook as read): before 复制全文
   * and 导出Word the pane reads the workbook again and checks the text is still what it gives.
   */
  readonly inputs: NarrativeInputs;
  /** The report written (年度总结, 月度进展 …): its template sheet and its 文字稿 sheet. */
  readonly report: ReportType;
}

/** What applying a pane-built plan (a fix, 参数) did beside writing. */
export interface ApplyOutcome {
  readonly skipped: readonly string[];
  /** Sheets that are protected: nothing was written there. */
  readonly blocked?: readonly BlockedSheet[];
}

export type { EditedNarrativeChoice, NarrativeDecisionNeeded };

export interface PaneBackend {
  /** True when no sheet holds any value (the pane then offers the sample data). */
  isWorkbookEmpty(): Promise<boolean>;
  createLayout(options: { readonly sample: boolean }, progress: ProgressCallback): Promise<LayoutOutcome>;
  validate(progress: ProgressCallback): Promise<ValidateOutcome>;
  /** 生成文字稿 of `report` (a report type's name; the workbook's first by default). */
  generate(
    progress: ProgressCallback,
    editedNarrative: EditedNarrativeChoice,
    report?: string,
  ): Promise<GenerateOutcome | NarrativeDecisionNeeded>;
  /**
   * The input sheets and a report's template (the first report's, or `report`'s: its name or its
   * template sheet) in one batch, with every sheet name: for the settings form, the report list,
   * the fix actions and the check before a copy.
   */
  read(report?: string): Promise<RawWorkbook>;
  /** Applies a plan in one batch; says what was skipped or blocked. */
  apply(plan: WritePlan, progress: ProgressCallback): Promise<ApplyOutcome>;
  /** Activates the sheet and selects the cell. */
  goToCell(sheet: string, cell: string): Promise<void>;
  /**
   * Opens the text as a new document of the host's word processor in GB/T 9704 layout (WPS 文字,
   * from WPS 表格); absent where the host has none (Excel), and the pane then shows no button for
   * it. Resolves with the new document's name.
   */
  openInWriter?(document: NarrativeDocument): Promise<string>;
}
