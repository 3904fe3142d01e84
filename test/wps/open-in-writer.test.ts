/**
 * 在WPS文字中打开 on the simulated WPS 文字: the generated text becomes a new document in GB/T 9704
 * layout — the page, margins and 22 × 28 grid of the .docx export, the title, headings and body in
 * their typefaces and sizes, exact 28.9 pt lines with a two-character indent, the 【待补】 markers in
 * red, "— 1 —" page numbers outside on odd and even pages — in a number of calls that does not grow
 * with the length of the text. Where WPS does not let the add-in reach WPS 文字, the pane is told to
 * use 导出Word.
 */
import * as fs from "fs";
import * as path from "path";
import type { NarrativeDocument } from "../../src/core/document";
import { generate } from "../../src/core/generate";
import { sampleRawWorkbook } from "../../src/core/sample-workbook";
import { CHARS_PER_LINE, LINES_PER_PAGE } from "../../src/export/gbt9704-layout";
import { SimWpsHost } from "../../src/sim-wps/host";
import { SimWriterApplication, type SimWriterDocumentSnapshot } from "../../src/sim-wps/writer";
import { createWpsBackend } from "../../src/wps/wps-backend";
import { openInWriter } from "../../src/wps/open-in-writer";
import { goldenWorkbook, type GoldenInput } from "../golden/golden-input";
import { manyProjects } from "../excel/sim-helpers";

const mm = (points: number): number => Math.round(((points * 25.4) / 72) * 10) / 10;

async function opened(
  document: NarrativeDocument,
): Promise<{ snap: SimWriterDocumentSnapshot; writer: SimWriterApplication; name: string }> {
  const writer = new SimWriterApplication();
  const name = await openInWriter(document, writer);
  const doc = writer.documents[0];
  if (!doc) throw new Error("no document added");
  expect(doc.activated).toBe(true);
  return { snap: doc.snapshot(), writer, name };
}

const sample = generate(sampleRawWorkbook()).document;

describe("在WPS文字中打开", () => {
  it("opens a new document with the page of GB/T 9704: A4, margins 37/35/28/26 mm, 22 lines of 28 characters", async () => {
    const { snap, name } = await opened(sample);
    expect(name).toBe("文字文稿1");
    const page = snap.pageSetup;
    expect([mm(page.PageWidth), mm(page.PageHeight)]).toEqual([210, 297]);
    expect([mm(page.TopMargin), mm(page.BottomMargin), mm(page.LeftMargin), mm(page.RightMargin)]).toEqual([
      37, 35, 28, 26,
    ]);
    expect([page.LayoutMode, page.LinesPage, page.CharsLine]).toEqual([1, LINES_PER_PAGE, CHARS_PER_LINE]);
    expect([LINES_PER_PAGE, CHARS_PER_LINE]).toEqual([22, 28]);
    expect(page.OddAndEvenPagesHeaderFooter).toBe(-1);
  });

  it("writes every paragraph, each level in its typeface: 方正小标宋简体 2号 title, 黑体/楷体_GB2312 headings, 仿宋_GB2312 3号 body", async () => {
    const { snap } = await opened(sample);
    expect(snap.paragraphs.map((p) => p.text)).toEqual(sample.paragraphs.map((p) => p.text));
    const font = (i: number) => snap.paragraphs[i]?.runs.map((r) => [r.font.nameFarEast, r.font.size]);
    sample.paragraphs.forEach((p, i) => {
      const expected = {
        标题: ["方正小标宋简体", 22],
        一级: ["黑体", 16],
        二级: ["楷体_GB2312", 16],
        三级: ["仿宋_GB2312", 16],
        正文: ["仿宋_GB2312", 16],
      }[p.level];
      expect([i, p.level, font(i)]).toEqual([i, p.level, [expected]]);
    });
    const title = snap.paragraphs[0]?.format;
    expect([title?.alignment, title?.characterUnitFirstLineIndent, title?.spaceAfter]).toEqual([1, 0, 28.9]);
    const bodyIndex = sample.paragraphs.findIndex((p) => p.level === "正文");
    const body = snap.paragraphs[bodyIndex]?.format;
    expect([body?.alignment, body?.characterUnitFirstLineIndent, body?.lineSpacingRule, body?.lineSpacing]).toEqual([
      3, 2, 4, 28.9,
    ]);
    const headingIndex = sample.paragraphs.findIndex((p) => p.level === "一级");
    expect(snap.paragraphs[headingIndex]?.format.outlineLevel).toBe(1);
    expect(snap.paragraphs[bodyIndex]?.format.outlineLevel).toBe(10);
  });

  it("puts “— 1 —” page numbers in 4号 宋体 one character in from the outer edge: right on odd pages, left on even", async () => {
    const { snap } = await opened(sample);
    expect(snap.footers.odd?.text).toBe("— {PAGE} —");
    expect(snap.footers.even?.text).toBe("— {PAGE} —");
    expect([snap.footers.odd?.format.alignment, snap.footers.odd?.format.rightIndent]).toEqual([2, 14]);
    expect([snap.footers.even?.format.alignment, snap.footers.even?.format.leftIndent]).toEqual([0, 14]);
    expect(snap.footers.odd?.runs.map((r) => [r.font.nameFarEast, r.font.size])).toEqual([["宋体", 14]]);
  });

  it("shows the 【待补】 markers in red and nothing else", async () => {
    const input = JSON.parse(
      fs.readFileSync(path.join(__dirname, "..", "golden", "missing-value", "input.json"), "utf8"),
    ) as GoldenInput;
    const document = generate(goldenWorkbook(input)).document;
    const { snap } = await opened(document);
    const runs = snap.paragraphs.flatMap((p) => p.runs);
    const red = runs.filter((r) => r.font.color === 255).map((r) => r.text);
    expect(red.length).toBeGreaterThan(0);
    for (const text of red) expect(text).toMatch(/^【待补：[^】]*】$/);
    expect(runs.filter((r) => r.font.color !== 255 && /【待补/.test(r.text))).toEqual([]);
  });

  it("keeps a line break typed in a cell inside its paragraph", async () => {
    const { snap } = await opened({ paragraphs: [{ level: "正文", text: "第一行\n第二行", sources: [], issues: [] }] });
    expect(snap.paragraphs.map((p) => p.text)).toEqual(["第一行\u000b第二行"]);
  });

  it("costs the same calls for the sample and for a text of 10,000 projects", async () => {
    const long = generate(sampleRawWorkbook({ projects: manyProjects(10000) })).document;
    const a = await opened(sample);
    const b = await opened(long);
    expect(b.snap.paragraphs.reduce((n, p) => n + p.text.length, 0)).toBeGreaterThan(100000);
    expect(b.writer.calls).toBe(a.writer.calls);
    expect(a.writer.calls).toBeLessThan(250);
  }, 60000);

  it("says to use 导出Word where WPS does not let the add-in reach WPS 文字", async () => {
    const host = new SimWpsHost();
    const restore = host.install();
    try {
      const backend = createWpsBackend();
      await expect(backend.openInWriter?.(sample)).rejects.toMatchObject({
        userMessage: expect.stringMatching(/无法从 WPS 表格打开 WPS 文字.*请改用“导出Word”/),
      });
    } finally {
      restore();
    }
    const reachable = new SimWpsHost();
    reachable.writer = new SimWriterApplication();
    const again = reachable.install();
    try {
      expect(await createWpsBackend().openInWriter?.(sample)).toBe("文字文稿1");
    } finally {
      again();
    }
  });
});
