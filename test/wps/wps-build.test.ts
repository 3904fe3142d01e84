/**
 * `npm run build:wps` from this checkout, into a fresh folder, checked as WPS would meet it: the
 * add-in folder (ribbon.xml well-formed, every callback it names defined by main.js, the button
 * opening taskpane.html from the add-in's own folder; pages without office.js or anything remote),
 * jsplugins.xml (online) and jsplugins-offline.xml pointing at the base URL, publish.xml at the
 * folder, and the .7z holding exactly that folder.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as vm from "vm";
import { DOMParser } from "@xmldom/xmldom";

type XmlDocument = ReturnType<DOMParser["parseFromString"]>;
type XmlElement = XmlDocument["documentElement"];

const ROOT = path.resolve(__dirname, "..", "..");
const BASE = "http://oa.example.gov.cn/wps/annual-summary/";
const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { name: string; version: string };
const FOLDER = `${PKG.name}_${PKG.version}`;
/**
 * URLs the bundles may hold as text, never fetched: XML namespace names the Word export writes into
 * .docx files, a help link in an error message of the docx library, and core-js's licence note. The pages' CSP would block
 * a fetch from anywhere but the add-in's folder in any case.
 */
const TEXT_ONLY_URLS =
  /^https?:\/\/(schemas\.openxmlformats\.org|schemas\.microsoft\.com|www\.w3\.org|purl\.org|purl\.oclc\.org|ns\.adobe\.com|answers\.microsoft\.com|github\.com\/zloirock\/core-js)\b/;

let out: string;
let addin: string;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const sevenZip = (require("7zip-bin") as { path7za: string }).path7za;

beforeAll(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), "wps-build-"));
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, "scripts", "build-wps.js"), "--out", out, "--base-url", BASE],
    {
      cwd: ROOT,
      encoding: "utf8",
    },
  );
  if (result.status !== 0) throw new Error(`build:wps failed:\n${result.stdout}\n${result.stderr}`);
  addin = path.join(out, FOLDER);
}, 600000);

afterAll(() => {
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

function parseXml(file: string): XmlDocument {
  const errors: string[] = [];
  const record = (level: string) => (message: string) => errors.push(`${level}: ${message}`);
  const doc = new DOMParser({
    errorHandler: { warning: record("warning"), error: record("error"), fatalError: record("fatal") },
  }).parseFromString(fs.readFileSync(file, "utf8"), "text/xml");
  expect(errors).toEqual([]);
  return doc;
}

function elements(doc: XmlDocument, name: string): XmlElement[] {
  return Array.from(doc.getElementsByTagName(name) as unknown as ArrayLike<XmlElement>);
}

interface FakePane {
  ID: number;
  Visible: boolean;
  DockPosition?: number;
}

/** main.js run as WPS runs the entry page: its globals on a window of its own, WPS's Application beside them. */
function entryPage(): {
  window: Record<string, unknown>;
  created: { url: string; title?: string }[];
  panes: FakePane[];
} {
  const created: { url: string; title?: string }[] = [];
  const panes: FakePane[] = [];
  const storage = new Map<string, unknown>();
  const window: Record<string, unknown> = {
    location: { href: `${BASE}index.html` },
    alert: (message: string) => {
      throw new Error(`alert: ${message}`);
    },
    Application: {
      CreateTaskPane(url: string, title?: string): FakePane {
        created.push({ url, title });
        const pane: FakePane = { ID: panes.length + 1, Visible: false };
        panes.push(pane);
        return pane;
      },
      GetTaskPane(id: number): FakePane {
        const pane = panes[id - 1];
        if (!pane) throw new Error("no such pane");
        return pane;
      },
      PluginStorage: {
        getItem: (key: string) => storage.get(key) ?? null,
        setItem: (key: string, value: unknown) => storage.set(key, value),
      },
    },
  };
  window["window"] = window;
  const context = vm.createContext(window);
  vm.runInContext(fs.readFileSync(path.join(addin, "main.js"), "utf8"), context);
  return { window, created, panes };
}

describe("npm run build:wps", () => {
  it("makes the add-in folder with WPS's entry files", () => {
    for (const file of [
      "ribbon.xml",
      "index.html",
      "main.js",
      "taskpane.html",
      "taskpane.js",
      "taskpane.css",
      "assets/icon-32.png",
    ]) {
      expect([file, fs.existsSync(path.join(addin, file))]).toEqual([file, true]);
    }
  });

  it("writes a well-formed ribbon.xml with the 年度总结助手 group and button, whose callbacks main.js defines", () => {
    const ribbon = parseXml(path.join(addin, "ribbon.xml"));
    const root = ribbon.documentElement;
    expect(root.nodeName).toBe("customUI");
    expect(root.getAttribute("xmlns")).toBe("http://schemas.microsoft.com/office/2006/01/customui");
    expect(elements(ribbon, "group").map((g) => g.getAttribute("label"))).toEqual(["年度总结助手"]);
    const buttons = elements(ribbon, "button");
    expect(buttons.map((b) => b.getAttribute("label"))).toEqual(["年度总结助手"]);

    const callbacks = new Set<string>();
    for (const el of [root, ...elements(ribbon, "*")]) {
      for (const attr of ["onLoad", "onAction", "getImage", "getEnabled", "getLabel", "getVisible"]) {
        const name = el.getAttribute(attr);
        if (name) callbacks.add(name);
      }
    }
    const { window } = entryPage();
    expect(Array.from(callbacks).filter((name) => typeof window[name] !== "function")).toEqual([]);
    expect(callbacks.size).toBeGreaterThanOrEqual(3);

    // the icon GetImage names is in the folder
    const image = (window["GetImage"] as (c: { Id: string }) => string)({ Id: buttons[0]?.getAttribute("id") ?? "" });
    expect(fs.existsSync(path.join(addin, image))).toBe(true);
  });

  it("opens taskpane.html from the add-in's own folder with the ribbon button, docked right; the next click hides it", () => {
    const ribbon = parseXml(path.join(addin, "ribbon.xml"));
    const id = elements(ribbon, "button")[0]?.getAttribute("id") ?? "";
    const page = entryPage();
    const onAction = page.window["OnAction"] as (c: { Id: string }) => boolean;
    expect((page.window["OnAddinLoad"] as (r: unknown) => boolean)({})).toBe(true);
    onAction({ Id: id });
    expect(page.created).toEqual([{ url: `${BASE}taskpane.html`, title: "年度总结助手" }]);
    expect(page.panes[0]).toEqual({ ID: 1, Visible: true, DockPosition: 2 });
    onAction({ Id: id });
    expect(page.panes[0]?.Visible).toBe(false);
    onAction({ Id: id });
    expect(page.panes[0]?.Visible).toBe(true);
    expect(page.created.length).toBe(1);
  });

  it("serves everything from the add-in's folder: no office.js, no remote script, style or image, a CSP on each page", () => {
    for (const page of ["index.html", "taskpane.html"]) {
      const html = fs.readFileSync(path.join(addin, page), "utf8");
      expect(html).toMatch(/http-equiv="Content-Security-Policy" content="default-src 'none'/);
      expect(html).not.toMatch(/office\.js/i);
      const refs = Array.from(html.matchAll(/\b(?:src|href)="([^"]*)"/g)).map((m) => m[1] ?? "");
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs)
        expect([page, ref, /^[\w./-]+$/.test(ref) && !ref.startsWith("/")]).toEqual([page, ref, true]);
    }
    expect(fs.readFileSync(path.join(addin, "taskpane.html"), "utf8")).toMatch(/<script[^>]+src="taskpane\.js"/);
    expect(fs.readFileSync(path.join(addin, "index.html"), "utf8")).toMatch(/<script[^>]+src="main\.js"/);
    for (const file of fs.readdirSync(addin).filter((f) => /\.(js|css)$/.test(f))) {
      const text = fs.readFileSync(path.join(addin, file), "utf8");
      const urls = Array.from(text.matchAll(/https?:\/\/[^\s"'`)<>]+/g)).map((m) => m[0]);
      expect([file, urls.filter((u) => !TEXT_ONLY_URLS.test(u))]).toEqual([file, []]);
      expect(text).not.toMatch(/appsforoffice\.microsoft\.com/);
    }
  });

  it("keeps the pane's bundle under the 250 KB budget", () => {
    expect(fs.statSync(path.join(addin, "taskpane.js")).size).toBeLessThan(250000);
  });

  it("writes jsplugins.xml for online mode and jsplugins-offline.xml for the package, at the base URL, and publish.xml at the folder", () => {
    const online = elements(parseXml(path.join(out, "jsplugins.xml")), "jspluginonline");
    expect(online.map((e) => [e.getAttribute("name"), e.getAttribute("type"), e.getAttribute("url")])).toEqual([
      [PKG.name, "et", BASE],
    ]);
    const offline = elements(parseXml(path.join(out, "jsplugins-offline.xml")), "jsplugin");
    expect(
      offline.map((e) => [
        e.getAttribute("name"),
        e.getAttribute("type"),
        e.getAttribute("url"),
        e.getAttribute("version"),
      ]),
    ).toEqual([[PKG.name, "et", `${BASE}${PKG.name}.7z`, PKG.version]]);
    const local = elements(parseXml(path.join(out, "publish.xml")), "jsplugin");
    expect(
      local.map((e) => [
        e.getAttribute("name"),
        e.getAttribute("type"),
        e.getAttribute("url"),
        e.getAttribute("version"),
      ]),
    ).toEqual([[PKG.name, "et", FOLDER, PKG.version]]);
    expect(fs.existsSync(path.join(out, FOLDER, "ribbon.xml"))).toBe(true);
  });

  it("packs the add-in folder, and only it, into the .7z offline package", () => {
    const list = spawnSync(sevenZip, ["l", "-slt", path.join(out, `${PKG.name}.7z`)], { encoding: "utf8" });
    expect(list.status).toBe(0);
    const packed = Array.from(list.stdout.matchAll(/^Path = (.+)$/gm))
      .map((m) => (m[1] ?? "").replace(/\\/g, "/"))
      .filter((p) => !p.endsWith(".7z"));
    const onDisk: string[] = [FOLDER];
    const walk = (dir: string, rel: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        onDisk.push(`${rel}/${entry.name}`);
        if (entry.isDirectory()) walk(path.join(dir, entry.name), `${rel}/${entry.name}`);
      }
    };
    walk(addin, FOLDER);
    expect(packed.sort()).toEqual(onDisk.sort());
  });

  it("refuses a base URL that is not http(s)", () => {
    const result = spawnSync(
      process.execPath,
      [path.join(ROOT, "scripts", "build-wps.js"), "--out", path.join(out, "x"), "--base-url", "ftp://server/"],
      {
        cwd: ROOT,
        encoding: "utf8",
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/WPS_ADDIN_BASE_URL must be an http:\/\/ or https:\/\/ URL/);
  });
});
