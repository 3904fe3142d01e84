/**
 * The WPS 加载项's entry script (main.js, loaded by index.html when WPS starts the add-in): the
 * callbacks ribbon.xml names, as globals of the entry page. The button opens the task pane
 * (taskpane.html from the add-in's own folder) with `CreateTaskPane`, docked on the right, and
 * hides or shows it on the next click; the pane's id is kept in PluginStorage, which the add-in's
 * pages share for the WPS session.
 */
import type { WpsPluginStorage, WpsTaskPane } from "../et-api";

/** The button of ribbon.xml that opens the pane. */
export const PANE_BUTTON_ID = "aspShowPane";
/** The pane page, beside index.html in the add-in's folder. */
export const TASK_PANE_PAGE = "taskpane.html";
export const TASK_PANE_TITLE = "年度总结助手";
const TASK_PANE_ID_KEY = "annualSummary.taskPaneId";
/** msoCTPDockPositionRight. */
const DOCK_RIGHT = 2;

/** The entry page runs outside WPS 表格 (no CreateTaskPane to open the pane with). */
export class WpsHostMissingError extends Error {
  readonly code = "wps-host-missing";
  constructor() {
    super("WPS 未提供 CreateTaskPane：请在 WPS 表格中使用本加载项。");
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "WpsHostMissingError";
  }
}

interface TaskPaneHost {
  CreateTaskPane?(url: string, title?: string): WpsTaskPane & { DockPosition?: number };
  GetTaskPane?(id: number): WpsTaskPane;
  PluginStorage?: WpsPluginStorage;
  ribbonUI?: unknown;
}

interface ShellWindow {
  Application?: TaskPaneHost;
  wps?: TaskPaneHost;
  location: { href: string };
  [callback: string]: unknown;
}

interface RibbonControl {
  readonly Id: string;
}

/** The folder of the page at `href` (the add-in's folder, online or unpacked offline), without a trailing slash. */
export function addinFolder(href: string): string {
  const bare = href.split("#")[0]?.split("?")[0] ?? href;
  return bare.slice(0, bare.lastIndexOf("/"));
}

function host(view: ShellWindow): TaskPaneHost {
  const app = view.Application;
  if (app && typeof app.CreateTaskPane === "function") return app;
  if (view.wps && typeof view.wps.CreateTaskPane === "function") return view.wps;
  throw new WpsHostMissingError();
}

function storage(view: ShellWindow): WpsPluginStorage | undefined {
  return (view.Application && view.Application.PluginStorage) || (view.wps && view.wps.PluginStorage) || undefined;
}

/** Shows the pane, creating it the first time; a second click hides it, a third shows it again. */
export function togglePane(view: ShellWindow): WpsTaskPane {
  const wps = host(view);
  const kept = storage(view);
  const id = kept ? Number(kept.getItem(TASK_PANE_ID_KEY)) : NaN;
  if (id > 0 && typeof wps.GetTaskPane === "function") {
    try {
      const pane = wps.GetTaskPane(id);
      pane.Visible = !pane.Visible;
      return pane;
    } catch {
      // closed with its window: a new one below
    }
  }
  const create = wps.CreateTaskPane as NonNullable<TaskPaneHost["CreateTaskPane"]>;
  const pane = create.call(wps, `${addinFolder(view.location.href)}/${TASK_PANE_PAGE}`, TASK_PANE_TITLE);
  if (kept) kept.setItem(TASK_PANE_ID_KEY, pane.ID);
  pane.DockPosition = DOCK_RIGHT;
  pane.Visible = true;
  return pane;
}

/** Defines the ribbon's callbacks on `view` (the entry page's window). */
export function installRibbonCallbacks(view: ShellWindow): void {
  view["OnAddinLoad"] = (ribbonUI: unknown): boolean => {
    const app = view.Application;
    if (app && typeof app.ribbonUI !== "object") app.ribbonUI = ribbonUI;
    return true;
  };
  view["OnAction"] = (control: RibbonControl): boolean => {
    if (control.Id === PANE_BUTTON_ID) {
      try {
        togglePane(view);
      } catch (error) {
        // the entry page has no UI of its own: WPS shows an alert from it
        alert(error instanceof Error ? error.message : String(error));
      }
    }
    return true;
  };
  view["GetImage"] = (control: RibbonControl): string =>
    control.Id === PANE_BUTTON_ID ? "assets/icon-32.png" : "assets/icon-16.png";
  view["OnGetEnabled"] = (): boolean => true;
}

if (typeof window !== "undefined") installRibbonCallbacks(window as unknown as ShellWindow);
