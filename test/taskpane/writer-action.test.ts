/**
 * 在WPS文字中打开 with a fake backend: the text is checked against the workbook (one read) before
 * anything is opened; stale text is never opened; markers left are counted; WPS's refusal is shown
 * in its words.
 */
import type { NarrativeDocument } from "../../src/core/document";
import { generate } from "../../src/core/generate";
import { narrativeInputs } from "../../src/core/narrative-inputs";
import type { RawWorkbook } from "../../src/core/raw-cell";
import { SAMPLE_DATA } from "../../src/core/sample-data";
import { sampleRawWorkbook } from "../../src/core/sample-workbook";
import { translator, ZH_CN } from "../../src/taskpane/i18n";
import type { GeneratedText } from "../../src/taskpane/text-actions";
import { openGeneratedInWriter } from "../../src/taskpane/writer-action";
import { fakeBackend } from "./fake-backend";

const zh = translator(ZH_CN);

function generatedFrom(raw: RawWorkbook): GeneratedText {
  return { document: generate(raw).document, inputs: narrativeInputs(raw) };
}

function withWriter(raw: RawWorkbook, open: (d: NarrativeDocument) => Promise<string>) {
  const opened: NarrativeDocument[] = [];
  const backend = Object.assign(fakeBackend(raw), {
    openInWriter: (d: NarrativeDocument) => {
      opened.push(d);
      return open(d);
    },
  });
  return { backend, opened };
}

describe("openGeneratedInWriter", () => {
  it("opens the text when the workbook still gives it, after one read, and says where", async () => {
    const text = generatedFrom(sampleRawWorkbook());
    const { backend, opened } = withWriter(sampleRawWorkbook(), () => Promise.resolve("文字文稿1"));
    const outcome = await openGeneratedInWriter(text, { backend, t: zh });
    expect(backend.runs).toBe(1);
    expect(backend.writes).toEqual([]);
    expect(opened).toEqual([text.document]);
    expect(outcome).toMatchObject({
      kind: "success",
      message: "已在 WPS 文字中打开“文字文稿1”，按公文版式（GB/T 9704）排好。",
    });
  });

  it("opens nothing when the data changed since the text was generated, and names the cell", async () => {
    const text = generatedFrom(sampleRawWorkbook());
    const rows = SAMPLE_DATA.indicators.rows.map((r, i) => (i === 0 ? { ...r, estimate: 60 } : r));
    const changed = sampleRawWorkbook({ indicators: { ...SAMPLE_DATA.indicators, rows } });
    const { backend, opened } = withWriter(changed, () => Promise.resolve("文字文稿1"));
    const outcome = await openGeneratedInWriter(text, { backend, t: zh });
    expect(opened).toEqual([]);
    expect(outcome.stale).toBe(true);
    expect(outcome.message).toContain("主要指标!C2");
  });

  it("counts the markers still in the text", async () => {
    const rows = SAMPLE_DATA.indicators.rows.map((r, i) => (i === 0 ? { ...r, estimate: null } : r));
    const raw = sampleRawWorkbook({ indicators: { ...SAMPLE_DATA.indicators, rows } });
    const { backend } = withWriter(raw, () => Promise.resolve("文字文稿2"));
    const outcome = await openGeneratedInWriter(generatedFrom(raw), { backend, t: zh });
    expect(outcome.kind).toBe("warning");
    expect(outcome.message).toMatch(/^已在 WPS 文字中打开“文字文稿2”；文中还有 \d+ 处待补内容，已用红字标出。$/);
  });

  it("shows WPS's refusal in its words", async () => {
    const raw = sampleRawWorkbook();
    const refusal = Object.assign(new Error("no"), { userMessage: "无法从 WPS 表格打开 WPS 文字。" });
    const { backend } = withWriter(raw, () => Promise.reject(refusal));
    const outcome = await openGeneratedInWriter(generatedFrom(raw), { backend, t: zh });
    expect(outcome).toMatchObject({ kind: "error", message: "未能在 WPS 文字中打开：无法从 WPS 表格打开 WPS 文字。" });
  });
});
