/**
 * @jest-environment jsdom
 */
import { translator, ZH_CN } from "../../src/taskpane/i18n";
import { createStatusLine } from "../../src/taskpane/status-line";

const t = translator(ZH_CN);

describe("createStatusLine", () => {
  it("says it is loading, politely announced, until told otherwise", () => {
    const status = createStatusLine(document, t);
    expect(status.element.id).toBe("asp-status");
    expect(status.element.textContent).toBe("正在加载……");
    expect(status.element.getAttribute("role")).toBe("status");
    expect(status.element.getAttribute("aria-live")).toBe("polite");
  });

  it("shows each phase of an action with the spinner, and hides the spinner at the end", () => {
    const status = createStatusLine(document, t);
    const spinner = status.element.querySelector(".asp-spinner") as HTMLElement;
    status.progress("reading");
    expect(status.element.textContent).toBe("正在读取工作簿……");
    expect(status.element.className).toBe("asp-status asp-status-progress");
    expect(spinner.hasAttribute("hidden")).toBe(false);
    status.progress("writing");
    expect(status.element.textContent).toBe("正在写入工作簿……");
    status.set("success", "校验完成。");
    expect(status.element.textContent).toBe("校验完成。");
    expect(spinner.hasAttribute("hidden")).toBe(true);
  });

  it("turns an error into an alert, and back into a status after it", () => {
    const status = createStatusLine(document, t);
    status.set("error", "操作失败：工作表受保护。");
    expect(status.element.getAttribute("role")).toBe("alert");
    expect(status.element.className).toBe("asp-status asp-status-error");
    status.set("info", "就绪。");
    expect(status.element.getAttribute("role")).toBe("status");
  });
});
