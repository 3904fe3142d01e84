/**
 * Protected sheets and a protected workbook structure: Excel lets the add-in read them, not write
 * into them. 校验 and 生成文字稿 still read, validate and write what they can; the outcome names
 * each sheet that blocked a write. Newer hosts report protection in the read (ExcelApi 1.2 for
 * sheets, 1.7 for the structure); on ExcelApi 1.1 the add-in learns it from Excel's refusal.
 */
import { LAYOUT } from "../../src/core/layout";
import { sampleRawWorkbook } from "../../src/core/sample-workbook";
import { fixAction } from "../../src/core/actions/fix-action";
import { generate, runAction, validate } from "../../src/excel/run-actions";
import { SimExcelHost, type SimApiLevel } from "../../src/sim-excel";
import { cellsOf, withHost } from "./sim-helpers";

const INDICATORS = LAYOUT.indicators.name;
const PROJECTS = LAYOUT.projects.name;
const ISSUES = LAYOUT.issues.name;
const NARRATIVE = LAYOUT.narrative.name;

function ok<T extends { ok: boolean }>(outcome: T): Extract<T, { ok: true }> {
  if (!outcome.ok) throw new Error(`action failed: ${JSON.stringify(outcome)}`);
  return outcome as Extract<T, { ok: true }>;
}

/** The sample with a number stored as text in 主要指标!C2 and in 在建项目!D2. */
function hostWithErrors(level: SimApiLevel): SimExcelHost {
  const host = SimExcelHost.fromRawWorkbook(sampleRawWorkbook(), { level });
  host.putCells(INDICATORS, 1, 2, [["52.36"]]);
  host.putCells(PROJECTS, 1, 3, [["3000"]]);
  return host;
}

function sheetCells(host: SimExcelHost, sheet: string): Record<string, unknown> {
  return cellsOf(host.snapshot(), [sheet]);
}

describe.each(["1.1", "latest"] as const)("on ExcelApi %s", (level) => {
  const marks = level === "latest";

  it("校验 on a protected input sheet: the issues, 校验结果 and the other sheets; the sheet named with what it kept out", async () => {
    const host = hostWithErrors(level);
    host.protectSheet(INDICATORS);
    const before = sheetCells(host, INDICATORS);
    const outcome = ok(await withHost(host, () => validate()));

    expect(outcome.issues.some((i) => i.sheet === INDICATORS && i.cell === "C2" && i.severity === "error")).toBe(true);
    expect(outcome.issues.some((i) => i.sheet === PROJECTS && i.cell === "D2" && i.severity === "error")).toBe(true);
    expect(outcome.blocked).toEqual([
      {
        sheet: INDICATORS,
        message: `工作表“主要指标”受保护，完成率、同比增长公式${marks ? "和问题单元格标记" : ""}未写入；请在“审阅”选项卡撤销工作表保护后重试。`,
      },
    ]);
    expect(sheetCells(host, INDICATORS)).toEqual(before);
    expect(host.values(ISSUES, "B1:C1")).toEqual([["工作表", "单元格"]]);
    const listed = host.snapshot().sheets.find((s) => s.name === ISSUES)?.cells ?? {};
    expect(Object.values(listed).some((c) => c.value === "D2")).toBe(true);
    if (marks) {
      const projectMarks = host.snapshot().sheets.find((s) => s.name === PROJECTS)?.conditionalFormats ?? [];
      expect(projectMarks.map((f) => f.address)).toContain("D2");
    }
  });

  it("生成文字稿 on a protected input sheet: the text and its sheet, the issues, the sheet named", async () => {
    const host = hostWithErrors(level);
    host.protectSheet(INDICATORS);
    const outcome = ok(await withHost(host, () => generate()));
    expect(outcome.document.paragraphs.length).toBeGreaterThan(5);
    expect(outcome.issues.length).toBeGreaterThan(0);
    expect(outcome.blocked.map((b) => b.sheet)).toEqual([INDICATORS]);
    expect(outcome.blocked[0]?.message).toMatch(/^工作表“主要指标”受保护，完成率、同比增长公式/);
    const text = host.values(NARRATIVE, "A2:A3").map((r) => r[0]);
    expect(text[0]).toBe(outcome.document.paragraphs[0]?.text);
  });

  it("校验 with a protected 校验结果 sheet: the issues, the formulas and marks on the input sheets, 校验结果 named", async () => {
    const host = hostWithErrors(level);
    ok(await withHost(host, () => validate()));
    host.protectSheet(ISSUES);
    host.putCells(INDICATORS, 1, 2, [[52.36]]);
    const listBefore = sheetCells(host, ISSUES);
    const outcome = ok(await withHost(host, () => validate()));
    expect(outcome.issues.some((i) => i.sheet === INDICATORS && i.cell === "C2")).toBe(false);
    expect(outcome.blocked).toEqual([
      { sheet: ISSUES, message: "工作表“校验结果”受保护，校验结果未写入；请在“审阅”选项卡撤销工作表保护后重试。" },
    ]);
    expect(sheetCells(host, ISSUES)).toEqual(listBefore);
    expect(host.snapshot().sheets.find((s) => s.name === INDICATORS)?.cells["F2"]?.formula).toMatch(/^=/);
  });

  it("生成文字稿 on a structure-protected workbook keeps an edited 文字稿 as it is (it cannot be renamed), and says so", async () => {
    const host = hostWithErrors(level);
    ok(await withHost(host, () => generate()));
    host.putCells(NARRATIVE, 2, 0, [["这一段由人改过。"]]);
    const edited = sheetCells(host, NARRATIVE);
    host.protectStructure();
    const outcome = ok(await withHost(host, () => generate()));
    expect(outcome.blocked).toEqual([
      {
        sheet: NARRATIVE,
        message:
          "工作簿结构受保护，无法将工作表“文字稿”改名为“文字稿（修改稿）”保留，文字稿未写入；请在“审阅”选项卡撤销工作簿保护后重试。",
      },
    ]);
    expect(sheetCells(host, NARRATIVE)).toEqual(edited);
    expect(host.snapshot().sheets.map((s) => s.name)).not.toContain("文字稿（修改稿）");
  });

  it("a fix the pane applies to a protected sheet is not written, and says so", async () => {
    const host = hostWithErrors(level);
    host.protectSheet(PROJECTS);
    const outcome = ok(
      await withHost(host, () => runAction(fixAction({ kind: "textNumber", sheet: PROJECTS, cells: ["D2"] }))),
    );
    expect(outcome.changed).toBe(1);
    expect(outcome.blocked).toEqual([
      { sheet: PROJECTS, message: "工作表“在建项目”受保护，单元格内容未写入；请在“审阅”选项卡撤销工作表保护后重试。" },
    ]);
    expect(host.values(PROJECTS, "D2")).toEqual([["3000"]]);
  });

  it("校验 on a workbook whose structure is protected: no 校验结果 sheet can be added, said so; the rest is written", async () => {
    const host = hostWithErrors(level);
    host.protectStructure();
    const outcome = ok(await withHost(host, () => validate()));
    expect(outcome.issues.some((i) => i.sheet === PROJECTS && i.cell === "D2")).toBe(true);
    expect(outcome.blocked).toEqual([
      {
        sheet: ISSUES,
        message: "工作簿结构受保护，无法新建工作表“校验结果”，校验结果未写入；请在“审阅”选项卡撤销工作簿保护后重试。",
      },
    ]);
    expect(host.snapshot().sheets.map((s) => s.name)).not.toContain(ISSUES);
    expect(host.snapshot().sheets.find((s) => s.name === INDICATORS)?.cells["F2"]?.formula).toMatch(/^=/);
  });
});

describe("a protected 文字稿", () => {
  it("keeps the text the sheet holds as the one written, so the next run does not take it for a user's edit", async () => {
    const host = SimExcelHost.fromRawWorkbook(sampleRawWorkbook(), { level: "latest" });
    ok(await withHost(host, () => generate()));
    host.protectSheet(NARRATIVE);
    host.putCells(INDICATORS, 1, 2, [[60.5]]);
    const blocked = ok(await withHost(host, () => generate()));
    expect(blocked.blocked).toEqual([
      { sheet: NARRATIVE, message: "工作表“文字稿”受保护，文字稿未写入；请在“审阅”选项卡撤销工作表保护后重试。" },
    ]);
    host.protectSheet(NARRATIVE, false);
    const next = ok(await withHost(host, () => generate({ editedNarrative: "ask" })));
    expect(next.narrativeEdited).toBeFalsy();
  });
});
