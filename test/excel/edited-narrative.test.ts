/**
 * 生成文字稿 never replaces a 文字稿 sheet that someone edited without being told to: on the
 * simulated host, at every ExcelApi level, an edit is noticed (through the fingerprint kept in the
 * document's settings), the pane is asked, and "keep" saves the edited sheet under another name.
 */
import { LAYOUT } from "../../src/core/layout";
import { NARRATIVE_FINGERPRINT_SETTING } from "../../src/core/narrative-edits";
import { sampleRawWorkbook } from "../../src/core/sample-workbook";
import { generate } from "../../src/excel/run-actions";
import { GOLDEN } from "../golden/golden-sentences";
import { SIM_API_LEVELS, SimExcelHost } from "../../src/sim-excel";
import { withHost } from "./sim-helpers";

const NARRATIVE = LAYOUT.narrative.name;
const EDIT = "（本段已由办公室修改）预计到12月底，实现工业销售收入52.36亿元。";

function ok<T extends { ok: boolean }>(outcome: T): Extract<T, { ok: true }> {
  if (!outcome.ok) throw new Error(`action failed: ${JSON.stringify(outcome)}`);
  return outcome as Extract<T, { ok: true }>;
}

function sheetNames(host: SimExcelHost): string[] {
  return host.snapshot().sheets.map((s) => s.name);
}

function cell(host: SimExcelHost, sheet: string, address: string): unknown {
  return host.snapshot().sheets.find((s) => s.name === sheet)?.cells[address]?.value;
}

function columnA(host: SimExcelHost, sheet: string): string {
  const snap = host.snapshot().sheets.find((s) => s.name === sheet);
  if (!snap) return "";
  return Object.keys(snap.cells)
    .filter((a) => /^A\d+$/.test(a))
    .map((a) => String(snap.cells[a]?.value ?? ""))
    .join("\n");
}

/** The sample workbook, generated once: its 文字稿 as the add-in wrote it. */
async function generatedHost(level: (typeof SIM_API_LEVELS)[number]): Promise<SimExcelHost> {
  const host = SimExcelHost.fromRawWorkbook(sampleRawWorkbook(), { level });
  ok(await withHost(host, () => generate()));
  return host;
}

describe.each(SIM_API_LEVELS)("an edited 文字稿 on ExcelApi %s", (level) => {
  it("keeps the fingerprint of what it wrote, so an unchanged 文字稿 is replaced without asking, in 3 syncs", async () => {
    const host = await generatedHost(level);
    expect(host.settings.get(NARRATIVE_FINGERPRINT_SETTING)).toEqual(expect.any(String));
    host.resetStats();
    const again = ok(await withHost(host, () => generate({ editedNarrative: "ask" })));
    expect(again.narrativeEdited).toBeFalsy();
    expect(host.stats.syncCount).toBe(3);
    expect(sheetNames(host)).not.toContain(`${NARRATIVE}（修改稿）`);
  });

  it("stops before writing anything when asked to, and says whether the add-in wrote the sheet", async () => {
    const host = await generatedHost(level);
    host.putCells(NARRATIVE, 3, 0, [[EDIT]]);
    const before = host.snapshot();
    host.resetStats();
    const outcome = ok(await withHost(host, () => generate({ editedNarrative: "ask" })));
    expect(outcome).toMatchObject({ narrativeEdited: true, unknownOrigin: false });
    expect(host.snapshot()).toEqual(before);
    expect(host.stats.syncCount).toBe(2);
  });

  it("keeps the edited sheet as 文字稿（修改稿） and writes a new 文字稿 beside it", async () => {
    const host = await generatedHost(level);
    host.putCells(NARRATIVE, 3, 0, [[EDIT]]);
    const edited = columnA(host, NARRATIVE);
    const outcome = ok(await withHost(host, () => generate({ editedNarrative: "keep" })));
    if (outcome.narrativeEdited) throw new Error("a choice was given; it must not ask");
    expect(outcome.keptNarrativeAs).toBe(`${NARRATIVE}（修改稿）`);
    expect(columnA(host, `${NARRATIVE}（修改稿）`)).toBe(edited);
    expect(cell(host, `${NARRATIVE}（修改稿）`, "A4")).toBe(EDIT);
    const fresh = columnA(host, NARRATIVE);
    expect(fresh).not.toContain(EDIT);
    expect(fresh).toContain(GOLDEN.sectionOne);
    // the new sheet is the add-in's again: the next run neither asks nor keeps another copy
    const next = ok(await withHost(host, () => generate({ editedNarrative: "ask" })));
    expect(next.narrativeEdited).toBeFalsy();
    // the kept copy stays where the old sheet was; the new 文字稿 is added after the last sheet
    expect(sheetNames(host).filter((n) => n.startsWith(NARRATIVE))).toEqual([`${NARRATIVE}（修改稿）`, NARRATIVE]);
  });

  it("keeps by default, numbering a second kept copy", async () => {
    const host = await generatedHost(level);
    host.putCells(NARRATIVE, 3, 0, [[EDIT]]);
    ok(await withHost(host, () => generate()));
    host.putCells(NARRATIVE, 5, 0, [["第二次修改"]]);
    const second = ok(await withHost(host, () => generate()));
    expect(second.keptNarrativeAs).toBe(`${NARRATIVE}（修改稿2）`);
    expect(cell(host, `${NARRATIVE}（修改稿）`, "A4")).toBe(EDIT);
    expect(cell(host, `${NARRATIVE}（修改稿2）`, "A6")).toBe("第二次修改");
  });

  it("replaces the edited sheet when told to", async () => {
    const host = await generatedHost(level);
    host.putCells(NARRATIVE, 3, 0, [[EDIT]]);
    const outcome = ok(await withHost(host, () => generate({ editedNarrative: "replace" })));
    expect(outcome.keptNarrativeAs).toBeUndefined();
    expect(columnA(host, NARRATIVE)).not.toContain(EDIT);
    expect(sheetNames(host)).not.toContain(`${NARRATIVE}（修改稿）`);
  });

  it("counts a note typed beside the text as an edit", async () => {
    const host = await generatedHost(level);
    host.putCells(NARRATIVE, 1, 6, [["请核对此段数字"]]);
    const outcome = ok(await withHost(host, () => generate({ editedNarrative: "ask" })));
    expect(outcome.narrativeEdited).toBe(true);
  });

  it("asks about a 文字稿 the add-in has no record of writing (another copy, the command line)", async () => {
    const host = await generatedHost(level);
    host.settings.clear();
    const outcome = ok(await withHost(host, () => generate({ editedNarrative: "ask" })));
    expect(outcome).toMatchObject({ narrativeEdited: true, unknownOrigin: true });
  });
});
