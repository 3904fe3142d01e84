/**
 * The command line on .xlsx files: the sample workbook (`annual-summary sample`'s plan, applied
 * with the CLI's own ExcelJS code) with 在建项目 grown to N rows, then the whole
 * `node lib/cli/main.js generate in.xlsx -o out.xlsx --text out.txt --issues out.json --docx out.docx`
 * process timed from spawn to exit, its peak memory reported by a preloaded script
 * (process.resourceUsage().maxRSS). Also two hostile files DESIGN.md names: the sample with a
 * stray value at 主要指标!A1048576 and XFD20, and a small zip whose 在建项目 inflates to 300 MB.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { Readable } from "stream";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { planLayout } from "../../src/core/layout-plan";
import { DEFAULT_TEMPLATE } from "../../src/core/narrative/default-template";
import { layoutSheet } from "../../src/core/sample-workbook";
import { applyPlanToWorkbook } from "../../src/cli/xlsx-apply-plan";
import { largeProjectRows } from "../../test/support/large-workbook";
import { median, now, round } from "./stats";

const ROOT = path.resolve(__dirname, "..", "..");
const PEAK_RSS = path.join(__dirname, "peak-rss.js");

function sampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const layout = planLayout({ sheetNames: [], sheets: [] }, { sample: true, templateRows: DEFAULT_TEMPLATE });
  applyPlanToWorkbook(wb, layout.plan);
  return wb;
}

/** Writes the sample workbook with `rows` project rows to `file`. */
export async function writeInputWorkbook(rows: number, file: string): Promise<void> {
  const wb = sampleWorkbook();
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

/** The sample with stray values at 主要指标!A1048576 and XFD20, as a user's program might leave them. */
export async function writeStrayCellWorkbook(file: string): Promise<void> {
  const wb = sampleWorkbook();
  const ws = wb.getWorksheet("主要指标");
  if (!ws) throw new Error("no 主要指标 in the sample workbook");
  ws.getCell("A1048576").value = "x";
  ws.getCell("XFD20").value = "y";
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await wb.xlsx.writeFile(file);
}

/** The sample whose 在建项目 part inflates to `megabytes` MB of XML white space (a file of a few hundred KB). */
export async function writeInflatingWorkbook(file: string, megabytes: number): Promise<void> {
  const bytes = await sampleWorkbook().xlsx.writeBuffer();
  const zip = await JSZip.loadAsync(bytes);
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  let sent = 0;
  const body = new Readable({
    read() {
      if (sent === 0) this.push('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">');
      if (sent >= megabytes) {
        this.push("<sheetData/></worksheet>");
        this.push(null);
        return;
      }
      this.push(chunk);
      sent++;
    },
  });
  // ExcelJS names the parts after the sheets' order: 在建项目 is the third
  zip.file("xl/worksheets/sheet3.xml", body);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await new Promise<void>((resolve, reject) => {
    zip
      .generateNodeStream({ type: "nodebuffer", compression: "DEFLATE" })
      .pipe(fs.createWriteStream(file))
      .on("finish", () => resolve())
      .on("error", reject);
  });
}

export interface CliRun {
  readonly cliMs: number;
  readonly cliPeakMB: number;
  readonly exitCode: number;
  readonly runs: number;
  /** The first line the command printed on stderr. */
  readonly message: string;
}

/**
 * Runs `generate` on `input` with every output (-o, --text, --issues, --docx) `runs` times;
 * median wall time, largest peak RSS. An exit status outside `expected` is a failure.
 */
export function runCli(input: string, workDir: string, runs: number, expected: readonly number[] = [0, 1]): CliRun {
  const times: number[] = [];
  let peakKB = 0;
  let exitCode = 0;
  let message = "";
  const rssFile = path.join(workDir, "peak-rss.txt");
  for (let i = 0; i < runs; i++) {
    const base = path.join(workDir, path.basename(input, ".xlsx"));
    fs.rmSync(rssFile, { force: true });
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
        "--issues",
        `${base}.json`,
        "--docx",
        `${base}.docx`,
        "--force",
      ],
      {
        cwd: ROOT,
        env: { ...process.env, BENCH_PEAK_RSS_FILE: rssFile },
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    times.push(now() - started);
    exitCode = result.status ?? -1;
    message = (result.stderr ?? "").split("\n")[0] ?? "";
    // 0: no error in the data, 1: errors found (the outputs are still written), 2: input refused
    if (!expected.includes(exitCode)) throw new Error(`annual-summary generate exited ${exitCode}: ${result.stderr}`);
    peakKB = Math.max(peakKB, Number(fs.readFileSync(rssFile, "utf8")));
  }
  return { cliMs: round(median(times), 0), cliPeakMB: round(peakKB / 1024), exitCode, runs, message };
}

export interface HostileRun extends CliRun {
  readonly name: string;
  readonly fileBytes: number;
}

/** The command line on the hostile files of DESIGN.md's budgets. */
export async function measureHostile(workDir: string): Promise<HostileRun[]> {
  const stray = path.join(workDir, "stray-cells.xlsx");
  await writeStrayCellWorkbook(stray);
  const inflating = path.join(workDir, "inflates-to-300MB.xlsx");
  await writeInflatingWorkbook(inflating, 300);
  return [
    { name: "stray values at 主要指标!A1048576 and XFD20", file: stray, expected: [1] },
    { name: "a zip whose sheet inflates to 300 MB", file: inflating, expected: [2] },
  ].map((h) => ({ name: h.name, fileBytes: fs.statSync(h.file).size, ...runCli(h.file, workDir, 1, h.expected) }));
}

export interface CliCheck {
  readonly name: string;
  readonly value: string;
  readonly budget: string;
  readonly ok: boolean;
}

/** DESIGN.md's command-line budgets: under `peakMB` at 100,000 rows and on hostile files, which end in `hostileMs`. */
export function cliChecks(
  peakMBAt100k: number | undefined,
  hostile: readonly HostileRun[],
  budgets: { readonly cliPeakMB: number; readonly hostileCliMs: number },
): CliCheck[] {
  const checks: CliCheck[] = [];
  if (peakMBAt100k !== undefined)
    checks.push({
      name: "command line peak memory at 100,000 rows (-o --text --issues --docx)",
      value: `${peakMBAt100k} MB`,
      budget: `< ${budgets.cliPeakMB} MB`,
      ok: peakMBAt100k < budgets.cliPeakMB,
    });
  for (const h of hostile) {
    checks.push({
      name: `command line on ${h.name}: time, peak memory`,
      value: `${h.cliMs} ms, ${h.cliPeakMB} MB, exit ${h.exitCode}`,
      budget: `< ${budgets.hostileCliMs} ms, < ${budgets.cliPeakMB} MB`,
      ok: h.cliMs < budgets.hostileCliMs && h.cliPeakMB < budgets.cliPeakMB,
    });
  }
  return checks;
}
