/**
 * Errors from Excel, worded for the user. Office.js rejects a sync with an `OfficeExtension.Error`
 * whose `code` says what went wrong; each action maps it to one Chinese sentence and a kind the
 * pane can act on. Nothing is swallowed: an unknown error keeps its own text.
 */

export type ExcelFailureKind =
  "protected" | "request-too-large" | "host-too-old" | "cell-edit-mode" | "not-found" | "rejected" | "internal";

/**
 * What an action returns (and the pane backend throws) when Excel refused it. One class for every
 * refusal: `kind` says which, `excelCode` is Excel's own code, `code` is stable.
 */
export class ExcelActionError extends Error {
  readonly code = "excel-action-failed";
  readonly kind: ExcelFailureKind;
  /** Excel's error code ("AccessDenied" …), or the class of a programming error. */
  readonly excelCode: string;
  /** The Chinese sentence shown in the task pane. */
  readonly userMessage: string;
  /** Excel's own message, for the details line. */
  readonly detail: string;

  constructor(kind: ExcelFailureKind, excelCode: string, userMessage: string, detail: string) {
    super(userMessage);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "ExcelActionError";
    this.kind = kind;
    this.excelCode = excelCode;
    this.userMessage = userMessage;
    this.detail = detail;
  }
}

interface ErrorShape {
  readonly code?: unknown;
  readonly message?: unknown;
  readonly name?: unknown;
}

/** Maps anything a batch threw to an ExcelActionError with a Chinese message. */
export function toExcelActionError(error: unknown): ExcelActionError {
  if (error instanceof ExcelActionError) return error;
  const e: ErrorShape = error !== null && typeof error === "object" ? (error as ErrorShape) : {};
  const code = typeof e.code === "string" ? e.code : "";
  const detail = typeof e.message === "string" ? e.message : String(error);
  switch (code) {
    case "AccessDenied":
      return new ExcelActionError(
        "protected",
        code,
        "工作表受保护，无法写入。请在“审阅”选项卡中撤销工作表保护（或工作簿保护）后重试。",
        detail,
      );
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
    case "RangeExceedsLimit":
      return new ExcelActionError(
        "request-too-large",
        code,
        "本次读写的数据量超过了 Excel 网页版单次请求 5 MB 的上限。请删去不需要的行或拆分工作簿后重试，或改用桌面版 Excel。",
        detail,
      );
    case "ApiNotFound":
    case "ApiNotAvailable":
      return new ExcelActionError(
        "host-too-old",
        code,
        "当前 Excel 版本过旧，不支持本操作所需的功能。请升级 Office，或改用 Microsoft 365 / Excel 网页版。",
        detail,
      );
    case "InvalidOperationInCellEditMode":
      return new ExcelActionError(
        "cell-edit-mode",
        code,
        "Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后重试。",
        detail,
      );
    case "ItemNotFound":
      return new ExcelActionError(
        "not-found",
        code,
        "找不到要读写的工作表或区域，可能刚被重命名或删除。请重新操作一次。",
        detail,
      );
    case "":
      return new ExcelActionError(
        "internal",
        e.name === undefined ? "Error" : String(e.name),
        `内部错误：${detail}`,
        detail,
      );
    default:
      return new ExcelActionError("rejected", code, `Excel 拒绝了本次操作（${code}）：${detail}`, detail);
  }
}
