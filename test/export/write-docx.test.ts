import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { writeDocx } from "../../src/cli/write-docx";
import { buildDocx } from "../../src/export/docx-document";
import { readDocxParts } from "./docx-xml";
import { SAMPLE_DOCUMENT } from "./fixtures/sample-document";

describe("writeDocx", () => {
  it("writes the .docx of buildDocx, creating the folder", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "write-docx-"));
    const out = path.join(dir, "新建文件夹", "年度总结.docx");
    await writeDocx(SAMPLE_DOCUMENT, out);
    const written = new Uint8Array(await fs.readFile(out));
    const parts = await readDocxParts(written);
    expect(parts.document).toContain("一、主要经济指标完成情况");
    expect((await readDocxParts(await buildDocx(SAMPLE_DOCUMENT))).document).toBe(parts.document);
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("rejects with the file system's error when the path cannot be written", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "write-docx-"));
    const file = path.join(dir, "file");
    await fs.writeFile(file, "x");
    await expect(writeDocx(SAMPLE_DOCUMENT, path.join(file, "a.docx"))).rejects.toMatchObject({
      code: expect.stringMatching(/EEXIST|ENOTDIR/),
    });
    await fs.rm(dir, { recursive: true, force: true });
  });
});
