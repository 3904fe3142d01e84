/**
 * The command line's plan writers, step kind by step kind: applyPlanToWorkbook (ExcelJS, for the
 * workbooks the command line creates) and writePatchedWorkbook (the user's file patched, for
 * `generate -o`). Each row applies a step to the same user's workbook and reads the saved file
 * back as Excel would; the steps the package writer refuses are listed in
 * test/plan/apply-plan-hosts.test.ts with the proof that it does.
 */
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import type { PlanStep } from "../../src/core/plan";
import { OWNED_RULE_FORMULA } from "../../src/cli/owned-highlight";
import { AddressError } from "../../src/core/address-error";
import { applyPlanToWorkbook, PlanSheetMissingError } from "../../src/cli/xlsx-apply-plan";
import { rawSheet } from "../core/rules/helpers";
import { excelJsBytes, patchedBytes, readBack, type Prepare } from "../plan/plan-hosts";
import ExcelJSModule from "exceljs";

jest.setTimeout(60000);

const START = {
  sheetNames: ["Sheet1", "文字稿"],
  sheets: [
    rawSheet("Sheet1", [
      ["指标", "数值"],
      ["甲", 1.5],
    ]),
    rawSheet("文字稿", [["去年的文字稿"], ["第二段"]]),
  ],
};

/** A conditional format of the user's own on Sheet1!B2 (kept by every highlight step). */
const USERS_FORMAT: Prepare = (wb) => {
  wb.getWorksheet("Sheet1")?.addConditionalFormatting({
    ref: "B2",
    rules: [{ type: "cellIs", operator: "greaterThan", formulae: ["100"], priority: 1, style: {} }],
  });
};

/** A saved file: as a program reads it, and its parts' XML. */
interface Saved {
  readonly wb: ExcelJS.Workbook;
  readonly part: (name: string) => Promise<string>;
}

async function saved(bytes: Buffer): Promise<Saved> {
  const zip = await JSZip.loadAsync(bytes);
  return { wb: await readBack(bytes), part: async (name) => (await zip.file(name)?.async("string")) ?? "" };
}
const sheet = (wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => wb.getWorksheet(name) as ExcelJS.Worksheet;

interface ConditionalFormat {
  readonly ref: string;
  readonly rules: readonly {
    readonly type: string;
    readonly formulae?: readonly string[];
    readonly style?: { fill?: { bgColor?: { argb?: string } } };
  }[];
}
const formatsOf = (ws: ExcelJS.Worksheet): ConditionalFormat[] =>
  (ws as unknown as { conditionalFormattings: ConditionalFormat[] }).conditionalFormattings;

interface Row {
  readonly kind: PlanStep["kind"];
  readonly what: string;
  readonly steps: readonly PlanStep[];
  readonly check: (wb: ExcelJS.Workbook, file: Saved) => void | Promise<void>;
  /** The user's workbook beyond its cells (their own conditional format by default). */
  readonly prepare?: Prepare;
  /** The package writer refuses this step (listed in test/plan/apply-plan-hosts.test.ts). */
  readonly exceljsOnly?: true;
}

const ADD = { kind: "addSheet", sheet: "输出" } as const;

const ROWS: readonly Row[] = [
  {
    kind: "addSheet",
    what: "adds a sheet after the others, once",
    steps: [ADD, ADD, { kind: "addSheet", sheet: "Sheet1" }],
    check: (wb) => expect(wb.worksheets.map((w) => w.name)).toEqual(["Sheet1", "文字稿", "输出"]),
  },
  {
    kind: "clearSheet",
    what: "empties a sheet of the add-in's own, keeping its place",
    steps: [
      { kind: "clearSheet", sheet: "文字稿" },
      { kind: "setValues", sheet: "文字稿", address: "A1", values: [["新"]] },
    ],
    check: (wb) => {
      expect(wb.worksheets.map((w) => w.name)).toEqual(["Sheet1", "文字稿"]);
      expect(sheet(wb, "文字稿").getCell("A1").value).toBe("新");
      expect(sheet(wb, "文字稿").getCell("A2").value).toBeNull();
    },
  },
  {
    kind: "renameSheet",
    what: "renames a sheet, its content kept",
    steps: [{ kind: "renameSheet", sheet: "文字稿", newName: "文字稿（已编辑）" }],
    check: (wb) => {
      expect(wb.worksheets.map((w) => w.name)).toEqual(["Sheet1", "文字稿（已编辑）"]);
      expect(sheet(wb, "文字稿（已编辑）").getCell("A2").value).toBe("第二段");
    },
  },
  {
    kind: "setValues",
    what: "writes numbers, booleans and text as they are — text that looks like a formula stays text — and null clears",
    steps: [
      { kind: "setValues", sheet: "Sheet1", address: "C1:F1", values: [["=SUM(A1)", 2.5, true, "-5"]] },
      { kind: "setValues", sheet: "Sheet1", address: "B2", values: [[null]] },
    ],
    check: (wb) => {
      const ws = sheet(wb, "Sheet1");
      expect([ws.getCell("C1").value, ws.getCell("D1").value, ws.getCell("E1").value, ws.getCell("F1").value]).toEqual([
        "=SUM(A1)",
        2.5,
        true,
        "-5",
      ]);
      expect(ws.getCell("B2").value).toBeNull();
      expect(ws.getCell("A2").value).toBe("甲");
    },
  },
  {
    kind: "setFormulas",
    what: "writes formulas without a result, and asks Excel to calculate on open",
    steps: [{ kind: "setFormulas", sheet: "Sheet1", address: "C2:D2", formulas: [["=B2*2", "=C2+1"]] }],
    check: async (wb, file) => {
      expect(sheet(wb, "Sheet1").getCell("C2").value).toMatchObject({ formula: "B2*2" });
      expect(sheet(wb, "Sheet1").getCell("D2").formula).toBe("C2+1");
      expect(await file.part("xl/workbook.xml")).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
    },
  },
  {
    kind: "setNumberFormats",
    what: "sets each cell's number format, the value kept",
    steps: [{ kind: "setNumberFormats", sheet: "Sheet1", address: "B1:B2", formats: [["@"], ["0.0%"]] }],
    check: (wb) => {
      expect(sheet(wb, "Sheet1").getCell("B1").numFmt).toBe("@");
      expect(sheet(wb, "Sheet1").getCell("B2").numFmt).toBe("0.0%");
      expect(sheet(wb, "Sheet1").getCell("B2").value).toBe(1.5);
    },
  },
  {
    kind: "setColumnWidths",
    what: "sets column widths in characters on a sheet of its own",
    steps: [ADD, { kind: "setColumnWidths", sheet: "输出", widths: [{ column: 1, width: 40 }] }],
    check: (wb) => expect(sheet(wb, "输出").getColumn(2).width).toBe(40),
  },
  {
    kind: "setFont",
    what: "sets bold, italic, colour, name and size",
    steps: [
      ADD,
      { kind: "setValues", sheet: "输出", address: "A1", values: [["标题"]] },
      {
        kind: "setFont",
        sheet: "输出",
        address: "A1",
        font: { bold: true, italic: true, color: "#A4262C", name: "黑体", size: 16 },
      },
    ],
    check: (wb) =>
      expect(sheet(wb, "输出").getCell("A1").font).toMatchObject({
        bold: true,
        italic: true,
        color: { argb: "FFA4262C" },
        name: "黑体",
        size: 16,
      }),
  },
  {
    kind: "setFill",
    what: "fills cells with a solid colour",
    steps: [ADD, { kind: "setFill", sheet: "输出", address: "A1:B1", color: "#FDE7E9" }],
    check: (wb) =>
      expect(sheet(wb, "输出").getCell("B1").fill).toMatchObject({
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: "FFFDE7E9" },
      }),
  },
  {
    kind: "setWrapText",
    what: "wraps text, aligned to the top",
    steps: [ADD, { kind: "setWrapText", sheet: "输出", address: "A1", wrap: true }],
    check: (wb) => expect(sheet(wb, "输出").getCell("A1").alignment).toMatchObject({ wrapText: true, vertical: "top" }),
  },
  {
    kind: "setAlignment",
    what: "aligns cells horizontally",
    steps: [ADD, { kind: "setAlignment", sheet: "输出", address: "A1", horizontal: "Center" }],
    check: (wb) => expect(sheet(wb, "输出").getCell("A1").alignment).toMatchObject({ horizontal: "center" }),
  },
  {
    kind: "addTable",
    what: "gives a table's header row a filter and the table look",
    steps: [
      ADD,
      {
        kind: "setValues",
        sheet: "输出",
        address: "A1:B2",
        values: [
          ["级别", "内容"],
          ["正文", "文字"],
        ],
      },
      { kind: "addTable", sheet: "输出", address: "A1:B2", name: "输出表", requires: "1.1" },
    ],
    check: (wb) => {
      const ws = sheet(wb, "输出");
      expect(ws.autoFilter).toBe("A1:B1");
      expect(ws.getCell("B1").fill).toMatchObject({ fgColor: { argb: "FFDDEBF7" } });
      expect(ws.getCell("B2").value).toBe("文字");
    },
  },
  {
    kind: "setValidationList",
    what: "offers a drop-down list, with a Chinese message for other values",
    steps: [
      ADD,
      { kind: "setValidationList", sheet: "输出", address: "A2:A3", list: ["正常", "滞后"], requires: "1.8" },
    ],
    check: (wb) =>
      expect(sheet(wb, "输出").getCell("A3").dataValidation).toMatchObject({
        type: "list",
        formulae: ['"正常,滞后"'],
        error: "请从下拉列表中选择：正常、滞后",
      }),
    exceljsOnly: true,
  },
  {
    kind: "freezeRows",
    what: "freezes the top rows",
    steps: [ADD, { kind: "freezeRows", sheet: "输出", rows: 1, requires: "1.7" }],
    check: (wb) => expect(sheet(wb, "输出").views[0]).toMatchObject({ state: "frozen", ySplit: 1 }),
  },
  {
    kind: "addOwnedHighlight",
    what: "marks cells with its own conditional formats, the user's kept",
    steps: [
      { kind: "addOwnedHighlight", sheet: "Sheet1", addresses: ["A2", "B1:B2"], highlight: "error", requires: "1.6" },
    ],
    check: (wb) => {
      const formats = formatsOf(sheet(wb, "Sheet1"));
      const owned = formats.filter((f) => f.rules.some((r) => r.formulae?.[0] === OWNED_RULE_FORMULA));
      expect(owned.map((f) => f.ref).join(" ")).toBe("A2 B1:B2");
      expect(owned[0]?.rules[0]?.style?.fill?.bgColor?.argb).toBe("FFFDE7E9");
      expect(formats.filter((f) => f.rules.some((r) => r.type === "cellIs")).map((f) => f.ref)).toEqual(["B2"]);
    },
  },
  {
    kind: "clearOwnedHighlights",
    what: "removes its own highlights of the last run, the user's kept",
    prepare: (wb) => {
      USERS_FORMAT(wb);
      wb.getWorksheet("Sheet1")?.addConditionalFormatting({
        ref: "A2",
        rules: [{ type: "expression", formulae: [OWNED_RULE_FORMULA], priority: 2, style: {} }],
      });
    },
    steps: [{ kind: "clearOwnedHighlights", sheets: ["Sheet1", "不存在的表"], requires: "1.6" }],
    check: (wb) => {
      const formats = formatsOf(sheet(wb, "Sheet1"));
      expect(formats.map((f) => f.ref)).toEqual(["B2"]);
      expect(formats[0]?.rules[0]?.type).toBe("cellIs");
    },
  },
  {
    kind: "activateSheet",
    what: "opens the workbook on a sheet",
    steps: [{ kind: "activateSheet", sheet: "文字稿" }],
    check: (wb) => expect(wb.views[0]?.activeTab).toBe(1),
    exceljsOnly: true,
  },
];

describe("the plan writers: every step kind has a row", () => {
  it("covers every kind of PlanStep", () => {
    const kinds: Record<PlanStep["kind"], true> = {
      addSheet: true,
      clearSheet: true,
      renameSheet: true,
      setValues: true,
      setFormulas: true,
      setNumberFormats: true,
      setColumnWidths: true,
      setFont: true,
      setFill: true,
      setWrapText: true,
      setAlignment: true,
      addTable: true,
      setValidationList: true,
      freezeRows: true,
      clearOwnedHighlights: true,
      addOwnedHighlight: true,
      activateSheet: true,
    };
    expect(new Set(ROWS.map((r) => r.kind))).toEqual(new Set(Object.keys(kinds)));
  });
});

describe("applyPlanToWorkbook (ExcelJS)", () => {
  it.each(ROWS.map((r) => [r.kind, r.what, r] as const))("%s %s", async (_, __, row) => {
    const file = await saved(await excelJsBytes(START, { steps: row.steps }, row.prepare ?? USERS_FORMAT));
    await row.check(file.wb, file);
  });

  it("names a plan address that is not an A1 range", () => {
    const wb = new ExcelJSModule.Workbook();
    wb.addWorksheet("Sheet1");
    expect(() =>
      applyPlanToWorkbook(wb, { steps: [{ kind: "setValues", sheet: "Sheet1", address: "第一行", values: [["x"]] }] }),
    ).toThrow(AddressError);
  });

  it("names a sheet the plan writes to without having added it", () => {
    const wb = new ExcelJSModule.Workbook();
    wb.addWorksheet("Sheet1");
    expect(() =>
      applyPlanToWorkbook(wb, { steps: [{ kind: "setValues", sheet: "文字稿", address: "A1", values: [["x"]] }] }),
    ).toThrow(expect.objectContaining({ code: "plan-sheet-missing", sheet: "文字稿" }));
    expect(() =>
      applyPlanToWorkbook(wb, { steps: [{ kind: "setValues", sheet: "文字稿", address: "A1", values: [["x"]] }] }),
    ).toThrow(PlanSheetMissingError);
  });
});

describe("writePatchedWorkbook (the user's file patched)", () => {
  it.each(ROWS.filter((r) => !r.exceljsOnly).map((r) => [r.kind, r.what, r] as const))("%s %s", async (_, __, row) => {
    const file = await saved(await patchedBytes(START, { steps: row.steps }, row.prepare ?? USERS_FORMAT));
    await row.check(file.wb, file);
  });

  it("leaves the parts of the user's sheets it does not write as they were", async () => {
    const before = await JSZip.loadAsync(await patchedBytes(START, { steps: [] }));
    const after = await JSZip.loadAsync(
      await patchedBytes(START, { steps: [{ kind: "setValues", sheet: "文字稿", address: "A3", values: [["新增"]] }] }),
    );
    const part = "xl/worksheets/sheet1.xml";
    expect(await after.file(part)?.async("string")).toBe(await before.file(part)?.async("string"));
  });

  it("names a plan address that is not an A1 range", async () => {
    await expect(
      patchedBytes(START, { steps: [{ kind: "setValues", sheet: "Sheet1", address: "第一行", values: [["x"]] }] }),
    ).rejects.toBeInstanceOf(AddressError);
  });
});
