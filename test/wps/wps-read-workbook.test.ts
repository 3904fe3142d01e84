/**
 * The WPS edition's read: whole ranges, never a call per cell. Values come from one `Value2` of the
 * used range; number formats from as few `NumberFormat` reads as the formats allow (WPS gives a
 * block's format only where its cells agree). The raw workbook it hands the core is the one the
 * cells hold — values, errors as their Excel text, every cell's format — and what it costs in calls
 * does not grow with the rows where each column keeps one format.
 */
import { rangeAddress } from "../../src/core/a1";
import { LAYOUT } from "../../src/core/layout";
import type { RawWorkbook } from "../../src/core/raw-cell";
import { sampleRawWorkbook } from "../../src/core/sample-workbook";
import { SimWpsHost } from "../../src/sim-wps/host";
import { readNumberFormats, readWpsWorkbook, rawCell } from "../../src/wps/wps-read-workbook";
import { manyProjects } from "../excel/sim-helpers";

const PROJECTS = LAYOUT.projects.name;

function readCalls(raw: RawWorkbook): { calls: number; read: ReturnType<typeof readWpsWorkbook> } {
  const host = SimWpsHost.fromRaw(raw);
  host.resetCalls();
  const read = readWpsWorkbook(host.application.ActiveWorkbook);
  return { calls: host.wpsStats.calls, read };
}

describe("reading a workbook in WPS", () => {
  it("hands the core every value and every cell's number format of the sample, as the cells hold them", () => {
    const raw = sampleRawWorkbook();
    const { read } = readCalls(raw);
    expect(read.workbook.sheetNames).toEqual(raw.sheetNames);
    for (const sheet of raw.sheets) {
      const got = read.workbook.sheets.find((s) => s.name === sheet.name);
      expect([sheet.name, got?.origin]).toEqual([sheet.name, { row: 0, column: 0 }]);
      expect([sheet.name, got?.values]).toEqual([
        sheet.name,
        sheet.values.map((row) => row.map((v) => (v === "" ? null : v))),
      ]);
      expect([sheet.name, got?.numberFormats]).toEqual([sheet.name, sheet.numberFormats]);
    }
  });

  it("reads formats that change from row to row exactly, halving only the columns where they change", () => {
    const host = new SimWpsHost();
    host.addSheet("表");
    const rows = 1000;
    const formats = Array.from({ length: rows }, (_, r) => [
      "General",
      r === 0 ? "General" : "0.00",
      r % 97 === 5 ? "0.0%" : "0",
    ]);
    host.putCells(
      "表",
      3,
      2,
      Array.from({ length: rows }, (_, r) => [`行${r}`, r, r]),
      formats,
    );
    host.resetCalls();
    const sheet = host.application.ActiveWorkbook.Sheets.Item("表");
    expect(readNumberFormats(sheet, 3, 2, rows, 3)).toEqual(formats);
    // header row, the block below it, its three columns, and the halving of the one that changes (11 changes in 999 rows)
    const probes = host.wpsStats.byMember["Range.NumberFormat"] ?? 0;
    expect(probes).toBeGreaterThan(5);
    expect(probes).toBeLessThan(11 * 2 * Math.ceil(Math.log2(rows)) + 5);
  });

  it("gives an error cell's Excel text and a blank as null", () => {
    expect(rawCell(-2146826281)).toBe("#DIV/0!");
    expect(rawCell("#N/A")).toBe("#N/A");
    expect(rawCell(undefined)).toBeNull();
    expect(rawCell("")).toBeNull();
    expect(rawCell(0)).toBe(0);
    const host = SimWpsHost.fromRaw(sampleRawWorkbook());
    host.putCells(LAYOUT.indicators.name, 1, 2, [[null]], [], [["=1/0"]]);
    const read = readWpsWorkbook(host.application.ActiveWorkbook);
    expect(read.workbook.sheets.find((s) => s.name === LAYOUT.indicators.name)?.values[1]?.[2]).toBe("#DIV/0!");
  });

  it("reads a sheet whose data start below and right of A1 at their place", () => {
    const host = new SimWpsHost();
    host.addSheet(PROJECTS);
    host.putCells(PROJECTS, 4, 3, [
      ["序号", "项目名称"],
      [1, "甲项目"],
    ]);
    const sheet = readWpsWorkbook(host.application.ActiveWorkbook).workbook.sheets[0];
    expect(sheet?.origin).toEqual({ row: 4, column: 3 });
    expect(sheet?.values).toEqual([
      ["序号", "项目名称"],
      [1, "甲项目"],
    ]);
    expect(rangeAddress(4, 3, 2, 2)).toBe("D5:E6");
  });

  it("costs the same number of calls at 10 and at 10,000 project rows", () => {
    const small = readCalls(sampleRawWorkbook({ projects: manyProjects(10) }));
    const large = readCalls(sampleRawWorkbook({ projects: manyProjects(10000) }));
    expect(large.read.workbook.sheets.find((s) => s.name === PROJECTS)?.values.length).toBe(10001);
    expect(large.calls).toBe(small.calls);
  }, 120000);
});
