/**
 * The Word export as LibreOffice Writer renders it: `annual-summary demo` writes a .docx beside
 * the workbook; converted to PDF it has A4 pages, the title centred, 28.9 pt lines inside the
 * GB/T 9704 text block, and "— 1 —" page numbers outside on odd and even pages; its XML says
 * the layout; and a PNG of the first page is kept (test-results/docx/first-page.png).
 */
import { promises as fs } from "fs";
import * as path from "path";
import { runCli } from "../../../src/cli/run-cli";
import { writeDocx } from "../../../src/cli/write-docx";
import { generate } from "../../../src/core/generate";
import { SAMPLE_DATA } from "../../../src/core/sample-data";
import { sampleRawWorkbook } from "../../../src/core/sample-workbook";
import { readDocxParts } from "../../export/docx-xml";
import { expectGbt9704Layout } from "../../export/gbt9704-expectations";
import { linesOf, pdfFonts, pdfPages, pdfPageSizes, renderPagePng, type PdfPage } from "./pdf";
import { artefactDir, convert, requireSoffice, sofficeVersion, tempDir } from "./soffice";

const { soffice, describeOrSkip } = requireSoffice();

const MM = 72 / 25.4;
/** The text block in PDF points: left 28 mm, right 26 mm, top 37 mm, bottom 35 mm of A4. */
const BLOCK = { left: 28 * MM, right: (210 - 26) * MM, top: 37 * MM, bottom: (297 - 35) * MM };

describeOrSkip("the .docx rendered by LibreOffice Writer", () => {
  let out = "";
  let demoDocx = "";
  let pages: PdfPage[] = [];
  let markerPages: PdfPage[] = [];
  let pdf = "";

  beforeAll(async () => {
    out = await artefactDir("docx");
    // the product's own path: the CLI's demo writes the sample workbook, the text and the .docx
    const demoDir = await tempDir("demo");
    const logs: string[] = [];
    await runCli(["demo", demoDir], { stdout: () => undefined, stderr: (t) => logs.push(t) });
    demoDocx = path.join(out, "年度总结.docx");
    await fs.copyFile(path.join(demoDir, "年度总结.docx"), demoDocx);
    // and one with a value missing, whose text carries a red 【待补：…】 marker
    const indicators = SAMPLE_DATA.indicators;
    const blanked = { ...indicators, rows: indicators.rows.map((r, i) => (i === 0 ? { ...r, estimate: null } : r)) };
    const markerDocx = path.join(out, "待补示例.docx");
    await writeDocx(generate(sampleRawWorkbook({ indicators: blanked })).document, markerDocx);

    const result = await convert(soffice as string, [demoDocx, markerDocx], {
      to: "pdf",
      outDir: out,
      env: { FONTCONFIG_FILE: path.join(__dirname, "fonts.conf") },
    });
    pdf = path.join(out, "年度总结.pdf");
    pages = await pdfPages(pdf);
    markerPages = await pdfPages(path.join(out, "待补示例.pdf"));
    await renderPagePng(pdf, 1, 60, path.join(out, "first-page"));
    console.log(
      `${sofficeVersion(soffice as string)}: 2 × docx → pdf in ${result.milliseconds} ms; ${pages.length} pages`,
    );
  }, 120_000);

  it("`annual-summary demo` writes a .docx that converts to a PDF of several pages", () => {
    expect(pages.length).toBeGreaterThanOrEqual(2);
  });

  it("has A4 pages only (595 × 842 pt)", async () => {
    const sizes = await pdfPageSizes(pdf, pages.length);
    expect(sizes).toHaveLength(pages.length);
    for (const size of sizes) expect(size).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)$/);
    for (const page of pages)
      expect({ w: Math.round(page.width), h: Math.round(page.height) }).toEqual({ w: 595, h: 842 });
  });

  it("renders the Chinese text with an embedded CJK font (no missing glyphs)", async () => {
    const first = (pages[0]?.words ?? []).map((w) => w.text).join("");
    expect(first).toContain("2023年开发区管委会年度工作总结");
    expect(first).toContain("一、主要经济指标完成情况");
    expect(await pdfFonts(pdf)).toMatch(/CJK/);
  });

  it("centres the title over the text block", () => {
    const title = linesOf(pages[0]?.words ?? [])[0] ?? [];
    expect(title.map((w) => w.text).join("")).toBe("2023年开发区管委会年度工作总结");
    const centre = (Math.min(...title.map((w) => w.xMin)) + Math.max(...title.map((w) => w.xMax))) / 2;
    expect(Math.abs(centre - (BLOCK.left + BLOCK.right) / 2)).toBeLessThan(6);
    expect(title[0]!.yMin).toBeGreaterThanOrEqual(BLOCK.top - 1);
  });

  it("sets the body inside the text block, 28.9 pt a line, at most 22 lines a page", () => {
    for (const page of pages) {
      const body = linesOf(page.words.filter((w) => w.yMax < BLOCK.bottom + 1));
      expect(body.length).toBeLessThanOrEqual(22);
      for (const word of body.flat()) {
        expect(word.xMin).toBeGreaterThanOrEqual(BLOCK.left - 1);
        // CJK punctuation may hang one character into the margin (Word's 允许标点溢出边界, on by default)
        const hangs = /[，。、；：！？”’）》]$/.test(word.text);
        expect({ word: word.text, inside: word.xMax <= BLOCK.right + 1 + (hangs ? 16 : 0) }).toEqual({
          word: word.text,
          inside: true,
        });
      }
    }
    const second = linesOf((pages[1]?.words ?? []).filter((w) => w.yMax < BLOCK.bottom + 1));
    expect(second.length).toBeGreaterThanOrEqual(20);
    const gaps = second.slice(1).map((line, i) => line[0]!.yMin - second[i]![0]!.yMin);
    for (const gap of gaps) expect(gap).toBeCloseTo(28.9, 0);
  });

  it('numbers pages "— 1 —" below the text block, odd pages right and even pages left, one character in', () => {
    pages.slice(0, 2).forEach((page, i) => {
      const footer = page.words.filter((w) => w.yMin > BLOCK.bottom);
      expect(
        footer
          .map((w) => w.text)
          .join("")
          .replace(/\s/g, ""),
      ).toBe(`—${i + 1}—`);
      const top = Math.min(...footer.map((w) => w.yMin));
      expect(top - BLOCK.bottom).toBeGreaterThan(3);
      expect(top - BLOCK.bottom).toBeLessThan(12 * MM);
      if (i % 2 === 0) expect(Math.max(...footer.map((w) => w.xMax))).toBeCloseTo(BLOCK.right - 14, -1);
      else expect(Math.min(...footer.map((w) => w.xMin))).toBeCloseTo(BLOCK.left + 14, -1);
    });
  });

  it("never breaks a line inside a number (52.36, 104.7%, 1—10): half-width numbers are words to the line breaker", () => {
    const splits: string[] = [];
    for (const page of [...pages, ...markerPages]) {
      const lines = linesOf(page.words).map((line) => line.map((w) => w.text).join(""));
      lines.slice(1).forEach((line, i) => {
        const before = lines[i] ?? "";
        if (/[\d.,]$/.test(before) && /^[\d.,%]/.test(line)) splits.push(`${before.slice(-8)}|${line.slice(0, 8)}`);
      });
    }
    expect(splits).toEqual([]);
  });

  it("shows the 【待补：…】 marker of a missing value in the text", () => {
    const text = (markerPages[0]?.words ?? []).map((w) => w.text).join("");
    expect(text).toContain("【待补：工业销售收入·全年预计】");
  });

  it("says in its XML: A4, margins, fonts (eastAsia), sizes, indent, exact spacing, odd/even page-number footers", async () => {
    expectGbt9704Layout(await readDocxParts(new Uint8Array(await fs.readFile(demoDocx))));
  });

  it("keeps a PNG of the first page as a test artefact (A4 at 60 dpi: about 496 × 702 px)", async () => {
    const png = await fs.readFile(path.join(out, "first-page.png"));
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect(Math.abs(png.readUInt32BE(16) - 496)).toBeLessThanOrEqual(1);
    expect(Math.abs(png.readUInt32BE(20) - 702)).toBeLessThanOrEqual(1);
  });
});
