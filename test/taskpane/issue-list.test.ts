/**
 * @jest-environment jsdom
 */
import type { FixOption } from "../../src/core/fix-options";
import type { Issue } from "../../src/core/issue";
import { translator, ZH_CN } from "../../src/taskpane/i18n";
import { EN_US } from "../../src/taskpane/i18n-en";
import { createIssueList } from "../../src/taskpane/issue-list";

const zh = translator(ZH_CN);

function issue(fields: Partial<Issue>): Issue {
  return {
    severity: "error",
    code: "number-stored-as-text",
    sheet: "主要指标",
    cell: "C2",
    message: "主要指标!C2 的全年预计是文本“52.36”，不是数字。",
    suggestion: "点“转换为数字”。",
    ...fields,
  };
}

function list(t = zh): {
  list: ReturnType<typeof createIssueList>;
  visited: string[];
  fixes: FixOption[];
} {
  const visited: string[] = [];
  const fixes: FixOption[] = [];
  return {
    list: createIssueList(document, t, {
      goTo: (i) => visited.push(`${i.sheet}!${i.cell}`),
      fix: (f) => fixes.push(f),
    }),
    visited,
    fixes,
  };
}

describe("createIssueList", () => {
  it("says 尚未校验 before the first check, and 未发现问题 after a clean one", () => {
    const { list: issues } = list();
    expect(issues.element.querySelector("#asp-issue-summary")?.textContent).toBe(zh("issuesNotRun"));
    issues.show([]);
    expect(issues.element.querySelector("#asp-issue-summary")?.textContent).toBe("未发现问题。");
    expect(issues.element.querySelectorAll(".asp-issue")).toHaveLength(0);
  });

  it("groups by sheet with counts, and an issue with a cell selects it when chosen", () => {
    const { list: issues, visited } = list();
    issues.show([
      issue({}),
      issue({ severity: "warning", code: "other", cell: "D3", message: "警告一条。", suggestion: "" }),
      issue({ severity: "info", code: "other", sheet: "", cell: "", message: "工作簿提示。", suggestion: "" }),
    ]);
    expect(issues.element.querySelector("#asp-issue-summary")?.textContent).toBe("共 3 项：错误 1，警告 1，提示 1");
    const groups = Array.from(issues.element.querySelectorAll(".asp-group-title")).map((g) => g.textContent);
    expect(groups).toEqual(["主要指标错误 1警告 1", "整个工作簿提示 1"]);
    const link = issues.element.querySelector('.asp-issue-link[data-cell="C2"]') as HTMLButtonElement;
    expect(link.getAttribute("title")).toBe("定位到 主要指标!C2");
    link.click();
    expect(visited).toEqual(["主要指标!C2"]);
    expect(issues.element.querySelectorAll(".asp-issue-static")).toHaveLength(1);
  });

  it("offers 转换为数字 on a number stored as text, and one button for all of them on the sheet", () => {
    const { list: issues, fixes } = list();
    issues.show([issue({}), issue({ cell: "D4" })]);
    const fixButtons = Array.from(issues.element.querySelectorAll<HTMLButtonElement>(".asp-issue-fix button"));
    expect(fixButtons.map((b) => b.textContent)).toEqual(["转换为数字", "转换为数字"]);
    const all = issues.element.querySelector(".asp-group-fix button") as HTMLButtonElement;
    expect(all.textContent).toBe("将本表 2 个文本数字全部转换");
    fixButtons[1]?.click();
    all.click();
    expect(fixes).toEqual([
      { kind: "textNumber", sheet: "主要指标", cells: ["D4"] },
      { kind: "textNumber", sheet: "主要指标", cells: ["C2", "D4"] },
    ]);
  });

  it("shows text from the workbook as text, and names buttons in suggestions in the pane's language", () => {
    const { list: issues } = list(translator(EN_US));
    issues.show([issue({ message: '<img src=x onerror="alert(1)">', suggestion: "点“转换为数字”。" })]);
    expect(issues.element.querySelector("img")).toBeNull();
    expect(issues.element.querySelector(".asp-issue-message")?.textContent).toBe('<img src=x onerror="alert(1)">');
    expect(issues.element.querySelector(".asp-issue-suggestion")?.textContent).toContain("Convert to number");
  });
});
