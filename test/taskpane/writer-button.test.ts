/**
 * @jest-environment jsdom
 *
 * 在WPS文字中打开 in the pane: the button is there only where the backend can open the text in a
 * word processor (WPS); it checks the text against the workbook first and opens what the preview
 * shows. The browser test (test/e2e/browser/wps-pane.test.ts) runs it on the simulated WPS.
 */
import type { NarrativeDocument } from "../../src/core/document";
import { sampleRawWorkbook } from "../../src/core/sample-workbook";
import { ZH_CN } from "../../src/taskpane/i18n";
import { mountPane, type PaneHandle } from "../../src/taskpane/pane";
import { fakeBackend, type FakeBackend } from "./fake-backend";

function mount(backend: FakeBackend): Promise<PaneHandle> {
  document.body.innerHTML = '<div id="app"></div>';
  const pane = mountPane(document.getElementById("app") as HTMLElement, { locale: "zh-CN", messages: ZH_CN, backend });
  return pane.idle().then(() => pane);
}

function status(): string {
  return document.getElementById("asp-status")?.textContent ?? "";
}

describe("在WPS文字中打开 in the pane", () => {
  it("is not offered where the backend cannot open the text (Excel)", async () => {
    await mount(fakeBackend(sampleRawWorkbook()));
    expect(document.getElementById("asp-open-writer")).toBeNull();
  });

  it("is offered in WPS after 导出Word, and opens the generated text after checking it", async () => {
    const opened: NarrativeDocument[] = [];
    const backend = Object.assign(fakeBackend(sampleRawWorkbook()), {
      openInWriter: (d: NarrativeDocument) => {
        opened.push(d);
        return Promise.resolve("文字文稿1");
      },
    });
    const pane = await mount(backend);
    const ids = Array.from(document.querySelectorAll(".asp-actions button")).map((b) => b.id);
    expect(ids.slice(-2)).toEqual(["asp-export", "asp-open-writer"]);
    expect(document.getElementById("asp-open-writer")?.textContent).toBe("在WPS文字中打开");

    (document.getElementById("asp-open-writer") as HTMLButtonElement).click();
    await pane.idle();
    expect(status()).toBe("请先生成文字稿。");
    expect(opened).toEqual([]);

    (document.getElementById("asp-generate") as HTMLButtonElement).click();
    await pane.idle();
    const runs = backend.runs;
    (document.getElementById("asp-open-writer") as HTMLButtonElement).click();
    await pane.idle();
    expect(backend.runs).toBe(runs + 1);
    expect(opened.length).toBe(1);
    expect(opened[0]?.paragraphs[0]?.text).toBe("2023年开发区管委会年度工作总结");
    expect(status()).toBe("已在 WPS 文字中打开“文字文稿1”，按公文版式（GB/T 9704）排好。");
    expect(document.activeElement?.id).toBe("asp-open-writer");
  });
});
