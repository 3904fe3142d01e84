/**
 * @jest-environment jsdom
 */
import { namedReport, DEFAULT_REPORT } from "../../src/core/report-types";
import { createActionButtons, type ActionHandlers } from "../../src/taskpane/action-buttons";
import { translator, ZH_CN } from "../../src/taskpane/i18n";

const t = translator(ZH_CN);

function buttons(clicked: string[] = []): ReturnType<typeof createActionButtons> {
  const on: ActionHandlers = {
    createLayout: () => clicked.push("create"),
    validate: () => clicked.push("validate"),
    generate: () => clicked.push("generate"),
    copy: () => clicked.push("copy"),
    exportWord: () => clicked.push("export"),
  };
  const prompt = document.createElement("div");
  prompt.id = "a-prompt";
  return createActionButtons(document, t, on, [prompt]);
}

describe("createActionButtons", () => {
  it("has the five actions in the tab order the pane always had, then the questions below them", () => {
    const section = buttons().element;
    expect(Array.from(section.querySelectorAll(".asp-actions button")).map((b) => [b.id, b.textContent])).toEqual([
      ["asp-create", "建立表格"],
      ["asp-validate", "校验"],
      ["asp-generate", "生成文字稿"],
      ["asp-copy", "复制全文"],
      ["asp-export", "导出Word"],
    ]);
    expect(section.lastElementChild?.id).toBe("a-prompt");
  });

  it("calls each action's handler", () => {
    const clicked: string[] = [];
    const section = buttons(clicked).element;
    section.querySelectorAll<HTMLButtonElement>(".asp-actions button").forEach((b) => b.click());
    expect(clicked).toEqual(["create", "validate", "generate", "copy", "export"]);
  });

  it("marks every button unavailable while an action runs, without taking it out of the tab order", () => {
    const actions = buttons();
    actions.setBusy(true);
    const all = Array.from(actions.element.querySelectorAll(".asp-actions button"));
    expect(all.map((b) => b.getAttribute("aria-disabled"))).toEqual(["true", "true", "true", "true", "true"]);
    expect(all.some((b) => b.hasAttribute("disabled"))).toBe(false);
    actions.setBusy(false);
    expect(all.map((b) => b.getAttribute("aria-disabled"))).toEqual(["false", "false", "false", "false", "false"]);
  });

  it("shows the 报告 list only for more than one report, and keeps the choice where it still exists", () => {
    const actions = buttons();
    const row = actions.element.querySelector(".asp-report") as HTMLElement;
    actions.showReports([DEFAULT_REPORT]);
    expect(row.hasAttribute("hidden")).toBe(true);
    const monthly = namedReport("月度进展");
    actions.showReports([DEFAULT_REPORT, monthly]);
    expect(row.hasAttribute("hidden")).toBe(false);
    expect(Array.from(actions.element.querySelectorAll("#asp-report option")).map((o) => o.textContent)).toEqual([
      "年度总结（写入“文字稿”）",
      "月度进展（写入“文字稿（月度进展）”）",
    ]);
    (actions.element.querySelector("#asp-report") as HTMLSelectElement).value = "月度进展";
    actions.showReports([DEFAULT_REPORT, monthly]);
    expect(actions.chosenReport()).toBe("月度进展");
    actions.showReports([DEFAULT_REPORT]);
    expect(actions.chosenReport()).toBe("年度总结");
    actions.showReports([]);
    expect(actions.chosenReport()).toBeUndefined();
  });
});
