/**
 * Errors as WPS raises them in a 加载项: a JavaScript exception thrown by the member that failed,
 * synchronously, with the host's own description and no error code (WPS documents none). The
 * descriptions are those of the VBA object model WPS mirrors, as Chinese Excel words them
 * (下标越界 …); the adapter must not depend on the wording: it asks (ProtectContents,
 * ProtectStructure, ReadOnly) before it writes, and shows any other failure with its text.
 */
import { SimRichApiError } from "../sim-excel";

/** Kinds of failure, for tests; WPS itself gives only the message. */
export type SimWpsErrorKind =
  | "subscript" // 下标越界: Item of a missing sheet, property or format condition
  | "protected" // a write into a protected sheet
  | "structure" // adding, renaming or deleting a sheet of a workbook whose structure is protected
  | "argument" // an invalid argument (a bad address, sheet name, formula)
  | "exists" // a name already taken
  | "operation"; // an operation the object refuses (Select on a sheet that is not active …)

const MESSAGES: Readonly<Record<SimWpsErrorKind, string>> = {
  subscript: "下标越界",
  protected: "您试图更改的单元格或图表位于受保护的工作表中。若要进行更改，请取消工作表保护。",
  structure: "工作簿受保护，不能更改其结构。",
  argument: "无效的过程调用或参数",
  exists: "该名称已被使用，请换一个名称。",
  operation: "应用程序定义或对象定义错误",
};

export class SimWpsError extends Error {
  /** For tests only: WPS's own exceptions carry a message alone. */
  readonly kind: SimWpsErrorKind;

  constructor(kind: SimWpsErrorKind, detail?: string) {
    super(detail ? `${MESSAGES[kind]}（${detail}）` : MESSAGES[kind]);
    Object.setPrototypeOf(this, SimWpsError.prototype);
    this.name = "Error";
    this.kind = kind;
  }
}

/** Something the simulator does not model: a test that meets it fails with the reason. */
export class SimWpsNotSimulated extends Error {
  constructor(what: string) {
    super(`The simulated WPS host does not model this behaviour: ${what}`);
    Object.setPrototypeOf(this, SimWpsNotSimulated.prototype);
    this.name = "SimWpsNotSimulated";
  }
}

/** Runs a change on the shared workbook model, turning its Office.js-shaped errors into WPS's. */
export function asWps<T>(change: () => T): T {
  try {
    return change();
  } catch (error) {
    if (!(error instanceof SimRichApiError)) throw error;
    switch (error.code) {
      case "AccessDenied":
        throw new SimWpsError("protected");
      case "InvalidOperation":
        throw new SimWpsError(/structure/.test(error.message) ? "structure" : "operation", error.message);
      case "ItemNotFound":
        throw new SimWpsError("subscript", error.message);
      case "ItemAlreadyExists":
        throw new SimWpsError("exists", error.message);
      case "InvalidArgument":
        throw new SimWpsError("argument", error.message);
      default:
        throw new SimWpsNotSimulated(error.message);
    }
  }
}
