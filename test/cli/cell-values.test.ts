/**
 * What a cell can hold that a sheet written by Excel or a program may carry, through the whole
 * command line: a date in a numeric column, a formula saved without its result, numbers too large
 * or small for a General cell, characters XML forbids.
 */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { cli, cliWithEnv, editedSample, editPart, makeTempDir, sampleBytes, sheetPart } from "./support/cli-harness";

// each test writes and reads real workbooks: seconds on a busy two-core machine
jest.setTimeout(60000);

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("annual-summary-values-");
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

interface IssueJson {
  severity: string;
  code: string;
  sheet: string;
  cell: string;
  message: string;
  suggestion: string;
}

/** The sample with cells of a sheet (主要指标 unless named) changed through ExcelJS, as a program would write them. */
async function sampleWith(
  name: string,
  change: (sheet: ExcelJS.Worksheet) => void,
  sheetName = "主要指标",
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await sampleBytes()) as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet(sheetName);
  if (!sheet) throw new Error(`no ${sheetName}`);
  change(sheet);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

async function generateAll(
  input: string,
): Promise<{ code: number; stderr: string; text: string; issues: IssueJson[]; out: string; docx: string }> {
  const base = input.replace(/\.xlsx$/, "");
  const [out, textFile, issuesFile, docx] = [`${base}-out.xlsx`, `${base}.txt`, `${base}.json`, `${base}.docx`];
  const r = await cli("generate", input, "-o", out, "--text", textFile, "--issues", issuesFile, "--docx", docx);
  return {
    code: r.code,
    stderr: r.stderr,
    text: await fs.readFile(textFile, "utf8"),
    issues: JSON.parse(await fs.readFile(issuesFile, "utf8")) as IssueJson[],
    out,
    docx,
  };
}

describe("a date typed into a numeric column", () => {
  it("is an error at its cell and a marker in the text, not “44927.00亿元”", async () => {
    // typed as 2023/1/1 into a General cell, Excel stores the day number under a date format
    const input = await sampleWith("date.xlsx", (sheet) => {
      sheet.getCell("C2").value = new Date(Date.UTC(2023, 0, 1));
      sheet.getCell("C2").numFmt = "yyyy/m/d";
    });
    const r = await generateAll(input);
    expect(r.code).toBe(1);
    expect(r.issues.find((i) => i.cell === "C2" && i.sheet === "主要指标")).toMatchObject({
      severity: "error",
      code: "date-in-number",
      message: "主要指标!C2 是日期或时间“2023/1/1”，“全年预计”应填数字",
    });
    expect(r.text).toContain("实现工业销售收入【待补：工业销售收入·全年预计】亿元");
    expect(r.text).not.toContain("44927");
  });
});

describe("a formula saved without its result", () => {
  it("is reported at its cell as needing a recalculation, and the text is marked", async () => {
    const input = await sampleWith("uncomputed.xlsx", (sheet) => {
      sheet.getCell("C2").value = { formula: "D2*1.05", date1904: false };
    });
    const r = await generateAll(input);
    expect(r.code).toBe(1);
    expect(r.issues.find((i) => i.cell === "C2" && i.sheet === "主要指标")).toMatchObject({
      severity: "error",
      code: "formula-without-result",
      message: "主要指标!C2 的公式没有计算结果，请在 Excel 中重算后保存",
    });
    expect(r.text).toContain("实现工业销售收入【待补：工业销售收入·全年预计】亿元");
    expect(r.stderr).toContain("[错误] 主要指标!C2 的公式没有计算结果，请在 Excel 中重算后保存");
  });

  it("is not reported in the computed columns: generating from a generated workbook is clean", async () => {
    const first = await generateAll(await sampleWith("regenerate.xlsx", () => undefined));
    expect(first.code).toBe(0);
    const again = path.join(dir, "regenerate-again.xlsx");
    const r = await cli("generate", first.out, "-o", again, "--issues", path.join(dir, "regenerate-again.json"));
    expect(r.code).toBe(0);
    expect(JSON.parse(await fs.readFile(path.join(dir, "regenerate-again.json"), "utf8"))).toEqual([]);
  });
});

describe("numbers a General cell shows in E notation", () => {
  it("quotes 1E+308 and 1E-300 as Excel shows them in messages, not as 309 digits", async () => {
    const input = await sampleWith("huge.xlsx", (sheet) => {
      sheet.getCell("C2").value = 1e308;
      sheet.getCell("C2").numFmt = "General";
      sheet.getCell("D2").value = 1e-300;
      sheet.getCell("D2").numFmt = "General";
    });
    const r = await generateAll(input);
    const overflow = r.issues.find((i) => i.code === "rate-overflow");
    expect(overflow?.message).toContain("全年预计“1E+308”除以年度任务“1E-300”");
    const digits308 = `1${"0".repeat(308)}`;
    for (const issue of r.issues) expect(`${issue.message}${issue.suggestion}`).not.toContain(digits308);
  });

  it("writes a number in a text column as a General cell shows it: 1E+308, not 309 digits", async () => {
    const input = await sampleWith(
      "huge-name.xlsx",
      (sheet) => {
        sheet.getCell("B2").value = 1e308;
        sheet.getCell("B2").numFmt = "General";
      },
      "在建项目",
    );
    const r = await generateAll(input);
    expect(r.text).toContain("1E+308项目");
    expect(r.text).not.toContain(`1${"0".repeat(308)}`);
  });
});

/** Every XML part of a zip, parsed by a strict parser; returns the parts that fail. */
async function malformedParts(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const bad: string[] = [];
  for (const name of Object.keys(zip.files)) {
    const entry = zip.files[name];
    if (!entry || entry.dir || !/\.(xml|rels)$/.test(name)) continue;
    const parser = new SaxesParser({ xmlns: false });
    try {
      parser.write(await entry.async("string")).close();
    } catch (error) {
      bad.push(`${name}: ${String(error)}`);
    }
  }
  return bad;
}

describe("characters XML forbids in a cell", () => {
  // Excel stores U+FFFE, U+FFFF, control characters and a lone surrogate escaped as _xHHHH_
  const ESCAPED = "开发区_xFFFE_管委会_xFFFF__x0001__xD800_";

  it("are left out of the .xlsx and .docx, and the text files carry no lone surrogate", async () => {
    const input = await editedSample(path.join(dir, "illegal.xlsx"), async (zip: JSZip) => {
      const shared = await (zip.file("xl/sharedStrings.xml") as JSZip.JSZipObject).async("string");
      expect(shared).toContain("<t>开发区管委会</t>");
      zip.file("xl/sharedStrings.xml", shared.replace("<t>开发区管委会</t>", `<t>${ESCAPED}</t>`));
      await editPart(zip, await sheetPart(zip, "主要指标"), (xml) =>
        xml.replace(/<c r="C2"([^>]*?)(\/>|>.*?<\/c>)/, `<c r="C2" t="inlineStr"><is><t>52_xFFFF_亿元</t></is></c>`),
      );
    });
    const r = await generateAll(input);
    expect(r.code).toBe(1);
    expect(await malformedParts(r.out)).toEqual([]);
    expect(await malformedParts(r.docx)).toEqual([]);
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(r.out);
    expect(written.getWorksheet("文字稿")?.getCell("A2").value).toBe("2023年开发区管委会年度工作总结");
    expect(r.text).toContain("2023年开发区\uFFFE管委会\uFFFF\u0001\uFFFD年度工作总结");
    expect(r.issues.find((i) => i.cell === "C2" && i.sheet === "主要指标")?.message).toContain("“52\uFFFF亿元”");
  });
});

describe("help and version", () => {
  it("prints the version of package.json", async () => {
    const pkg = JSON.parse(await fs.readFile(path.join(__dirname, "../../package.json"), "utf8")) as {
      version: string;
    };
    const r = await cli("--version");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`annual-summary ${pkg.version}\n`);
  });

  it.each([
    [{ LANG: "en_US.UTF-8" }, "Usage:"],
    [{ LANG: "zh_CN.UTF-8" }, "用法："],
    [{ LANG: "zh_CN.UTF-8", LC_ALL: "en_GB.UTF-8" }, "Usage:"],
    [{ LANG: "en_US.UTF-8", LC_MESSAGES: "zh_CN.UTF-8" }, "用法："],
    [{}, "用法："],
  ])("follows the language of %p", async (env, first) => {
    const r = await cliWithEnv(env, "--help");
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith(first)).toBe(true);
    expect(r.stdout).toContain("--force");
  });
});
