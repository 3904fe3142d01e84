import { execFile } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/run-cli";
import { readSheet } from "../../src/cli/xlsx-read";

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(...argv: string[]): Promise<Captured> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "annual-summary-cli-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const GOLDEN_SECTION_ONE =
  "预计到12月底，实现工业销售收入52.36亿元，占年任务104.7%，同比增长16.0%；引进内资18.60亿元，占年任务93.0%，同比增长14.8%；出口额8650万美元，占年任务96.1%，同比下降5.2%；完成财政收入3.21亿元，占年任务107.0%，同比增长11.8%；固定资产投资26.80亿元，占年任务107.2%，同比增长19.6%；1—10月份实际利用外资已完成1850万美元，预计到年底可完成2200万美元的任务。";

describe("annual-summary generate: inputs it cannot use (exit 2, one Chinese line)", () => {
  it("names a missing file", async () => {
    const r = await cli("generate", path.join(dir, "没有这个文件.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`错误：找不到文件“${path.join(dir, "没有这个文件.xlsx")}”，请检查路径\n`);
  });

  it("recognises a text file renamed .xlsx", async () => {
    const file = path.join(dir, "假的.xlsx");
    await fs.writeFile(file, "指标,单位\n工业销售收入,亿元\n", "utf8");
    const r = await cli("generate", file);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`错误：“${file}”不是有效的 Excel 工作簿（.xlsx）：文件内容不是 xlsx 格式\n`);
  });

  it("recognises an encrypted (OLE compound) file", async () => {
    const file = path.join(dir, "加密.xlsx");
    await fs.writeFile(file, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const r = await cli("generate", file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("已加密或是旧版 .xls 文件");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("recognises a damaged workbook", async () => {
    const file = path.join(dir, "损坏.xlsx");
    await fs.writeFile(file, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]));
    const r = await cli("generate", file);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`错误：“${file}”已损坏，无法作为 Excel 工作簿打开：请在 Excel 中打开并另存为 .xlsx\n`);
  });

  it("explains its usage on an unknown option", async () => {
    const r = await cli("generate", "a.xlsx", "--bogus");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("未知选项 --bogus");
  });
});

describe("annual-summary never writes over a user's file (exit 2, the file unchanged)", () => {
  it("refuses init and sample onto a workbook someone filled in", async () => {
    const file = path.join(dir, "已填写.xlsx");
    expect((await cli("sample", file)).code).toBe(0);
    // the user types a figure and saves: the file is no longer the one the tool wrote
    const filled = new ExcelJS.Workbook();
    await filled.xlsx.readFile(file);
    const sheet = filled.getWorksheet("主要指标");
    if (!sheet) throw new Error("no 主要指标");
    sheet.getCell("C2").value = 60.5;
    await filled.xlsx.writeFile(file);
    const before = await fs.readFile(file);
    for (const command of ["init", "sample"]) {
      const r = await cli(command, file);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `错误：“${file}”已存在，且不是本工具写出后未经改动的文件；为免覆盖其中的内容，没有写出任何文件：请换一个文件名，或加 --force 覆盖它\n`,
      );
    }
    expect((await fs.readFile(file)).equals(before)).toBe(true);
  });

  it.each(["-o", "--text", "--issues", "--docx"])("refuses generate %s onto its input", async (flag) => {
    const file = path.join(dir, "输入.xlsx");
    await fs.rm(file, { force: true });
    expect((await cli("sample", file)).code).toBe(0);
    const before = await fs.readFile(file);
    const sameFile = path.join(dir, ".", "输入.xlsx");
    const r = await cli("generate", file, flag, sameFile);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `错误：输出文件“${sameFile}”就是输入文件，没有写出：请用另一个文件名，输入的工作簿保持不变\n`,
    );
    expect((await fs.readFile(file)).equals(before)).toBe(true);
  });
});

describe("annual-summary sample + generate", () => {
  it("writes the workbook, the text and the issues, leaving input sheets unchanged cell for cell", async () => {
    const sample = path.join(dir, "sample.xlsx");
    expect((await cli("sample", sample)).code).toBe(0);
    const out = path.join(dir, "out.xlsx");
    const text = path.join(dir, "out.txt");
    const issues = path.join(dir, "issues.json");
    const r = await cli("generate", sample, "-o", out, "--text", text, "--issues", issues);
    expect(r.code).toBe(0);
    expect(await fs.readFile(text, "utf8")).toContain(`${GOLDEN_SECTION_ONE}\n`);
    expect(JSON.parse(await fs.readFile(issues, "utf8"))).toEqual([]);

    const before = new ExcelJS.Workbook();
    await before.xlsx.readFile(sample);
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(out);
    for (const name of ["参数", "主要指标", "在建项目", "在谈项目", "荣誉", "数据项", "模板"]) {
      const a = before.getWorksheet(name);
      const b = after.getWorksheet(name);
      expect(a && b).toBeTruthy();
      if (a && b) expect(readSheet(b)).toEqual(readSheet(a));
    }
    const narrative = after.getWorksheet("文字稿");
    expect(narrative?.getCell("A1").value).toBe("文字稿");
    expect(narrative?.getCell("A2").value).toBe("2023年开发区管委会年度工作总结");
    expect(after.getWorksheet("校验结果")?.getCell("D2").value).toBe("未发现问题");
  });

  it("prints the text to stdout when no output file is named", async () => {
    const sample = path.join(dir, "sample2.xlsx");
    await cli("sample", sample);
    const r = await cli("generate", sample);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(GOLDEN_SECTION_ONE);
  });

  it("generates twice to the same text, byte for byte", async () => {
    const sample = path.join(dir, "sample3.xlsx");
    await cli("sample", sample);
    const a = await cli("generate", sample);
    const b = await cli("generate", sample);
    expect(b.stdout).toBe(a.stdout);
  });
});

describe("annual-summary generate on data with problems (exit 1, outputs still written)", () => {
  it("reports a workbook without the input sheets and still writes the text with markers", async () => {
    const file = path.join(dir, "无输入表.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "随便";
    await wb.xlsx.writeFile(file);
    const text = path.join(dir, "无输入表.txt");
    const issuesFile = path.join(dir, "无输入表.json");
    const r = await cli("generate", file, "--text", text, "--issues", issuesFile);
    expect(r.code).toBe(1);
    const issues = JSON.parse(await fs.readFile(issuesFile, "utf8")) as {
      code: string;
      sheet: string;
      severity: string;
    }[];
    expect(issues.filter((i) => i.code === "missing-sheet").map((i) => i.sheet)).toEqual([
      "参数",
      "主要指标",
      "在建项目",
      "在谈项目",
      "荣誉",
      "数据项",
    ]);
    const output = await fs.readFile(text, "utf8");
    expect(output).toContain("【待补：");
    expect(output).not.toMatch(/[，；。]亿元/);
  });

  it("reports a number stored as text at its cell, marks the text, and exits 1", async () => {
    const sample = path.join(dir, "bad.xlsx");
    await cli("sample", sample);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sample);
    const sheet = wb.getWorksheet("主要指标");
    if (!sheet) throw new Error("no sheet");
    sheet.getCell("C2").value = "52亿元";
    await wb.xlsx.writeFile(sample);
    const out = path.join(dir, "bad-out.xlsx");
    const issuesFile = path.join(dir, "bad.json");
    const text = path.join(dir, "bad.txt");
    const r = await cli("generate", sample, "-o", out, "--issues", issuesFile, "--text", text);
    expect(r.code).toBe(1);
    const issues = JSON.parse(await fs.readFile(issuesFile, "utf8")) as {
      severity: string;
      sheet: string;
      cell: string;
      message: string;
    }[];
    expect(issues[0]).toMatchObject({ severity: "error", sheet: "主要指标", cell: "C2" });
    expect(issues[0]?.message).toContain("“52亿元”");
    expect(await fs.readFile(text, "utf8")).toContain("实现工业销售收入【待补：工业销售收入·全年预计】亿元");
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    const report = written.getWorksheet("校验结果");
    expect(report?.getCell("B2").value).toBe("主要指标");
    expect(report?.getCell("C2").value).toMatchObject({ formula: `HYPERLINK("#'主要指标'!C2","C2")` });
    expect(r.stderr).toContain("错误 1 个");
  });
});

describe("annual-summary as a process", () => {
  it("exits 2 with one line and no stack trace on a missing file", async () => {
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [
          require.resolve("tsx/cli"),
          path.join(__dirname, "../../src/cli/main.ts"),
          "generate",
          path.join(dir, "nope.xlsx"),
        ],
        (error, _stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stderr }),
      );
    });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\bat \w+ \(/);
  }, 30000);
});
