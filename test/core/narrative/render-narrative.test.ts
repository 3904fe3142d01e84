import { toPlainText } from "../../../src/core/document";
import { DEFAULT_TEMPLATE } from "../../../src/core/narrative/default-template";
import { renderNarrative } from "../../../src/core/narrative/render-narrative";
import { parseWorkbook } from "../../../src/core/parse-workbook";
import type { RawWorkbook } from "../../../src/core/raw-cell";
import { sampleRawWorkbook } from "../../../src/core/sample-workbook";
import { checkWording, WORDING_PAIRS } from "../../../src/core/wording/check-wording";
import { proofreadParagraphs } from "../../../src/core/wording/proofread-text";
import { GOLDEN } from "../../golden/golden-sentences";

const sample = () => renderNarrative(parseWorkbook(sampleRawWorkbook()));

describe("renderNarrative on the sample data", () => {
  const { document, issues } = sample();
  const text = toPlainText(document);

  it.each(Object.entries(GOLDEN))("contains the golden %s sentence exactly", (_, sentence) => {
    expect(text).toContain(sentence);
  });

  it("has no issue", () => {
    expect(issues).toEqual([]);
  });

  it("opens with the title 2023年开发区管委会年度工作总结 and names next year in section 五", () => {
    expect(document.paragraphs[0]).toMatchObject({ level: "标题", text: "2023年开发区管委会年度工作总结" });
    expect(document.paragraphs.map((p) => p.text)).toContain("五、2024年工作思路及保障措施");
  });

  it("carries the headings of sections 一 to 五 in order, at their levels", () => {
    const headings = document.paragraphs.filter((p) => p.level === "一级").map((p) => p.text.slice(0, 2));
    expect(headings).toEqual(["一、", "二、", "三、", "四、", "五、"]);
    expect(document.paragraphs.filter((p) => p.level === "二级").map((p) => p.text.slice(0, 3))).toEqual([
      "（一）",
      "（二）",
      "（一）",
      "（二）",
      "（三）",
      "（四）",
      "（五）",
      "（六）",
    ]);
  });

  it("records the cells each paragraph drew on, in first-use order, without repeats", () => {
    const sectionOne = document.paragraphs.find((p) => p.text.startsWith("预计到12月底"));
    // 截至月份 first: it decides 预计到12月底 (or 全年 at year end)
    expect(sectionOne?.sources.slice(0, 5)).toEqual([
      { sheet: "参数", cell: "B4" },
      { sheet: "主要指标", cell: "C2" },
      { sheet: "主要指标", cell: "D2" },
      { sheet: "主要指标", cell: "E2" },
      { sheet: "主要指标", cell: "C3" },
    ]);
    for (const p of document.paragraphs) {
      const keys = p.sources.map((s) => `${s.sheet}!${s.cell}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
    const title = document.paragraphs[0];
    expect(title?.sources).toEqual([
      { sheet: "参数", cell: "B2" },
      { sheet: "参数", cell: "B3" },
    ]);
  });

  it("uses only full-width punctuation in the text", () => {
    expect(text).not.toMatch(/[,;:()?!"]/);
  });

  it("words an estimate as 预计, never as done", () => {
    expect(text).toContain("预计到12月底，实现工业销售收入");
    expect(text).not.toMatch(/已完成工业销售收入|全年完成工业销售收入/);
  });

  it("is identical byte for byte when rendered twice", () => {
    expect(toPlainText(sample().document)).toBe(text);
    expect(JSON.stringify(sample())).toBe(JSON.stringify({ document, issues }));
  });
});

describe("the default template", () => {
  it("contains no spun phrase (the wording checker passes it clean)", () => {
    for (const row of DEFAULT_TEMPLATE) expect(checkWording(row.content)).toEqual([]);
  });

  it("renders with the sample data into text with no spun phrase", () => {
    for (const p of sample().document.paragraphs) expect(checkWording(p.text)).toEqual([]);
  });

  it("passes the proofreader (spun wording and non-standard ordinals) with the sample data", () => {
    expect(proofreadParagraphs(sample().document.paragraphs.map((p) => p.text))).toEqual([]);
  });

  it("has no spun phrase of wording-pairs.tsv", () => {
    const all = DEFAULT_TEMPLATE.map((r) => r.content).join("\n");
    expect(WORDING_PAIRS.length).toBeGreaterThan(100);
    for (const pair of WORDING_PAIRS) expect(all.includes(pair.wrong) ? pair.wrong : "").toBe("");
  });

  it("starts with the title row and uses only the five levels", () => {
    expect(DEFAULT_TEMPLATE[0]).toEqual({ level: "标题", content: "{年度}年{单位名称}年度工作总结" });
    for (const row of DEFAULT_TEMPLATE) expect(["标题", "一级", "二级", "三级", "正文"]).toContain(row.level);
  });
});

describe("renderNarrative with a 模板 sheet", () => {
  function withTemplate(rows: (string | null)[][]): RawWorkbook {
    const base = sampleRawWorkbook();
    const sheet = {
      name: "模板",
      origin: { row: 0, column: 0 },
      values: [["级别", "内容"], ...rows],
      numberFormats: [],
    };
    return { sheetNames: [...base.sheetNames, "模板"], sheets: [...base.sheets, sheet] };
  }

  it("renders the sheet's rows instead of the default template, recording each row", () => {
    const { document } = renderNarrative(
      parseWorkbook(
        withTemplate([
          ["标题", "{年度}年总结"],
          ["正文", "共{个数(在建项目)}个项目。"],
        ]),
      ),
    );
    expect(document.paragraphs).toEqual([
      expect.objectContaining({ level: "标题", text: "2023年总结", templateRow: 1 }),
      expect.objectContaining({ level: "正文", text: "共7个项目。", templateRow: 2 }),
    ]);
  });

  it("reports a template error on the 内容 cell of its row and shows 【模板错误：…】", () => {
    const { document, issues } = renderNarrative(
      parseWorkbook(
        withTemplate([
          ["正文", "甲{年度"],
          ["正文", "乙{不存在的函数(1)}"],
        ]),
      ),
    );
    expect(document.paragraphs.map((p) => p.text)).toEqual([
      "甲【模板错误：“{”没有对应的“}”】年度",
      "乙【模板错误：未知函数“不存在的函数”】",
    ]);
    expect(issues).toEqual([
      expect.objectContaining({ severity: "error", code: "template-syntax", sheet: "模板", cell: "B2" }),
      expect.objectContaining({ severity: "error", code: "template-unknown-function", sheet: "模板", cell: "B3" }),
    ]);
    expect(document.paragraphs[0]?.issues).toHaveLength(1);
  });

  it("falls back to the default template when the 模板 sheet has no rows", () => {
    const { document } = renderNarrative(parseWorkbook(withTemplate([])));
    expect(document.paragraphs).toHaveLength(DEFAULT_TEMPLATE.length);
    expect(document.paragraphs[0]?.templateRow).toBeUndefined();
  });

  it("takes explicit rows from the options", () => {
    const { document } = renderNarrative(parseWorkbook(sampleRawWorkbook()), {
      template: [{ level: "正文", content: "{单位名称}" }],
    });
    expect(toPlainText(document)).toBe("开发区管委会\n");
  });
});
