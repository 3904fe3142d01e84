/**
 * 复制全文 and 导出Word with a fake backend, clipboard and saver: the text is checked against the
 * workbook (one read) before anything is copied or exported; stale text is never copied; markers
 * left are counted; where no download can happen, nothing is read or built and 复制全文 is offered.
 */
import type { NarrativeDocument } from "../../src/core/document";
import { generate } from "../../src/core/generate";
import { narrativeInputs } from "../../src/core/narrative-inputs";
import type { RawCell, RawWorkbook } from "../../src/core/raw-cell";
import { SAMPLE_DATA } from "../../src/core/sample-data";
import { sampleRawWorkbook } from "../../src/core/sample-workbook";
import type { CopyOutcome } from "../../src/taskpane/clipboard";
import type { DownloadSupport } from "../../src/taskpane/download-support";
import { translator, ZH_CN } from "../../src/taskpane/i18n";
import { EN_US } from "../../src/taskpane/i18n-en";
import { copyGenerated, exportGenerated, type GeneratedText } from "../../src/taskpane/text-actions";
import { fakeBackend } from "./fake-backend";

const zh = translator(ZH_CN);
const en = translator(EN_US);

function generatedFrom(raw: RawWorkbook): GeneratedText {
  const document = generate(raw).document;
  return { document, inputs: narrativeInputs(raw) };
}

/** The sample with the 全年预计 of the indicators in `rows` (1-based sheet rows) set to `value`. */
function withEstimate(rows: readonly number[], value: RawCell): RawWorkbook {
  const indicators = SAMPLE_DATA.indicators.rows.map((r, i) =>
    rows.indexOf(i + 2) >= 0 ? { ...r, estimate: value } : r,
  );
  return sampleRawWorkbook({ indicators: { ...SAMPLE_DATA.indicators, rows: indicators } });
}

const sample = sampleRawWorkbook();
const current = generatedFrom(sample);

function copies(outcome: CopyOutcome): {
  copied: NarrativeDocument[];
  copy: (d: NarrativeDocument) => Promise<CopyOutcome>;
} {
  const copied: NarrativeDocument[] = [];
  return {
    copied,
    copy: (d) => {
      copied.push(d);
      return Promise.resolve(outcome);
    },
  };
}

describe("copyGenerated", () => {
  it("copies the text when the workbook still gives it, after one read", async () => {
    const backend = fakeBackend(sampleRawWorkbook());
    const clipboard = copies("rich");
    const outcome = await copyGenerated(current, { backend, copy: clipboard.copy, t: zh });
    expect(backend.runs).toBe(1);
    expect(backend.writes).toEqual([]);
    expect(clipboard.copied).toEqual([current.document]);
    expect(outcome).toMatchObject({ kind: "success", message: "已复制全文（带格式），可直接粘贴到 Word 或 WPS。" });
  });

  it("copies nothing when a figure changed after generation, and names its cell", async () => {
    const backend = fakeBackend(withEstimate([2], 60));
    const clipboard = copies("rich");
    const outcome = await copyGenerated(current, { backend, copy: clipboard.copy, t: zh });
    expect(backend.runs).toBe(1);
    expect(clipboard.copied).toEqual([]);
    expect(outcome).toEqual({
      kind: "warning",
      stale: true,
      message: "生成文字稿之后，数据已修改（主要指标!C2）：请先重新生成文字稿，再复制或导出。",
    });
  });

  it("counts the changed cells when several changed", async () => {
    const outcome = await copyGenerated(current, {
      backend: fakeBackend(withEstimate([2, 3, 4], 60)),
      copy: copies("rich").copy,
      t: zh,
    });
    expect(outcome.message).toBe(
      "生成文字稿之后，数据已修改（主要指标!C2 等 3 处）：请先重新生成文字稿，再复制或导出。",
    );
    const english = await copyGenerated(current, {
      backend: fakeBackend(withEstimate([2, 3, 4], 60)),
      copy: copies("rich").copy,
      t: en,
    });
    expect(english.message).toBe(
      "The data changed after the text was generated (主要指标!C2 and others, 3 in all): generate the text again before you copy or export it.",
    );
  });

  it("says how many 【待补】 markers remain and never says plainly 已复制", async () => {
    const withGap = withEstimate([3], null);
    const text = generatedFrom(withGap);
    const outcome = await copyGenerated(text, { backend: fakeBackend(withGap), copy: copies("rich").copy, t: zh });
    expect(outcome.kind).toBe("warning");
    expect(outcome.message).toMatch(/^已复制全文，但文中仍有 \d+ 处【待补】：请补齐数据后重新生成文字稿，再复制。$/);
    const count = Number(/仍有 (\d+) 处/.exec(outcome.message)?.[1]);
    expect(count).toBe(text.document.paragraphs.reduce((n, p) => n + (p.text.match(/【待补：/g) ?? []).length, 0));
    expect(outcome.message).not.toContain("可直接粘贴");
  });

  it("asks for Ctrl+C on the text shown when the clipboard refuses the copy after the read", async () => {
    const outcome = await copyGenerated(current, { backend: fakeBackend(sample), copy: copies("failed").copy, t: zh });
    expect(outcome).toMatchObject({ kind: "error", copyByHand: true });
    expect(outcome.message).toContain("Ctrl+C");
  });

  it("renews the fingerprint when data changed without changing the text (备注)", async () => {
    const rows = SAMPLE_DATA.indicators.rows.map((r, i) => (i === 0 ? { ...r, note: "口径调整" } : r));
    const raw = sampleRawWorkbook({ indicators: { ...SAMPLE_DATA.indicators, rows } });
    const outcome = await copyGenerated(current, { backend: fakeBackend(raw), copy: copies("plain").copy, t: zh });
    expect(outcome.kind).toBe("success");
    expect(outcome.inputs).toEqual(narrativeInputs(raw));
    expect(outcome.inputs).not.toEqual(current.inputs);
  });
});

describe("exportGenerated", () => {
  function saver(): { saved: NarrativeDocument[]; save: (d: NarrativeDocument) => Promise<string> } {
    const saved: NarrativeDocument[] = [];
    return {
      saved,
      save: (d) => {
        saved.push(d);
        return Promise.resolve("2023年开发区管委会年度工作总结.docx");
      },
    };
  }

  it.each([
    [
      "mac",
      "Mac 版 Excel 不允许加载项下载文件（Office 的限制），无法在这里导出 Word 文件。请改用“复制全文”，粘贴到 Word 或 WPS 中保存。",
    ],
    ["ios", "iPad 和 iPhone 上的 Excel 不允许加载项下载文件，无法在这里导出 Word 文件。请改用“复制全文”。"],
    ["none", "本环境不允许从加载项下载文件。请改用“复制全文”，或在桌面版 Excel 中导出。"],
  ] as const)(
    "on %s says no file can be downloaded, offers 复制全文, and builds nothing",
    async (downloads, message) => {
      const backend = fakeBackend(sample);
      const files = saver();
      const outcome = await exportGenerated(current, { backend, downloads, save: files.save, t: zh });
      expect(outcome).toEqual({ kind: "warning", message, offerCopy: true });
      expect(files.saved).toEqual([]);
      expect(backend.runs).toBe(0);
    },
  );

  it("exports the current text and names the file", async () => {
    const files = saver();
    const outcome = await exportGenerated(current, {
      backend: fakeBackend(sample),
      downloads: "yes" as DownloadSupport,
      save: files.save,
      t: zh,
    });
    expect(files.saved).toEqual([current.document]);
    expect(outcome).toMatchObject({
      kind: "success",
      message: "已生成 Word 文件“2023年开发区管委会年度工作总结.docx”。",
    });
  });

  it("exports nothing when the data changed since generation", async () => {
    const files = saver();
    const outcome = await exportGenerated(current, {
      backend: fakeBackend(withEstimate([2], 60)),
      downloads: "yes",
      save: files.save,
      t: zh,
    });
    expect(files.saved).toEqual([]);
    expect(outcome).toMatchObject({ stale: true, message: expect.stringContaining("主要指标!C2") });
  });

  it("says how many markers the exported file still has", async () => {
    const withGap = withEstimate([3], null);
    const outcome = await exportGenerated(generatedFrom(withGap), {
      backend: fakeBackend(withGap),
      downloads: "yes",
      save: saver().save,
      t: en,
    });
    expect(outcome.kind).toBe("warning");
    expect(outcome.message).toMatch(
      /^Word file “2023年开发区管委会年度工作总结\.docx” created, but the text still has \d+ 【待补】 markers?: /,
    );
  });
});
