/**
 * @jest-environment jsdom
 */
import { translator, ZH_CN } from "../../src/taskpane/i18n";
import { createEditedPrompt, createSamplePrompt, createStalePrompt } from "../../src/taskpane/prompts";

const t = translator(ZH_CN);

function click(root: HTMLElement, selector: string): void {
  (root.querySelector(selector) as HTMLButtonElement).click();
}

describe("createSamplePrompt", () => {
  it("is hidden until shown, then labelled by its title and focused on 插入示例数据", () => {
    const asked: boolean[] = [];
    const prompt = createSamplePrompt(document, t, { layout: (s) => asked.push(s), cancel: () => undefined });
    document.body.appendChild(prompt.element);
    expect(prompt.element.hasAttribute("hidden")).toBe(true);
    prompt.show();
    expect(prompt.element.hasAttribute("hidden")).toBe(false);
    expect(prompt.element.getAttribute("role")).toBe("group");
    expect(document.getElementById("asp-sample-prompt-title")?.textContent).toBe(t("emptyWorkbookTitle"));
    expect(document.activeElement?.id).toBe("asp-sample-yes");
    expect(Array.from(prompt.element.querySelectorAll("button")).map((b) => b.id)).toEqual([
      "asp-sample-yes",
      "asp-sample-no",
      "asp-sample-cancel",
    ]);
    click(prompt.element, "#asp-sample-yes");
    click(prompt.element, "#asp-sample-no");
    expect(asked).toEqual([true, false]);
    prompt.element.remove();
  });

  it("hides itself on 取消 and says so", () => {
    let cancelled = 0;
    const prompt = createSamplePrompt(document, t, { layout: () => undefined, cancel: () => cancelled++ });
    prompt.show();
    click(prompt.element, "#asp-sample-cancel");
    expect(prompt.element.hasAttribute("hidden")).toBe(true);
    expect(cancelled).toBe(1);
  });
});

describe("createEditedPrompt", () => {
  it("words the question for a 文字稿 the add-in wrote, or one of unknown origin, and focuses 保留", () => {
    const prompt = createEditedPrompt(document, t, { choose: () => undefined, cancel: () => undefined });
    document.body.appendChild(prompt.element);
    prompt.show(false);
    expect(prompt.element.querySelector(".asp-prompt-text")?.textContent).toBe(t("editedNarrativeText"));
    expect(document.activeElement?.id).toBe("asp-edited-keep");
    prompt.show(true);
    expect(prompt.element.querySelector(".asp-prompt-text")?.textContent).toBe(t("editedNarrativeUnknownText"));
    prompt.element.remove();
  });

  it("answers keep or replace, and hides on 取消", () => {
    const chosen: string[] = [];
    let cancelled = 0;
    const prompt = createEditedPrompt(document, t, { choose: (c) => chosen.push(c), cancel: () => cancelled++ });
    prompt.show(false);
    click(prompt.element, "#asp-edited-keep");
    click(prompt.element, "#asp-edited-replace");
    expect(chosen).toEqual(["keep", "replace"]);
    click(prompt.element, "#asp-edited-cancel");
    expect(prompt.element.hasAttribute("hidden")).toBe(true);
    expect(cancelled).toBe(1);
  });
});

describe("createStalePrompt", () => {
  it("says the text is older than the data and offers 重新生成文字稿", () => {
    let regenerated = 0;
    const prompt = createStalePrompt(document, t, { regenerate: () => regenerated++ });
    document.body.appendChild(prompt.element);
    expect(prompt.element.id).toBe("asp-stale");
    expect(prompt.element.hasAttribute("hidden")).toBe(true);
    prompt.show();
    expect(document.getElementById("asp-stale-text")?.textContent).toBe(t("previewStale"));
    prompt.focus();
    expect(document.activeElement?.id).toBe("asp-regenerate");
    click(prompt.element, "#asp-regenerate");
    expect(regenerated).toBe(1);
    prompt.hide();
    expect(prompt.element.hasAttribute("hidden")).toBe(true);
    prompt.element.remove();
  });
});
