/**
 * Test support for the IE11 runtime test: the production build (webpack.config.js, exactly as
 * `npm run build` makes it) is put under the playground's pane/ folder and loaded by the
 * playground in an iframe (`?pane=pane/taskpane.html`). Before any script of that frame runs, the
 * frame is made into Internet Explorer 11 (ie11-environment.ts); the office.js the page asks
 * Microsoft's CDN for is answered, without leaving the machine, by a stand-in that takes the
 * playground's simulated host (src/playground/realm-bridge.ts).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium, type BrowserContext, type Frame, type Page } from "playwright-core";
import { ie11Environment } from "./ie11-environment";
import { buildPlayground, CHROMIUM, CHROMIUM_ARGS } from "./playground-browser";

const ROOT = path.resolve(__dirname, "..", "..", "..");

/** Where the production taskpane.html loads office.js from (webpack.config.js). */
export const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** What the pane frame gets for office.js: ES5, as office.js must run in IE11 too. */
export const OFFICE_JS_STAND_IN = [
  "(function () {",
  "  var parent = window.parent;",
  '  if (!parent || parent === window || typeof parent.playgroundOfficeBridge !== "function")',
  '    throw new Error("office.js stand-in: open the pane through the playground (?pane=…)");',
  "  parent.playgroundOfficeBridge(window);",
  "})();",
].join("\n");

interface Server {
  readonly url: string;
  close(): Promise<void>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startPlaygroundServer } = require(path.join(ROOT, "scripts", "serve-playground.js")) as {
  startPlaygroundServer(options: { dir: string; port: number }): Promise<Server>;
};

export interface Ie11Session {
  readonly url: string;
  readonly outDir: string;
  readonly page: Page;
  readonly context: BrowserContext;
  /** Every URL requested by the page and its frames, in order. */
  readonly requests: string[];
  /** Uncaught errors and console errors of the page and its frames. */
  readonly errors: string[];
  /** The pane's frame, once the playground has loaded it. */
  paneFrame(): Promise<Frame>;
  close(): Promise<void>;
}

/** `npm run build` (production) into `outDir`; throws with webpack's output on failure. */
export function buildProduction(outDir: string): void {
  const webpackCli = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  const result = spawnSync(process.execPath, [webpackCli, "--mode", "production", "--output-path", outDir], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, OFFICE_JS: "", ADDIN_BASE_URL: "" },
  });
  if (result.status !== 0) throw new Error(`production build failed:\n${result.stdout}\n${result.stderr}`);
}

export async function openIe11Playground(): Promise<Ie11Session> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium)`);
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "playground-ie11-"));
  buildPlayground(outDir);
  buildProduction(path.join(outDir, "pane"));
  const server = await startPlaygroundServer({ dir: outDir, port: 0 });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "chromium-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1280, height: 1000 },
    locale: "zh-CN",
  });
  await context.addInitScript(ie11Environment);
  await context.route(CDN_OFFICE_JS, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: OFFICE_JS_STAND_IN }),
  );
  const requests: string[] = [];
  const errors: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("dialog", (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return {
    url: server.url,
    outDir,
    page,
    context,
    requests,
    errors,
    async paneFrame() {
      const handle = await page.waitForSelector("#pg-pane");
      const frame = await handle.contentFrame();
      if (!frame) throw new Error("the pane's iframe has no frame");
      return frame;
    },
    async close() {
      await context.close();
      await server.close();
      fs.rmSync(profile, { recursive: true, force: true });
      fs.rmSync(outDir, { recursive: true, force: true });
    },
  };
}
