/**
 * readWorkbook under Excel's limits: a range read of at most 5,000,000 cells (RangeExceedsLimit past
 * it) and a response of at most 5 MB (Excel on the web). The simulated host refuses both as Excel
 * does; the limits are lowered here so the workbooks stay small.
 */
import { LAYOUT } from "../../src/core/layout";
import type { RawCell } from "../../src/core/raw-cell";
import { readWorkbook } from "../../src/excel/read-workbook";
import { fixedSupport } from "../../src/excel/requirements";
import { SimExcelHost } from "../../src/sim-excel";
import { withHost } from "./sim-helpers";

const INDICATORS = LAYOUT.indicators.name;
const PROJECTS = LAYOUT.projects.name;

function grid(rows: number, columns: number, cell: (r: number, c: number) => RawCell): RawCell[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => cell(r, c)));
}

describe("readWorkbook under Excel's limits", () => {
  it("reads a used range past the cell limit (a stray value far to the right) in blocks of fewer cells", async () => {
    const maxCells = 100000;
    const host = new SimExcelHost({ level: "latest", maxCellsPerRange: maxCells });
    host.addSheet(INDICATORS);
    const data = grid(1000, 8, (r, c) => (r === 0 ? `列${c}` : c === 0 ? `指标${r}` : r * 10 + c));
    host.putCells(INDICATORS, 0, 0, data);
    host.putCells(INDICATORS, 999, 299, [["远处的值"]]); // the used range is 1,000 × 300 = 300,000 cells

    const read = await withHost(host, () =>
      Excel.run((context) => readWorkbook(context, fixedSupport(20), { maxCells })),
    );
    expect(host.stats.requests.every((r) => r.errorCode === undefined)).toBe(true);
    const sheet = read.workbook.sheets.find((s) => s.name === INDICATORS);
    expect(sheet?.values).toHaveLength(1000);
    expect(sheet?.values.every((row) => row.length === 300)).toBe(true);
    expect(sheet?.values.map((row) => row.slice(0, 8))).toEqual(data);
    expect(sheet?.values[999]?.[299]).toBe("远处的值");
    expect(sheet?.values[500]?.[150]).toBeNull();
    expect(sheet?.numberFormats[999]?.[299]).toBe("General");
  });

  it("reads rows too wide for one response in blocks of columns", async () => {
    const maxResponseBytes = 64 * 1024;
    const host = new SimExcelHost({ level: "1.7", maxResponseBytes });
    host.addSheet(PROJECTS);
    // 2,000 columns of text: one row is ~80 KB of values and formats
    const data = grid(20, 2000, (r, c) => (r === 0 ? `列${c}` : `第${r}行第${c}列的说明`));
    host.putCells(PROJECTS, 0, 0, data);

    const read = await withHost(host, () =>
      Excel.run((context) => readWorkbook(context, fixedSupport(7), { maxResponseBytes })),
    );
    expect(host.stats.requests.every((r) => r.errorCode === undefined)).toBe(true);
    expect(host.stats.maxResponseBytes).toBeLessThanOrEqual(maxResponseBytes);
    expect(read.workbook.sheets.find((s) => s.name === PROJECTS)?.values).toEqual(data);
  });

  it("reads last run's marks page by page when they are more than one response holds", async () => {
    const maxResponseBytes = 100 * 1024;
    const host = new SimExcelHost({ level: "latest", maxResponseBytes });
    host.addSheet(PROJECTS);
    host.putCells(
      PROJECTS,
      0,
      0,
      grid(3, 2, (r, c) => (r === 0 ? `列${c}` : r + c)),
    );
    for (let i = 0; i < 3000; i++)
      host.putConditionalFormat(PROJECTS, `D${2 * i + 2}`, "Custom", '=N("年度总结助手")=0', "#FFC7CE");
    host.putConditionalFormat(PROJECTS, "A1:B3", "Custom", "=A1>1", "#00FF00");

    const read = await withHost(host, () =>
      Excel.run((context) => readWorkbook(context, fixedSupport(20), { maxResponseBytes })),
    );
    expect(read.ownedHighlights.bySheet[PROJECTS]).toHaveLength(3000);
    expect(read.workbook.sheets.find((s) => s.name === PROJECTS)?.values[2]).toEqual([2, 3]);
    const answered = host.stats.requests.filter((r) => r.errorCode === undefined);
    expect(answered.every((r) => r.responseBytes <= maxResponseBytes)).toBe(true);
  });
});
