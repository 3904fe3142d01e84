import { buildDocx, createDocxDocument, LEVEL_STYLE_ID } from "../../src/export/docx-document";
import type { NarrativeDocument } from "../../src/core/document";
import { readDocxParts, visibleText } from "./docx-xml";
import { SAMPLE_DOCUMENT } from "./fixtures/sample-document";
import { expectGbt9704Layout } from "./gbt9704-expectations";

describe("buildDocx", () => {
  it("returns the bytes of a zip package (a .docx)", async () => {
    const bytes = await buildDocx(SAMPLE_DOCUMENT);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(bytes.slice(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it("lays the document out after GB/T 9704: A4, margins, 22 × 28, fonts, sizes, indent, spacing, page numbers", async () => {
    expectGbt9704Layout(await readDocxParts(await buildDocx(SAMPLE_DOCUMENT)));
  });

  it("writes one Word paragraph per document paragraph, in order, with its level's style", async () => {
    const { document } = await readDocxParts(await buildDocx(SAMPLE_DOCUMENT));
    const paragraphs = [...document.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => m[1] ?? "");
    expect(paragraphs.map((p) => /<w:pStyle w:val="(\w+)"\/>/.exec(p)?.[1])).toEqual(
      SAMPLE_DOCUMENT.paragraphs.map((p) => LEVEL_STYLE_ID[p.level]),
    );
    expect(paragraphs.map(visibleText)).toEqual(SAMPLE_DOCUMENT.paragraphs.map((p) => p.text));
  });

  it("styles the title, 一级, 二级, 三级 and 正文 as Title, Heading1–3 and Normal (outline levels for Word's navigation)", () => {
    expect(LEVEL_STYLE_ID).toEqual({
      标题: "Title",
      一级: "Heading1",
      二级: "Heading2",
      三级: "Heading3",
      正文: "Normal",
    });
  });

  it("shows 【待补：…】 and 【模板错误：…】 markers as red runs and leaves other text black", async () => {
    const doc: NarrativeDocument = {
      paragraphs: [
        {
          level: "正文",
          text: "实现工业销售收入【待补：工业销售收入·全年预计】亿元，【模板错误：未知字段“产值”】。",
          sources: [],
          issues: [],
        },
      ],
    };
    const { document } = await readDocxParts(await buildDocx(doc));
    const runs = [...document.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => ({
      red: (m[1] ?? "").includes('<w:color w:val="FF0000"/>'),
      text: visibleText(m[1] ?? ""),
    }));
    expect(runs).toEqual([
      { red: false, text: "实现工业销售收入" },
      { red: true, text: "【待补：工业销售收入·全年预计】" },
      { red: false, text: "亿元，" },
      { red: true, text: "【模板错误：未知字段“产值”】" },
      { red: false, text: "。" },
    ]);
  });

  it("escapes text that looks like XML or a formula", async () => {
    const doc: NarrativeDocument = {
      paragraphs: [{ level: "正文", text: '=1+1 <b>&amp; "引号"', sources: [], issues: [] }],
    };
    const { document } = await readDocxParts(await buildDocx(doc));
    expect(document).toContain("&lt;b&gt;&amp;amp;");
    expect(visibleText(document)).toBe('=1+1 <b>&amp; "引号"');
  });

  it("writes an empty document as a valid package with no body paragraphs", async () => {
    const parts = await readDocxParts(await buildDocx({ paragraphs: [] }));
    expect(parts.document).toContain("<w:sectPr>");
    expect(parts.document).not.toMatch(/<w:p>/);
  });

  it("names the file's title after the 标题 paragraph and its creator 年度总结助手", async () => {
    const { core } = await readDocxParts(await buildDocx(SAMPLE_DOCUMENT));
    expect(core).toContain("<dc:title>开发区管委会2023年度工作总结</dc:title>");
    expect(core).toContain("<dc:creator>年度总结助手</dc:creator>");
  });

  it("builds a docx Document object for callers that pack it themselves", () => {
    expect(createDocxDocument(SAMPLE_DOCUMENT).constructor.name).toBe("File");
  });
});
