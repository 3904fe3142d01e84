/**
 * The same plans through the Excel adapter (simulated host) and the command line's two writers
 * give the same workbook: sheet names in order, and every cell's value, formula and number format
 * (STYLE.md 7). What a writer does not do is listed below, with the proof that it refuses it —
 * nothing is skipped silently.
 */
import { generate } from "../../src/core/generate";
import { planLayout } from "../../src/core/layout-plan";
import type { PlanStep, WritePlan } from "../../src/core/plan";
import type { RawWorkbook } from "../../src/core/raw-cell";
import { sampleRawWorkbook } from "../../src/core/sample-workbook";
import { rawSheet, sampleWith, set, withSheets } from "../core/rules/helpers";
import { UnsupportedPlanStepError } from "../../src/cli/write-patched-workbook";
import { throughPackage, withoutSteps, WRITERS, type WorkbookPicture, type Writer } from "./plan-hosts";

// each case writes and reads .xlsx files: seconds on a busy two-core machine
jest.setTimeout(60000);

/** Sheets a plan writes as the add-in's own (added or cleared by it); the others are the user's. */
function ownedSheets(plan: WritePlan): Set<string> {
  return new Set(plan.steps.flatMap((s) => (s.kind === "addSheet" || s.kind === "clearSheet" ? [s.sheet] : [])));
}

/**
 * What each writer does not carry out. The Excel adapter on a host at the latest ExcelApi does
 * every step. The package writer patches the user's file: no drop-down lists (the layout, which
 * offers them, is written by the ExcelJS writer), no active sheet, highlights only on the user's
 * sheets, and column widths, tables and frozen rows only on sheets it writes whole.
 */
const CANNOT: Readonly<
  Record<Writer, readonly { readonly what: string; readonly step: (s: PlanStep, owned: Set<string>) => boolean }[]>
> = {
  excel: [],
  exceljs: [],
  package: [
    { what: "setValidationList", step: (s) => s.kind === "setValidationList" },
    { what: "activateSheet", step: (s) => s.kind === "activateSheet" },
    {
      what: "addOwnedHighlight on a sheet of its own",
      step: (s, owned) => s.kind === "addOwnedHighlight" && owned.has(s.sheet),
    },
    {
      what: "setColumnWidths, addTable, freezeRows on a user's sheet",
      step: (s, owned) =>
        (s.kind === "setColumnWidths" || s.kind === "addTable" || s.kind === "freezeRows") && !owned.has(s.sheet),
    },
  ],
};

/** Not compared: a formula's result, which only the simulated host computes (a file asks Excel to, on open). */
const NOT_COMPARED = ["the result of a formula"];

function planFor(writer: Writer, plan: WritePlan): WritePlan {
  const owned = ownedSheets(plan);
  return withoutSteps(plan, (s) => CANNOT[writer].some((c) => c.step(s, owned)));
}

/** The workbook each writer gives (each case once: several tests look at the same pictures). */
const PICTURES = new Map<WritePlan, Promise<Partial<Record<Writer, WorkbookPicture>>>>();

function pictures(
  start: RawWorkbook,
  plan: WritePlan,
  writers: readonly Writer[],
): Promise<Partial<Record<Writer, WorkbookPicture>>> {
  let p = PICTURES.get(plan);
  if (!p) {
    p = (async () => {
      const out: Partial<Record<Writer, WorkbookPicture>> = {};
      for (const writer of writers) out[writer] = await WRITERS[writer](start, planFor(writer, plan));
      return out;
    })();
    PICTURES.set(plan, p);
  }
  return p;
}

const EVERY_WRITER: readonly Writer[] = ["excel", "exceljs", "package"];

const USER_SHEET = { sheetNames: ["Sheet1"], sheets: [rawSheet("Sheet1", [["用户的数据", 12]])] };

/** Every step kind, on a sheet of the add-in's own and on the user's sheet. */
const EVERY_KIND: WritePlan = {
  steps: [
    { kind: "addSheet", sheet: "输出" },
    { kind: "setNumberFormats", sheet: "输出", address: "B2:B3", formats: [["0.00"], ["0.0%"]] },
    { kind: "setValues", sheet: "输出", address: "A1:B1", values: [["名称", "数值"]] },
    {
      kind: "setValues",
      sheet: "输出",
      address: "A2:B3",
      values: [
        ["甲", 1.5],
        ["乙", 0.25],
      ],
    },
    { kind: "setFormulas", sheet: "输出", address: "C2:C3", formulas: [["=B2*2"], ["=B3*2"]] },
    // text that Excel would read as a formula, a number, a boolean, a date or a percentage stays text
    {
      kind: "setValues",
      sheet: "输出",
      address: "A5:H5",
      values: [["=SUM(A1)", "-5", "+1", "TRUE", "0012", "1,200", "50%", "@x"]],
    },
    { kind: "setValues", sheet: "输出", address: "A6:C6", values: [[true, 0, null]] },
    { kind: "setColumnWidths", sheet: "输出", widths: [{ column: 0, width: 12 }] },
    {
      kind: "setFont",
      sheet: "输出",
      address: "A1:B1",
      font: { bold: true, color: "#A4262C", size: 12, name: "黑体" },
    },
    { kind: "setFill", sheet: "输出", address: "A1", color: "#FDE7E9" },
    { kind: "setWrapText", sheet: "输出", address: "A2:A3", wrap: true },
    { kind: "setAlignment", sheet: "输出", address: "A1", horizontal: "Center" },
    { kind: "addTable", sheet: "输出", address: "A1:B3", name: "输出表", requires: "1.1" },
    { kind: "setValidationList", sheet: "输出", address: "D2:D3", list: ["正常", "滞后"], requires: "1.8" },
    { kind: "freezeRows", sheet: "输出", rows: 1, requires: "1.7" },
    { kind: "setValues", sheet: "Sheet1", address: "C1", values: [["加一列"]] },
    { kind: "setNumberFormats", sheet: "Sheet1", address: "B1", formats: [["0.0"]] },
    { kind: "setFormulas", sheet: "Sheet1", address: "D1", formulas: [["=B1/4"]] },
    { kind: "clearOwnedHighlights", sheets: ["Sheet1"], requires: "1.6" },
    { kind: "addOwnedHighlight", sheet: "Sheet1", addresses: ["B1"], highlight: "error", requires: "1.6" },
    { kind: "renameSheet", sheet: "输出", newName: "输出（旧）" },
    { kind: "addSheet", sheet: "输出" },
    { kind: "setValues", sheet: "输出", address: "A1", values: [["新的"]] },
    { kind: "activateSheet", sheet: "输出" },
  ],
};

/** A workbook that already has the add-in's sheets, with last run's content to be cleared. */
const SAMPLE_WITH_OLD_OUTPUT = withSheets(
  sampleRawWorkbook(),
  rawSheet("校验结果", [
    ["级别", "工作表"],
    ["错误", "旧的问题"],
  ]),
);

const ERRORS = withSheets(
  sampleWith(set("indicators", 0, "estimate", "52亿元"), set("projects", 2, "progress", "延期")),
  ...SAMPLE_WITH_OLD_OUTPUT.sheets.filter((s) => s.name === "校验结果"),
);

/**
 * Each plan through the writers that write it: the Excel adapter writes every plan; the command
 * line writes a new workbook's layout with the ExcelJS writer (init, sample, demo) and 生成文字稿 with
 * the package writer (generate -o; the ExcelJS writer too where tests and the bench build files).
 */
const CASES: readonly (readonly [string, RawWorkbook, WritePlan, readonly Writer[]])[] = [
  ["every step kind", USER_SHEET, EVERY_KIND, EVERY_WRITER],
  [
    "the layout of a new workbook, with the sample data",
    USER_SHEET,
    planLayout({ sheetNames: [], sheets: [] }, { sample: true }).plan,
    ["excel", "exceljs"],
  ],
  ["生成文字稿 on the sample", sampleRawWorkbook(), generate(sampleRawWorkbook()).plan, EVERY_WRITER],
  [
    "生成文字稿 on a workbook with errors (highlights, markers) and last run's 校验结果",
    ERRORS,
    generate(ERRORS).plan,
    EVERY_WRITER,
  ],
];

describe("one plan, every writer", () => {
  it("lists what is not compared", () => {
    expect(NOT_COMPARED).toEqual(["the result of a formula"]);
  });

  it("writes every step kind as the plan says, on every writer: text stays text, formulas stay formulas", async () => {
    const p = (await pictures(USER_SHEET, EVERY_KIND, EVERY_WRITER)) as Record<Writer, WorkbookPicture>;
    for (const writer of ["excel", "exceljs", "package"] as const) {
      expect(p[writer].sheets).toEqual(["Sheet1", "输出（旧）", "输出"]);
      const old = p[writer].cells["输出（旧）"] ?? {};
      expect(old["A5"]).toEqual({ value: "=SUM(A1)", numberFormat: "General" });
      expect(old["B5"]).toEqual({ value: "-5", numberFormat: "General" });
      expect(old["D5"]).toEqual({ value: "TRUE", numberFormat: "General" });
      expect(old["A6"]).toEqual({ value: true, numberFormat: "General" });
      expect(old["C2"]).toEqual({ formula: "=B2*2", numberFormat: "General" });
      expect(old["B3"]).toEqual({ value: 0.25, numberFormat: "0.0%" });
      expect(p[writer].cells["Sheet1"]).toEqual({
        A1: { value: "用户的数据", numberFormat: "General" },
        B1: { value: 12, numberFormat: "0.0" },
        C1: { value: "加一列", numberFormat: "General" },
        D1: { formula: "=B1/4", numberFormat: "General" },
      });
      expect(p[writer].cells["输出"]).toEqual({ A1: { value: "新的", numberFormat: "General" } });
    }
  });

  it.each(CASES)(
    "%s: the command line's writers give the workbook the Excel adapter gives",
    async (_, start, plan, writers) => {
      const p = await pictures(start, plan, writers);
      expect(p.excel?.sheets.length).toBeGreaterThan(1);
      for (const writer of writers) expect([writer, p[writer]]).toEqual([writer, p.excel]);
    },
  );
});

describe("what a writer does not do", () => {
  const start = USER_SHEET;
  const refused: readonly (readonly [string, PlanStep[]])[] = [
    [
      "setValidationList",
      [
        { kind: "addSheet", sheet: "输出" },
        { kind: "setValidationList", sheet: "输出", address: "A2", list: ["是", "否"], requires: "1.8" },
      ],
    ],
    ["activateSheet", [{ kind: "activateSheet", sheet: "Sheet1" }]],
    [
      "addOwnedHighlight on a sheet of its own",
      [
        { kind: "addSheet", sheet: "输出" },
        { kind: "addOwnedHighlight", sheet: "输出", addresses: ["A1"], highlight: "error", requires: "1.6" },
      ],
    ],
    [
      "setColumnWidths, addTable, freezeRows on a user's sheet",
      [{ kind: "setColumnWidths", sheet: "Sheet1", widths: [{ column: 0, width: 10 }] }],
    ],
    [
      "setColumnWidths, addTable, freezeRows on a user's sheet",
      [{ kind: "addTable", sheet: "Sheet1", address: "A1:B1", name: "表", requires: "1.1" }],
    ],
    [
      "setColumnWidths, addTable, freezeRows on a user's sheet",
      [{ kind: "freezeRows", sheet: "Sheet1", rows: 1, requires: "1.7" }],
    ],
  ];

  it.each(refused)("the package writer refuses %s, naming the step", async (what, steps) => {
    expect(CANNOT.package.map((c) => c.what)).toContain(what);
    const plan: WritePlan = { steps };
    const owned = ownedSheets(plan);
    expect(steps.some((s) => CANNOT.package.some((c) => c.what === what && c.step(s, owned)))).toBe(true);
    const refusedStep = steps[steps.length - 1] as PlanStep;
    const error: unknown = await throughPackage(start, plan).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedPlanStepError);
    expect((error as Error).message).toContain(refusedStep.kind);
  });

  it("the Excel adapter and the ExcelJS writer do every step", () => {
    expect(CANNOT.excel).toEqual([]);
    expect(CANNOT.exceljs).toEqual([]);
  });
});
