/**
 * readWorkbook on sheets too large for one response: the rows beyond the first block are read in
 * further blocks, every response under the limit, and the workbook the core gets is the same as
 * one read in a single batch. Small limits stand in for Excel on the web's 5 MB.
 */
import { readWorkbook } from "../../src/excel/read-workbook";
import { fixedSupport } from "../../src/excel/requirements";
import { SimExcelHost, type SimApiLevel } from "../../src/sim-excel";
import { largeRawWorkbook } from "../support/large-workbook";
import { withHost } from "../excel/sim-helpers";

const MINOR: Record<SimApiLevel, number> = { "1.1": 1, "1.7": 7, "1.8": 8, latest: 20 };
const RAW = largeRawWorkbook(600);

async function read(level: SimApiLevel, maxResponseBytes: number, headRows?: number) {
  const host = SimExcelHost.fromRawWorkbook(RAW, { level, maxResponseBytes });
  host.resetStats();
  const result = await withHost(host, () =>
    Excel.run((context) => readWorkbook(context, fixedSupport(MINOR[level]), { maxResponseBytes, headRows })),
  );
  return { result, stats: host.stats };
}

describe("readWorkbook (large sheets)", () => {
  it.each(["1.1", "latest"] as const)(
    "reads a sheet taller than the first block in row blocks under the response limit (%s)",
    async (level) => {
      const whole = await read(level, 50 * 1024 * 1024);
      expect(whole.result.syncs).toBe(2);
      const blocks = await read(level, 40000, 50);
      expect(blocks.result.syncs).toBeGreaterThan(3);
      expect(blocks.stats.syncCount).toBe(blocks.result.syncs);
      expect(blocks.stats.requests.every((r) => r.errorCode === undefined)).toBe(true);
      expect(blocks.stats.maxResponseBytes).toBeLessThanOrEqual(40000);
      expect(blocks.result.workbook).toEqual(whole.result.workbook);
    },
  );

  it("falls back to sizes first when the first block does not fit, and still reads everything", async () => {
    const whole = await read("latest", 50 * 1024 * 1024);
    const small = await read("latest", 40000, 5000);
    expect(small.stats.requests[1]?.errorCode).toBe("ResponsePayloadSizeLimitExceeded");
    expect(small.stats.requests.slice(2).every((r) => r.errorCode === undefined && r.responseBytes <= 40000)).toBe(
      true,
    );
    expect(small.result.workbook).toEqual(whole.result.workbook);
  });

  it("reads a sheet whose data starts below the first block", async () => {
    const host = new SimExcelHost({ level: "latest" });
    host.addSheet("在建项目");
    host.putCells(
      "在建项目",
      30,
      2,
      [
        ["序号", "项目名称"],
        [1, "甲"],
      ],
      [
        ["General", "General"],
        ["0", "@"],
      ],
    );
    const read = await withHost(host, () =>
      Excel.run((context) => readWorkbook(context, fixedSupport(20), { headRows: 10 })),
    );
    expect(read.workbook.sheets[0]).toEqual({
      name: "在建项目",
      origin: { row: 30, column: 2 },
      values: [
        ["序号", "项目名称"],
        [1, "甲"],
      ],
      numberFormats: [
        ["General", "General"],
        ["0", "@"],
      ],
    });
  });
});
