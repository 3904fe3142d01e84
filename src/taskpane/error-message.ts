/**
 * Every failure reaches the user as a clear sentence: Excel's error codes (OfficeExtension.Error
 * `code`) map to the pane's messages; an error the adapter already worded in Chinese is shown as
 * it is; anything else is shown with its own text, never swallowed.
 */
import type { Translate } from "./i18n";

interface ErrorLike {
  readonly code?: unknown;
  readonly message?: unknown;
  /** A sentence for users, where the adapter sets one. */
  readonly userMessage?: unknown;
  readonly requiredSet?: unknown;
  readonly debugInfo?: { readonly code?: unknown; readonly message?: unknown };
}

const CJK = /[\u4e00-\u9fff]/;

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** The pane's message for an error thrown by an action. */
export function errorMessage(error: unknown, t: Translate): string {
  const e = (error && typeof error === "object" ? error : { message: String(error) }) as ErrorLike;
  const userMessage = text(e.userMessage);
  if (userMessage !== "") return userMessage;
  const code = text(e.code) || text(e.debugInfo && e.debugInfo.code);
  const message = text(e.message);
  switch (code) {
    case "ApiNotFound":
    case "ApiNotAvailable": {
      const set = text(e.requiredSet) || (/ExcelApi\s*(1\.\d+)/.exec(message) || [])[1] || "";
      return t("errorHostTooOld", { set: set === "" ? "" : set });
    }
    case "AccessDenied":
    case "InvalidOperationInCellEditMode":
      return CJK.test(message) ? message : t("errorProtected");
    case "InvalidArgument":
    case "InvalidOperation":
    case "GeneralException":
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
    case "ItemNotFound":
    case "ItemAlreadyExists":
    case "Conflict":
      return CJK.test(message) ? message : t("errorRejected", { code });
    default:
      break;
  }
  if (CJK.test(message)) return message;
  return t("errorUnknown", { message: message || code || String(error) });
}
