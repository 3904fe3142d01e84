/**
 * Issue codes are stable and documented: the README's table lists every code an issue can carry,
 * with its severity, in the order the rules and then the narrative declare them.
 */
import * as fs from "fs";
import * as path from "path";
import { generate } from "../../src/core/generate";
import { SEVERITY_LABEL } from "../../src/core/issue";
import type { RawWorkbook } from "../../src/core/raw-cell";
import { renderNarrative } from "../../src/core/narrative/render-narrative";
import { parseWorkbook } from "../../src/core/parse-workbook";
import { issueCodes } from "../../src/core/rules/index";
import { sampleRawWorkbook } from "../../src/core/sample-workbook";
import { NARRATIVE_ISSUE_CODES } from "../../src/core/template/template-issues";

const README = fs.readFileSync(path.join(__dirname, "../../README.md"), "utf8");

/** [code, severity label] of each row of the README's issue-code table (Chinese part). */
function documentedCodes(): string[][] {
  return README.split("\n")
    .map((l) => /^\| `([a-z-]+)` \| (错误|警告|提示) \|/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [m[1] ?? "", m[2] ?? ""]);
}

/** The sample workbook with a 模板 sheet of mistakes, a blank 全年预计 and a bad 列举序号. */
function workbookWithEveryNarrativeIssue(): RawWorkbook {
  const base = sampleRawWorkbook();
  const template = {
    name: "模板",
    origin: { row: 0, column: 0 },
    values: [
      ["级别", "内容"],
      ["正文", "工业销售收入{工业销售收入.全年预计亿元"],
      ["正文", "{出口额.全年预算}"],
      ["正文", "{同笔(出口额)}"],
      ["正文", "{列举(在建项目)}"],
      ["四级", "{年度}"],
      ["正文", "实现{工业销售收入.全年预计}万元"],
      ["正文", "{引进内资.全年预计}亿元"],
    ],
    numberFormats: [],
  };
  const sheets = base.sheets.map((sheet) => {
    const values = sheet.values.map((row) => [...row]);
    if (sheet.name === "主要指标") values[2]![2] = null;
    if (sheet.name === "参数") values.find((row) => row[0] === "列举序号")![1] = "(一)";
    return { ...sheet, values };
  });
  return { sheetNames: [...base.sheetNames, "模板"], sheets: [...sheets, template] };
}

describe("issue codes", () => {
  it("are all in the README's table, code by code and severity by severity", () => {
    const declared = [
      ...issueCodes().map((c) => [c.code, SEVERITY_LABEL[c.severity]]),
      ...Object.keys(NARRATIVE_ISSUE_CODES).map((code) => [code, SEVERITY_LABEL[NARRATIVE_ISSUE_CODES[code]!]]),
    ];
    expect(documentedCodes()).toEqual(declared);
  });

  it("of the narrative are the ones it reports, each with its declared severity", () => {
    const { issues } = renderNarrative(parseWorkbook(workbookWithEveryNarrativeIssue()));
    const reported = new Map(issues.map((i) => [i.code, i.severity]));
    expect([...reported.keys()].sort()).toEqual(Object.keys(NARRATIVE_ISSUE_CODES).sort());
    for (const [code, severity] of reported) expect(severity).toBe(NARRATIVE_ISSUE_CODES[code]);
  });

  it("report a 级别 outside the list once, as the warning the README documents (written as 正文)", () => {
    const { issues } = generate(workbookWithEveryNarrativeIssue());
    const atLevel = issues.filter((i) => i.sheet === "模板" && i.cell === "A6");
    expect(atLevel.map((i) => [i.severity, i.code, i.message])).toEqual([
      ["warning", "template-level", "模板!A6 的级别“四级”不是标题、一级、二级、三级或正文，已按正文处理"],
    ]);
  });

  it("of a whole generate are all documented", () => {
    const documented = new Set(documentedCodes().map(([code]) => code));
    const { issues } = generate(workbookWithEveryNarrativeIssue());
    expect(issues.length).toBeGreaterThan(5);
    for (const issue of issues)
      expect(documented.has(issue.code) ? issue.code : `undocumented ${issue.code}`).toBe(issue.code);
  });
});
