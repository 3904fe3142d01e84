/**
 * 完成率 and 同比增长 as LibreOffice Calc recalculates them (ExcelJS writes the formulas without
 * cached values) against the code's completionRate / growthRate on the same cells: the sample
 * rows plus edge rows (zero target, zero and negative base, text, units, full-width digits,
 * blanks, 不适用 markers, an error value, binary noise, tiny and large values).
 */
import { promises as fs } from "fs";
import * as path from "path";
import { LAYOUT } from "../../../src/core/layout";
import { completionRate, growthRate } from "../../../src/core/metrics";
import type { TableRow } from "../../../src/core/read-table";
import { buildIndicatorWorkbook } from "./indicator-workbook";
import {
  artefactDir,
  convert,
  csvFilter,
  csvOutput,
  parseCsv,
  requireSoffice,
  sofficeVersion,
  tempDir,
} from "./soffice";

const { soffice, describeOrSkip } = requireSoffice();

/** A CSV cell of a percent-formatted formula ("104.72%", "-5.15350877192983%", "") as a number or blank. */
function rateOf(cell: string | undefined): number | "" {
  const text = (cell ?? "").trim();
  if (text === "") return "";
  const m = /^(-?[\d.]+(?:E[+-]?\d+)?)%$/i.exec(text);
  if (!m) throw new Error(`not a percentage: "${text}"`);
  return Number(m[1]) / 100;
}

/** LibreOffice writes 15 significant digits: equal within that, or both blank. */
function expectSameRate(actual: number | "", expected: number | undefined, where: string): void {
  if (expected === undefined) {
    expect({ where, actual }).toEqual({ where, actual: "" });
    return;
  }
  expect({ where, isNumber: typeof actual === "number" }).toEqual({ where, isNumber: true });
  const difference = Math.abs((actual as number) - expected);
  expect({ where, close: difference <= 1e-13 * Math.max(1, Math.abs(expected)), actual, expected }).toMatchObject({
    where,
    close: true,
  });
}

/** LibreOffice has no boolean type: ISNUMBER(TRUE) is TRUE there, FALSE in Excel (the reference). */
const LIBREOFFICE_DIFFERS_FROM_EXCEL = new Set(["逻辑值"]);

describeOrSkip("computed columns recalculated by LibreOffice Calc", () => {
  let lines: string[][] = [];
  let rows: readonly TableRow[] = [];

  beforeAll(async () => {
    const built = buildIndicatorWorkbook();
    rows = built.indicators.rows;
    const dir = await tempDir("lo-computed");
    const xlsx = path.join(dir, "主要指标.xlsx");
    await built.workbook.xlsx.writeFile(xlsx);
    const result = await convert(soffice as string, [xlsx], { to: csvFilter(built.sheetNumber, false), outDir: dir });
    const csv = await csvOutput(dir, xlsx, LAYOUT.indicators.name);
    lines = parseCsv(csv);
    const artefacts = await artefactDir("libreoffice");
    await fs.copyFile(xlsx, path.join(artefacts, "computed-columns.xlsx"));
    await fs.writeFile(path.join(artefacts, "computed-columns.csv"), csv);
    console.log(`${sofficeVersion(soffice as string)}: xlsx → csv in ${result.milliseconds} ms`);
  }, 120_000);

  it("gives in 完成率 and 同比增长 the rates the code computes, blank where the code has none", () => {
    const header = lines[0] ?? [];
    const completionColumn = header.indexOf("完成率");
    const growthColumn = header.indexOf("同比增长");
    expect(completionColumn).toBeGreaterThan(0);
    expect(growthColumn).toBeGreaterThan(0);
    // the data rows, then the rows 建立表格 prepared with formulas and nothing typed yet: blank rates
    const dataRows = new Set(rows.map((r) => r.row));
    const prepared = lines.slice(1).filter((_, i) => !dataRows.has(i + 1));
    expect(rows.length + prepared.length).toBe(lines.length - 1);
    for (const line of prepared) {
      expect([line[0] ?? "", line[completionColumn] ?? "", line[growthColumn] ?? ""]).toEqual(["", "", ""]);
    }
    let compared = 0;
    for (const row of rows) {
      const line = lines[row.row] ?? [];
      const name = String(row.cells["name"]?.raw ?? "");
      expect(line[0]).toBe(name);
      if (LIBREOFFICE_DIFFERS_FROM_EXCEL.has(name)) continue;
      const estimate = row.cells["estimate"]!.parsed;
      expectSameRate(
        rateOf(line[completionColumn]),
        completionRate(estimate, row.cells["target"]!.parsed),
        `${name} 完成率`,
      );
      expectSameRate(
        rateOf(line[growthColumn]),
        growthRate(estimate, row.cells["lastYear"]!.parsed),
        `${name} 同比增长`,
      );
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(20);
  });

  it("has rates for the sample indicators (工业销售收入: 104.72%, 同比 16.046…%)", () => {
    expect(lines[1]?.slice(0, 7)).toEqual([
      "工业销售收入",
      "亿元",
      "52.36",
      "50",
      "45.12",
      "104.72%",
      "16.0460992907802%",
    ]);
  });

  it("documents where LibreOffice is not Excel: it counts TRUE as a number (Excel's ISNUMBER(TRUE) is FALSE)", () => {
    const header = lines[0] ?? [];
    const line = lines.find((l) => l[0] === "逻辑值") ?? [];
    const row = rows.find((r) => r.cells["name"]?.raw === "逻辑值");
    expect(completionRate(row!.cells["estimate"]!.parsed, row!.cells["target"]!.parsed)).toBeUndefined();
    // if a LibreOffice release gives "" here, drop 逻辑值 from LIBREOFFICE_DIFFERS_FROM_EXCEL
    expect(line[header.indexOf("完成率")]).toBe("100%");
  });
});
