/**
 * How the command line writes: one rule for every command (an existing file is replaced only when
 * this tool wrote it and nobody changed it since, or with --force), all or nothing, atomically,
 * and failures said in Chinese with the file they were about.
 */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { buildCli, cli, makeTempDir, sampleBytes, spawnCli } from "./support/cli-harness";

// each test writes and reads real workbooks: seconds on a busy two-core machine
jest.setTimeout(60000);

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("annual-summary-outputs-");
  buildCli();
}, 120000);
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const refusal = (file: string): string =>
  `错误：“${file}”已存在，且不是本工具写出后未经改动的文件；为免覆盖其中的内容，没有写出任何文件：请换一个文件名，或加 --force 覆盖它\n`;

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

async function folder(name: string): Promise<string> {
  const d = path.join(dir, name);
  await fs.mkdir(d, { recursive: true });
  return d;
}

async function input(d: string): Promise<string> {
  const file = path.join(d, "输入.xlsx");
  await fs.writeFile(file, await sampleBytes());
  return file;
}

describe("an existing file this tool did not write is never replaced without --force", () => {
  it("refuses -o over another workbook and writes none of the outputs", async () => {
    const d = await folder("other-workbook");
    const other = path.join(d, "别的工作簿.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("台账").getCell("A1").value = "重要数据";
    await wb.xlsx.writeFile(other);
    const before = await fs.readFile(other);
    const text = path.join(d, "文字稿.txt");
    const r = await cli("generate", await input(d), "--text", text, "-o", other);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(refusal(other));
    expect((await fs.readFile(other)).equals(before)).toBe(true);
    expect(await exists(text)).toBe(false);
  });

  it("refuses --text and --issues over an .xlsx", async () => {
    const d = await folder("text-over-xlsx");
    const workbook = path.join(d, "台账.xlsx");
    await fs.writeFile(workbook, await sampleBytes());
    for (const option of ["--text", "--issues"]) {
      const r = await cli("generate", await input(d), option, workbook);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(refusal(workbook));
    }
    expect((await fs.readFile(workbook)).equals(await sampleBytes())).toBe(true);
  });

  it("refuses demo over a sample the user edited, writing nothing", async () => {
    const d = path.join(dir, "demo-edited");
    expect((await cli("demo", d)).code).toBe(0);
    const sample = path.join(d, "示例数据.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sample);
    const sheet = wb.getWorksheet("主要指标");
    if (!sheet) throw new Error("no 主要指标");
    sheet.getCell("C2").value = 99;
    await wb.xlsx.writeFile(sample);
    const before = await fs.readFile(sample);
    const textBefore = await fs.readFile(path.join(d, "年度总结.txt"));
    const r = await cli("demo", d);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(refusal(sample));
    expect((await fs.readFile(sample)).equals(before)).toBe(true);
    expect((await fs.readFile(path.join(d, "年度总结.txt"))).equals(textBefore)).toBe(true);
  });

  it("refuses to replace a text the user edited after generating it", async () => {
    const d = await folder("edited-text");
    const source = await input(d);
    const text = path.join(d, "文字稿.txt");
    expect((await cli("generate", source, "--text", text)).code).toBe(0);
    await fs.appendFile(text, "（领导批示：第三段再精炼）\n");
    const r = await cli("generate", source, "--text", text);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(refusal(text));
    expect(await fs.readFile(text, "utf8")).toContain("领导批示");
  });

  it("replaces what it wrote itself: demo and generate run again", async () => {
    const d = path.join(dir, "demo-twice");
    expect((await cli("demo", d)).code).toBe(0);
    const again = await cli("demo", d);
    expect(again.code).toBe(0);
    const out = path.join(d, "again.xlsx");
    expect((await cli("generate", path.join(d, "示例数据.xlsx"), "-o", out)).code).toBe(0);
    expect((await cli("generate", path.join(d, "示例数据.xlsx"), "-o", out)).code).toBe(0);
  });

  it("replaces any file with --force", async () => {
    const d = await folder("force");
    const target = path.join(d, "旧.txt");
    await fs.writeFile(target, "旧内容");
    const r = await cli("generate", await input(d), "--text", target, "--force");
    expect(r.code).toBe(0);
    expect(await fs.readFile(target, "utf8")).toContain("年度工作总结");
  });
});

describe("outputs are checked together before any is written", () => {
  it("refuses two outputs that are the same file, by name or through a link", async () => {
    const d = await folder("same-output");
    const source = await input(d);
    const a = path.join(d, "a.txt");
    let r = await cli("generate", source, "--text", a, "--issues", a);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `错误：“${a}”和“${a}”是同一个文件，不能同时作为 --text 和 --issues 的输出：没有写出任何文件\n`,
    );
    expect(await exists(a)).toBe(false);
    await fs.writeFile(a, "");
    const link = path.join(d, "link.txt");
    await fs.symlink(a, link);
    r = await cli("generate", source, "--text", a, "--issues", link, "--force");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `错误：“${a}”和“${link}”是同一个文件，不能同时作为 --text 和 --issues 的输出：没有写出任何文件\n`,
    );
  });

  it("creates the missing folders of every output or of none", async () => {
    const d = await folder("folders");
    const source = await input(d);
    const blocker = path.join(d, "不是文件夹");
    await fs.writeFile(blocker, "");
    const r = await cli(
      "generate",
      source,
      "-o",
      path.join(d, "新文件夹", "子文件夹", "结果.xlsx"),
      "--text",
      path.join(blocker, "文字稿.txt"),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `错误：无法写出“${path.join(blocker, "文字稿.txt")}”：路径中的“${blocker}”是文件，不是文件夹；没有写出任何文件\n`,
    );
    expect(await exists(path.join(d, "新文件夹"))).toBe(false);
    const ok = await cli("generate", source, "-o", path.join(d, "新文件夹", "子文件夹", "结果.xlsx"));
    expect(ok.code).toBe(0);
  });
});

describe("writes are atomic", () => {
  it("leaves a whole workbook when two runs write the same output at once", async () => {
    const d = await folder("concurrent");
    const source = await input(d);
    const out = path.join(d, "结果.xlsx");
    for (let round = 0; round < 3; round++) {
      const runs = await Promise.all([
        spawnCli(["generate", source, "-o", out, "--force"]),
        spawnCli(["generate", source, "-o", out, "--force"]),
      ]);
      expect(runs.map((r) => r.code)).toEqual([0, 0]);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      expect(wb.getWorksheet("文字稿")?.getCell("A2").value).toBe("2023年开发区管委会年度工作总结");
    }
    expect((await fs.readdir(d)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 120000);
});

describe("file-system failures are said in Chinese, naming the file", () => {
  it("says the disk is full (ENOSPC) and leaves no other output behind", async () => {
    const d = await folder("full-disk");
    const out = path.join(d, "结果.xlsx");
    const r = await cli("generate", await input(d), "-o", out, "--text", "/dev/full");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("错误：磁盘空间不足，无法写出“/dev/full”：请清理磁盘后再试\n");
    expect(await exists(out)).toBe(false);
    expect((await fs.readdir(d)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("says which folder it may not write to", async () => {
    const d = await folder("no-permission");
    const r = await cli("generate", await input(d), "--text", "/sys/文字稿.txt");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("错误：没有权限在文件夹“/sys”中写出“/sys/文字稿.txt”：请换一个有写入权限的位置\n");
  });

  it("writes to a device such as /dev/stdout in place", async () => {
    const d = await folder("device");
    const r = await spawnCli(["generate", await input(d), "--issues", "/dev/stdout", "--text", "/dev/null"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  }, 30000);
});
