/**
 * Excel on the web refuses a request over 5 MB (RequestPayloadSizeLimitExceeded) and a range
 * operation over 5,000,000 cells. The simulated host refuses them as Excel does and counts a
 * request's bytes as Office.js serialises it, so these tests fail where Excel on the web would.
 */
import { cellsOfBlock } from "../../src/core/cell-blocks";
import type { Issue } from "../../src/core/issue";
import { LAYOUT } from "../../src/core/layout";
import { validate } from "../../src/excel/run-actions";
import { SimExcelHost } from "../../src/sim-excel";
import { flaggedCellsWorkbook } from "../support/large-workbook";
import { withHost } from "./sim-helpers";

const LIMIT = 5 * 1024 * 1024;
const PROJECTS = LAYOUT.projects.name;
const OWNED = '=N("年度总结助手")=0';

function ok<T extends { ok: boolean }>(outcome: T): Extract<T, { ok: true }> {
  if (!outcome.ok) throw new Error(`action failed: ${JSON.stringify(outcome)}`);
  return outcome as Extract<T, { ok: true }>;
}

/** Cells the add-in's conditional formats cover, as "sheet!cell" with the fill, one entry a covering. */
function coveredCells(host: SimExcelHost): string[] {
  return host
    .snapshot()
    .sheets.flatMap((s) =>
      s.conditionalFormats
        .filter((f) => f.formula === OWNED)
        .flatMap((f) => cellsOfBlock(f.address).map((cell) => `${s.name}!${cell}:${f.fill ?? ""}`)),
    );
}

/** What the highlights must cover: every error cell red, every other warning cell yellow. */
function flaggedCells(issues: readonly Issue[]): string[] {
  const errors = new Set(
    issues.filter((i) => i.severity === "error" && i.cell !== "").map((i) => `${i.sheet}!${i.cell}`),
  );
  const warnings = new Set(
    issues.filter((i) => i.severity === "warning" && i.cell !== "").map((i) => `${i.sheet}!${i.cell}`),
  );
  errors.forEach((c) => warnings.delete(c));
  return [...Array.from(errors).map((c) => `${c}:#FFC7CE`), ...Array.from(warnings).map((c) => `${c}:#FFEB9C`)];
}

function expectHighlightsOnExactlyTheFlaggedCells(host: SimExcelHost, issues: readonly Issue[], atLeast: number): void {
  const covered = coveredCells(host);
  const expected = flaggedCells(issues).filter((c) => c.startsWith(`${PROJECTS}!`));
  expect(expected.length).toBeGreaterThanOrEqual(atLeast);
  expect(covered.length).toBe(new Set(covered).size); // no cell marked twice
  expect(new Set(covered)).toEqual(new Set(flaggedCells(issues)));
}

describe("校验 with many flagged cells on Excel on the web (5 MB a request)", () => {
  it("marks 20,000 flagged cells of one column, every request under 5 MB, and again on the next run", async () => {
    const host = SimExcelHost.fromRawWorkbook(flaggedCellsWorkbook("column", 20000));
    host.resetStats();
    const first = ok(await withHost(host, () => validate()));
    expect(host.stats.maxRequestBytes).toBeLessThan(LIMIT);
    expectHighlightsOnExactlyTheFlaggedCells(host, first.issues, 20000);
    expect(host.snapshot().sheets.find((s) => s.name === PROJECTS)?.conditionalFormats).toContainEqual(
      expect.objectContaining({ address: "D2:D20001", fill: "#FFC7CE" }),
    );

    host.resetStats();
    const again = ok(await withHost(host, () => validate()));
    expect(host.stats.maxRequestBytes).toBeLessThan(LIMIT);
    expectHighlightsOnExactlyTheFlaggedCells(host, again.issues, 20000);
  }, 300000);

  it("marks 60,000 scattered flagged cells, none joinable, every request under 5 MB, and clears them on the next run", async () => {
    const host = SimExcelHost.fromRawWorkbook(flaggedCellsWorkbook("scattered", 60000));
    host.resetStats();
    const first = ok(await withHost(host, () => validate()));
    expect(host.stats.requests.every((r) => r.errorCode === undefined)).toBe(true);
    expect(host.stats.maxRequestBytes).toBeLessThan(LIMIT);
    expectHighlightsOnExactlyTheFlaggedCells(host, first.issues, 60000);

    // the user fixes the odd rows: their marks go, the others stay, still under 5 MB a request
    host.putCells(PROJECTS, 2, 1, [["已补名称"]]);
    host.resetStats();
    const again = ok(await withHost(host, () => validate()));
    expect(host.stats.maxRequestBytes).toBeLessThan(LIMIT);
    expectHighlightsOnExactlyTheFlaggedCells(host, again.issues, 59999);
  }, 480000);
});
