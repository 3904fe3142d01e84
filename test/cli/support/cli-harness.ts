/**
 * Running the command line in-process (runCli) or as a process (node lib/cli/main.js, built by
 * `npm run build:cli`), and making workbooks for it: the sample, and the sample with its package
 * edited (JSZip) into the unusual or hostile files a user might hand it.
 */
import { execFile, execFileSync } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { runCli } from "../../../src/cli/run-cli";

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(...argv: string[]): Promise<Captured> {
  return cliWithEnv({}, ...argv);
}

export async function cliWithEnv(env: Record<string, string | undefined>, ...argv: string[]): Promise<Captured> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env });
  return { code, stdout, stderr };
}

const ROOT = path.resolve(__dirname, "..", "..", "..");
export const MAIN_JS = path.join(ROOT, "lib", "cli", "main.js");

/** Builds lib/ once per test file that spawns the command line. */
export function buildCli(): void {
  execFileSync("npm", ["run", "build:cli", "--silent"], { cwd: ROOT, stdio: "pipe" });
}

export interface ProcessResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs `node lib/cli/main.js …`, killed after `timeoutMs`. */
export function spawnCli(
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; timeoutMs?: number; maxOldSpaceMb?: number } = {},
): Promise<ProcessResult> {
  const started = Date.now();
  const nodeArgs = options.maxOldSpaceMb ? [`--max-old-space-size=${options.maxOldSpaceMb}`] : [];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...nodeArgs, MAIN_JS, ...args],
      {
        env: options.env ?? process.env,
        timeout: options.timeoutMs ?? 30000,
        maxBuffer: 64 * 1024 * 1024,
        encoding: "utf8",
      },
      (error, stdout, stderr) => {
        const e = error as (Error & { code?: number | string; signal?: NodeJS.Signals }) | null;
        resolve({
          code: e ? (typeof e.code === "number" ? e.code : null) : 0,
          signal: e?.signal ?? null,
          stdout,
          stderr,
          ms: Date.now() - started,
        });
      },
    );
  });
}

export async function makeTempDir(prefix: string): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

let sampleCache: Buffer | undefined;

/** The bytes of `annual-summary sample`'s workbook. */
export async function sampleBytes(): Promise<Buffer> {
  if (sampleCache) return sampleCache;
  const dir = await makeTempDir("annual-summary-sample-");
  const file = path.join(dir, "sample.xlsx");
  const r = await cli("sample", file);
  if (r.code !== 0) throw new Error(r.stderr);
  sampleCache = await fs.readFile(file);
  await fs.rm(dir, { recursive: true, force: true });
  return sampleCache;
}

/** The part holding sheet `name` ("xl/worksheets/sheet2.xml"), read from workbook.xml and its rels. */
export async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const workbook = await (zip.file("xl/workbook.xml") as JSZip.JSZipObject).async("string");
  const rels = await (zip.file("xl/_rels/workbook.xml.rels") as JSZip.JSZipObject).async("string");
  const sheet = new RegExp(`<sheet [^>]*name="${name}"[^>]*>`).exec(workbook)?.[0] ?? "";
  const id = /r:id="([^"]+)"/.exec(sheet)?.[1];
  const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*>`).exec(rels)?.[0].match(/Target="([^"]+)"/)?.[1];
  if (!target) throw new Error(`no part for sheet ${name}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** The sample with its package changed by `edit`, written to `file`. */
export async function editedSample(file: string, edit: (zip: JSZip) => Promise<void>): Promise<string> {
  const zip = await JSZip.loadAsync(await sampleBytes());
  await edit(zip);
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return file;
}

/** Replaces the text of a part. */
export async function editPart(zip: JSZip, part: string, change: (xml: string) => string): Promise<void> {
  const xml = await (zip.file(part) as JSZip.JSZipObject).async("string");
  zip.file(part, change(xml));
}

/** Adds rows (their XML) at the end of a sheet's sheetData. */
export async function appendRows(zip: JSZip, sheet: string, rowsXml: string): Promise<void> {
  await editPart(zip, await sheetPart(zip, sheet), (xml) => xml.replace("</sheetData>", `${rowsXml}</sheetData>`));
}

/** An inline-string cell. */
export function textCell(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
}
