/**
 * The production task pane in Internet Explorer 11's library, at ExcelApi 1.1 (Office 2016 on
 * Windows): `npm run build`'s taskpane.html, taskpane.js and the Word export chunk run in a frame
 * from which every ES2015+ built-in and DOM member IE11 lacks was removed before the first script
 * (ie11-environment.ts), against the playground's simulated host. 建立表格, 校验, 生成文字稿,
 * 导出Word (saved through navigator.msSaveOrOpenBlob, as IE11 saves) and 复制全文 must work with
 * no page error: `es-check es5` checks the bundle's syntax, this checks what it calls.
 */
import JSZip from "jszip";
import type { Frame, Page } from "playwright-core";
import { format, ZH_CN } from "../../../src/taskpane/i18n";
import { GOLDEN_SENTENCES } from "./fixtures/golden-sentences";
import { CDN_OFFICE_JS, openIe11Playground, type Ie11Session } from "./ie11-browser";
import type { Ie11Record } from "./ie11-environment";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const FILE_NAME = "2023年开发区管委会年度工作总结.docx";

let session: Ie11Session;
let page: Page;
let pane: Frame;

jest.setTimeout(420000);

beforeAll(async () => {
  session = await openIe11Playground();
  page = session.page;
}, 420000);

afterAll(async () => {
  if (session) await session.close();
});

/** Reads the pane's status line from the playground (the pane's own frame is left untouched). */
function paneStatus(): Promise<string> {
  return page.evaluate(() => {
    const frame = document.getElementById("pg-pane") as HTMLIFrameElement | null;
    const status = frame?.contentDocument?.getElementById("asp-status");
    return status?.textContent ?? "";
  });
}

async function waitForStatus(text: string, timeout = 30000): Promise<void> {
  try {
    await page.waitForFunction(
      (t) => {
        const frame = document.getElementById("pg-pane") as HTMLIFrameElement | null;
        const doc = frame?.contentDocument;
        const status = doc?.getElementById("asp-status");
        if ((status?.textContent ?? "").indexOf(t) >= 0) return true;
        // an error shown and the pane idle again: no need to wait any longer
        return (
          status?.getAttribute("role") === "alert" && doc?.getElementById("app")?.getAttribute("aria-busy") === "false"
        );
      },
      text,
      { timeout },
    );
  } catch {
    // timed out: the message below says what the pane shows
  }
  const status = await paneStatus();
  if (status.indexOf(text) < 0) {
    throw new Error(`status never contained "${text}"; it says "${status}"; errors: ${JSON.stringify(session.errors)}`);
  }
}

/** What the environment recorded in the pane's frame, read from the playground. */
function ie11Record(): Promise<{ removed: string[]; saved: { name: string; type: string }[] }> {
  return page.evaluate(() => {
    const frame = document.getElementById("pg-pane") as HTMLIFrameElement;
    const record = (frame.contentWindow as unknown as { __ie11?: Ie11Record }).__ie11;
    if (!record) return { removed: [], saved: [] };
    return {
      removed: record.removed.slice(),
      saved: record.saved.map((s) => ({ name: s.name, type: s.blob.type })),
    };
  });
}

describe("the production pane in Internet Explorer 11's library, at ExcelApi 1.1", () => {
  it("starts in a frame that has only what IE11 has", async () => {
    await page.goto(`${session.url}?pane=pane/taskpane.html&api=1.1`);
    pane = await session.paneFrame();
    await waitForStatus("已就绪");
    const record = await ie11Record();
    for (const name of [
      "window.globalThis",
      "window.Symbol",
      "window.WeakSet",
      "window.TextEncoder",
      "window.Map (replaced)",
      "window.URL (replaced)",
      "Math.imul",
      "Object.assign",
      "Array.from",
      "Array.prototype.includes",
      "String.prototype.matchAll",
      "String.fromCodePoint",
      "TypedArray.of",
      "TypedArray.from",
      "Element.prototype.closest",
      "NodeList.prototype.forEach",
      "window.CustomEvent (replaced)",
    ])
      expect(record.removed).toContain(name);
    // What the bundle does not polyfill is still missing after it loaded.
    const missing = await page.evaluate(() => {
      const w = (document.getElementById("pg-pane") as HTMLIFrameElement).contentWindow as unknown as Record<
        string,
        unknown
      >;
      return ["Reflect", "Proxy", "fetch", "TextDecoder", "crypto"].filter((n) => typeof w[n] === "undefined");
    });
    expect(missing).toEqual(["Reflect", "Proxy", "fetch", "TextDecoder", "crypto"]);
  });

  it("lays the pane out as a block the width of the task pane", async () => {
    const layout = await page.evaluate(() => {
      const frame = document.getElementById("pg-pane") as HTMLIFrameElement;
      const doc = frame.contentDocument as Document;
      const app = doc.getElementById("app") as HTMLElement;
      return {
        display: (frame.contentWindow as Window).getComputedStyle(app).display,
        width: app.getBoundingClientRect().width,
        frameWidth: frame.getBoundingClientRect().width,
      };
    });
    expect(layout.display).toBe("block");
    expect(layout.width).toBe(layout.frameWidth);
  });

  it("creates the layout with the sample data", async () => {
    await pane.click("#asp-create");
    await pane.waitForSelector("#asp-sample-prompt:not([hidden])");
    await pane.click("#asp-sample-yes");
    await waitForStatus("表格已建立");
  });

  it("validates the workbook", async () => {
    await pane.click("#asp-validate");
    await waitForStatus("校验完成");
  });

  it("generates the text: the preview and the 文字稿 sheet hold the golden sentences", async () => {
    await pane.click("#asp-generate");
    await waitForStatus("文字稿已生成");
    const preview = (await pane.textContent("#asp-preview")) ?? "";
    const sheet = await page.evaluate(() => {
      const found = window.playground.host.snapshot().sheets.find((s) => s.name === "文字稿");
      return found ? Object.keys(found.cells).map((k) => String(found.cells[k]?.value ?? "")) : [];
    });
    for (const sentence of GOLDEN_SENTENCES) {
      expect(preview).toContain(sentence);
      expect(sheet.join("\n")).toContain(sentence);
    }
  });

  it("exports a Word file through navigator.msSaveOrOpenBlob", async () => {
    await pane.click("#asp-export");
    await waitForStatus(format(ZH_CN.exportDone, { name: FILE_NAME }));
    const record = await ie11Record();
    expect(record.saved).toEqual([{ name: FILE_NAME, type: DOCX_TYPE }]);
    const base64 = await page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const frame = document.getElementById("pg-pane") as HTMLIFrameElement;
          const blob = (frame.contentWindow as unknown as { __ie11: Ie11Record }).__ie11.saved[0].blob;
          const reader = new FileReader();
          reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
          reader.onerror = () => reject(reader.error);
          reader.readAsDataURL(blob);
        }),
    );
    const bytes = Buffer.from(base64, "base64");
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    const zip = await JSZip.loadAsync(bytes);
    const documentXml = await zip.file("word/document.xml")!.async("string");
    expect(documentXml).toContain("开发区管委会");
    expect(documentXml).toContain(GOLDEN_SENTENCES[0].slice(0, 12));
    expect(session.requests.some((u) => /export-docx/.test(u))).toBe(true);
  });

  it("copies the whole text through the text-area fallback", async () => {
    await pane.click("#asp-copy");
    await waitForStatus(ZH_CN.copyFallback);
  });

  it("raised no error and asked nothing outside localhost but office.js", () => {
    expect(session.errors).toEqual([]);
    const outside = session.requests.filter(
      (url) => url !== CDN_OFFICE_JS && !/^(http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/|data:|blob:)/.test(url),
    );
    expect(outside).toEqual([]);
  });
});
