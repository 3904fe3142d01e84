/**
 * Errors as Office.js raises them: an `OfficeExtension.Error` whose `name` is "RichApi.Error" and
 * whose `code` is one of Excel's error codes. The simulated host throws only these, so adapter
 * code that maps errors by `code` is exercised exactly as in Excel.
 */

/** Error codes the simulated host raises (a subset of `Excel.ErrorCodes` and OfficeExtension's own). */
export type SimErrorCode =
  | "PropertyNotLoaded"
  | "ValueNotLoaded"
  | "InvalidObjectPath"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidOperation"
  | "AccessDenied"
  | "ApiNotFound"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "RangeExceedsLimit"
  /** Not an Excel code: the simulator met something whose Excel behaviour it does not model. */
  | "NotSimulated";

export interface SimErrorDebugInfo {
  readonly code: string;
  readonly message: string;
  readonly errorLocation?: string;
}

/** Shaped like `OfficeExtension.Error`. */
export class SimRichApiError extends Error {
  readonly code: SimErrorCode;
  readonly debugInfo: SimErrorDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;
  readonly httpStatusCode: number;

  constructor(code: SimErrorCode, message: string, errorLocation?: string) {
    super(message);
    // keep instanceof working when compiled to ES5
    Object.setPrototypeOf(this, SimRichApiError.prototype);
    this.name = "RichApi.Error";
    this.code = code;
    this.httpStatusCode = code === "PropertyNotLoaded" || code === "ValueNotLoaded" ? 400 : 400;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

const MESSAGES: Readonly<Record<SimErrorCode, string>> = {
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  InvalidObjectPath: "The object path '{0}' isn't working for what you're trying to do.",
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "A resource with the same name or identifier already exists.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The requested operation is invalid.",
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound: "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
  NotSimulated: "The simulated Excel host does not model this behaviour: {0}",
};

/** An error with Excel's message for `code`; `detail` fills {0} or is appended. */
export function simError(code: SimErrorCode, detail?: string, errorLocation?: string): SimRichApiError {
  const base = MESSAGES[code];
  const message = base.indexOf("{0}") >= 0 ? base.replace("{0}", detail ?? "") : detail ? `${base} (${detail})` : base;
  return new SimRichApiError(code, message, errorLocation);
}
