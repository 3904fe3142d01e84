import type { Issue } from "../../src/core/issue";
import { countBySeverity, groupIssues } from "../../src/taskpane/issue-groups";

const issue = (severity: Issue["severity"], sheet: string, cell: string): Issue => ({
  severity,
  code: "x",
  sheet,
  cell,
  message: `${sheet}!${cell}`,
  suggestion: "",
});

describe("groupIssues", () => {
  const issues = [
    issue("error", "在建项目", "E2"),
    issue("error", "主要指标", "C2"),
    issue("warning", "在建项目", "G3"),
    issue("error", "", ""),
    issue("info", "主要指标", "I2"),
    issue("error", "Sheet9", "A1"),
    issue("error", "在建项目", "E5"),
  ];

  it("groups by sheet in the layout's order, other sheets after, workbook-wide last", () => {
    expect(groupIssues(issues).map((g) => g.sheet)).toEqual(["主要指标", "在建项目", "Sheet9", ""]);
  });

  it("groups by severity inside a sheet, errors first, with counts", () => {
    const projects = groupIssues(issues)[1];
    expect(projects?.counts).toEqual({ error: 2, warning: 1, info: 0 });
    expect(projects?.total).toBe(3);
    expect(projects?.severities.map((s) => [s.severity, s.issues.map((i) => i.cell)])).toEqual([
      ["error", ["E2", "E5"]],
      ["warning", ["G3"]],
    ]);
  });

  it("gives nothing for no issues", () => {
    expect(groupIssues([])).toEqual([]);
    expect(countBySeverity([])).toEqual({ error: 0, warning: 0, info: 0 });
  });
});
