/**
 * Test support for the browser tests: builds the playground into a fresh directory, serves it on
 * a free localhost port (scripts/serve-playground.js) and launches Debian's Chromium through
 * playwright-core, headless, with a fresh profile and background networking off. Every request
 * the page makes is logged, so a test can assert that nothing leaves localhost.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const ROOT = path.resolve(__dirname, "..", "..", "..");

interface Server {
  readonly url: string;
  close(): Promise<void>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startPlaygroundServer } = require(path.join(ROOT, "scripts", "serve-playground.js")) as {
  startPlaygroundServer(options: { dir: string; port: number }): Promise<Server>;
};

export interface PlaygroundSession {
  readonly url: string;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every URL requested by any page of the context, in order. */
  readonly requests: string[];
  /** Messages of every dialog (alert, confirm …) that opened; each is dismissed. */
  readonly dialogs: string[];
  /** Console errors and uncaught page errors. */
  readonly errors: string[];
  close(): Promise<void>;
}

/** Builds the playground (development mode) into `outDir`; throws with webpack's output on failure. */
export function buildPlayground(outDir: string): void {
  const webpackCli = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  const result = spawnSync(
    process.execPath,
    [webpackCli, "--config", "webpack.playground.config.js", "--env", `outDir=${outDir}`],
    {
      cwd: ROOT,
      encoding: "utf8",
    },
  );
  if (result.status !== 0) throw new Error(`playground build failed:\n${result.stdout}\n${result.stderr}`);
}

export async function openPlayground(options: { width?: number; height?: number } = {}): Promise<PlaygroundSession> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium)`);
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "playground-"));
  buildPlayground(outDir);
  const server = await startPlaygroundServer({ dir: outDir, port: 0 });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "chromium-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: { width: options.width ?? 1280, height: options.height ?? 1000 },
    locale: "zh-CN",
    acceptDownloads: true,
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url.replace(/\/$/, "") });
  const requests: string[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  return {
    url: server.url,
    context,
    page,
    requests,
    dialogs,
    errors,
    async close() {
      await context.close();
      await server.close();
      fs.rmSync(profile, { recursive: true, force: true });
      fs.rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** The pane's status line. */
export async function paneStatusText(page: Page): Promise<string> {
  return (await page.textContent("#asp-status")) ?? "";
}

/** Waits until the pane's status line contains `text` (and fails with the last status if it never does). */
export async function waitForPaneStatus(page: Page, text: string, timeout = 20000): Promise<void> {
  try {
    await page.waitForFunction(
      (t) => (document.getElementById("asp-status")?.textContent ?? "").indexOf(t) >= 0,
      text,
      { timeout },
    );
  } catch {
    throw new Error(`status never contained "${text}"; it says "${await paneStatusText(page)}"`);
  }
}

/** Waits until the pane has finished its action (aria-busy back to false). */
export async function waitForPaneIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById("app")?.getAttribute("aria-busy") === "false");
}
