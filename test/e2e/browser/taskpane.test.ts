/**
 * The task pane in Debian's Chromium, through the playground: an empty workbook → 建立表格 with
 * the sample data → a number typed as text → 校验 → the issue selects its cell → the fix →
 * 生成文字稿 (the golden sentences in the preview and on the 文字稿 sheet) → 复制全文 (the
 * clipboard holds the text) → a project name that looks like HTML stays text. Screenshots of
 * the pane at 320 px go to test-results/screenshots/.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { SAMPLE_DATA } from "../../../src/core/sample-data";
import { sampleRawWorkbook } from "../../../src/core/sample-workbook";
import { GOLDEN_SENTENCES } from "./fixtures/golden-sentences";
import {
  openPlayground,
  paneStatusText,
  waitForPaneIdle,
  waitForPaneStatus,
  type PlaygroundSession,
} from "./playground-browser";

const ROOT = path.resolve(__dirname, "..", "..", "..");
export const SCREENSHOTS = path.join(ROOT, "test-results", "screenshots");
const XSS_NAME = "<img src=x onerror=alert(1)>";

let session: PlaygroundSession;
let page: Page;

jest.setTimeout(180000);

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  session = await openPlayground({ width: 1280, height: 1400 });
  page = session.page;
}, 180000);

afterAll(async () => {
  if (session) await session.close();
});

const statusText = (): Promise<string> => paneStatusText(page);
const waitForStatus = (text: string, timeout?: number): Promise<void> => waitForPaneStatus(page, text, timeout);
const paneIdle = (): Promise<void> => waitForPaneIdle(page);

async function selectGridCell(sheet: string, address: string): Promise<void> {
  await page.click(`.pg-tab[data-sheet="${sheet}"]`);
  await page.click(`#pg-grid td[data-address="${address}"]`);
}

/** Types into the playground's formula bar for the selected cell, as a user would in Excel. */
async function typeIntoCell(sheet: string, address: string, text: string): Promise<void> {
  await selectGridCell(sheet, address);
  await page.fill("#pg-formula", text);
  await page.press("#pg-formula", "Enter");
}

async function sheetValues(sheet: string): Promise<string[]> {
  return page.evaluate((name) => {
    const snapshot = window.playground.host.snapshot();
    const found = snapshot.sheets.find((s) => s.name === name);
    return found ? Object.keys(found.cells).map((k) => String(found.cells[k]?.value ?? "")) : [];
  }, sheet);
}

/** The Office global the playground installs, as far as these tests change it. */
type OfficeWindow = { Office: { context: Record<string, unknown> } };

async function clipboardText(): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Clicks a pane button and waits until the action it started has finished. */
async function clickAndWait(selector: string): Promise<void> {
  await page.click(selector);
  await paneIdle();
}

/** Counts the downloads the page starts while `body` runs. */
async function downloadsDuring(body: () => Promise<void>): Promise<string[]> {
  const names: string[] = [];
  const listener = (download: { suggestedFilename(): string }): void => {
    names.push(download.suggestedFilename());
  };
  page.on("download", listener);
  try {
    await body();
    await page.waitForTimeout(500);
  } finally {
    page.off("download", listener);
  }
  return names;
}

async function activeId(): Promise<string | undefined> {
  return page.evaluate(() => document.activeElement?.id);
}

async function paneScreenshot(name: string): Promise<string> {
  const file = path.join(SCREENSHOTS, name);
  await page.evaluate(() => {
    const app = document.getElementById("app");
    if (app) app.scrollTop = 0;
  });
  await page.locator(".pg-pane-frame").screenshot({ path: file });
  return file;
}

describe("the task pane in the playground (Chromium)", () => {
  it("becomes interactive on an empty workbook", async () => {
    await page.goto(session.url);
    await waitForStatus("已就绪");
    const interactiveMs = await page.evaluate(() => performance.now());
    fs.writeFileSync(
      path.join(ROOT, "test-results", "taskpane-timing.json"),
      JSON.stringify({ interactiveMs }, null, 2),
    );
    const width = await page.evaluate(() => document.getElementById("app")?.getBoundingClientRect().width ?? 0);
    expect(width).toBe(320);
    expect(await page.locator(".pg-tab").allTextContents()).toEqual(["Sheet1"]);
    await paneScreenshot("01-ready.png");
  });

  it("offers the sample data on an empty workbook and creates the layout with it", async () => {
    await page.click("#asp-create");
    await page.waitForSelector("#asp-sample-prompt:not([hidden])");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("asp-sample-yes");
    await page.keyboard.press("Enter");
    await waitForStatus("表格已建立");
    const tabs = await page.locator(".pg-tab").allTextContents();
    for (const name of ["参数", "主要指标", "在建项目", "在谈项目", "荣誉", "数据项", "模板"])
      expect(tabs).toContain(name);
    expect(await page.inputValue("#asp-setting-year")).toBe("2023");
    expect(await page.inputValue("#asp-setting-month")).toBe("10");
  });

  it("lists an issue for a number typed as text, and clicking it selects the cell", async () => {
    await typeIntoCell("主要指标", "C2", "'52.36");
    await page.click(".pg-tab[data-sheet='参数']");
    await page.click("#asp-validate");
    await waitForStatus("校验完成");
    const issue = page.locator('.asp-issue-link[data-sheet="主要指标"][data-cell="C2"]');
    await expect(issue.count()).resolves.toBe(1);
    expect(await issue.textContent()).toContain("文本");
    await paneScreenshot("02-issues.png");
    await issue.click();
    await page.waitForSelector('#pg-grid[data-sheet="主要指标"] td[data-address="C2"].pg-active');
    expect(await page.evaluate(() => window.playground.host.snapshot().selection)).toBe("主要指标!C2");
    expect(await page.inputValue("#pg-formula")).toBe("'52.36");
  });

  it("selects an issue's cell with the keyboard alone", async () => {
    await page.click(".pg-tab[data-sheet='参数']");
    await page.focus('.asp-issue-link[data-sheet="主要指标"][data-cell="C2"]');
    await page.keyboard.press("Enter");
    await page.waitForSelector('#pg-grid[data-sheet="主要指标"] td[data-address="C2"].pg-active');
  });

  it("converts the number stored as text when asked to", async () => {
    const item = page.locator(".asp-issue", { has: page.locator('.asp-issue-link[data-cell="C2"]') });
    await item.locator("button", { hasText: "转换为数字" }).click();
    await waitForStatus("校验完成");
    await paneIdle();
    expect(await page.locator('.asp-issue-link[data-sheet="主要指标"][data-cell="C2"]').count()).toBe(0);
    expect(await page.evaluate(() => window.playground.host.values("主要指标", "C2")[0]?.[0])).toBe(52.36);
  });

  it("generates the text: the preview and the 文字稿 sheet hold the golden sentences", async () => {
    await page.click("#asp-generate");
    await waitForStatus("文字稿已生成");
    const preview = (await page.textContent("#asp-preview")) ?? "";
    const sheet = (await sheetValues("文字稿")).join("\n");
    for (const sentence of GOLDEN_SENTENCES) {
      expect(preview).toContain(sentence);
      expect(sheet).toContain(sentence);
    }
    await paneScreenshot("03-generated.png");
  });

  it("copies the whole text to the clipboard", async () => {
    await page.click("#asp-copy");
    await waitForStatus("已复制全文");
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    for (const sentence of GOLDEN_SENTENCES) expect(clipboard).toContain(sentence);
    const html = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const item = items.find((i) => i.types.indexOf("text/html") >= 0);
      return item ? (await item.getType("text/html")).text() : "";
    });
    expect(html).toContain("font-family:'仿宋_GB2312'");
    expect(html).toContain("<h1");
    expect(html).toContain(GOLDEN_SENTENCES[0]);
  });

  it("keeps the checked text for Ctrl+C when the browser refuses the copy after the check (no user gesture left)", async () => {
    await page.evaluate(() => {
      const w = window as unknown as { savedCopy?: unknown[] };
      const refuse = (): Promise<never> =>
        Promise.reject(new DOMException("(test) the user gesture has expired", "NotAllowedError"));
      w.savedCopy = [navigator.clipboard.write, navigator.clipboard.writeText, document.execCommand];
      navigator.clipboard.write = refuse;
      navigator.clipboard.writeText = refuse;
      document.execCommand = () => false;
    });
    try {
      await clickAndWait("#asp-copy");
      expect(await statusText()).toBe(
        "无法自动复制：本环境不允许访问剪贴板。请在下方文本框中按 Ctrl+C 复制，或直接复制“文字稿”表中的内容。",
      );
      expect(await page.getAttribute("#asp-status", "role")).toBe("alert");
      expect(await activeId()).toBe("asp-copy-area");
      expect(await page.isVisible("#asp-copy-area")).toBe(true);
      const preview = await page.locator("#asp-preview p").allTextContents();
      const area = await page.inputValue("#asp-copy-area");
      expect(area).toBe(preview.join("\n") + "\n");
      expect(area).toContain("一、主要经济指标完成情况");
      expect(
        await page.evaluate(() => {
          const a = document.getElementById("asp-copy-area") as HTMLTextAreaElement;
          return a.selectionEnd - a.selectionStart === a.value.length;
        }),
      ).toBe(true);
    } finally {
      await page.evaluate(() => {
        const w = window as unknown as {
          savedCopy?: [Clipboard["write"], Clipboard["writeText"], Document["execCommand"]];
        };
        if (!w.savedCopy) return;
        navigator.clipboard.write = w.savedCopy[0];
        navigator.clipboard.writeText = w.savedCopy[1];
        document.execCommand = w.savedCopy[2];
      });
    }
  });

  it("exports a Word file, loading the export code only then", async () => {
    const before = session.requests.filter((u) => /export-docx/.test(u)).length;
    expect(before).toBe(0);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#asp-export")]);
    await waitForStatus("已生成 Word 文件");
    expect(download.suggestedFilename()).toBe("2023年开发区管委会年度工作总结.docx");
    const file = await download.path();
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(session.requests.some((u) => /export-docx/.test(u))).toBe(true);
  });

  it("exports a Word file on a browser without TextEncoder (Internet Explorer 11)", async () => {
    await page.evaluate(() => {
      delete (window as unknown as { TextEncoder?: unknown }).TextEncoder;
    });
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#asp-export")]);
    await waitForStatus("已生成 Word 文件");
    const zip = await JSZip.loadAsync(fs.readFileSync(await download.path()));
    const documentXml = await zip.file("word/document.xml")!.async("string");
    expect(documentXml).toContain("开发区管委会");
    expect(documentXml).toContain(GOLDEN_SENTENCES[0].slice(0, 12));
  });

  it("says that Excel for Mac cannot download the Word file, and offers 复制全文 instead", async () => {
    await page.evaluate(() => {
      (window as unknown as OfficeWindow).Office.context["platform"] = "Mac";
    });
    try {
      const downloads = await downloadsDuring(() => clickAndWait("#asp-export"));
      expect(downloads).toEqual([]);
      expect(await statusText()).toBe(
        "Mac 版 Excel 不允许加载项下载文件（Office 的限制），无法在这里导出 Word 文件。请改用“复制全文”，粘贴到 Word 或 WPS 中保存。",
      );
      expect(await page.getAttribute("#asp-status", "class")).toContain("asp-status-warning");
      expect(await activeId()).toBe("asp-copy");
    } finally {
      await page.evaluate(() => {
        delete (window as unknown as OfficeWindow).Office.context["platform"];
      });
    }
  });

  it("says so, and downloads nothing, where the browser cannot download (no download attribute)", async () => {
    await page.evaluate(() => {
      const w = window as unknown as { savedDownload?: PropertyDescriptor };
      w.savedDownload = Object.getOwnPropertyDescriptor(HTMLAnchorElement.prototype, "download");
      delete (HTMLAnchorElement.prototype as unknown as { download?: string }).download;
    });
    try {
      const downloads = await downloadsDuring(() => clickAndWait("#asp-export"));
      expect(downloads).toEqual([]);
      expect(await statusText()).toBe("本环境不允许从加载项下载文件。请改用“复制全文”，或在桌面版 Excel 中导出。");
    } finally {
      await page.evaluate(() => {
        const w = window as unknown as { savedDownload?: PropertyDescriptor };
        if (w.savedDownload) Object.defineProperty(HTMLAnchorElement.prototype, "download", w.savedDownload);
      });
    }
  });

  it("marks a missing value in the preview and names its cell", async () => {
    await typeIntoCell("主要指标", "C3", "");
    await page.click(".pg-tab[data-sheet='参数']");
    await page.click("#asp-generate");
    await waitForStatus("文字稿已生成");
    const markers = await page.locator("#asp-preview mark.asp-marker").allTextContents();
    expect(markers.length).toBeGreaterThan(0);
    for (const m of markers) expect(m).toMatch(/^【待补：[^】]+】$/);
    expect(await page.locator('.asp-issue-link[data-sheet="主要指标"][data-cell="C3"]').count()).toBe(1);
    await page.evaluate(() => {
      const preview = document.getElementById("asp-preview");
      const mark = preview?.querySelector("mark");
      if (preview && mark)
        preview.scrollTop = mark.getBoundingClientRect().top - preview.getBoundingClientRect().top - 96;
    });
    const file = await paneScreenshot("04-missing-value.png");
    if (process.env.UPDATE_README_SCREENSHOT === "1")
      fs.copyFileSync(file, path.join(ROOT, "docs", "images", "taskpane.png"));
    await typeIntoCell("主要指标", "C3", "18.6");
  });

  it("says how many 【待补】 markers remain when copying or exporting, never a plain 已复制", async () => {
    await typeIntoCell("主要指标", "C3", "");
    await page.click("#asp-generate");
    await waitForStatus("文字稿已生成");
    const markers = await page.locator("#asp-preview mark.asp-marker").count();
    expect(markers).toBeGreaterThan(0);
    await clickAndWait("#asp-copy");
    expect(await statusText()).toBe(
      `已复制全文，但文中仍有 ${markers} 处【待补】：请补齐数据后重新生成文字稿，再复制。`,
    );
    expect(await page.getAttribute("#asp-status", "class")).toContain("asp-status-warning");
    expect(await clipboardText()).toContain("【待补：");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#asp-export")]);
    await paneIdle();
    expect(download.suggestedFilename()).toBe("2023年开发区管委会年度工作总结.docx");
    expect(await statusText()).toBe(
      `已生成 Word 文件“2023年开发区管委会年度工作总结.docx”，但文中仍有 ${markers} 处【待补】：请补齐数据后重新生成文字稿，再导出。`,
    );
    await typeIntoCell("主要指标", "C3", "18.6");
  });

  it("shows a project name that looks like HTML as text and runs nothing", async () => {
    await typeIntoCell("在建项目", "B3", XSS_NAME);
    await page.click("#asp-generate");
    await waitForStatus("文字稿已生成");
    await page.waitForTimeout(300);
    expect(await page.textContent("#asp-preview")).toContain(XSS_NAME);
    expect(await page.locator("#pg-grid").textContent()).toContain(XSS_NAME);
    expect(await page.evaluate(() => document.querySelectorAll("img").length)).toBe(0);
    expect(session.dialogs).toEqual([]);
  });

  it("neither copies nor exports a text the data changed after: names the cell, regenerates when asked", async () => {
    await page.evaluate(() => navigator.clipboard.writeText("（剪贴板原有内容）"));
    await typeIntoCell("主要指标", "C2", "60");
    const STALE = "生成文字稿之后，数据已修改（主要指标!C2）：请先重新生成文字稿，再复制或导出。";
    await clickAndWait("#asp-copy");
    expect(await statusText()).toBe(STALE);
    expect(await clipboardText()).toBe("（剪贴板原有内容）");
    expect(await page.isVisible("#asp-stale")).toBe(true);
    expect(await page.inputValue("#asp-copy-area")).toBe("");
    expect(await activeId()).toBe("asp-regenerate");
    await paneScreenshot("07-stale-text.png");

    const downloads = await downloadsDuring(() => clickAndWait("#asp-export"));
    expect(downloads).toEqual([]);
    expect(await statusText()).toBe(STALE);

    await page.click("#asp-regenerate");
    await waitForStatus("文字稿已生成");
    expect(await page.isVisible("#asp-stale")).toBe(false);
    await clickAndWait("#asp-copy");
    expect(await statusText()).toContain("已复制全文");
    const copied = await clipboardText();
    expect(copied).toContain("实现工业销售收入60.00亿元");
    expect(copied).not.toContain("52.36");

    await typeIntoCell("主要指标", "C2", "52.36");
    await page.click("#asp-generate");
    await waitForStatus("文字稿已生成");
  });

  it("writes a changed 参数 to its 值 cell and to no other cell", async () => {
    const before = await page.evaluate(() => JSON.stringify(window.playground.host.snapshot()));
    await page.fill("#asp-setting-year", "2024");
    await page.selectOption("#asp-setting-listMarker", "①");
    await page.click("#asp-settings-save");
    await waitForStatus("已写入“参数”表：年度、列举序号");
    const after = await page.evaluate(() => JSON.stringify(window.playground.host.snapshot()));
    type Snap = { sheets: { name: string; cells: Record<string, { value?: unknown }> }[] };
    const cells = (json: string): Record<string, unknown> => {
      const out: Record<string, unknown> = {};
      for (const sheet of (JSON.parse(json) as Snap).sheets)
        for (const [a, c] of Object.entries(sheet.cells)) out[`${sheet.name}!${a}`] = c.value;
      return out;
    };
    const b = cells(before);
    const a = cells(after);
    const changed = Object.keys({ ...a, ...b }).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
    expect(changed.sort()).toEqual(["参数!B2", "参数!B6"]);
    expect(a["参数!B2"]).toBe(2024);
    expect(a["参数!B6"]).toBe("①");
    await page.fill("#asp-setting-year", "2023");
    await page.selectOption("#asp-setting-listMarker", "（1）");
    await page.click("#asp-settings-save");
    await waitForStatus("已写入“参数”表");
  });

  it("marks every invalid 参数 field in place, all at once, focuses the first, and writes nothing", async () => {
    const before = await page.evaluate(() => JSON.stringify(window.playground.host.snapshot()));
    await page.fill("#asp-setting-year", "23");
    await page.fill("#asp-setting-usdRate", "abc");
    await clickAndWait("#asp-settings-save");
    expect(await statusText()).toBe("参数有 2 处填写不正确，未写入：请按输入框下方的提示修改。");
    expect(await page.getAttribute("#asp-setting-year", "aria-invalid")).toBe("true");
    expect(await page.getAttribute("#asp-setting-year", "aria-describedby")).toBe("asp-setting-year-error");
    expect(await page.textContent("#asp-setting-year-error")).toBe("年度应为四位数字，例如 2023。");
    expect(await page.getAttribute("#asp-setting-usdRate", "aria-invalid")).toBe("true");
    expect(await page.textContent("#asp-setting-usdRate-error")).toBe("美元汇率应为大于 0 的数字，例如 7.05。");
    expect(await page.getAttribute("#asp-setting-month", "aria-invalid")).toBeNull();
    expect(await page.isVisible("#asp-setting-month-error")).toBe(false);
    expect(await activeId()).toBe("asp-setting-year");
    expect(await page.evaluate(() => JSON.stringify(window.playground.host.snapshot()))).toBe(before);
    await page.locator("#asp-settings-body").screenshot({ path: path.join(SCREENSHOTS, "08-settings-errors.png") });

    await page.fill("#asp-setting-year", "2023");
    await page.fill("#asp-setting-usdRate", "7.05");
    await clickAndWait("#asp-settings-save");
    expect(await statusText()).toBe("参数未改动。");
    expect(await page.getAttribute("#asp-setting-year", "aria-invalid")).toBeNull();
    expect(await page.isVisible("#asp-setting-year-error")).toBe(false);
    expect(await page.isVisible("#asp-setting-usdRate-error")).toBe(false);
  });

  it("marks the preview stale after a changed 年度, and the regenerated title has the new year", async () => {
    const title = (): Promise<string | null> => page.textContent("#asp-preview .asp-p-title");
    expect(await title()).toBe("2023年开发区管委会年度工作总结");
    await page.fill("#asp-setting-year", "2024");
    await clickAndWait("#asp-settings-save");
    expect(await statusText()).toBe(
      "已写入“参数”表：年度。 生成文字稿之后，数据已修改（参数!B2）：请先重新生成文字稿，再复制或导出。",
    );
    expect(await page.isVisible("#asp-stale")).toBe(true);
    await page.click("#asp-regenerate");
    await waitForStatus("文字稿已生成");
    expect(await title()).toBe("2024年开发区管委会年度工作总结");
    expect(await page.isVisible("#asp-stale")).toBe(false);

    await page.fill("#asp-setting-year", "2023");
    await clickAndWait("#asp-settings-save");
    await page.click("#asp-regenerate");
    await waitForStatus("文字稿已生成");
    expect(await title()).toBe("2023年开发区管委会年度工作总结");
  });

  it("asks before replacing a 文字稿 someone edited, and keeps the edited copy when told to", async () => {
    const EDITED = "（办公室改写）预计全年工业销售收入超过52亿元。";
    const cellOf = (sheet: string, address: string): Promise<unknown> =>
      page.evaluate(
        ([s, a]) => window.playground.host.snapshot().sheets.find((x) => x.name === s)?.cells[a as string]?.value,
        [sheet, address],
      );
    await typeIntoCell("文字稿", "A4", EDITED);
    await page.click("#asp-generate");
    await waitForStatus("“文字稿”表有改动");
    expect(await page.isVisible("#asp-edited-prompt")).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("asp-edited-keep");
    await paneScreenshot("06-edited-narrative.png");

    // cancel: nothing is written
    await page.click("#asp-edited-cancel");
    await waitForStatus("未生成");
    expect(await cellOf("文字稿", "A4")).toBe(EDITED);

    // keep: the edited sheet becomes 文字稿（修改稿）, a fresh 文字稿 is written
    await page.click("#asp-generate");
    await waitForStatus("“文字稿”表有改动");
    await page.keyboard.press("Enter");
    await waitForStatus("已保留为“文字稿（修改稿）”");
    expect(await page.isVisible("#asp-edited-prompt")).toBe(false);
    expect(await page.locator('.pg-tab[data-sheet="文字稿（修改稿）"]').count()).toBe(1);
    expect(await cellOf("文字稿（修改稿）", "A4")).toBe(EDITED);
    expect(await cellOf("文字稿", "A4")).not.toBe(EDITED);

    // the new 文字稿 is the add-in's own: generating again asks nothing
    await page.click("#asp-generate");
    await waitForStatus("文字稿已生成");
    expect(await statusText()).not.toContain("已保留");
    expect(await page.isVisible("#asp-edited-prompt")).toBe(false);
  });

  it("writes the report chosen in the 报告 list to its own 文字稿, and the annual summary when chosen back", async () => {
    // 建立表格 wrote 模板（月度进展） beside 模板: the workbook has two report types
    expect(await page.isVisible("#asp-report")).toBe(true);
    const options = await page.locator("#asp-report option").allTextContents();
    expect(options).toEqual(["年度总结（写入“文字稿”）", "月度进展（写入“文字稿（月度进展）”）"]);
    await page.selectOption("#asp-report", "月度进展");
    await page.click("#asp-generate");
    await waitForStatus("文字稿已生成");
    expect(((await page.textContent("#asp-preview")) ?? "").startsWith("2023年1—10月份开发区管委会工作进展情况")).toBe(
      true,
    );
    const a2 = (sheet: string): Promise<unknown> =>
      page.evaluate(
        (name) => window.playground.host.snapshot().sheets.find((x) => x.name === name)?.cells["A2"]?.value,
        sheet,
      );
    expect(await a2("文字稿（月度进展）")).toBe("2023年1—10月份开发区管委会工作进展情况");
    expect(await a2("文字稿")).toBe("2023年开发区管委会年度工作总结");

    await page.selectOption("#asp-report", "年度总结");
    await page.click("#asp-generate");
    await waitForStatus("文字稿已生成");
    expect(((await page.textContent("#asp-preview")) ?? "").startsWith("2023年开发区管委会年度工作总结")).toBe(true);
  });

  it("validates a protected sheet, lists its issues and names the sheet that blocks writing", async () => {
    await typeIntoCell("主要指标", "C2", "'52.36");
    await page.evaluate(() => window.playground.host.protectSheet("主要指标"));
    try {
      await clickAndWait("#asp-validate");
      expect(await statusText()).toMatch(
        /^校验完成：错误 \d+，警告 \d+，提示 \d+。 工作表“主要指标”受保护，\S+未写入；请在“审阅”选项卡撤销工作表保护后重试。$/,
      );
      expect(await page.getAttribute("#asp-status", "class")).toContain("asp-status-warning");
      expect(await page.getAttribute("#asp-status", "role")).toBe("status");
      expect(await page.locator('.asp-issue-link[data-sheet="主要指标"][data-cell="C2"]').count()).toBe(1);

      // the fix cannot write there either: it says so, and does not claim a change
      const item = page.locator(".asp-issue", { has: page.locator('.asp-issue-link[data-cell="C2"]') });
      await item.locator("button", { hasText: "转换为数字" }).click();
      await paneIdle();
      expect(await statusText()).toMatch(/^工作表“主要指标”受保护，\S+未写入；请在“审阅”选项卡撤销工作表保护后重试。$/);
      expect(await page.evaluate(() => window.playground.host.values("主要指标", "C2")[0]?.[0])).toBe("52.36");
    } finally {
      await page.evaluate(() => window.playground.host.protectSheet("主要指标", false));
    }
    const item = page.locator(".asp-issue", { has: page.locator('.asp-issue-link[data-cell="C2"]') });
    await item.locator("button", { hasText: "转换为数字" }).click();
    await waitForStatus("校验完成");
    await paneIdle();
    expect(await page.evaluate(() => window.playground.host.values("主要指标", "C2")[0]?.[0])).toBe(52.36);
  });

  it("skips, and names, what an Excel 2016 host cannot do", async () => {
    await page.evaluate(() => window.playground.level("1.1"));
    await page.click("#asp-validate");
    await waitForStatus("已跳过");
    await page.evaluate(() => window.playground.level("latest"));
  });

  it("loads an .xlsx the user picks into the simulated host", async () => {
    const rows = SAMPLE_DATA.indicators.rows.map((r, i) => (i === 1 ? { ...r, target: "２０" } : r));
    const raw = sampleRawWorkbook({ indicators: { ...SAMPLE_DATA.indicators, rows } });
    const workbook = new ExcelJS.Workbook();
    for (const sheet of raw.sheets) {
      const ws = workbook.addWorksheet(sheet.name);
      sheet.values.forEach((row) => ws.addRow(row.map((v) => (v === null ? undefined : v))));
    }
    const file = path.join(ROOT, "test-results", "playground-upload.xlsx");
    await workbook.xlsx.writeFile(file);
    await page.setInputFiles("#pg-file", file);
    await page.waitForFunction(
      () => (document.getElementById("pg-status")?.textContent ?? "") === "playground-upload.xlsx",
    );
    await waitForStatus("已就绪");
    expect(await page.locator(".pg-tab").allTextContents()).toEqual(raw.sheetNames);
    await page.click("#asp-validate");
    await waitForStatus("校验完成");
    const issue = page.locator('.asp-issue-link[data-sheet="主要指标"][data-cell="D3"]');
    expect(await issue.count()).toBe(1);
    await issue.click();
    await page.waitForSelector('#pg-grid[data-sheet="主要指标"] td[data-address="D3"].pg-active');
    const shot = path.join(SCREENSHOTS, "05-playground.png");
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: shot });
    await page.setViewportSize({ width: 1280, height: 1400 });
    if (process.env.UPDATE_README_SCREENSHOT === "1")
      fs.copyFileSync(shot, path.join(ROOT, "docs", "images", "playground.png"));
  });

  it("speaks English when Office's display language is English", async () => {
    await page.goto(`${session.url}?lang=en-US&start=sample`);
    await waitForStatus("Ready");
    expect(await page.textContent("#asp-validate")).toBe("Validate");
    await page.click("#asp-validate");
    await waitForStatus("Validated");
  });

  it("counts in the singular and the plural, and names buttons by their English labels, in English", async () => {
    await page.click("#asp-validate");
    await waitForStatus("Validated");
    const agrees = (text: string): void => {
      const m = /(\d+) (errors?), (\d+) (warnings?), (\d+) (notes?)/.exec(text);
      expect(m).not.toBeNull();
      if (!m) return;
      for (const [n, word, one] of [
        [m[1], m[2], "error"],
        [m[3], m[4], "warning"],
        [m[5], m[6], "note"],
      ])
        expect(word).toBe(Number(n) === 1 ? one : `${one}s`);
    };
    agrees(await statusText());
    const errorsBefore = Number(/(\d+) errors?/.exec(await statusText())?.[1]);
    await typeIntoCell("主要指标", "C2", "'52.36");
    await page.click("#asp-validate");
    await waitForStatus("Validated");
    await paneIdle();
    const status = await statusText();
    agrees(status);
    expect(status).toContain(`${errorsBefore + 1} error${errorsBefore + 1 === 1 ? "" : "s"},`);
    agrees((await page.textContent("#asp-issue-summary")) ?? "");
    const item = page.locator(".asp-issue", { has: page.locator('.asp-issue-link[data-cell="C2"]') });
    const suggestion = (await item.locator(".asp-issue-suggestion").textContent()) ?? "";
    expect(suggestion).toContain("“Convert to number”");
    expect(suggestion).not.toContain("转换为数字");
    expect(await item.locator("button", { hasText: "Convert to number" }).count()).toBe(1);
  });

  it("makes no request outside localhost", () => {
    const outside = session.requests.filter(
      (url) => !/^(http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/|data:|blob:)/.test(url),
    );
    expect(outside).toEqual([]);
    expect(session.requests.length).toBeGreaterThan(0);
    // Chrome's clipboard sanitizer parses the copied HTML in the page and reports its style
    // attributes against the page's CSP (style-src 'self'); the styles still reach the
    // clipboard, as the copy test reads back. Any other console error fails the test.
    expect(session.errors.filter((e) => !/^Applying inline style violates/.test(e))).toEqual([]);
  });
});
