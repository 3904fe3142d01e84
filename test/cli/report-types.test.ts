/**
 * `generate --report`: the command line writes any report type of the workbook — the built-in
 * 月度进展 beside the annual summary, or a unit's own 模板（名称） — to its own 文字稿（名称）.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { cli } from "./support/cli-harness";

let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "annual-summary-reports-"));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("annual-summary generate --report", () => {
  it("writes the progress report to 文字稿（月度进展）, leaving the annual summary's 文字稿 alone", async () => {
    const sample = path.join(dir, "sample.xlsx");
    expect((await cli("sample", sample)).code).toBe(0);
    const annual = path.join(dir, "annual.xlsx");
    expect((await cli("generate", sample, "-o", annual)).code).toBe(0);
    const out = path.join(dir, "progress.xlsx");
    const text = path.join(dir, "progress.txt");
    const r = await cli("generate", annual, "--report", "月度进展", "-o", out, "--text", text);
    expect(r.code).toBe(0);
    expect((await fs.readFile(text, "utf8")).split("\n")[0]).toBe("2023年1—10月份开发区管委会工作进展情况");

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet("文字稿（月度进展）")?.getCell("A2").value).toBe("2023年1—10月份开发区管委会工作进展情况");
    expect(wb.getWorksheet("文字稿")?.getCell("A2").value).toBe("2023年开发区管委会年度工作总结");
  });

  it("writes a unit's own report type from a copied template sheet", async () => {
    const sample = path.join(dir, "own.xlsx");
    await cli("sample", sample);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sample);
    const own = wb.addWorksheet("模板（半年总结）");
    own.addRow(["级别", "内容"]);
    own.addRow(["标题", "{年度}年{累计月份}{单位名称}工作总结"]);
    own.addRow(["正文", "{预计到年底}实现工业销售收入{工业销售收入.全年预计}亿元。"]);
    const withOwn = path.join(dir, "own-with-report.xlsx");
    await wb.xlsx.writeFile(withOwn);
    const r = await cli("generate", withOwn, "--report", "半年总结");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("2023年1—10月份开发区管委会工作总结\n预计到12月底，实现工业销售收入52.36亿元。\n");
  });

  it("names the report types a workbook has when asked for one it has not (exit 2)", async () => {
    const sample = path.join(dir, "unknown.xlsx");
    await cli("sample", sample);
    const r = await cli("generate", sample, "--report", "季度通报");
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      `错误：“${sample}”中没有报告“季度通报”：可选的有 年度总结、月度进展（即各“模板（名称）”工作表）`,
    );
  });
});
