/**
 * The task pane as a WPS 加载项, in Debian's Chromium, through the playground's WPS mode
 * (`?host=wps`): the page has WPS's globals (`Application`, `wps`) and no Office.js, so the pane's
 * entry mounts the pane on the WPS backend. An empty workbook → 建立表格 with the sample data → a
 * number typed as text → 校验 → the issue selects its cell → the fix → 生成文字稿 (the golden
 * sentences in the preview and on the 文字稿 sheet, the fingerprint in a custom document property)
 * → 在WPS文字中打开 (a new WPS 文字 document holding the text). Nothing leaves localhost.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { GOLDEN_SENTENCES } from "./fixtures/golden-sentences";
import { openPlayground, waitForPaneIdle, waitForPaneStatus, type PlaygroundSession } from "./playground-browser";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const SCREENSHOTS = path.join(ROOT, "test-results", "screenshots");

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

const waitForStatus = (text: string, timeout?: number): Promise<void> => waitForPaneStatus(page, text, timeout);
const paneIdle = (): Promise<void> => waitForPaneIdle(page);

async function typeIntoCell(sheet: string, address: string, text: string): Promise<void> {
  await page.click(`.pg-tab[data-sheet="${sheet}"]`);
  await page.click(`#pg-grid td[data-address="${address}"]`);
  await page.fill("#pg-formula", text);
  await page.press("#pg-formula", "Enter");
}

interface WpsPage {
  playground: {
    host: {
      snapshot(): { sheets: { name: string; cells: Record<string, { value?: unknown }> }[]; selection: string | null };
      values(sheet: string, address: string): unknown[][];
      documentProperties: Map<string, unknown>;
      writer?: { documents: { snapshot(): { paragraphs: { text: string }[] } }[] };
    };
  };
  Office?: unknown;
  wps?: unknown;
}

describe("the task pane in WPS 表格 (playground ?host=wps, Chromium)", () => {
  it("starts on WPS's globals, without Office.js", async () => {
    await page.goto(`${session.url}?host=wps`);
    await waitForStatus("已就绪");
    const globals = await page.evaluate(() => {
      const w = window as unknown as WpsPage;
      return { office: typeof w.Office, wps: typeof w.wps };
    });
    expect(globals).toEqual({ office: "undefined", wps: "object" });
    expect(await page.title()).toContain("WPS 表格");
  });

  it("creates the layout with the sample data", async () => {
    await page.click("#asp-create");
    await page.waitForSelector("#asp-sample-prompt:not([hidden])");
    await page.click("#asp-sample-yes");
    await waitForStatus("表格已建立");
    const tabs = await page.locator(".pg-tab").allTextContents();
    for (const name of ["参数", "主要指标", "在建项目", "在谈项目", "荣誉", "数据项", "模板"])
      expect(tabs).toContain(name);
    expect(await page.inputValue("#asp-setting-year")).toBe("2023");
  });

  it("lists a number typed as text, selects its cell in WPS, and converts it", async () => {
    await typeIntoCell("主要指标", "C2", "'52.36");
    await page.click("#asp-validate");
    await waitForStatus("校验完成");
    const issue = page.locator('.asp-issue-link[data-sheet="主要指标"][data-cell="C2"]');
    expect(await issue.count()).toBe(1);
    await page.click(".pg-tab[data-sheet='参数']");
    await issue.click();
    await paneIdle();
    const selection = await page.evaluate(() => (window as unknown as WpsPage).playground.host.snapshot().selection);
    expect(selection).toBe("主要指标!C2");
    const item = page.locator(".asp-issue", { has: page.locator('.asp-issue-link[data-cell="C2"]') });
    await item.locator("button", { hasText: "转换为数字" }).click();
    await waitForStatus("校验完成");
    await paneIdle();
    expect(
      await page.evaluate(() => (window as unknown as WpsPage).playground.host.values("主要指标", "C2")[0]?.[0]),
    ).toBe(52.36);
  });

  it("generates the text into the preview and the 文字稿 sheet, and keeps its fingerprint in the workbook", async () => {
    await page.click("#asp-generate");
    await waitForStatus("文字稿已生成");
    const preview = (await page.textContent("#asp-preview")) ?? "";
    const sheet = await page.evaluate(() => {
      const found = (window as unknown as WpsPage).playground.host.snapshot().sheets.find((s) => s.name === "文字稿");
      return found ? Object.keys(found.cells).map((k) => String(found.cells[k]?.value ?? "")) : [];
    });
    for (const sentence of GOLDEN_SENTENCES) {
      expect(preview).toContain(sentence);
      expect(sheet.join("\n")).toContain(sentence);
    }
    const properties = await page.evaluate(() =>
      Array.from((window as unknown as WpsPage).playground.host.documentProperties.keys()),
    );
    expect(properties).toEqual(["annualSummary.narrativeFingerprint"]);
    await page.locator(".pg-pane-frame").screenshot({ path: path.join(SCREENSHOTS, "wps-generated.png") });
  });

  it("opens the text in WPS 文字 from the pane", async () => {
    await page.click("#asp-open-writer");
    await waitForStatus("WPS 文字");
    await paneIdle();
    const paragraphs = await page.evaluate(() => {
      const writer = (window as unknown as WpsPage).playground.host.writer;
      return writer
        ? writer.documents.map((d) =>
            d
              .snapshot()
              .paragraphs.map((p) => p.text)
              .join("\n"),
          )
        : [];
    });
    expect(paragraphs.length).toBe(1);
    for (const sentence of GOLDEN_SENTENCES) expect(paragraphs[0]).toContain(sentence);
    await page.waitForSelector("#pg-writer:not([hidden]) .pg-writer-doc");
    await page.screenshot({ path: path.join(SCREENSHOTS, "wps-writer.png") });
  });

  it("made no request beyond the playground's own server, and no error", () => {
    const origin = session.url.replace(/\/$/, "");
    expect(session.requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:"))).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
