import type { NarrativeDocument } from "../../src/core/document";
import { documentHtml, escapeHtml, paragraphHtml } from "../../src/taskpane/rich-text";

const doc = (
  paragraphs: { level: NarrativeDocument["paragraphs"][number]["level"]; text: string }[],
): NarrativeDocument => ({
  paragraphs: paragraphs.map((p) => ({ ...p, sources: [], issues: [] })),
});

describe("escapeHtml", () => {
  it("escapes the characters that mean something in HTML", () => {
    expect(escapeHtml(`<img src=x onerror="alert(1)">&'`)).toBe(
      "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;",
    );
  });
});

describe("paragraphHtml", () => {
  it("gives each level its heading tag and 公文 font", () => {
    expect(paragraphHtml("标题", "总结")).toMatch(
      /^<h1 style="font-family:&#39;方正小标宋简体&#39;[^"]*font-size:22pt/,
    );
    expect(paragraphHtml("一级", "一、")).toMatch(/^<h2 style="font-family:&#39;黑体&#39;/);
    expect(paragraphHtml("二级", "（一）")).toMatch(/^<h3 style="font-family:&#39;楷体_GB2312&#39;/);
    expect(paragraphHtml("三级", "1.")).toMatch(/^<h4 style="font-family:&#39;仿宋_GB2312&#39;/);
    expect(paragraphHtml("正文", "正文")).toMatch(/^<p style="font-family:&#39;仿宋_GB2312&#39;[^"]*font-size:16pt/);
  });

  it("escapes the text and never lets it open a tag", () => {
    const html = paragraphHtml("正文", "<img src=x onerror=alert(1)>项目");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;项目");
    expect(html).not.toContain("<img");
  });

  it("marks 【待补：…】 in red", () => {
    expect(paragraphHtml("正文", "实现【待补：工业销售收入·全年预计】亿元")).toContain(
      '实现<span style="color:#c00000;background:#fff2cc">【待补：工业销售收入·全年预计】</span>亿元',
    );
  });
});

describe("documentHtml", () => {
  it("wraps the paragraphs, in order, in one fragment", () => {
    const html = documentHtml(
      doc([
        { level: "标题", text: "2023年工作总结" },
        { level: "正文", text: "A&B" },
      ]),
    );
    expect(html).toMatch(
      /<!--StartFragment-->\n<h1[^>]*>2023年工作总结<\/h1>\n<p[^>]*>A&amp;B<\/p>\n<!--EndFragment-->/,
    );
    expect(html).toContain('<meta charset="utf-8">');
  });
});
