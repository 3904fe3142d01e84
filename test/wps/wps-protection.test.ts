/**
 * Where WPS says no: a protected sheet, a protected workbook structure, a workbook opened read-only.
 * 校验 and 生成文字稿 still read, validate and give their issues and text; what could not be
 * written is left out and named in a Chinese sentence (as in the Excel edition), and the rest is
 * written.
 */
import { generateAction } from "../../src/core/actions/generate-action";
import { validateAction } from "../../src/core/actions/validate-action";
import { fixAction } from "../../src/core/actions/fix-action";
import { LAYOUT } from "../../src/core/layout";
import { sampleRawWorkbook } from "../../src/core/sample-workbook";
import { SimWpsHost } from "../../src/sim-wps/host";
import { SimWpsError } from "../../src/sim-wps/errors";
import type { GenerateResult, NarrativeDecisionNeeded } from "../../src/core/action-results";
import type { HostReport } from "../../src/core/host-action";
import { cellsOf } from "../excel/sim-helpers";
import { inWps, progress } from "./wps-helpers";

const INDICATORS = LAYOUT.indicators.name;
const PROJECTS = LAYOUT.projects.name;
const ISSUES = LAYOUT.issues.name;
const NARRATIVE = LAYOUT.narrative.name;

function generated(outcome: (GenerateResult | NarrativeDecisionNeeded) & HostReport): GenerateResult & HostReport {
  if (outcome.narrativeEdited) throw new Error("unexpected question about an edited 文字稿");
  return outcome;
}

/** The sample with a number stored as text in 主要指标!C2 and in 在建项目!D2. */
function hostWithErrors(options: { readOnly?: boolean } = {}): SimWpsHost {
  const host = SimWpsHost.fromRaw(sampleRawWorkbook(), { name: "2023年指标.xlsx", ...options });
  host.putCells(INDICATORS, 1, 2, [["52.36"]]);
  host.putCells(PROJECTS, 1, 3, [["3000"]]);
  return host;
}

function sheetCells(host: SimWpsHost, sheet: string): Record<string, unknown> {
  return cellsOf(host.snapshot(), [sheet]);
}

describe("protection in WPS", () => {
  it("the simulated WPS refuses a write into a protected sheet, as WPS does", () => {
    const host = hostWithErrors();
    host.protectSheet(INDICATORS);
    const sheet = host.application.ActiveWorkbook.Sheets.Item(INDICATORS);
    expect(sheet.ProtectContents).toBe(true);
    expect(() => {
      sheet.Range("C2").Value2 = 1;
    }).toThrow(SimWpsError);
  });

  it("校验 on a protected input sheet: the issues, 校验结果 and the other sheets; the sheet named with what it kept out", async () => {
    const host = hostWithErrors();
    host.protectSheet(INDICATORS);
    const before = sheetCells(host, INDICATORS);
    const outcome = await inWps(host, (b) => b.run(validateAction(), progress));
    expect(outcome.issues.some((i) => i.sheet === INDICATORS && i.cell === "C2" && i.severity === "error")).toBe(true);
    expect(outcome.blocked).toEqual([
      {
        sheet: INDICATORS,
        message:
          "工作表“主要指标”受保护，完成率、同比增长公式和问题单元格标记未写入；请在“审阅”选项卡撤销工作表保护后重试。",
      },
    ]);
    expect(sheetCells(host, INDICATORS)).toEqual(before);
    const listed = host.snapshot().sheets.find((s) => s.name === ISSUES)?.cells ?? {};
    expect(Object.values(listed).some((c) => c.value === "D2")).toBe(true);
    const marks = host.snapshot().sheets.find((s) => s.name === PROJECTS)?.conditionalFormats ?? [];
    expect(marks.map((f) => f.address)).toContain("D2");
  });

  it("生成文字稿 with a protected 文字稿: the text in the pane, the sheet named, no fingerprint recorded", async () => {
    const host = hostWithErrors();
    await inWps(host, (b) => b.run(generateAction({ editedNarrative: "ask" }), progress));
    const fingerprint = host.documentProperties.get("annualSummary.narrativeFingerprint");
    host.protectSheet(NARRATIVE);
    host.putCells(INDICATORS, 1, 2, [[60]]);
    const outcome = generated(
      await inWps(host, (b) => b.run(generateAction({ editedNarrative: "replace" }), progress)),
    );
    expect(outcome.document.paragraphs.length).toBeGreaterThan(5);
    expect(outcome.blocked).toEqual([
      { sheet: NARRATIVE, message: "工作表“文字稿”受保护，文字稿未写入；请在“审阅”选项卡撤销工作表保护后重试。" },
    ]);
    expect(host.documentProperties.get("annualSummary.narrativeFingerprint")).toBe(fingerprint);
  });

  it("生成文字稿 on a structure-protected workbook keeps an edited 文字稿 as it is (it cannot be renamed), and says so", async () => {
    const host = hostWithErrors();
    await inWps(host, (b) => b.run(generateAction({ editedNarrative: "ask" }), progress));
    host.putCells(NARRATIVE, 2, 0, [["这一段由人改过。"]]);
    const edited = sheetCells(host, NARRATIVE);
    host.protectStructure();
    const outcome = generated(await inWps(host, (b) => b.run(generateAction({ editedNarrative: "keep" }), progress)));
    expect(outcome.blocked).toEqual([
      {
        sheet: NARRATIVE,
        message:
          "工作簿结构受保护，无法将工作表“文字稿”改名为“文字稿（修改稿）”保留，文字稿未写入；请在“审阅”选项卡撤销工作簿保护后重试。",
      },
    ]);
    expect(sheetCells(host, NARRATIVE)).toEqual(edited);
  });

  it("校验 on a new structure-protected workbook: 校验结果 cannot be added, the issues still come back", async () => {
    const host = hostWithErrors();
    host.protectStructure();
    const outcome = await inWps(host, (b) => b.run(validateAction(), progress));
    expect(outcome.issues.length).toBeGreaterThan(0);
    expect(outcome.blocked).toEqual([
      {
        sheet: ISSUES,
        message: "工作簿结构受保护，无法新建工作表“校验结果”，校验结果未写入；请在“审阅”选项卡撤销工作簿保护后重试。",
      },
    ]);
    expect(host.snapshot().sheets.map((s) => s.name)).not.toContain(ISSUES);
  });
});

describe("a workbook opened read-only in WPS", () => {
  it("校验 writes nothing, gives every issue, and says why in one sentence naming the workbook and the sheets", async () => {
    const host = hostWithErrors({ readOnly: true });
    const before = host.snapshot();
    const outcome = await inWps(host, (b) => b.run(validateAction(), progress));
    expect(outcome.issues.some((i) => i.sheet === PROJECTS && i.cell === "D2")).toBe(true);
    expect(host.snapshot()).toEqual(before);
    expect(outcome.blocked).toEqual([
      {
        sheet: INDICATORS,
        message:
          "工作簿“2023年指标.xlsx”是以只读方式打开的，“主要指标”“校验结果”“参数”“在建项目”“在谈项目”“荣誉”“数据项”均未写入；请关闭后以可编辑方式打开（或另存一份）再重试。",
      },
    ]);
  });

  it("生成文字稿 gives the text for the pane, writes nothing, records no fingerprint, and names 文字稿 as not written", async () => {
    const host = hostWithErrors({ readOnly: true });
    const before = host.snapshot();
    const outcome = generated(await inWps(host, (b) => b.run(generateAction({ editedNarrative: "ask" }), progress)));
    expect(outcome.document.paragraphs.length).toBeGreaterThan(5);
    expect(host.snapshot()).toEqual(before);
    expect(host.documentProperties.size).toBe(0);
    expect((outcome.blocked ?? []).map((b) => b.sheet)).toEqual([NARRATIVE]);
    expect(outcome.blocked?.[0]?.message).toMatch(/^工作簿“2023年指标\.xlsx”是以只读方式打开的，.*“文字稿”.*均未写入/);
  });

  it("a fix from the pane is not applied, and the pane is told", async () => {
    const host = hostWithErrors({ readOnly: true });
    const applied = await inWps(host, (b) =>
      b.run(fixAction({ kind: "textNumber", sheet: INDICATORS, cells: ["C2"] }), progress),
    );
    expect(applied.blocked?.length).toBe(1);
    expect(host.values(INDICATORS, "C2")).toEqual([["52.36"]]);
  });
});
