/**
 * @jest-environment jsdom
 *
 * The pane on a fake backend (a workbook in memory): every action is one run of a core action —
 * one read, the core deciding, one write — and the pane shows its result. The browser test
 * (test/e2e/browser/taskpane.test.ts) runs the same pane on the simulated Excel host.
 */
import { SAMPLE_DATA } from "../../src/core/sample-data";
import { sampleRawWorkbook } from "../../src/core/sample-workbook";
import { ZH_CN } from "../../src/taskpane/i18n";
import { mountPane, type PaneHandle } from "../../src/taskpane/pane";
import { fakeBackend, type FakeBackend } from "./fake-backend";

function mount(backend: FakeBackend): Promise<PaneHandle> {
  document.body.innerHTML = '<div id="app"></div>';
  const pane = mountPane(document.getElementById("app") as HTMLElement, { locale: "zh-CN", messages: ZH_CN, backend });
  return pane.idle().then(() => pane);
}

function click(id: string): void {
  (document.getElementById(id) as HTMLButtonElement).click();
}

function status(): string {
  return document.getElementById("asp-status")?.textContent ?? "";
}

/** The sample with 主要指标!C2 (全年预计) typed as text. */
function withTextNumber(): ReturnType<typeof sampleRawWorkbook> {
  const rows = SAMPLE_DATA.indicators.rows.map((r, i) => (i === 0 ? { ...r, estimate: "52.36" } : r));
  return sampleRawWorkbook({ indicators: { ...SAMPLE_DATA.indicators, rows } });
}

describe("mountPane", () => {
  it("reads the 参数 form in one run at start, writes nothing, and says it is ready", async () => {
    const backend = fakeBackend(sampleRawWorkbook());
    await mount(backend);
    expect(backend.runs).toBe(1);
    expect(backend.writes).toEqual([]);
    expect((document.getElementById("asp-setting-year") as HTMLInputElement).value).toBe("2023");
    expect(status()).toBe("已就绪。");
    expect(document.getElementById("app")?.getAttribute("aria-busy")).toBe("false");
  });

  it("asks about the sample data on an empty workbook without writing, and lays it out when told", async () => {
    const backend = fakeBackend({ sheetNames: ["Sheet1"], sheets: [] });
    const pane = await mount(backend);
    click("asp-create");
    await pane.idle();
    expect(backend.runs).toBe(2);
    expect(backend.writes).toEqual([]);
    expect(document.getElementById("asp-sample-prompt")?.hasAttribute("hidden")).toBe(false);
    expect(document.activeElement?.id).toBe("asp-sample-yes");
    expect(status()).toBe("工作簿是空的：是否同时写入示例数据，以便先看看效果？");
    click("asp-sample-yes");
    await pane.idle();
    expect(backend.writes).toHaveLength(1);
    expect(backend.writes[0]?.steps.some((s) => s.kind === "addSheet" && s.sheet === "主要指标")).toBe(true);
    expect(document.getElementById("asp-sample-prompt")?.hasAttribute("hidden")).toBe(true);
    expect(status()).toMatch(/^表格已建立：/);
    expect(document.activeElement?.id).toBe("asp-create");
  });

  it("converts a number stored as text in one run, then checks again", async () => {
    const backend = fakeBackend(withTextNumber());
    const pane = await mount(backend);
    click("asp-validate");
    await pane.idle();
    expect(status()).toMatch(/^校验完成：错误 [1-9]/);
    const fix = document.querySelector<HTMLButtonElement>(".asp-issue-fix button");
    expect(fix?.textContent).toBe("转换为数字");
    const before = backend.runs;
    fix?.click();
    await pane.idle();
    // the fix, then 校验 again
    expect(backend.runs).toBe(before + 2);
    expect(backend.writes).toContainEqual({
      steps: [{ kind: "setValues", sheet: "主要指标", address: "C2", values: [[52.36]] }],
    });
  });

  it("refuses a fix on a cell changed since the check, and writes nothing", async () => {
    const backend = fakeBackend(withTextNumber());
    const pane = await mount(backend);
    click("asp-validate");
    await pane.idle();
    backend.workbook = sampleRawWorkbook();
    const writes = backend.writes.length;
    document.querySelector<HTMLButtonElement>(".asp-issue-fix button")?.click();
    await pane.idle();
    expect(backend.writes).toHaveLength(writes);
    expect(status()).toBe("单元格内容已变化，未作修改。请重新校验。");
  });

  it("saves a changed 参数 to its 值 cell only, and nothing while a field is invalid", async () => {
    const backend = fakeBackend(sampleRawWorkbook());
    const pane = await mount(backend);
    const year = document.getElementById("asp-setting-year") as HTMLInputElement;
    year.value = "23";
    click("asp-settings-save");
    await pane.idle();
    expect(backend.writes).toEqual([]);
    expect(status()).toBe("参数有 1 处填写不正确，未写入：请按输入框下方的提示修改。");
    expect(document.activeElement).toBe(year);
    year.value = "2024";
    click("asp-settings-save");
    await pane.idle();
    expect(backend.writes).toEqual([
      { steps: [{ kind: "setValues", sheet: "参数", address: "B2", values: [[2024]] }] },
    ]);
    expect(status()).toBe("已写入“参数”表：年度。");
    expect(year.hasAttribute("aria-invalid")).toBe(false);
  });

  it("says the text was not written when protection kept the chosen report's own 文字稿 out", async () => {
    const sample = sampleRawWorkbook();
    const backend = fakeBackend({ ...sample, sheetNames: [...sample.sheetNames, "模板（月度进展）"] });
    const pane = await mount(backend);
    (document.getElementById("asp-report") as HTMLSelectElement).value = "月度进展";
    backend.report = {
      skipped: [],
      blocked: [{ sheet: "文字稿（月度进展）", message: "工作表“文字稿（月度进展）”受保护。" }],
    };
    click("asp-generate");
    await pane.idle();
    expect(status()).toMatch(/^文字稿已生成，共 \d+ 段，但未能写入“文字稿”表。 .*工作表“文字稿（月度进展）”受保护。/);
  });

  it("shows a failure in words, as an alert, and runs one action at a time", async () => {
    const backend = fakeBackend(sampleRawWorkbook());
    const pane = await mount(backend);
    backend.failNext = Object.assign(new Error("AccessDenied"), { userMessage: "工作表受保护，无法写入。" });
    click("asp-validate");
    click("asp-generate");
    expect(status()).toBe("正在处理上一项操作，请稍候。");
    await pane.idle();
    expect(status()).toBe("操作未完成：工作表受保护，无法写入。");
    expect(document.getElementById("asp-status")?.getAttribute("role")).toBe("alert");
    expect(backend.runs).toBe(2);
  });
});
