/**
 * The one shape of every user action, whatever the host (Excel, WPS 表格): the host reads the
 * workbook in one batch, the core decides — a result for the pane and a plan of writes — and the
 * host applies the plan in one batch. A `HostAction` is that decision, built by the core
 * (src/core/actions/); a host runs it (`runAction` in src/excel, its WPS counterpart) and reports
 * beside the result what it could not do (`HostReport`). The pane only chooses which action to run
 * and shows the result, so a second host implements one method, not one per button.
 */
import type { WritePlan } from "./plan";
import type { RawWorkbook } from "./raw-cell";
import type { ReportType } from "./report-types";

/** Phases an action reports while it runs (the pane shows each in its status line). */
export type ActionPhase = "reading" | "computing" | "writing";

export type ProgressCallback = (phase: ActionPhase) => void;

/** What a host reads for an action beside the input sheets and the sheet names. */
export interface ReadRequest {
  /** The report whose template is read (its name or its template sheet); the workbook's first by default. */
  readonly report?: string;
  /**
   * Also the report's 文字稿 sheet and the fingerprint the host stored when the add-in last wrote
   * it: 生成文字稿 never replaces an edited 文字稿 silently.
   */
  readonly narrative?: boolean;
}

/** The workbook as the host read it for an action. */
export interface ActionInput {
  readonly workbook: RawWorkbook;
  /** The report read: the one asked for, or the workbook's first (the annual summary by default). */
  readonly report: ReportType;
  /**
   * With `narrative`: the fingerprint stored after the add-in last wrote the report's 文字稿;
   * undefined where none is stored (or the host keeps none).
   */
  readonly narrativeFingerprint?: string;
}

/** What the core decided: the result the pane shows and the plan that writes it. */
export interface Decision<T> {
  readonly plan: WritePlan;
  readonly result: T;
  /**
   * The fingerprint of the 文字稿 the plan writes, for the host to store once the write went
   * through — not when protection (or a read-only workbook) kept the report's 文字稿 sheet from
   * being written. A function: computed only then (megabytes of text at 100,000 rows).
   */
  readonly narrativeFingerprint?: () => string;
}

/**
 * Waits so the pane can paint and handle input between stages of a long decision; the host
 * provides it (a timer tick, an animation frame), since the core knows no timers.
 */
export type Pause = () => Promise<void>;

/** One user action, host-neutral: what to read, what to load first, and the decision. */
export interface HostAction<T> {
  readonly read?: ReadRequest;
  /**
   * Loads what `decide` needs before the host is touched (the narrative engine and the wording
   * lexicon are chunks of their own in the pane's bundle), so the host's read, decide and write
   * run together.
   */
  readonly prepare?: () => Promise<void>;
  /** The core deciding on the workbook as read; never touches a host. */
  readonly decide: (input: ActionInput, pause: Pause) => Decision<T> | Promise<Decision<T>>;
}

/** A sheet a host could not write into, and the sentence saying so (Chinese, names the sheet). */
export interface BlockedWrite {
  readonly sheet: string;
  readonly message: string;
}

/** What a host reports beside an action's result. */
export interface HostReport {
  /** Features skipped because the host is too old (Chinese, e.g. 下拉列表): skipped, not failed. */
  readonly skipped: readonly string[];
  /**
   * Sheets the action could not write into because they (or the workbook's structure, or the
   * whole read-only workbook) are protected, each with a Chinese sentence that names the sheet,
   * says what was not written and how to unprotect it. The rest was done: the issues, the text
   * and the other sheets are there.
   */
  readonly blocked: readonly BlockedWrite[];
  /** Round trips to the host the action made (Excel: `context.sync()` calls); absent where none are counted. */
  readonly syncs?: number;
}
