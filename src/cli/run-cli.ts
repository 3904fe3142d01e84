/**
 * The CLI's commands, apart from process handling so tests can run them in-process.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { toPlainText } from "../core/document";
import { generate } from "../core/generate";
import { hasErrors, SEVERITY_LABEL, type Issue } from "../core/issue";
import { planLayout } from "../core/layout-plan";
import { findReport, reportTypes } from "../core/report-types";
import { wellFormedText } from "../core/xml-safe-text";
import { buildDocx } from "../export/docx-document";
import { FileSystemError } from "./fs-errors";
import { INPUT_LIMITS, megabytes } from "./input-limits";
import { InputError, openInputWorkbook } from "./open-workbook";
import { prepareOutputs, RECORD_FILE, writeOutputs, type OutputContent, type OutputRequest } from "./output-files";
import { writePatchedWorkbook } from "./write-patched-workbook";
import { applyPlanToWorkbook } from "./xlsx-apply-plan";

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The environment (LANG, LC_ALL, LC_MESSAGES choose the help's language); process.env by default. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

const LIMITS_ZH = `文件不超过 ${megabytes(INPUT_LIMITS.fileBytes)}，解压后单个部件不超过 ${megabytes(INPUT_LIMITS.partBytes)}、合计不超过 ${megabytes(INPUT_LIMITS.totalBytes)}，每张输入表不超过 ${INPUT_LIMITS.dataRows.toLocaleString("en-US")} 行数据`;
const LIMITS_EN = `files up to ${megabytes(INPUT_LIMITS.fileBytes)}, parts up to ${megabytes(INPUT_LIMITS.partBytes)} inflated (${megabytes(INPUT_LIMITS.totalBytes)} together), input sheets up to ${INPUT_LIMITS.dataRows.toLocaleString("en-US")} data rows`;

export const USAGE = `用法：
  annual-summary init <输出.xlsx>            新建空白工作簿（表头、格式、公式、下拉列表、默认模板）
  annual-summary sample <输出.xlsx>          新建含示例数据的工作簿
  annual-summary generate <输入.xlsx> [--report <报告>] [-o <输出.xlsx>] [--text <输出.txt>] [--issues <输出.json>] [--docx <输出.docx>]
                                            校验、计算并生成文字稿（不指定输出时，文字稿打印到标准输出）；
                                            --report 选择报告类型（如 月度进展，即“模板（月度进展）”工作表），默认第一种
  annual-summary demo [<输出文件夹>]          写出示例工作簿并生成文字稿（默认 out/）
  annual-summary --version                  显示版本
选项：
  --force    替换已存在的输出文件。不加此项时，只替换本工具写出且之后未经改动的文件
             （记录在该文件夹的 ${RECORD_FILE} 中）；其他已存在的文件一律不替换，什么也不写出。
             输入文件永远不会被改写。
退出状态：0 无错误；1 数据有错误（仍会写出结果，缺失处带【待补】标记）；2 输入无法使用（标准错误输出一行说明）
读取上限：${LIMITS_ZH}
`;

export const USAGE_EN = `Usage:
  annual-summary init <out.xlsx>             new blank workbook (headers, formats, formulas, drop-down lists, default template)
  annual-summary sample <out.xlsx>           new workbook with the sample data
  annual-summary generate <in.xlsx> [--report <name>] [-o <out.xlsx>] [--text <out.txt>] [--issues <out.json>] [--docx <out.docx>]
                                            validate, compute and write the text (printed to stdout when no output is named);
                                            --report picks the report type (e.g. 月度进展, the sheet 模板（月度进展）), the first by default
  annual-summary demo [<folder>]             write the sample workbook and everything generated from it (default out/)
  annual-summary --version                  print the version
Options:
  --force    replace existing output files. Without it, only files this tool wrote and nobody changed since
             (recorded in the folder's ${RECORD_FILE}) are replaced; any other existing file stops the command
             before anything is written. The input file is never written to.
Exit status: 0 no error in the data; 1 errors found (outputs still written, with 【待补】 markers);
2 the input cannot be used (one line on stderr). Messages are in Chinese.
Limits: ${LIMITS_EN}
`;

/** English help when the locale's language is English (LC_ALL, then LC_MESSAGES, then LANG). */
export function usageFor(env: Readonly<Record<string, string | undefined>>): string {
  const locale = env["LC_ALL"] || env["LC_MESSAGES"] || env["LANG"] || "";
  return /^en/i.test(locale) ? USAGE_EN : USAGE;
}

/** The version in package.json (lib/cli/ and src/cli/ both sit two folders below it). */
export function version(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as {
      version?: string;
    };
    return pkg.version ?? "unknown";
  } catch {
    return "unknown";
  }
}

/** The command line was called wrongly: the message is the line the user sees (exit 2). */
class UsageError extends Error {
  readonly code = "usage";
  constructor(message: string) {
    super(message);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "UsageError";
  }
}

interface GenerateArgs {
  readonly input: string;
  readonly output?: string;
  readonly text?: string;
  readonly issues?: string;
  readonly docx?: string;
  /** The report type to write (年度总结, 月度进展, a unit's own); the workbook's first by default. */
  readonly report?: string;
}

const OUTPUT_OPTIONS: Readonly<Record<string, keyof Omit<GenerateArgs, "input">>> = {
  "-o": "output",
  "--output": "output",
  "--text": "text",
  "--issues": "issues",
  "--docx": "docx",
  "--report": "report",
};

function parseGenerateArgs(args: readonly string[]): GenerateArgs {
  const options: Partial<Record<keyof Omit<GenerateArgs, "input">, string>> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const key = OUTPUT_OPTIONS[arg];
    if (key) {
      const value = args[++i];
      if (!value) throw new UsageError(`参数 ${arg} 后缺少${key === "report" ? "报告名称" : "文件名"}`);
      if (options[key]) throw new UsageError(`参数 ${arg} 指定了两次`);
      options[key] = value;
    } else if (arg.startsWith("-") && arg !== "-") {
      throw new UsageError(`未知选项 ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  const input = positional[0];
  if (!input || positional.length > 1) throw new UsageError("generate 需要且只需要一个输入文件");
  return { input, ...options };
}

/** The output files of a generate, each with the option that named it. */
function outputRequests(args: GenerateArgs): OutputRequest[] {
  const requests: OutputRequest[] = [];
  if (args.output) requests.push({ file: args.output, option: "-o" });
  if (args.text) requests.push({ file: args.text, option: "--text" });
  if (args.issues) requests.push({ file: args.issues, option: "--issues" });
  if (args.docx) requests.push({ file: args.docx, option: "--docx" });
  return requests;
}

async function newWorkbookBytes(sample: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "年度总结助手";
  const layout = planLayout({ sheetNames: [], sheets: [] }, { sample });
  applyPlanToWorkbook(wb, layout.plan);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function issuesSummary(issues: readonly Issue[]): string {
  const count = (s: Issue["severity"]): number => issues.filter((i) => i.severity === s).length;
  return `错误 ${count("error")} 个，警告 ${count("warning")} 个，提示 ${count("info")} 个`;
}

/** One issue on stderr; the cell is named once (most messages begin with it already). */
export function issueLine(i: Issue): string {
  const where = [i.sheet, i.cell].filter(Boolean).join("!");
  const named = where === "" || (i.cell !== "" && i.message.includes(where));
  return `[${SEVERITY_LABEL[i.severity]}] ${named ? "" : `${where} `}${i.message}${i.suggestion ? `（建议：${i.suggestion}）` : ""}`;
}

/** Issues as JSON; text a UTF-8 file can hold (no lone surrogate). */
function issuesJson(issues: readonly Issue[]): string {
  return `${JSON.stringify(issues, (_key, value: unknown) => (typeof value === "string" ? wellFormedText(value) : value), 2)}\n`;
}

async function runGenerate(args: GenerateArgs, io: CliIo, printText: boolean, force: boolean): Promise<number> {
  const input = await openInputWorkbook(args.input);
  const report = findReport(input.raw.sheetNames, args.report);
  if (!report) {
    const names = reportTypes(input.raw.sheetNames).map((r) => r.name);
    throw new InputError(
      `“${args.input}”中没有报告“${args.report ?? ""}”：可选的有 ${names.join("、")}（即各“模板（名称）”工作表）`,
    );
  }
  const outputs = await prepareOutputs(outputRequests(args), { force, input: input.identity });
  const result = generate(input.raw, { report });
  const text = wellFormedText(toPlainText(result.document));
  const docx = args.docx ? Buffer.from(await buildDocx(result.document)) : undefined;
  await writeOutputs(outputs, (output): OutputContent => {
    switch (output.option) {
      case "-o":
        return (file) => writePatchedWorkbook(input.pkg, result.plan, file);
      case "--text":
        return text;
      case "--issues":
        return issuesJson(result.issues);
      default:
        return docx ?? Buffer.alloc(0);
    }
  });
  if (printText) io.stdout(text);
  io.stderr(`${issuesSummary(result.issues)}\n`);
  for (const issue of result.issues.filter((i) => i.severity !== "info").slice(0, 20))
    io.stderr(`${issueLine(issue)}\n`);
  return hasErrors(result.issues) ? 1 : 0;
}

/** Takes --force out of the arguments, wherever it stands. */
function takeForce(args: readonly string[]): { rest: string[]; force: boolean } {
  const rest = args.filter((a) => a !== "--force");
  return { rest, force: rest.length !== args.length };
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const env = io.env ?? process.env;
  const [command, ...all] = argv;
  const { rest, force } = takeForce(all);
  try {
    switch (command) {
      case "init":
      case "sample": {
        const out = rest[0];
        if (!out || rest.length > 1) throw new UsageError(`${command} 需要一个输出文件名`);
        const outputs = await prepareOutputs([{ file: out, option: command }], { force });
        const bytes = await newWorkbookBytes(command === "sample");
        await writeOutputs(outputs, () => bytes);
        io.stderr(`已写出 ${out}\n`);
        return 0;
      }
      case "generate": {
        const args = parseGenerateArgs(rest);
        // with no output file named, the text goes to stdout
        return await runGenerate(args, io, !args.text && !args.output && !args.docx, force);
      }
      case "demo": {
        if (rest.length > 1) throw new UsageError("demo 最多需要一个输出文件夹");
        const dir = rest[0] ?? "out";
        const sample = path.join(dir, "示例数据.xlsx");
        const args: GenerateArgs = {
          input: sample,
          output: path.join(dir, "年度总结.xlsx"),
          text: path.join(dir, "年度总结.txt"),
          issues: path.join(dir, "校验结果.json"),
          docx: path.join(dir, "年度总结.docx"),
        };
        // every file of the demo is checked before the first is written
        const outputs = await prepareOutputs([{ file: sample, option: "demo" }, ...outputRequests(args)], { force });
        const bytes = await newWorkbookBytes(true);
        await writeOutputs(outputs.slice(0, 1), () => bytes);
        const code = await runGenerate(args, io, true, true);
        io.stderr(`已写出 ${dir}/：示例数据.xlsx、年度总结.xlsx、年度总结.txt、年度总结.docx、校验结果.json\n`);
        return code;
      }
      case "--version":
      case "-V":
      case "version":
        io.stdout(`annual-summary ${version()}\n`);
        return 0;
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.stdout(usageFor(env));
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`未知命令“${command}”`);
    }
  } catch (error) {
    if (error instanceof InputError || error instanceof FileSystemError) {
      io.stderr(`错误：${error.message}\n`);
      return 2;
    }
    if (error instanceof UsageError) {
      io.stderr(`错误：${error.message}（用法见 annual-summary --help）\n`);
      return 2;
    }
    throw error;
  }
}
