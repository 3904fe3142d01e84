/**
 * The command line on .xlsx files: the sample workbook (`annual-summary sample`'s plan, applied
 * with the CLI's own ExcelJS code) with 在建项目 grown to N rows, then the whole
 * `node lib/cli/main.js generate in.xlsx -o out.xlsx --text out.txt` process timed from spawn to
 * exit, its peak memory reported by a preloaded script (process.resourceUsage().maxRSS).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { planLayout } from "../../src/core/layout-plan";
import { DEFAULT_TEMPLATE } from "../../src/core/narrative/default-template";
import { layoutSheet } from "../../src/core/sample-workbook";
import { applyPlanToWorkbook } from "../../src/cli/xlsx-apply-plan";
import { largeProjectRows } from "../../test/support/large-workbook";
import { median, now, round } from "./stats";

const ROOT = path.resolve(__dirname, "..", "..");
const PEAK_RSS = path.join(__dirname, "peak-rss.js");

/** Writes the sample workbook with `rows` project rows to `file`. */
export async function writeInputWorkbook(rows: number, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const layout = planLayout({ sheetNames: [], sheets: [] }, { sample: true, templateRows: DEFAULT_TEMPLATE });
  applyPlanToWorkbook(wb, layout.plan);
  const sheet = layoutSheet("projects", { rows: largeProjectRows(rows) });
  const ws = wb.getWorksheet(sheet.name);
  if (!ws) throw new Error(`no sheet ${sheet.name} in the sample workbook`);
  sheet.values.forEach((values, r) => {
    const row = ws.getRow(r + 1);
    values.forEach((value, c) => {
      if (value === null) return;
      const cell = row.getCell(c + 1);
      cell.value = value;
      const format = sheet.numberFormats[r]?.[c];
      if (format && format !== "General") cell.numFmt = format;
    });
  });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await wb.xlsx.writeFile(file);
}

export interface CliRun {
  readonly cliMs: number;
  readonly cliPeakMB: number;
  readonly exitCode: number;
  readonly runs: number;
}

/** Runs `generate` on `input` `runs` times; median wall time, largest peak RSS. */
export function runCli(input: string, workDir: string, runs: number): CliRun {
  const times: number[] = [];
  let peakKB = 0;
  let exitCode = 0;
  const rssFile = path.join(workDir, "peak-rss.txt");
  for (let i = 0; i < runs; i++) {
    const base = path.join(workDir, path.basename(input, ".xlsx"));
    const started = now();
    const result = spawnSync(
      process.execPath,
      [
        "-r",
        PEAK_RSS,
        path.join(ROOT, "lib", "cli", "main.js"),
        "generate",
        input,
        "-o",
        `${base}-out.xlsx`,
        "--text",
        `${base}.txt`,
      ],
      { cwd: ROOT, env: { ...process.env, BENCH_PEAK_RSS_FILE: rssFile }, encoding: "utf8" },
    );
    times.push(now() - started);
    exitCode = result.status ?? -1;
    // 0: no error in the data, 1: errors found (the outputs are still written); 2 and up: a failure
    if (exitCode > 1) throw new Error(`annual-summary generate failed (${exitCode}): ${result.stderr}`);
    peakKB = Math.max(peakKB, Number(fs.readFileSync(rssFile, "utf8")));
  }
  return { cliMs: round(median(times), 0), cliPeakMB: round(peakKB / 1024), exitCode, runs };
}
