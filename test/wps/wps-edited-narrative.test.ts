/**
 * 生成文字稿 in WPS never replaces an edited 文字稿 without being told to: the fingerprint of what
 * it wrote is kept in the workbook's custom document properties (saved with the file), under the
 * name the Excel edition uses; the pane is asked; "keep" saves the edited sheet under another name.
 * Where a file format has no custom properties, the add-in's PluginStorage keeps the fingerprint
 * for the WPS session.
 */
import { generateAction } from "../../src/core/actions/generate-action";
import { LAYOUT } from "../../src/core/layout";
import { NARRATIVE_FINGERPRINT_SETTING } from "../../src/core/narrative-edits";
import { sampleRawWorkbook } from "../../src/core/sample-workbook";
import { SimWpsHost } from "../../src/sim-wps/host";
import type { GenerateResult, NarrativeDecisionNeeded } from "../../src/core/action-results";
import type { HostReport } from "../../src/core/host-action";
import { GOLDEN } from "../golden/golden-sentences";
import { columnA, inWps, progress } from "./wps-helpers";

const NARRATIVE = LAYOUT.narrative.name;
const KEPT = `${NARRATIVE}（修改稿）`;
const EDIT = "（本段已由办公室修改）预计到12月底，实现工业销售收入52.36亿元。";

function generated(outcome: (GenerateResult | NarrativeDecisionNeeded) & HostReport): GenerateResult & HostReport {
  if (outcome.narrativeEdited) throw new Error("unexpected question about an edited 文字稿");
  return outcome;
}

async function generatedHost(options: { noCustomProperties?: boolean } = {}): Promise<SimWpsHost> {
  const host = SimWpsHost.fromRaw(sampleRawWorkbook(), options);
  await inWps(host, (b) => b.run(generateAction({ editedNarrative: "ask" }), progress));
  return host;
}

function names(host: SimWpsHost): string[] {
  return host.snapshot().sheets.map((s) => s.name);
}

describe("an edited 文字稿 in WPS", () => {
  it("keeps the fingerprint in a custom document property, so an unchanged 文字稿 is replaced without asking", async () => {
    const host = await generatedHost();
    expect(host.documentProperties.get(NARRATIVE_FINGERPRINT_SETTING)).toEqual(expect.any(String));
    const again = generated(await inWps(host, (b) => b.run(generateAction({ editedNarrative: "ask" }), progress)));
    expect(again.keptNarrativeAs).toBeUndefined();
    expect(names(host)).not.toContain(KEPT);
  });

  it("stops before writing anything when asked to, and says the add-in wrote the sheet", async () => {
    const host = await generatedHost();
    host.putCells(NARRATIVE, 3, 0, [[EDIT]]);
    const before = host.snapshot();
    const outcome = await inWps(host, (b) => b.run(generateAction({ editedNarrative: "ask" }), progress));
    expect(outcome).toEqual({ narrativeEdited: true, unknownOrigin: false, skipped: [], blocked: [] });
    expect(host.snapshot()).toEqual(before);
  });

  it("keeps the edited sheet as 文字稿（修改稿） and writes a new 文字稿 beside it", async () => {
    const host = await generatedHost();
    host.putCells(NARRATIVE, 3, 0, [[EDIT]]);
    const edited = columnA(host, NARRATIVE);
    const outcome = generated(await inWps(host, (b) => b.run(generateAction({ editedNarrative: "keep" }), progress)));
    expect(outcome.keptNarrativeAs).toBe(KEPT);
    expect(columnA(host, KEPT)).toEqual(edited);
    expect(columnA(host, NARRATIVE).join("\n")).toContain(GOLDEN.sectionOne);
    expect(columnA(host, NARRATIVE)).not.toContain(EDIT);
    expect(names(host).filter((n) => n.startsWith(NARRATIVE))).toEqual([KEPT, NARRATIVE]);
    // the new sheet is the add-in's again
    const next = await inWps(host, (b) => b.run(generateAction({ editedNarrative: "ask" }), progress));
    expect(next.narrativeEdited).toBeFalsy();
  });

  it("replaces the edited sheet when told to", async () => {
    const host = await generatedHost();
    host.putCells(NARRATIVE, 3, 0, [[EDIT]]);
    generated(await inWps(host, (b) => b.run(generateAction({ editedNarrative: "replace" }), progress)));
    expect(columnA(host, NARRATIVE)).not.toContain(EDIT);
    expect(names(host)).not.toContain(KEPT);
  });

  it("asks about a 文字稿 it has no record of writing (written elsewhere, or by the command line)", async () => {
    const host = await generatedHost();
    host.documentProperties.clear();
    expect(await inWps(host, (b) => b.run(generateAction({ editedNarrative: "ask" }), progress))).toEqual({
      narrativeEdited: true,
      unknownOrigin: true,
      skipped: [],
      blocked: [],
    });
  });

  it("recognises a 文字稿 the Excel edition wrote: the same property name as Excel's setting", async () => {
    const host = await generatedHost();
    const fingerprint = host.documentProperties.get(NARRATIVE_FINGERPRINT_SETTING);
    host.documentProperties.clear();
    host.documentProperties.set(NARRATIVE_FINGERPRINT_SETTING, fingerprint);
    const outcome = await inWps(host, (b) => b.run(generateAction({ editedNarrative: "ask" }), progress));
    expect(outcome.narrativeEdited).toBeFalsy();
  });

  it("keeps the fingerprint in PluginStorage where the file has no custom properties, and still notices an edit", async () => {
    const host = await generatedHost({ noCustomProperties: true });
    expect(Array.from(host.pluginStorage.keys())).toEqual([`${NARRATIVE_FINGERPRINT_SETTING}@D:\\统计\\工作簿1.xlsx`]);
    const again = await inWps(host, (b) => b.run(generateAction({ editedNarrative: "ask" }), progress));
    expect(again.narrativeEdited).toBeFalsy();
    host.putCells(NARRATIVE, 3, 0, [[EDIT]]);
    expect(await inWps(host, (b) => b.run(generateAction({ editedNarrative: "ask" }), progress))).toEqual({
      narrativeEdited: true,
      unknownOrigin: false,
      skipped: [],
      blocked: [],
    });
  });
});
