/**
 * The task pane: the size of the production bundle (dist/taskpane.js, minified and gzip), and in
 * headless Chromium the time from navigation until the pane is interactive — its 生成文字稿 button
 * mounted and enabled — in the playground (the real pane over the simulated host) and, for
 * comparison, in the production dist/taskpane.html with a tiny Office stub in place of office.js.
 * Times are the page's own clock (performance.now(), 0 = navigation start), recorded by an init
 * script the moment the button appears; median of several fresh page loads after a warm-up.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import { chromium, type BrowserContext } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../../test/e2e/browser/playground-browser";
import { median, round } from "./stats";

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startPlaygroundServer } = require(path.join(ROOT, "scripts", "serve-playground.js")) as {
  startPlaygroundServer(options: { dir: string; port: number }): Promise<{ url: string; close(): Promise<void> }>;
};

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function webpack(args: readonly string[]): void {
  const cli = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: ROOT, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`webpack ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
}

export interface BundleSize {
  readonly bundleBytes: number;
  readonly bundleGzipBytes: number;
  /** Chunks loaded later, on demand (the Word export, the English messages). */
  readonly lazyChunkBytes: number;
  readonly rebuilt: boolean;
}

/** dist/taskpane.js, after a production build when dist is missing or older than src/. */
export function bundleSize(): BundleSize {
  const bundle = path.join(DIST, "taskpane.js");
  const stale = !fs.existsSync(bundle) || fs.statSync(bundle).mtimeMs < newestMtime(path.join(ROOT, "src"));
  if (stale) webpack(["--mode", "production"]);
  const code = fs.readFileSync(bundle);
  const lazy = fs
    .readdirSync(DIST)
    .filter((f) => f.endsWith(".js") && f !== "taskpane.js" && f !== "commands.js")
    .reduce((sum, f) => sum + fs.statSync(path.join(DIST, f)).size, 0);
  return {
    bundleBytes: code.length,
    bundleGzipBytes: zlib.gzipSync(code, { level: 9 }).length,
    lazyChunkBytes: lazy,
    rebuilt: stale,
  };
}

/** Records, in the page, when #asp-generate first exists and is enabled. */
const MARK_INTERACTIVE = `(() => {
  const check = () => {
    const b = document.getElementById("asp-generate");
    if (b && b.getAttribute("aria-disabled") !== "true" && !b.disabled && window.__paneInteractiveAt === undefined) {
      window.__paneInteractiveAt = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

/** A stand-in for office.js: Office.onReady in Excel, nothing else. */
const OFFICE_STUB = `window.Office = {
  HostType: { Excel: "Excel" },
  context: { displayLanguage: "zh-CN", requirements: { isSetSupported: function () { return true; } } },
  onReady: function (cb) {
    var info = { host: "Excel", platform: "OfficeOnline" };
    if (cb) setTimeout(function () { cb(info); }, 0);
    return Promise.resolve(info);
  }
};`;

async function timeLoads(context: BrowserContext, url: string, loads: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < loads + 1; i++) {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForFunction(
      () => (window as { __paneInteractiveAt?: number }).__paneInteractiveAt !== undefined,
      undefined,
      {
        timeout: 30000,
      },
    );
    const at = await page.evaluate(() => (window as { __paneInteractiveAt?: number }).__paneInteractiveAt as number);
    if (i > 0) times.push(at); // the first load warms the browser up
    await page.close();
  }
  return times;
}

export interface PaneTiming {
  /** The playground: the real pane over the simulated host (development build). */
  readonly paneInteractiveMs: number;
  readonly paneInteractiveRuns: readonly number[];
  /** dist/taskpane.html (production build) with the Office stub. */
  readonly productionPaneInteractiveMs: number;
  readonly productionPaneInteractiveRuns: readonly number[];
}

export async function paneInteractive(loads: number): Promise<PaneTiming> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
  const playgroundDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-playground-"));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "bench-chromium-"));
  webpack(["--config", "webpack.playground.config.js", "--env", `outDir=${playgroundDir}`]);
  const playground = await startPlaygroundServer({ dir: playgroundDir, port: 0 });
  const production = await startPlaygroundServer({ dir: DIST, port: 0 });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1280, height: 1000 },
    locale: "zh-CN",
  });
  try {
    await context.addInitScript(MARK_INTERACTIVE);
    await context.route("https://appsforoffice.microsoft.com/**", (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript", body: OFFICE_STUB }),
    );
    // nothing else may leave the machine
    await context.route(/^https?:\/\/(?!localhost[:/]|127\.0\.0\.1[:/]|appsforoffice\.microsoft\.com\/)/, (route) =>
      route.abort(),
    );
    const play = await timeLoads(context, playground.url, loads);
    const prod = await timeLoads(context, `${production.url}taskpane.html`, loads);
    return {
      paneInteractiveMs: round(median(play)),
      paneInteractiveRuns: play.map((t) => round(t)),
      productionPaneInteractiveMs: round(median(prod)),
      productionPaneInteractiveRuns: prod.map((t) => round(t)),
    };
  } finally {
    await context.close();
    await playground.close();
    await production.close();
    fs.rmSync(profile, { recursive: true, force: true });
    fs.rmSync(playgroundDir, { recursive: true, force: true });
  }
}
