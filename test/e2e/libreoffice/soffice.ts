/**
 * LibreOffice headless, run once per conversion with a private profile so parallel Jest workers
 * never share (and lock) one. LibreOffice is a judge nobody on this project wrote: Calc
 * recalculates workbooks and formats numbers, Writer renders .docx.
 */
import { execFile, execFileSync } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";

/** The soffice executable: $SOFFICE, else soffice / libreoffice on the PATH; undefined when absent. */
export function findSoffice(): string | undefined {
  const candidates = [process.env["SOFFICE"], "soffice", "libreoffice"].filter((c): c is string => !!c);
  for (const candidate of candidates) {
    try {
      execFileSync(candidate, ["--version"], { stdio: "ignore", timeout: 60_000 });
      return candidate;
    } catch {
      // try the next one
    }
  }
  return undefined;
}

export const INSTALL_HINT =
  "LibreOffice (soffice) not found. Install it (Debian: apt-get install libreoffice-calc-nogui libreoffice-writer-nogui " +
  "poppler-utils fonts-noto-cjk) or point $SOFFICE at it. Set SKIP_LIBREOFFICE=1 to skip these checks on purpose.";

/**
 * The suite's soffice. Without one the suite fails (CI installs LibreOffice) unless
 * SKIP_LIBREOFFICE=1, which skips it with a warning on the console.
 */
export function requireSoffice(): { soffice: string | undefined; describeOrSkip: jest.Describe } {
  const soffice = findSoffice();
  if (soffice) return { soffice, describeOrSkip: describe };
  if (process.env["SKIP_LIBREOFFICE"] === "1") {
    console.warn(`SKIPPED: ${INSTALL_HINT}`);
    return { soffice: undefined, describeOrSkip: describe.skip };
  }
  throw new Error(INSTALL_HINT);
}

export function sofficeVersion(soffice: string): string {
  return execFileSync(soffice, ["--version"], { encoding: "utf8", timeout: 60_000 }).trim();
}

/** A fresh temporary folder for one test file. */
export async function tempDir(prefix: string): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), `${prefix}-`));
}

export interface ConvertOptions {
  /** The --convert-to argument, e.g. "pdf" or "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1". */
  readonly to: string;
  readonly outDir: string;
  /** Extra environment, e.g. FONTCONFIG_FILE. */
  readonly env?: NodeJS.ProcessEnv;
}

export interface ConvertResult {
  readonly milliseconds: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Converts `inputs` in one soffice run with its own profile; rejects with LibreOffice's output on failure. */
export async function convert(
  soffice: string,
  inputs: readonly string[],
  options: ConvertOptions,
): Promise<ConvertResult> {
  const profile = await tempDir("lo-profile");
  const args = [
    `-env:UserInstallation=file://${profile}`,
    "--headless",
    "--norestore",
    "--nolockcheck",
    "--convert-to",
    options.to,
    "--outdir",
    options.outDir,
    ...inputs,
  ];
  // C.UTF-8 exists on every glibc system: UTF-8 file names (sheet names are Chinese) and
  // LibreOffice's default en-US locale for number formats, whatever the machine's locale
  const env = { ...process.env, LC_ALL: "C.UTF-8", LANG: "C.UTF-8", ...options.env };
  const started = Date.now();
  try {
    return await new Promise<ConvertResult>((resolve, reject) => {
      execFile(soffice, args, { env, timeout: 100_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
        if (error) reject(new Error(`soffice ${args.join(" ")} failed: ${error.message}\n${stdout}\n${stderr}`));
        else resolve({ milliseconds: Date.now() - started, stdout, stderr });
      });
    });
  } finally {
    await fs.rm(profile, { recursive: true, force: true });
  }
}

/**
 * The CSV filter of Calc: comma, double quote, UTF-8, from line 1, quote all text cells,
 * `asShown` (formatted text, or full-precision values), never formulas, and `sheet`: the 1-based
 * sheet number, or −1 for every sheet into files named <name>-<sheet>.csv (LibreOffice ≥ 7.2).
 */
export function csvFilter(sheet: number, asShown: boolean): string {
  return `csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,true,true,${asShown},false,false,${sheet}`;
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text.charAt(i + 1) === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text.charAt(i + 1) === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Where the e2e artefacts go (kept by CI): test-results/<sub>. */
export async function artefactDir(sub: string): Promise<string> {
  const dir = path.resolve(__dirname, "../../../test-results", sub);
  await fs.mkdir(dir, { recursive: true });
  return dir;
}

/**
 * The CSV LibreOffice wrote for `sheet` of `input`: <base>-<sheet>.csv when a sheet was chosen
 * (LibreOffice ≥ 7.2), <base>.csv from older releases.
 */
export async function csvOutput(outDir: string, input: string, sheet: string): Promise<string> {
  const base = path.basename(input).replace(/\.[^.]+$/, "");
  for (const name of [`${base}-${sheet}.csv`, `${base}.csv`]) {
    try {
      return await fs.readFile(path.join(outDir, name), "utf8");
    } catch {
      // try the next name
    }
  }
  throw new Error(
    `LibreOffice wrote no CSV for sheet ${sheet} of ${input} in ${outDir}: ${(await fs.readdir(outDir)).join(", ")}`,
  );
}
