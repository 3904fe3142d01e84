/**
 * The workbook `annual-summary generate -o` writes — the input's package patched in place, not
 * rebuilt — as LibreOffice Calc opens and recalculates it: the computed columns give the code's
 * rates on the sample and the edge rows, and the 文字稿 and 校验结果 sheets read as written.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { runCli } from "../../../src/cli/run-cli";
import { LAYOUT } from "../../../src/core/layout";
import { completionRate, growthRate } from "../../../src/core/metrics";
import { buildIndicatorWorkbook } from "./indicator-workbook";
import { artefactDir, convert, csvFilter, csvOutput, parseCsv, requireSoffice, tempDir } from "./soffice";

const { soffice, describeOrSkip } = requireSoffice();

function rateOf(cell: string | undefined): number | "" {
  const text = (cell ?? "").trim();
  if (text === "") return "";
  const m = /^(-?[\d.]+(?:E[+-]?\d+)?)%$/i.exec(text);
  if (!m) throw new Error(`not a percentage: "${text}"`);
  return Number(m[1]) / 100;
}

/** LibreOffice has no boolean type: ISNUMBER(TRUE) is TRUE there, FALSE in Excel (the reference). */
const LIBREOFFICE_DIFFERS_FROM_EXCEL = new Set(["逻辑值"]);

describeOrSkip("the workbook generate -o writes, opened by LibreOffice Calc", () => {
  const sheets: Record<string, string[][]> = {};
  let built: ReturnType<typeof buildIndicatorWorkbook>;

  beforeAll(async () => {
    built = buildIndicatorWorkbook();
    const dir = await tempDir("lo-cli");
    const input = path.join(dir, "输入.xlsx");
    await built.workbook.xlsx.writeFile(input);
    const out = path.join(dir, "输出.xlsx");
    const code = await runCli(["generate", input, "-o", out], { stdout: () => undefined, stderr: () => undefined });
    expect(code).toBe(1);
    const names = built.workbook.worksheets.map((w) => w.name);
    for (const name of [LAYOUT.indicators.name, LAYOUT.narrative.name, LAYOUT.issues.name]) {
      const sheetDir = path.join(dir, name);
      await fs.mkdir(sheetDir);
      await convert(soffice as string, [out], { to: csvFilter(names.indexOf(name) + 1, false), outDir: sheetDir });
      sheets[name] = parseCsv(await csvOutput(sheetDir, out, name));
    }
    await fs.copyFile(out, path.join(await artefactDir("libreoffice"), "cli-output.xlsx"));
  }, 180_000);

  it("recalculates 完成率 and 同比增长 to the code's rates", () => {
    const lines = sheets[LAYOUT.indicators.name] ?? [];
    const header = lines[0] ?? [];
    const completion = header.indexOf("完成率");
    const growth = header.indexOf("同比增长");
    let compared = 0;
    for (const row of built.indicators.rows) {
      const line = lines[row.row] ?? [];
      const name = String(row.cells["name"]?.raw ?? "");
      expect(line[0]).toBe(name);
      if (LIBREOFFICE_DIFFERS_FROM_EXCEL.has(name)) continue;
      const estimate = row.cells["estimate"]!.parsed;
      for (const [column, rate] of [
        [completion, completionRate(estimate, row.cells["target"]!.parsed)],
        [growth, growthRate(estimate, row.cells["lastYear"]!.parsed)],
      ] as const) {
        const actual = rateOf(line[column]);
        if (rate === undefined) expect({ name, actual }).toEqual({ name, actual: "" });
        else expect(Math.abs((actual as number) - rate)).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(rate)));
      }
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(20);
  });

  it("shows the 文字稿 and the 校验结果 as written", () => {
    expect(sheets[LAYOUT.narrative.name]?.[1]?.[0]).toBe("2023年开发区管委会年度工作总结");
    const issues = sheets[LAYOUT.issues.name] ?? [];
    expect(issues[0]?.slice(0, 3)).toEqual(["级别", "工作表", "单元格"]);
    expect(issues.some((line) => line[1] === "主要指标" && line[0] === "错误")).toBe(true);
  });
});
