/**
 * The command line on unusual or hostile input files: every one ends with exit 0/1, or exit 2
 * and one Chinese line — in seconds, within its memory, never a stack trace or a hang.
 */
import { execFileSync } from "child_process";
import { createWriteStream, promises as fs } from "fs";
import * as path from "path";
import { Readable } from "stream";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  appendRows,
  buildCli,
  cli,
  editedSample,
  makeTempDir,
  sampleBytes,
  sheetPart,
  spawnCli,
  textCell,
} from "./support/cli-harness";

// each test writes and reads real workbooks: seconds on a busy two-core machine
jest.setTimeout(60000);

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("annual-summary-hostile-");
  buildCli();
}, 120000);
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const oneLine = (stderr: string): void => {
  expect(stderr.endsWith("\n")).toBe(true);
  expect(stderr.trim().split("\n")).toHaveLength(1);
  expect(stderr).not.toMatch(/\bat .+:\d+:\d+/);
};

interface IssueJson {
  severity: string;
  code: string;
  sheet: string;
  cell: string;
  message: string;
}

/** The sample with values typed far away, saved by ExcelJS as a user's program would. */
async function sampleWith(file: string, cells: Record<string, string>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await sampleBytes()) as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet("主要指标");
  if (!sheet) throw new Error("no 主要指标");
  for (const [address, value] of Object.entries(cells)) sheet.getCell(address).value = value;
  await wb.xlsx.writeFile(file);
  return file;
}

describe("a stray value far from the table (read by the cells the file holds)", () => {
  it("reports the row of a value at 主要指标!A1048576 at its cells and writes every output", async () => {
    const input = await sampleWith(path.join(dir, "stray.xlsx"), { A1048576: "x" });
    const out = path.join(dir, "stray-out.xlsx");
    const issuesFile = path.join(dir, "stray.json");
    const r = await cli("generate", input, "-o", out, "--text", path.join(dir, "stray.txt"), "--issues", issuesFile);
    expect(r.code).toBe(1);
    const issues = JSON.parse(await fs.readFile(issuesFile, "utf8")) as IssueJson[];
    expect(issues.filter((i) => i.sheet === "主要指标" && i.cell === "C1048576").map((i) => i.code)).toEqual([
      "blank-required-cell",
    ]);
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    expect(written.getWorksheet("主要指标")?.getCell("F1048576").formula).toBe(
      'IF(AND(ISNUMBER(C1048576),ISNUMBER(D1048576)),IF(D1048576>0,C1048576/D1048576,""),"")',
    );
    const report = written.getWorksheet("校验结果");
    const cells: string[] = [];
    report?.eachRow((row) =>
      cells.push(
        String(row.getCell(2).value) +
          "!" +
          String((row.getCell(3).value as { result?: string; formula?: string })?.formula ?? row.getCell(3).value),
      ),
    );
    expect(cells.some((c) => c.startsWith("主要指标!") && c.includes("C1048576"))).toBe(true);
  }, 60000);

  it("ends within a 256 MB heap with values at A1048576 and XFD20 (one object a real cell)", async () => {
    const input = await sampleWith(path.join(dir, "stray-both.xlsx"), { A1048576: "x", XFD20: "y" });
    const r = await spawnCli(["generate", input, "-o", path.join(dir, "stray-both-out.xlsx")], { maxOldSpaceMb: 256 });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("主要指标!C1048576");
  }, 60000);
});

/** A zip whose part `name` streams `size` bytes of XML white space inside its root (inflates hugely). */
async function bombZip(file: string, size: number): Promise<void> {
  const zip = await JSZip.loadAsync(await sampleBytes());
  const part = await sheetPart(zip, "在建项目");
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  let sent = 0;
  const body = new Readable({
    read() {
      if (sent === 0) this.push('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">');
      if (sent >= size) {
        this.push("<sheetData/></worksheet>");
        this.push(null);
        return;
      }
      this.push(chunk);
      sent += chunk.length;
    },
  });
  zip.file(part, body);
  await new Promise<void>((resolve, reject) => {
    zip
      .generateNodeStream({ type: "nodebuffer", streamFiles: false, compression: "DEFLATE" })
      .pipe(createWriteStream(file))
      .on("finish", () => resolve())
      .on("error", reject);
  });
}

/** Sets the uncompressed size the central directory and local header declare for `part`. */
async function lieAboutSize(file: string, part: string, size: number): Promise<void> {
  const bytes = await fs.readFile(file);
  const name = Buffer.from(part, "utf8");
  for (let at = 0; at < bytes.length - 46; at++) {
    const sig = bytes.readUInt32LE(at);
    if (sig === 0x02014b50 && bytes.subarray(at + 46, at + 46 + name.length).equals(name))
      bytes.writeUInt32LE(size, at + 24);
    if (sig === 0x04034b50 && bytes.subarray(at + 30, at + 30 + name.length).equals(name))
      bytes.writeUInt32LE(size, at + 22);
  }
  await fs.writeFile(file, bytes);
}

describe("a zip that inflates far beyond its size", () => {
  const bomb = (): string => path.join(dir, "bomb.xlsx");
  beforeAll(async () => {
    await bombZip(bomb(), 300 * 1024 * 1024);
  }, 60000);

  it("refuses a 300 MB sheet by the sizes in the zip directory, before inflating it", async () => {
    const file = bomb();
    expect((await fs.stat(file)).size).toBeLessThan(2 * 1024 * 1024);
    const r = await cli("generate", file);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `错误：“${file}”中工作表“在建项目”解压后超过 128 MB，超出命令行能读取的上限，没有读取：请删去不需要的数据，或拆分成几个工作簿\n`,
    );
  }, 60000);

  it("stops inflating a part whose header understates its size, as damaged", async () => {
    const file = path.join(dir, "bomb-lies.xlsx");
    await fs.copyFile(bomb(), file);
    await lieAboutSize(file, "xl/worksheets/sheet3.xml", 5000);
    const r = await spawnCli(["generate", file], { maxOldSpaceMb: 256 });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`错误：“${file}”已损坏，无法作为 Excel 工作簿打开：请在 Excel 中打开并另存为 .xlsx\n`);
  }, 60000);
});

/** The sample with `rows` project rows streamed into 在建项目 (a file of a few megabytes). */
async function manyRows(file: string, rows: number): Promise<void> {
  const zip = await JSZip.loadAsync(await sampleBytes());
  const part = await sheetPart(zip, "在建项目");
  const xml = await (zip.file(part) as JSZip.JSZipObject).async("string");
  const [head, tail] = xml.split("</sheetData>");
  const firstRow = Math.max(...Array.from(xml.matchAll(/<row r="(\d+)"/g), (m) => Number(m[1]))) + 1;
  let r = firstRow;
  const body = new Readable({
    read() {
      if (r === firstRow) this.push(head ?? "");
      if (r >= firstRow + rows) {
        this.push(`</sheetData>${tail ?? ""}`);
        this.push(null);
        return;
      }
      const lines: string[] = [];
      for (let i = 0; i < 5000 && r < firstRow + rows; i++, r++)
        lines.push(`<row r="${r}">${textCell(`B${r}`, `项目${r}`)}<c r="D${r}"><v>${r}</v></c></row>`);
      this.push(lines.join(""));
    },
  });
  zip.file(part, body);
  await new Promise<void>((resolve, reject) => {
    zip
      .generateNodeStream({ type: "nodebuffer", compression: "DEFLATE" })
      .pipe(createWriteStream(file))
      .on("finish", () => resolve())
      .on("error", reject);
  });
}

describe("a sheet with a million rows", () => {
  it("is refused up front with the limit, not read into memory", async () => {
    const file = path.join(dir, "million.xlsx");
    await manyRows(file, 1000000);
    const r = await spawnCli(["generate", file, "--text", path.join(dir, "million.txt")], { maxOldSpaceMb: 512 });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `错误：“${file}”的工作表“在建项目”数据超过命令行能处理的上限（200,000 行或 2,000,000 个单元格）：请把数据拆分到几个工作簿\n`,
    );
    await expect(fs.stat(path.join(dir, "million.txt"))).rejects.toThrow();
  }, 120000);
});

describe("cells outside Excel's grid are a damaged workbook", () => {
  it.each([
    ["row 1,048,577", `<row r="1048577">${textCell("A1048577", "x")}</row>`, "工作表“主要指标”中有第 1,048,577 行"],
    ["column XFE", `<row r="600">${textCell("XFE600", "x")}</row>`, "工作表“主要指标”中有单元格 XFE600"],
  ])("refuses a cell at %s", async (_what, rowXml, detail) => {
    const file = await editedSample(path.join(dir, `grid-${_what}.xlsx`), (zip) => appendRows(zip, "主要指标", rowXml));
    const r = await cli("generate", file);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `错误：“${file}”已损坏（${detail}，超出 Excel 的范围（最多 1,048,576 行、16,384 列）），无法作为 Excel 工作簿打开：请在 Excel 中打开并另存为 .xlsx\n`,
    );
  });
});

describe("only regular files are read", () => {
  it("refuses /dev/zero at once", async () => {
    const r = await cli("generate", "/dev/zero");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "错误：“/dev/zero”不是普通文件（是设备、管道或套接字），无法作为 Excel 工作簿读取：请指定一个 .xlsx 文件\n",
    );
  });

  it("refuses a named pipe without waiting for a writer", async () => {
    const fifo = path.join(dir, "pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    const r = await spawnCli(["generate", fifo], { timeoutMs: 20000 });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `错误：“${fifo}”不是普通文件（是设备、管道或套接字），无法作为 Excel 工作簿读取：请指定一个 .xlsx 文件\n`,
    );
  }, 30000);
});

describe("a package with a part missing is damaged", () => {
  it("refuses a workbook whose 主要指标 part is gone", async () => {
    const file = await editedSample(path.join(dir, "no-part.xlsx"), async (zip) => {
      zip.remove(await sheetPart(zip, "主要指标"));
    });
    const r = await cli("generate", file);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `错误：“${file}”已损坏（缺少工作表“主要指标”的内容（xl/worksheets/sheet2.xml）），无法作为 Excel 工作簿打开：请在 Excel 中打开并另存为 .xlsx\n`,
    );
  });

  it("refuses a workbook without [Content_Types].xml", async () => {
    const file = await editedSample(path.join(dir, "no-types.xlsx"), async (zip) => {
      zip.remove("[Content_Types].xml");
    });
    const r = await cli("generate", file);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `错误：“${file}”已损坏（缺少 [Content_Types].xml），无法作为 Excel 工作簿打开：请在 Excel 中打开并另存为 .xlsx\n`,
    );
    oneLine(r.stderr);
  });
});

describe("other spreadsheet formats", () => {
  it("tells an OpenDocument spreadsheet to be saved as .xlsx", async () => {
    const zip = new JSZip();
    zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
    zip.file(
      "content.xml",
      '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>',
    );
    const file = path.join(dir, "表格.ods");
    await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
    const r = await cli("generate", file);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`错误：“${file}”是 OpenDocument 表格（.ods），请在 Excel/WPS 中另存为 .xlsx 后再试\n`);
  });
});

describe("the input is never an output", () => {
  it("refuses a hard link to the input as -o, leaving the input unchanged", async () => {
    const input = path.join(dir, "linked.xlsx");
    await fs.writeFile(input, await sampleBytes());
    const link = path.join(dir, "link-to-input.xlsx");
    await fs.link(input, link);
    const before = await fs.readFile(input);
    const r = await cli("generate", input, "-o", link, "--force");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`错误：输出文件“${link}”就是输入文件，没有写出：请用另一个文件名，输入的工作簿保持不变\n`);
    expect((await fs.readFile(input)).equals(before)).toBe(true);
  });
});
