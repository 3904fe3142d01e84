/**
 * The workbooks the Excel edition is held to, run through the WPS edition on the simulated WPS
 * 表格: every golden case of test/golden/ (the sample and its variations) and the two other units'
 * workbooks of test/fixtures/units/ (their own headers, synonyms, extra columns and 模板). For each,
 * 生成文字稿 in WPS writes to 文字稿 exactly what the core renders (the golden narrative.txt, line
 * for line), returns the core's issues, and leaves the same workbook as the Excel edition does on
 * the simulated Excel host.
 */
import { generateAction } from "../../src/core/actions/generate-action";
import * as fs from "fs";
import * as path from "path";
import { toPlainText } from "../../src/core/document";
import { generate as generateCore } from "../../src/core/generate";
import { LAYOUT } from "../../src/core/layout";
import { narrativeSheetValues } from "../../src/core/output-plan";
import type { RawCell, RawWorkbook } from "../../src/core/raw-cell";
import { generate } from "../../src/excel/run-actions";
import { SimWpsHost } from "../../src/sim-wps/host";
import type { GenerateResult, NarrativeDecisionNeeded } from "../../src/core/action-results";
import type { HostReport } from "../../src/core/host-action";
import { withHost } from "../excel/sim-helpers";
import { goldenWorkbook, type GoldenInput } from "../golden/golden-input";
import { unitSheet, unitWorkbook, type UnitWorkbook } from "../core/units/unit-workbook";
import { excelTwin, inWps, progress } from "./wps-helpers";

const GOLDEN_ROOT = path.join(__dirname, "..", "golden");
const UNITS_ROOT = path.join(__dirname, "..", "fixtures", "units");

function generated(outcome: (GenerateResult | NarrativeDecisionNeeded) & HostReport): GenerateResult & HostReport {
  if (outcome.narrativeEdited) throw new Error("unexpected question about an edited 文字稿");
  return outcome;
}

const goldenCases = fs
  .readdirSync(GOLDEN_ROOT)
  .filter((name) => fs.existsSync(path.join(GOLDEN_ROOT, name, "input.json")))
  .sort();

function goldenCase(name: string): { workbook: RawWorkbook; expected: string } {
  const input = JSON.parse(fs.readFileSync(path.join(GOLDEN_ROOT, name, "input.json"), "utf8")) as GoldenInput;
  return {
    workbook: goldenWorkbook(input),
    expected: fs.readFileSync(path.join(GOLDEN_ROOT, name, "narrative.txt"), "utf8"),
  };
}

const units = fs
  .readdirSync(UNITS_ROOT)
  .filter((n) => fs.existsSync(path.join(UNITS_ROOT, n, "workbook.json")))
  .sort();

function unitCase(name: string): RawWorkbook {
  const dir = path.join(UNITS_ROOT, name);
  const workbook = JSON.parse(fs.readFileSync(path.join(dir, "workbook.json"), "utf8")) as UnitWorkbook;
  const template = fs
    .readFileSync(path.join(dir, "template.tsv"), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => l.split("\t") as [string, string]);
  const raw = unitWorkbook(workbook);
  const templateSheet = unitSheet({ name: "模板", rows: [["级别", "内容"], ...template] as RawCell[][] });
  return { sheetNames: [...raw.sheetNames, "模板"], sheets: [...raw.sheets, templateSheet] };
}

/** Runs 生成文字稿 in WPS and in Excel on the same workbook; checks both against the core. */
async function bothEditions(raw: RawWorkbook): Promise<{ wps: SimWpsHost; text: string }> {
  const core = generateCore(raw);
  const wps = SimWpsHost.fromRaw(raw);
  const outcome = generated(await inWps(wps, (b) => b.run(generateAction({ editedNarrative: "ask" }), progress)));
  expect(outcome.issues).toEqual(core.issues);
  expect(toPlainText(outcome.document)).toBe(toPlainText(core.document));
  const written = narrativeSheetValues(core.document);
  expect(wps.values(LAYOUT.narrative.name, `A1:D${written.length}`)).toEqual(
    written.map((row) => row.map((v) => (v === null ? "" : v))),
  );

  const excel = excelTwin(raw);
  await withHost(excel, () => generate());
  expect(wps.snapshot()).toEqual(excel.snapshot());
  return { wps, text: toPlainText(outcome.document) };
}

describe("the golden cases in WPS", () => {
  it("finds them", () => {
    expect(goldenCases.length).toBeGreaterThanOrEqual(12);
  });

  it.each(goldenCases)(
    "%s: 文字稿 holds narrative.txt, the issues are the core's, the workbook is Excel's",
    async (name) => {
      const { workbook, expected } = goldenCase(name);
      const { text } = await bothEditions(workbook);
      expect(text).toBe(expected);
    },
  );
});

describe("other units' workbooks in WPS", () => {
  it("finds them", () => {
    expect(units.length).toBeGreaterThanOrEqual(2);
  });

  it.each(units)("%s: 文字稿 holds the core's report, the workbook is Excel's", async (name) => {
    await bothEditions(unitCase(name));
  });
});
