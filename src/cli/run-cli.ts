/**
 * The CLI's commands, apart from process handling so tests can run them in-process.
 */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { generate } from "../core/generate";
import { toPlainText } from "../core/document";
import { hasErrors, SEVERITY_LABEL, type Issue } from "../core/issue";
import { planLayout } from "../core/layout-plan";
import { DEFAULT_TEMPLATE } from "../core/narrative/default-template";
import { InputError, openWorkbook } from "./open-workbook";
import { applyPlanToWorkbook } from "./xlsx-apply-plan";
import { readWorkbookFromExcelJs } from "./xlsx-read";
import { writeDocx } from "./write-docx";

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export const USAGE = `用法 / Usage:
  annual-summary init <输出.xlsx>            新建空白工作簿（表头、格式、公式、下拉列表、默认模板）
  annual-summary sample <输出.xlsx>          新建含示例数据的工作簿
  annual-summary generate <输入.xlsx> [-o <输出.xlsx>] [--text <输出.txt>] [--issues <输出.json>] [--docx <输出.docx>]
                                            校验、计算并生成文字稿
  annual-summary demo [<输出文件夹>]          写出示例工作簿并生成文字稿（默认 out/）
退出状态：0 无错误；1 数据有错误（仍会写出结果，缺失处带【待补】标记）；2 输入无法使用
`;

class UsageError extends Error {
  readonly code = "USAGE";
}

interface GenerateArgs {
  readonly input: string;
  readonly output?: string;
  readonly text?: string;
  readonly issues?: string;
  readonly docx?: string;
}

function parseGenerateArgs(args: readonly string[]): GenerateArgs {
  const options: Record<string, string> = {};
  const positional: string[] = [];
  const flags: Record<string, string> = {
    "-o": "output",
    "--output": "output",
    "--text": "text",
    "--issues": "issues",
    "--docx": "docx",
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const key = flags[arg];
    if (key) {
      const value = args[++i];
      if (!value) throw new UsageError(`参数 ${arg} 后缺少文件名`);
      options[key] = value;
    } else if (arg.startsWith("-")) {
      throw new UsageError(`未知选项 ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  const input = positional[0];
  if (!input || positional.length > 1) throw new UsageError("generate 需要且只需要一个输入文件");
  return { input, output: options["output"], text: options["text"], issues: options["issues"], docx: options["docx"] };
}

/** init and sample never replace a file that exists: it may be a workbook the user filled in. */
async function refuseExisting(out: string): Promise<void> {
  const exists = await fs.stat(out).then(
    () => true,
    () => false,
  );
  if (exists) throw new InputError(`“${out}”已存在，为免覆盖其中的数据，没有写出：请换一个文件名，或先删除该文件`);
}

/** generate never writes over its input: ExcelJS would drop what it does not keep (charts, pivots). */
async function refuseOverwritingInput(args: GenerateArgs): Promise<void> {
  const realPath = (file: string): Promise<string> => fs.realpath(file).catch(() => path.resolve(file));
  const input = await realPath(args.input);
  for (const out of [args.output, args.text, args.issues, args.docx]) {
    if (out && (await realPath(out)) === input) {
      throw new InputError(`输出文件“${out}”就是输入文件，没有写出：请用另一个文件名，输入的工作簿保持不变`);
    }
  }
}

async function writeNewWorkbook(out: string, sample: boolean): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "年度总结助手";
  const layout = planLayout({ sheetNames: [], sheets: [] }, { sample, templateRows: DEFAULT_TEMPLATE });
  applyPlanToWorkbook(wb, layout.plan);
  await fs.mkdir(path.dirname(path.resolve(out)), { recursive: true });
  await wb.xlsx.writeFile(out);
  return wb;
}

function issuesSummary(issues: readonly Issue[]): string {
  const count = (s: Issue["severity"]): number => issues.filter((i) => i.severity === s).length;
  return `错误 ${count("error")} 个，警告 ${count("warning")} 个，提示 ${count("info")} 个`;
}

function issueLine(i: Issue): string {
  const where = [i.sheet, i.cell].filter(Boolean).join("!");
  return `[${SEVERITY_LABEL[i.severity]}] ${where ? `${where} ` : ""}${i.message}${i.suggestion ? `（建议：${i.suggestion}）` : ""}`;
}

async function runGenerate(args: GenerateArgs, io: CliIo, printText: boolean): Promise<number> {
  const wb = await openWorkbook(args.input);
  const raw = readWorkbookFromExcelJs(wb);
  const result = generate(raw);
  const text = toPlainText(result.document);
  const writes: Promise<void>[] = [];
  if (args.output) {
    applyPlanToWorkbook(wb, result.plan);
    await fs.mkdir(path.dirname(path.resolve(args.output)), { recursive: true });
    writes.push(wb.xlsx.writeFile(args.output));
  }
  if (args.text) writes.push(fs.writeFile(args.text, text, "utf8"));
  if (args.issues) writes.push(fs.writeFile(args.issues, `${JSON.stringify(result.issues, null, 2)}\n`, "utf8"));
  if (args.docx) writes.push(writeDocx(result.document, args.docx));
  await Promise.all(writes);
  if (printText) io.stdout(text);
  io.stderr(`${issuesSummary(result.issues)}\n`);
  for (const issue of result.issues.filter((i) => i.severity !== "info").slice(0, 20))
    io.stderr(`${issueLine(issue)}\n`);
  return hasErrors(result.issues) ? 1 : 0;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "init":
      case "sample": {
        const out = rest[0];
        if (!out || rest.length > 1) throw new UsageError(`${command} 需要一个输出文件名`);
        await refuseExisting(out);
        await writeNewWorkbook(out, command === "sample");
        io.stderr(`已写出 ${out}\n`);
        return 0;
      }
      case "generate": {
        const args = parseGenerateArgs(rest);
        await refuseOverwritingInput(args);
        // with no output file named, the text goes to stdout
        return await runGenerate(args, io, !args.text && !args.output && !args.docx);
      }
      case "demo": {
        const dir = rest[0] ?? "out";
        const sample = path.join(dir, "示例数据.xlsx");
        await writeNewWorkbook(sample, true);
        const code = await runGenerate(
          {
            input: sample,
            output: path.join(dir, "年度总结.xlsx"),
            text: path.join(dir, "年度总结.txt"),
            issues: path.join(dir, "校验结果.json"),
            docx: path.join(dir, "年度总结.docx"),
          },
          io,
          true,
        );
        io.stderr(`已写出 ${dir}/：示例数据.xlsx、年度总结.xlsx、年度总结.txt、年度总结.docx、校验结果.json\n`);
        return code;
      }
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.stdout(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`未知命令“${command}”`);
    }
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`错误：${error.message}\n`);
      return 2;
    }
    if (error instanceof UsageError) {
      io.stderr(`错误：${error.message}\n${USAGE}`);
      return 2;
    }
    const code = (error as { code?: string }).code;
    if (code === "EACCES" || code === "EPERM" || code === "EROFS" || code === "ENOENT" || code === "EISDIR") {
      io.stderr(
        `错误：无法写出文件（${(error as { path?: string }).path ?? ""}）：请检查路径和权限，并关闭已在 Excel 中打开的同名文件\n`,
      );
      return 2;
    }
    throw error;
  }
}
