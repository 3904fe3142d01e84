import { hasNoInputData, layoutAction } from "../../../src/core/actions/layout-action";
import type { ActionInput } from "../../../src/core/host-action";
import { DEFAULT_REPORT } from "../../../src/core/report-types";
import type { RawWorkbook } from "../../../src/core/raw-cell";
import { sampleRawWorkbook } from "../../../src/core/sample-workbook";

const input = (workbook: RawWorkbook): ActionInput => ({ workbook, report: DEFAULT_REPORT });
const noPause = (): Promise<void> => Promise.resolve();

describe("hasNoInputData", () => {
  it("is true for a workbook without the input sheets, or with only blank ones", () => {
    expect(hasNoInputData({ sheetNames: ["Sheet1"], sheets: [] })).toBe(true);
    expect(
      hasNoInputData({
        sheetNames: ["参数"],
        sheets: [{ name: "参数", origin: { row: 0, column: 0 }, values: [[null, ""]], numberFormats: [] }],
      }),
    ).toBe(true);
  });

  it("is false once any input sheet holds a value", () => {
    expect(hasNoInputData(sampleRawWorkbook())).toBe(false);
  });
});

describe("layoutAction", () => {
  const empty: RawWorkbook = { sheetNames: ["Sheet1"], sheets: [] };

  it("stops before writing on an empty workbook when the pane offers the sample data", async () => {
    const decision = await layoutAction({ offerSample: true }).decide(input(empty), noPause);
    expect(decision).toEqual({ plan: { steps: [] }, result: { emptyWorkbook: true } });
  });

  it("plans the layout on an empty workbook when not offering the sample, and names what it adds", async () => {
    const decision = await layoutAction().decide(input(empty), noPause);
    expect(decision.plan.steps.some((s) => s.kind === "addSheet" && s.sheet === "主要指标")).toBe(true);
    expect(decision.result.changes.length).toBeGreaterThan(0);
  });

  it("plans the layout on a workbook with data even when offering the sample", async () => {
    const decision = await layoutAction({ offerSample: true }).decide(input(sampleRawWorkbook()), noPause);
    expect(decision.result).toMatchObject({ warnings: [] });
    expect(decision.result.emptyWorkbook).toBeUndefined();
  });
});
