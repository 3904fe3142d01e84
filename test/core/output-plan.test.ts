import type { NarrativeDocument } from "../../src/core/document";
import type { Issue } from "../../src/core/issue";
import {
  CELL_TEXT_LIMIT,
  splitForCells,
  cellLinkFormula,
  computedColumnsPlan,
  highlightPlan,
  issuesSheetPlan,
  narrativeSheetPlan,
} from "../../src/core/output-plan";
import type { RawSheet } from "../../src/core/raw-cell";
import { readTable } from "../../src/core/read-table";
import { parseWorkbook } from "../../src/core/parse-workbook";
import { sampleRawWorkbook } from "../../src/core/sample-workbook";

const issue = (over: Partial<Issue>): Issue => ({
  severity: "error",
  code: "number-stored-as-text",
  sheet: "主要指标",
  cell: "C2",
  message: "主要指标!C2 的“52.36”是文本格式的数字",
  suggestion: "转换为数字",
  ...over,
});

describe("computedColumnsPlan", () => {
  it("writes 完成率 and 同比增长 formulas at the columns found, whatever their position", () => {
    const sheet: RawSheet = {
      name: "主要指标",
      origin: { row: 2, column: 1 },
      values: [
        ["同比增长", "指标", "上年实际", "全年预计", "年度任务", "完成率"],
        [null, "工业销售收入", 45.12, 52.36, 50, null],
        [null, null, null, null, null, null],
        [null, "引进内资", 16.2, 18.6, 20, null],
      ],
      numberFormats: [[], ["0.00%", "General", "General", "General", "General", "General"]],
    };
    const plan = computedColumnsPlan(readTable("indicators", sheet));
    expect(plan.steps).toEqual([
      {
        kind: "setFormulas",
        sheet: "主要指标",
        address: "G4",
        formulas: [['=IF(AND(ISNUMBER(E4),ISNUMBER(F4)),IF(F4>0,E4/F4,""),"")']],
      },
      { kind: "setNumberFormats", sheet: "主要指标", address: "G4", formats: [["0.0%"]] },
      {
        kind: "setFormulas",
        sheet: "主要指标",
        address: "G6",
        formulas: [['=IF(AND(ISNUMBER(E6),ISNUMBER(F6)),IF(F6>0,E6/F6,""),"")']],
      },
      { kind: "setNumberFormats", sheet: "主要指标", address: "G6", formats: [["0.0%"]] },
      {
        kind: "setFormulas",
        sheet: "主要指标",
        address: "B4",
        formulas: [['=IF(AND(ISNUMBER(E4),ISNUMBER(D4)),IF(D4>0,E4/D4-1,""),"")']],
      },
      { kind: "setNumberFormats", sheet: "主要指标", address: "B4", formats: [["0.00%"]] },
      {
        kind: "setFormulas",
        sheet: "主要指标",
        address: "B6",
        formulas: [['=IF(AND(ISNUMBER(E6),ISNUMBER(D6)),IF(D6>0,E6/D6-1,""),"")']],
      },
      { kind: "setNumberFormats", sheet: "主要指标", address: "B6", formats: [["0.0%"]] },
    ]);
  });

  it("writes one range per column on the sample sheet", () => {
    const plan = computedColumnsPlan(parseWorkbook(sampleRawWorkbook()).tables.indicators);
    expect(plan.steps.map((s) => ("address" in s ? `${s.kind} ${s.address}` : s.kind))).toEqual([
      "setFormulas F2:F7",
      "setNumberFormats F2:F7",
      "setFormulas G2:G7",
      "setNumberFormats G2:G7",
    ]);
  });
});

describe("cellLinkFormula", () => {
  it("links to the cell on its sheet, quoting the sheet name", () => {
    expect(cellLinkFormula("主要指标", "C2")).toBe(`=HYPERLINK("#'主要指标'!C2","C2")`);
    expect(cellLinkFormula("It's", "A1")).toBe(`=HYPERLINK("#'It''s'!A1","A1")`);
  });
});

describe("issuesSheetPlan", () => {
  it("lists issues with level, sheet, a link to the cell, message, suggestion and code", () => {
    const plan = issuesSheetPlan(
      [
        issue({}),
        issue({ severity: "warning", code: "spun-wording", sheet: "", cell: "", message: "m", suggestion: "s" }),
      ],
      ["主要指标", "校验结果"],
    );
    expect(plan.steps[0]).toEqual({ kind: "clearSheet", sheet: "校验结果" });
    expect(plan.steps).toContainEqual({
      kind: "setValues",
      sheet: "校验结果",
      address: "A2:F3",
      values: [
        ["错误", "主要指标", "C2", "主要指标!C2 的“52.36”是文本格式的数字", "转换为数字", "number-stored-as-text"],
        ["警告", "", "", "m", "s", "spun-wording"],
      ],
    });
    expect(plan.steps).toContainEqual({
      kind: "setFormulas",
      sheet: "校验结果",
      address: "C2",
      formulas: [[`=HYPERLINK("#'主要指标'!C2","C2")`]],
    });
  });

  it("says so when there is nothing to report", () => {
    const plan = issuesSheetPlan([], []);
    expect(plan.steps[0]).toEqual({ kind: "addSheet", sheet: "校验结果" });
    expect(plan.steps).toContainEqual({
      kind: "setValues",
      sheet: "校验结果",
      address: "A2:F2",
      values: [["提示", "", "", "未发现问题", "", ""]],
    });
  });

  it("writes text that looks like a formula as text, in Text-formatted cells", () => {
    const plan = issuesSheetPlan([issue({ message: "=cmd|' /C calc'!A0" })], ["主要指标"]);
    const values = plan.steps.find((s) => s.kind === "setValues" && s.address === "A2:F2");
    expect(values && "values" in values ? values.values[0]?.[3] : undefined).toBe("=cmd|' /C calc'!A0");
    expect(plan.steps).toContainEqual(
      expect.objectContaining({
        kind: "setNumberFormats",
        address: "A2:F2",
        formats: [["@", "@", "General", "@", "@", "@"]],
      }),
    );
  });
});

describe("narrativeSheetPlan", () => {
  const document: NarrativeDocument = {
    paragraphs: [
      {
        level: "标题",
        text: "2023年开发区管委会年度工作总结",
        sources: [
          { sheet: "参数", cell: "B2" },
          { sheet: "参数", cell: "B3" },
        ],
        issues: [],
      },
      { level: "一级", text: "一、主要经济指标完成情况", sources: [], issues: [] },
      {
        level: "正文",
        text: "实现工业销售收入【待补：工业销售收入·全年预计】亿元。",
        sources: [{ sheet: "主要指标", cell: "C2" }],
        issues: [issue({ message: "缺少全年预计" })],
      },
    ],
  };

  it("writes one paragraph a row with its level, sources and issues", () => {
    const plan = narrativeSheetPlan(document, []);
    expect(plan.steps).toContainEqual({
      kind: "setValues",
      sheet: "文字稿",
      address: "A2:D4",
      values: [
        ["2023年开发区管委会年度工作总结", "标题", "参数!B2、参数!B3", ""],
        ["一、主要经济指标完成情况", "一级", "", ""],
        ["实现工业销售收入【待补：工业销售收入·全年预计】亿元。", "正文", "主要指标!C2", "缺少全年预计"],
      ],
    });
  });

  it("sets the 公文 fonts by level and marks paragraphs with 【待补】", () => {
    const plan = narrativeSheetPlan(document, ["文字稿"]);
    expect(plan.steps[0]).toEqual({ kind: "clearSheet", sheet: "文字稿" });
    expect(plan.steps).toContainEqual({
      kind: "setFont",
      sheet: "文字稿",
      address: "A2",
      font: { name: "方正小标宋简体", size: 16, bold: false },
    });
    expect(plan.steps).toContainEqual({
      kind: "setFont",
      sheet: "文字稿",
      address: "A3",
      font: { name: "黑体", size: 12 },
    });
    expect(plan.steps).toContainEqual({ kind: "setFill", sheet: "文字稿", address: "A4", color: "#FDE7E9" });
  });
});

describe("highlightPlan", () => {
  it("clears last run's highlights and marks error and warning cells once each", () => {
    const data = parseWorkbook(sampleRawWorkbook());
    const plan = highlightPlan(
      [
        issue({}),
        issue({ code: "other" }),
        issue({ severity: "warning", cell: "C2" }),
        issue({ severity: "warning", cell: "D3" }),
        issue({ severity: "info", cell: "E4" }),
      ],
      data,
    );
    expect(plan.steps).toEqual([
      {
        kind: "clearOwnedHighlights",
        sheets: ["参数", "主要指标", "在建项目", "在谈项目", "荣誉", "数据项"],
        requires: "1.6",
      },
      { kind: "addOwnedHighlight", sheet: "主要指标", addresses: ["C2"], highlight: "error", requires: "1.6" },
      { kind: "addOwnedHighlight", sheet: "主要指标", addresses: ["D3"], highlight: "warning", requires: "1.6" },
    ]);
  });
});

describe("splitForCells", () => {
  it("keeps text that fits a cell whole", () => {
    expect(splitForCells("甲乙丙")).toEqual(["甲乙丙"]);
  });

  it("breaks a long paragraph after a clause mark, losing nothing", () => {
    const text = Array.from({ length: 5000 }, (_, i) => `（${i + 1}）某某项目，进展顺利`).join("；");
    const pieces = splitForCells(text);
    expect(pieces.join("")).toBe(text);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
    for (const piece of pieces.slice(0, -1)) expect(piece.endsWith("；")).toBe(true);
  });

  it("never cuts an emoji in two", () => {
    const text = "😀".repeat(40000);
    const pieces = splitForCells(text);
    expect(pieces.join("")).toBe(text);
    for (const piece of pieces) expect(/^[\uDC00-\uDFFF]/.test(piece)).toBe(false);
  });
});

describe("narrativeSheetPlan with a paragraph longer than a cell holds", () => {
  it("continues it on the next rows, marked （续）", () => {
    const long = "一".repeat(CELL_TEXT_LIMIT + 10);
    const plan = narrativeSheetPlan({ paragraphs: [{ level: "正文", text: long, sources: [], issues: [] }] }, []);
    const values = plan.steps.find((s) => s.kind === "setValues" && s.address === "A2:D3");
    expect(values && "values" in values ? values.values.map((r) => r[1]) : undefined).toEqual(["正文", "正文（续）"]);
  });
});
