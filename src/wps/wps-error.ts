/**
 * Failures in WPS, worded for the user. WPS raises a plain JavaScript exception from the member that
 * failed, with its own description and no code; an action turns it into one Chinese sentence that
 * says what it was doing, with WPS's words after it. Nothing is swallowed.
 */

export type WpsFailureKind = "no-workbook" | "rejected" | "internal";

/** What a WPS action returns (and the pane backend throws) when WPS refused it. */
export class WpsActionError extends Error {
  readonly code = "wps-action-failed";
  readonly kind: WpsFailureKind;
  /** The Chinese sentence shown in the task pane. */
  readonly userMessage: string;
  /** WPS's own message. */
  readonly detail: string;

  constructor(kind: WpsFailureKind, userMessage: string, detail: string) {
    super(userMessage);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "WpsActionError";
    this.kind = kind;
    this.userMessage = userMessage;
    this.detail = detail;
  }
}

/** Thrown by an action that needs a workbook when none is open. */
export function noWorkbookError(): WpsActionError {
  return new WpsActionError(
    "no-workbook",
    "WPS 表格中没有打开的工作簿。请先打开或新建一个工作簿。",
    "ActiveWorkbook is null",
  );
}

/** Maps anything an action threw to a WpsActionError with a Chinese message. */
export function toWpsActionError(error: unknown, doing = "操作"): WpsActionError {
  if (error instanceof WpsActionError) return error;
  const message =
    error !== null && typeof error === "object" && typeof (error as { message?: unknown }).message === "string"
      ? (error as { message: string }).message
      : String(error);
  if (error instanceof TypeError || error instanceof RangeError || error instanceof ReferenceError) {
    return new WpsActionError("internal", `内部错误：${message}`, message);
  }
  return new WpsActionError("rejected", `WPS 表格拒绝了本次${doing}：${message || "未给出原因"}`, message);
}
