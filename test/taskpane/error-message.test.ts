import { ExcelActionError } from "../../src/excel/excel-error";
import { errorMessage } from "../../src/taskpane/error-message";
import { translator, ZH_CN } from "../../src/taskpane/i18n";

const t = translator(ZH_CN);

describe("errorMessage", () => {
  it("shows the adapter's Chinese sentence as it is", () => {
    const e = new ExcelActionError("protected", "AccessDenied", "工作表受保护，无法写入。", "detail");
    expect(errorMessage(e, t)).toBe("工作表受保护，无法写入。");
  });

  it("words Excel's own error codes", () => {
    expect(errorMessage({ code: "AccessDenied", message: "The operation is not allowed" }, t)).toContain(
      "工作表受保护",
    );
    expect(errorMessage({ code: "ApiNotFound", message: "needs ExcelApi 1.8" }, t)).toContain("Excel API 1.8");
    expect(errorMessage({ code: "InvalidArgument", message: "bad" }, t)).toContain(
      "Excel 拒绝了本次写入（InvalidArgument）",
    );
  });

  it("never hides an unknown error", () => {
    expect(errorMessage(new TypeError("x is undefined"), t)).toBe("发生未知错误：x is undefined");
    expect(errorMessage("boom", t)).toBe("发生未知错误：boom");
  });
});
