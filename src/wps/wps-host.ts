/**
 * Finding WPS from a 加载项 page. WPS gives its pages two globals: `Application` (the
 * application that opened the page — WPS 表格's for this add-in) and `wps` (EtApplication(),
 * WpsApplication(), PluginStorage, CreateTaskPane …). Office.js gives `Office`; the pane's entry
 * asks `detectHost` which one it is in.
 */
import type { EtApplication, WpsGlobal } from "./et-api";
import { WpsActionError } from "./wps-error";

interface HostGlobals {
  readonly Office?: unknown;
  readonly Application?: unknown;
  readonly wps?: WpsGlobal;
}

function globals(): HostGlobals {
  // a page has window; Node (the tests) has only globalThis, which `typeof` asks for safely where it is missing
  if (typeof window !== "undefined") return window as unknown as HostGlobals;
  return (typeof globalThis !== "undefined" ? globalThis : {}) as unknown as HostGlobals;
}

function isEtApplication(value: unknown): value is EtApplication {
  return value !== null && typeof value === "object" && "ActiveWorkbook" in (value as object);
}

/** Which host the page runs in: Office (Office.js loaded), WPS (its globals), or neither. */
export function detectHost(): "office" | "wps" | "none" {
  const g = globals();
  if (g.Office !== undefined) return "office";
  if (isEtApplication(g.Application) || (g.wps !== undefined && typeof g.wps.EtApplication === "function"))
    return "wps";
  return "none";
}

/** WPS 表格's Application: the page's own `Application`, or `wps.EtApplication()`. */
export function etApplication(): EtApplication {
  const g = globals();
  if (isEtApplication(g.Application)) return g.Application;
  const wps = g.wps;
  if (wps && typeof wps.EtApplication === "function") return wps.EtApplication();
  throw new WpsActionError("no-workbook", "WPS 表格的对象模型不可用：请在 WPS 表格中打开本加载项。", "no Application");
}

/** The `wps` global, where there is one. */
export function wpsGlobal(): WpsGlobal | undefined {
  return globals().wps;
}
