/**
 * The WPS edition on the simulated WPS 表格, through the pane's backend as the task pane uses it:
 * 建立表格, 校验, 生成文字稿, a fix, go to cell, report types — and the workbook each leaves is the
 * one the Excel edition leaves on the simulated Excel host (same cells, formulas, formats,
 * highlights, lists, tables, frozen rows, column widths).
 */
import { generateAction } from "../../src/core/actions/generate-action";
import { validateAction } from "../../src/core/actions/validate-action";
import { layoutAction } from "../../src/core/actions/layout-action";
import { fixAction } from "../../src/core/actions/fix-action";
import { LAYOUT } from "../../src/core/layout";
import { completionRate, growthRate } from "../../src/core/metrics";
import { parseCell } from "../../src/core/parse-cell";
import { OWNED_HIGHLIGHT_MARKER } from "../../src/core/plan";
import { SAMPLE_DATA } from "../../src/core/sample-data";
import { sampleRawWorkbook } from "../../src/core/sample-workbook";
import { createLayout, generate, validate } from "../../src/excel/run-actions";
import { SimWpsHost } from "../../src/sim-wps/host";
import type { GenerateResult, NarrativeDecisionNeeded } from "../../src/core/action-results";
import type { HostReport } from "../../src/core/host-action";
import { fixFor } from "../../src/core/fix-options";
import { GOLDEN } from "../golden/golden-sentences";
import { cellsOf, pick, withHost } from "../excel/sim-helpers";
import { columnA, excelTwin, inWps, progress, sampleWps, workbookEmpty } from "./wps-helpers";

const INDICATORS = LAYOUT.indicators.name;
const NARRATIVE = LAYOUT.narrative.name;
const ISSUES = LAYOUT.issues.name;
const OWNED = `=N("${OWNED_HIGHLIGHT_MARKER}")=0`;

function generated(outcome: (GenerateResult | NarrativeDecisionNeeded) & HostReport): GenerateResult & HostReport {
  if (outcome.narrativeEdited) throw new Error("unexpected question about an edited 文字稿");
  return outcome;
}

function ownedHighlights(host: SimWpsHost): { sheet: string; address: string; fill?: string }[] {
  return host
    .snapshot()
    .sheets.flatMap((s) =>
      s.conditionalFormats
        .filter((f) => f.formula === OWNED)
        .map((f) => ({ sheet: s.name, address: f.address, fill: f.fill })),
    );
}

describe("建立表格 in WPS", () => {
  it("lays out an empty workbook as the Excel edition does: sheets, headers, tables, lists, frozen header rows, widths", async () => {
    const host = new SimWpsHost();
    host.addSheet("Sheet1");
    const outcome = await inWps(host, (b) => b.run(layoutAction({ sample: false }), progress));
    expect(outcome.blocked).toEqual([]);
    expect(outcome.skipped).toEqual([]);
    const snap = host.snapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      "参数",
      "主要指标",
      "在建项目",
      "在谈项目",
      "荣誉",
      "数据项",
      "模板",
      "模板（月度进展）",
    ]);
    expect(host.values(INDICATORS, "A1:I1")).toEqual([LAYOUT.indicators.columns.map((c) => c.header)]);
    const indicators = snap.sheets.find((s) => s.name === INDICATORS);
    expect(indicators?.tables).toEqual([{ name: LAYOUT.indicators.tableName, address: "A1:I2" }]);
    expect(indicators?.frozenRows).toBe(1);
    expect(
      Object.keys(snap.sheets.find((s) => s.name === LAYOUT.projects.name)?.validationLists ?? {}).length,
    ).toBeGreaterThan(0);
    // adding sheets and freezing panes activate sheets in WPS; the user's sheet is active again afterwards
    expect(snap.activeSheet).toBe("Sheet1");

    const excel = excelTwin({ sheetNames: ["Sheet1"], sheets: [] });
    await withHost(excel, () => createLayout());
    expect(snap).toEqual(excel.snapshot());
  });

  it("completes a partial workbook without changing any cell a user typed", async () => {
    const host = new SimWpsHost();
    host.addSheet("我的表");
    host.putCells("我的表", 0, 0, [["=SUM(1)", "-5", "@备注"]]);
    host.addSheet(INDICATORS);
    host.putCells(INDICATORS, 0, 0, [
      ["指标", "单位", "全年预计", "自定义列"],
      ["工业销售收入", "亿元", 52.36, "保留"],
      ["出口额", "万美元", "8650", null],
    ]);
    host.putFormat(INDICATORS, "A2", { fill: "#FFFF00", bold: true });
    host.putConditionalFormat(INDICATORS, "C2:C3", "CellValue", "=0", "#FF0000");
    const before = host.snapshot();
    const userCells = cellsOf(before);
    await inWps(host, (b) => b.run(layoutAction({ sample: false }), progress));
    const after = host.snapshot();
    expect(pick(cellsOf(after), Object.keys(userCells))).toEqual(userCells);
    expect(after.sheets.find((s) => s.name === INDICATORS)?.conditionalFormats).toEqual(
      before.sheets.find((s) => s.name === INDICATORS)?.conditionalFormats,
    );
    expect(host.values(INDICATORS, "E1")).toEqual([["年度任务"]]);
  });

  it("offers the sample on an empty workbook, and writes it when asked", async () => {
    const host = new SimWpsHost();
    host.addSheet("Sheet1");
    await inWps(host, async (b) => {
      expect(await workbookEmpty(b)).toBe(true);
      await b.run(layoutAction({ sample: true }), progress);
      expect(await workbookEmpty(b)).toBe(false);
    });
    expect(host.values(INDICATORS, "A2:C2")).toEqual([["工业销售收入", "亿元", 52.36]]);
  });
});

describe("生成文字稿 in WPS", () => {
  it("writes the golden sentences to 文字稿, and 完成率/同比增长 as live formulas whose values are the code's", async () => {
    const host = sampleWps();
    const outcome = generated(await inWps(host, (b) => b.run(generateAction({ editedNarrative: "ask" }), progress)));
    const text = columnA(host, NARRATIVE);
    for (const sentence of Object.values(GOLDEN)) expect(text.some((t) => t.indexOf(sentence) >= 0)).toBe(true);
    expect(outcome.document.paragraphs.length).toBe(text.length - 1);

    const rows = SAMPLE_DATA.indicators.rows;
    const sheet = host.snapshot().sheets.find((s) => s.name === INDICATORS);
    rows.forEach((row, i) => {
      const completion = completionRate(parseCell(row["estimate"] ?? null), parseCell(row["target"] ?? null));
      const growth = growthRate(parseCell(row["estimate"] ?? null), parseCell(row["lastYear"] ?? null));
      const f = sheet?.cells[`F${i + 2}`];
      const g = sheet?.cells[`G${i + 2}`];
      expect(f?.formula).toMatch(/^=/);
      expect(g?.formula).toMatch(/^=/);
      expect(f?.value ?? "").toBe(completion === undefined ? "" : completion);
      expect(g?.value ?? "").toBe(growth === undefined ? "" : growth);
    });
    expect(host.text(INDICATORS, "F2:G7")).toEqual([
      ["104.7%", "16.0%"],
      ["93.0%", "14.8%"],
      ["96.1%", "-5.2%"],
      ["107.0%", "11.8%"],
      ["107.2%", "19.6%"],
      ["100.0%", "12.2%"],
    ]);
  });

  it("leaves the workbook the Excel edition leaves, for 校验 and for 生成文字稿", async () => {
    const raw = sampleRawWorkbook();
    const wps = SimWpsHost.fromRaw(raw);
    wps.putCells(INDICATORS, 1, 2, [["52.36"]]);
    const excel = excelTwin(raw);
    excel.putCells(INDICATORS, 1, 2, [["52.36"]]);
    await inWps(wps, (b) => b.run(validateAction(), progress));
    await withHost(excel, () => validate());
    expect(wps.snapshot()).toEqual(excel.snapshot());
    await inWps(wps, (b) => b.run(generateAction({ editedNarrative: "keep" }), progress));
    await withHost(excel, () => generate());
    expect(wps.snapshot()).toEqual(excel.snapshot());
  });

  it("gives an identical workbook when it runs twice", async () => {
    const host = sampleWps();
    await inWps(host, (b) => b.run(generateAction({ editedNarrative: "ask" }), progress));
    const first = host.snapshot();
    const again = generated(await inWps(host, (b) => b.run(generateAction({ editedNarrative: "ask" }), progress)));
    expect(again.keptNarrativeAs).toBeUndefined();
    expect(host.snapshot()).toEqual(first);
  });

  it("writes the report chosen: 月度进展 goes to 文字稿（月度进展）, the annual 文字稿 untouched", async () => {
    const host = new SimWpsHost();
    host.addSheet("Sheet1");
    await inWps(host, async (b) => {
      await b.run(layoutAction({ sample: true }), progress);
      const outcome = generated(await b.run(generateAction({ editedNarrative: "ask", report: "月度进展" }), progress));
      expect(outcome.report).toEqual({
        name: "月度进展",
        templateSheet: "模板（月度进展）",
        outputSheet: "文字稿（月度进展）",
      });
    });
    const names = host.snapshot().sheets.map((s) => s.name);
    expect(names).toContain("文字稿（月度进展）");
    expect(names).not.toContain(NARRATIVE);
    expect(columnA(host, "文字稿（月度进展）").length).toBeGreaterThan(3);
    expect(host.documentProperties.get("annualSummary.narrativeFingerprint.文字稿（月度进展）")).toEqual(
      expect.any(String),
    );
  });
});

describe("校验 in WPS", () => {
  it("lists an error in 校验结果 with a link, marks the cell with its own format condition, and removes only its own once fixed", async () => {
    const host = sampleWps();
    host.putCells(INDICATORS, 1, 2, [["52.36"]]);
    host.putConditionalFormat(INDICATORS, "C2:C7", "CellValue", "=0", "#00FF00");
    const outcome = await inWps(host, (b) => b.run(validateAction(), progress));
    expect(outcome.issues.find((i) => i.sheet === INDICATORS && i.cell === "C2")?.severity).toBe("error");
    const list = host.snapshot().sheets.find((s) => s.name === ISSUES)?.cells ?? {};
    const row = Object.keys(list).find(
      (a) => /^C\d+$/.test(a) && list[a]?.value === "C2" && list[`B${a.slice(1)}`]?.value === INDICATORS,
    );
    expect(list[row ?? "C0"]?.formula).toBe(`=HYPERLINK("#'${INDICATORS}'!C2","C2")`);
    expect(ownedHighlights(host)).toContainEqual({ sheet: INDICATORS, address: "C2", fill: "#FFC7CE" });

    host.putCells(INDICATORS, 1, 2, [[52.36]]);
    const fixed = await inWps(host, (b) => b.run(validateAction(), progress));
    expect(fixed.issues.some((i) => i.sheet === INDICATORS && i.cell === "C2" && i.severity === "error")).toBe(false);
    expect(ownedHighlights(host).filter((h) => h.sheet === INDICATORS)).toEqual([]);
    expect(host.snapshot().sheets.find((s) => s.name === INDICATORS)?.conditionalFormats).toEqual([
      { address: "C2:C7", type: "CellValue", formula: "=0", fill: "#00FF00" },
    ]);
  });

  it("applies the pane's fix (转换为数字) and the error is gone on the next 校验", async () => {
    const host = sampleWps();
    host.putCells(INDICATORS, 1, 2, [["52.36"]]);
    await inWps(host, async (b) => {
      const outcome = await b.run(validateAction(), progress);
      const issue = outcome.issues.find((i) => i.sheet === INDICATORS && i.cell === "C2");
      const fix = issue ? fixFor(issue) : undefined;
      if (!fix) throw new Error("no fix offered for 主要指标!C2");
      const applied = await b.run(fixAction(fix), progress);
      expect(applied.changed).toBe(1);
      expect(applied.blocked).toEqual([]);
      const again = await b.run(validateAction(), progress);
      expect(again.issues.some((i) => i.sheet === INDICATORS && i.cell === "C2")).toBe(false);
    });
    expect(host.values(INDICATORS, "C2")).toEqual([[52.36]]);
  });

  it("goes to a cell: activates its sheet and selects it", async () => {
    const host = sampleWps();
    await inWps(host, (b) => b.goToCell("在建项目", "C5"));
    expect(host.snapshot().activeSheet).toBe("在建项目");
    expect(host.snapshot().selection).toBe("在建项目!C5");
  });
});

describe("failures in WPS reach the pane in Chinese", () => {
  it("says so when no workbook is open", async () => {
    const host = sampleWps();
    const restore = host.install();
    try {
      (globalThis as unknown as { Application: unknown }).Application = { ActiveWorkbook: null };
      const { createWpsBackend } = await import("../../src/wps/wps-backend");
      await expect(createWpsBackend().run(validateAction(), progress)).rejects.toMatchObject({
        userMessage: "WPS 表格中没有打开的工作簿。请先打开或新建一个工作簿。",
      });
    } finally {
      restore();
    }
  });

  it("keeps WPS's own words for a refusal it did not foresee", async () => {
    const host = sampleWps();
    await expect(inWps(host, (b) => b.goToCell("没有这张表", "A1"))).rejects.toMatchObject({
      userMessage: expect.stringMatching(/^WPS 表格拒绝了本次定位：下标越界/),
    });
  });
});
