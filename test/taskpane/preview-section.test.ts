/**
 * @jest-environment jsdom
 */
import type { GeneratedText } from "../../src/core/action-results";
import type { NarrativeDocument } from "../../src/core/document";
import type { NarrativeInputs } from "../../src/core/narrative-inputs";
import { translator, ZH_CN } from "../../src/taskpane/i18n";
import { createPreviewSection } from "../../src/taskpane/preview-section";
import { createStalePrompt } from "../../src/taskpane/prompts";

const t = translator(ZH_CN);
const INPUTS: NarrativeInputs = { sheets: {}, templateSheet: "模板" };

function text(paragraphs: string[], inputs: NarrativeInputs = INPUTS): GeneratedText {
  const document: NarrativeDocument = {
    paragraphs: paragraphs.map((p, i) => ({ level: i === 0 ? "标题" : "正文", text: p, sources: [], issues: [] })),
  };
  return { document, inputs };
}

function section(): ReturnType<typeof createPreviewSection> {
  const preview = createPreviewSection(document, t, createStalePrompt(document, t, { regenerate: () => undefined }));
  document.body.appendChild(preview.element);
  return preview;
}

afterEach(() => {
  document.body.innerHTML = "";
});

describe("createPreviewSection", () => {
  it("shows nothing before the first 生成文字稿", () => {
    const preview = section();
    expect(preview.text()).toBeUndefined();
    expect(document.getElementById("asp-preview-summary")?.textContent).toBe(t("previewEmpty"));
    expect(document.getElementById("asp-preview")?.hasAttribute("hidden")).toBe(true);
  });

  it("shows the text by level, highlights the markers and counts them", () => {
    const preview = section();
    preview.show(text(["2023年工作总结", "实现【待补：主要指标·全年预计】亿元。"]));
    const shown = document.getElementById("asp-preview") as HTMLElement;
    expect(shown.hasAttribute("hidden")).toBe(false);
    expect(Array.from(shown.querySelectorAll("p")).map((p) => p.className)).toEqual([
      "asp-p asp-p-title",
      "asp-p asp-p-body",
    ]);
    expect(shown.querySelector("mark.asp-marker")?.textContent).toBe("【待补：主要指标·全年预计】");
    const summary = document.getElementById("asp-preview-summary") as HTMLElement;
    expect(summary.textContent).toBe("文中有 1 处【待补】，请按校验结果补齐数据。");
    expect(summary.className).toBe("asp-summary asp-summary-warning");
    expect(preview.copyArea.value).toBe("2023年工作总结\n实现【待补：主要指标·全年预计】亿元。\n");
  });

  it("marks stale text and empties the copy area, so outdated text cannot be copied by hand", () => {
    const preview = section();
    preview.show(text(["标题", "正文。"]));
    preview.setStale(true);
    expect(document.getElementById("asp-stale")?.hasAttribute("hidden")).toBe(false);
    expect(document.getElementById("asp-preview")?.className).toBe("asp-preview asp-preview-stale");
    expect(preview.copyArea.value).toBe("");
    preview.setStale(false);
    expect(document.getElementById("asp-stale")?.hasAttribute("hidden")).toBe(true);
    expect(preview.copyArea.value).toBe("标题\n正文。\n");
  });

  it("shows the copy area for Ctrl+C with the text selected, and hides it out of the tab order", () => {
    const preview = section();
    preview.show(text(["标题", "正文。"]));
    preview.showCopyArea();
    expect(preview.copyArea.className).toBe("asp-copy-area");
    expect(document.activeElement).toBe(preview.copyArea);
    expect(preview.copyArea.selectionEnd - preview.copyArea.selectionStart).toBe("标题\n正文。\n".length);
    preview.hideCopyArea();
    expect(preview.copyArea.className).toBe("asp-copy-area asp-visually-hidden");
    expect(preview.copyArea.getAttribute("tabindex")).toBe("-1");
  });

  it("keeps a renewed fingerprint with the same text", () => {
    const preview = section();
    const first = text(["标题"]);
    preview.show(first);
    const renewed: NarrativeInputs = { sheets: { 参数: null }, templateSheet: "模板" };
    preview.renew(renewed);
    expect(preview.text()).toEqual({ document: first.document, inputs: renewed });
  });
});
