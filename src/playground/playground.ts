/**
 * The playground: the real task pane (src/taskpane/taskpane.ts, unchanged) running against the
 * simulated Excel host, beside a grid of the simulated workbook. The host is installed as the
 * globals `Excel` and `Office`, completed with what the pane's entry asks of Office (onReady,
 * HostType, displayLanguage). A development tool: it bundles HyperFormula; dist/ never does.
 *
 * With `?pane=URL` the pane is not bundled here but loaded from URL (a production build, e.g.
 * dist/taskpane.html) into an iframe, as Office shows it, in a realm of its own; its office.js is
 * replaced by a script that calls `window.parent.playgroundOfficeBridge(window)`, which hands it
 * this page's simulated host (realm-bridge.ts). The IE11 runtime test runs the pane that way.
 *
 * With `?host=wps` the workbook is a simulated WPS 表格 instead and the pane runs on the WPS backend,
 * as in a WPS 加载项 (wps-mode.ts).
 */
import { layoutAction } from "../core/actions/layout-action";
import { SimExcelHost } from "../sim-excel";
import type { SimApiLevel } from "../sim-excel";
import { createOfficeBackend } from "../taskpane/office-backend";
import { createGrid, type GridView } from "./grid";
import { readXlsx } from "./load-xlsx";
import { bridgeOffice } from "./realm-bridge";
import { createWpsBackend } from "../wps/wps-backend";
import { SimWpsHost } from "../sim-wps/host";
import { installWps, newWpsHost } from "./wps-mode";

type Start = "empty" | "sample";

interface PlaygroundApi {
  host: SimExcelHost;
  grid: GridView;
  /** Resolves once the pane has finished its first load. */
  ready: Promise<void>;
  reset(start: Start): Promise<void>;
  level(level: SimApiLevel): void;
}

declare global {
  interface Window {
    playground: PlaygroundApi;
    /** With `?pane=URL`: what the pane frame's office.js stand-in calls. */
    playgroundOfficeBridge?: (child: Window) => void;
  }
}

const params = new URLSearchParams(location.search);
const displayLanguage = params.get("lang") ?? "zh-CN";
const level = (params.get("api") ?? "latest") as SimApiLevel;
/** A pane page to load in an iframe instead of the bundled pane (same origin only). */
const paneUrl = params.get("pane");
/** The host the pane runs in: Excel (Office.js), or WPS 表格 with `?host=wps`. */
const wpsMode = params.get("host") === "wps";

let host = emptyHost();
let grid: GridView | undefined;

function emptyHost(): SimExcelHost {
  if (wpsMode) return newWpsHost();
  const h = new SimExcelHost({ level });
  h.addSheet("Sheet1");
  h.model.activeSheet = h.model.sheets[0];
  return h;
}

/** Installs `h` as the globals, with the members the pane's entry uses beyond the adapter's. */
function install(h: SimExcelHost): void {
  if (h instanceof SimWpsHost) {
    installWps(h, () => grid?.render(), document.getElementById("pg-writer"));
    return;
  }
  h.install();
  const g = window as unknown as Record<string, Record<string, unknown>>;
  const excel = g["Excel"] as { run: (...args: unknown[]) => Promise<unknown> };
  const run = excel.run;
  excel.run = (...args: unknown[]) =>
    run(...args).then(
      (result) => {
        grid?.render();
        return result;
      },
      (error: unknown) => {
        grid?.render();
        throw error;
      },
    );
  const office = g["Office"] as Record<string, unknown>;
  const context = office["context"] as Record<string, unknown>;
  context["displayLanguage"] = displayLanguage;
  office["HostType"] = { Excel: "Excel" };
  office["onReady"] = (callback?: (info: { host: string; platform: string }) => void) => {
    const info = { host: "Excel", platform: "OfficeOnline" };
    if (callback) setTimeout(() => callback(info), 0);
    return Promise.resolve(info);
  };
}

function setStatus(text: string): void {
  const status = document.getElementById("pg-status");
  if (status) status.textContent = text;
}

let paneLoaded = false;

/** Loads (or reloads) the pane page `url` in an iframe in place of the bundled pane. */
function loadPaneFrame(url: string): Promise<void> {
  let frame = document.getElementById("pg-pane") as HTMLIFrameElement | null;
  if (!frame) {
    frame = document.createElement("iframe");
    frame.id = "pg-pane";
    frame.className = "pg-pane-iframe";
    frame.title = "任务窗格";
    document.getElementById("app")?.replaceWith(frame);
  }
  const target = new URL(url, location.href);
  if (target.origin !== location.origin) return Promise.reject(new Error(`pane ${url} is not on this server`));
  const loaded = frame;
  return new Promise((resolve) => {
    loaded.addEventListener("load", () => resolve(), { once: true });
    loaded.src = target.href;
  });
}

/** Mounts the pane: the first time by loading its entry as Excel would, later by re-mounting it. */
function remountPane(): Promise<void> {
  if (paneUrl) return loadPaneFrame(paneUrl);
  return import("../taskpane/taskpane").then((m) => {
    if (paneLoaded) m.start();
    paneLoaded = true;
  });
}

function useHost(h: SimExcelHost): Promise<void> {
  host = h;
  install(h);
  window.playground.host = h;
  grid?.setHost(h);
  return remountPane();
}

function reset(start: Start): Promise<void> {
  const h = emptyHost();
  if (start === "empty") return useHost(h).then(() => setStatus("空白工作簿"));
  install(h);
  host = h;
  window.playground.host = h;
  return (wpsMode ? createWpsBackend() : createOfficeBackend())
    .run(layoutAction({ sample: true }), () => undefined)
    .then(() => useHost(h))
    .then(() => setStatus("示例工作簿"));
}

function loadFile(file: File): void {
  setStatus(`正在读取 ${file.name} ……`);
  const reader = new FileReader();
  reader.onload = () => {
    readXlsx(reader.result as ArrayBuffer)
      .then((raw) => {
        const open = (book: typeof raw): SimExcelHost =>
          wpsMode
            ? newWpsHost(SimWpsHost.fromRaw(book, { name: file.name }))
            : SimExcelHost.fromRawWorkbook(book, { level });
        let h: SimExcelHost;
        try {
          h = open(raw);
        } catch {
          // a formula the engine cannot take: keep the saved values only
          h = open({ sheetNames: raw.sheetNames, sheets: raw.sheets.map((s) => ({ ...s, formulas: [] })) });
        }
        return useHost(h).then(() => setStatus(file.name));
      })
      .catch((e: unknown) => setStatus(`无法读取 ${file.name}：${e instanceof Error ? e.message : String(e)}`));
  };
  reader.onerror = () => setStatus(`无法读取 ${file.name}`);
  reader.readAsArrayBuffer(file);
}

function main(): void {
  install(host);
  if (paneUrl) window.playgroundOfficeBridge = (child) => bridgeOffice(child);
  const gridRoot = document.getElementById("pg-workbook");
  if (!gridRoot) throw new Error("#pg-workbook missing");
  grid = createGrid(gridRoot, host);
  window.playground = {
    host,
    grid,
    ready: Promise.resolve(),
    reset,
    level: (l) => {
      host.level = l;
    },
  };
  document.getElementById("pg-empty")?.addEventListener("click", () => void reset("empty"));
  document.getElementById("pg-sample")?.addEventListener("click", () => void reset("sample"));
  const fileInput = document.getElementById("pg-file") as HTMLInputElement | null;
  fileInput?.addEventListener("change", () => {
    const file = fileInput.files && fileInput.files[0];
    if (file) loadFile(file);
    fileInput.value = "";
  });
  const levelSelect = document.getElementById("pg-level") as HTMLSelectElement | null;
  if (levelSelect) {
    levelSelect.value = level;
    levelSelect.addEventListener("change", () => {
      host.level = levelSelect.value as SimApiLevel;
    });
  }
  const protect = document.getElementById("pg-protect") as HTMLButtonElement | null;
  protect?.addEventListener("click", () => {
    const sheet = host.model.activeSheet;
    if (!sheet) return;
    host.protectSheet(sheet.name, !sheet.isProtected);
    grid?.render();
  });
  if (wpsMode) {
    // WPS 表格 has no ExcelApi levels; the page says which host it simulates
    document.title = "年度总结助手 · 试用场（模拟 WPS 表格）";
    const note = document.querySelector(".pg-note");
    if (note) note.textContent = "模拟的 WPS 表格工作簿，数据只在本页内存中";
    for (const id of ["pg-level", "pg-level-label"]) document.getElementById(id)?.setAttribute("hidden", "");
  }
  const start = (params.get("start") ?? "empty") as Start;
  grid.render();
  window.playground.ready = start === "sample" ? reset("sample") : remountPane();
}

main();
