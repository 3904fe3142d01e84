/**
 * The issues section: a summary line, then the issues grouped by sheet and by severity, each a
 * button that selects its cell (where it has one), its suggestion, and the fix it offers
 * (转换为数字, 改为“…”) — plus “convert all” where a sheet has several numbers stored as text.
 * Everything from the workbook is inserted as text.
 */
import { fixFor, textNumberCells, type FixOption } from "../core/fix-options";
import type { Issue, Severity } from "../core/issue";
import { localizeButtonNames } from "./button-names";
import { button, h, replaceChildren } from "./dom";
import type { MessageKey, Translate } from "./i18n";
import { countBySeverity, groupIssues, type SheetGroup } from "./issue-groups";

export interface IssueHandlers {
  /** The user chose an issue with a cell: select it in the workbook. */
  readonly goTo: (issue: Issue) => void;
  /** The user asked for a fix. */
  readonly fix: (fix: FixOption) => void;
}

export interface IssueList {
  readonly element: HTMLElement;
  /** Shows `issues` (all of them, as the last 校验 or 生成文字稿 found them). */
  show(issues: readonly Issue[]): void;
}

export function createIssueList(doc: Document, t: Translate, on: IssueHandlers): IssueList {
  const summary = h(doc, "p", { className: "asp-summary", id: "asp-issue-summary" }, t("issuesNotRun"));
  const list = h(doc, "div", { className: "asp-issues", id: "asp-issues" });
  const element = h(
    doc,
    "section",
    { className: "asp-section", attrs: { "aria-labelledby": "asp-issues-title" } },
    h(doc, "h2", { className: "asp-section-title", id: "asp-issues-title" }, t("issuesHeading")),
    summary,
    list,
  );

  function severityBadge(severity: Severity, count?: number): HTMLElement {
    const label = t(`severity_${severity}` as MessageKey);
    return h(
      doc,
      "span",
      { className: `asp-badge asp-badge-${severity}` },
      count === undefined ? label : `${label} ${count}`,
    );
  }

  function renderGroup(group: SheetGroup): HTMLElement {
    const name = group.sheet === "" ? t("issueWorkbook") : group.sheet;
    const headingId = `asp-group-${Math.random().toString(36).slice(2, 9)}`;
    const badges = h(doc, "span", { className: "asp-badges" });
    for (const g of group.severities) badges.appendChild(severityBadge(g.severity, g.issues.length));
    const section = h(
      doc,
      "div",
      { className: "asp-group", attrs: { role: "group", "aria-labelledby": headingId } },
      h(
        doc,
        "h3",
        { className: "asp-group-title", id: headingId },
        h(doc, "span", { className: "asp-group-name" }, name),
        badges,
      ),
    );
    const textNumbers =
      group.sheet === ""
        ? []
        : textNumberCells(
            group.severities.reduce<Issue[]>((all, g) => all.concat(g.issues), []),
            group.sheet,
          );
    if (textNumbers.length > 1) {
      const fix: FixOption = { kind: "textNumber", sheet: group.sheet, cells: textNumbers };
      section.appendChild(
        h(
          doc,
          "div",
          { className: "asp-group-fix" },
          button(doc, t("fixTextNumbersAll", { count: textNumbers.length }), "asp-button asp-button-small", () =>
            on.fix(fix),
          ),
        ),
      );
    }
    for (const sg of group.severities) {
      const items = h(doc, "ul", {
        className: "asp-issue-list",
        attrs: { "aria-label": `${name} ${t(`severity_${sg.severity}` as MessageKey)}` },
      });
      for (const issue of sg.issues) items.appendChild(renderIssue(issue));
      section.appendChild(items);
    }
    return section;
  }

  function renderIssue(issue: Issue): HTMLElement {
    const where = issue.cell === "" ? issue.sheet : `${issue.sheet}!${issue.cell}`;
    const body: HTMLElement[] = [];
    const head = h(
      doc,
      "span",
      { className: "asp-issue-head" },
      severityBadge(issue.severity),
      where === ""
        ? null
        : h(doc, "span", { className: "asp-issue-cell" }, issue.cell === "" ? issue.sheet : issue.cell),
    );
    const message = h(doc, "span", { className: "asp-issue-message" }, issue.message);
    if (issue.sheet !== "" && issue.cell !== "") {
      body.push(
        h(
          doc,
          "button",
          {
            type: "button",
            className: "asp-issue-link",
            attrs: {
              "data-sheet": issue.sheet,
              "data-cell": issue.cell,
              title: t("issueGoTo", { sheet: issue.sheet, cell: issue.cell }),
            },
            onClick: () => on.goTo(issue),
          },
          head,
          message,
        ),
      );
    } else {
      body.push(h(doc, "div", { className: "asp-issue-static" }, head, message));
    }
    if (issue.suggestion !== "")
      body.push(
        h(
          doc,
          "p",
          { className: "asp-issue-suggestion" },
          t("issueSuggestion", { text: localizeButtonNames(issue.suggestion, t) }),
        ),
      );
    const fix = fixFor(issue);
    if (fix) {
      const label = fix.kind === "textNumber" ? t("fixTextNumber") : t("fixWording", { right: fix.right });
      body.push(
        h(
          doc,
          "div",
          { className: "asp-issue-fix" },
          button(doc, label, "asp-button asp-button-small", () => on.fix(fix)),
        ),
      );
    }
    return h(doc, "li", { className: `asp-issue asp-issue-${issue.severity}` }, ...body);
  }

  return {
    element,
    show: (issues) => {
      const c = countBySeverity(issues);
      summary.textContent =
        issues.length === 0
          ? t("issuesNone")
          : t("issuesSummary", { total: issues.length, error: c.error, warning: c.warning, info: c.info });
      replaceChildren(list, ...groupIssues(issues).map(renderGroup));
    },
  };
}
