import type { NarrativeDocument } from "../../src/core/document";
import { countMarkers } from "../../src/taskpane/preview";
import { docxFileName } from "../../src/taskpane/word-export";

const doc = (texts: string[]): NarrativeDocument => ({
  paragraphs: texts.map((text, i) => ({ level: i === 0 ? "标题" : "正文", text, sources: [], issues: [] })),
});

describe("countMarkers", () => {
  it("counts 【待补：…】 and 【模板错误：…】 markers in every paragraph", () => {
    expect(countMarkers(doc(["标题", "实现【待补：a·b】亿元，【待补：c·d】", "【模板错误：未知字段】"]))).toBe(3);
    expect(countMarkers(doc(["标题", "【注】不是标记"]))).toBe(0);
  });
});

describe("docxFileName", () => {
  it("names the file after the title, without markers or characters file systems refuse", () => {
    expect(docxFileName(doc(["2023年开发区管委会年度工作总结"]))).toBe("2023年开发区管委会年度工作总结.docx");
    expect(docxFileName(doc(["【待补：参数·年度】年 a/b:c*?"]))).toBe("年abc.docx");
    expect(docxFileName({ paragraphs: [] })).toBe("年度工作总结.docx");
  });
});
