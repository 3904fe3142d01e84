/**
 * Offline checks of manifest.xml: what `office-addin-manifest validate` (which needs Microsoft's
 * online service) would catch, as far as it can be checked without the service. The manifest is
 * read with a real namespace-aware XML parser (@xmldom/xmldom), never with regular expressions.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";
import { pickLocale } from "../../src/taskpane/i18n";

const ROOT = path.resolve(__dirname, "..", "..");
const MANIFEST_PATH = path.join(ROOT, "manifest.xml");
const DEV_BASE_URL = "https://localhost:3000/";
/** English locales of Office: the manifest overrides each (Office matches an override by its locale). */
const ENGLISH_LOCALES = ["en-US", "en-GB", "en-AU", "en-CA", "en-IE", "en-IN", "en-NZ", "en-SG", "en-ZA"];

const NS = {
  officeApp: "http://schemas.microsoft.com/office/appforoffice/1.1",
  basicTypes: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  overrides: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

/** The children of OfficeApp for a TaskPaneApp, in the order of the schema's xs:sequence. */
const OFFICE_APP_SEQUENCE = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "AllowSnapshot",
  "VersionOverrides",
] as const;

/** Required by the schema, plus what this add-in needs (icons, support page, host, ExcelApi 1.1, ribbon). */
const REQUIRED_CHILDREN = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
] as const;

/** Documented maximum lengths (characters). */
const LIMITS = { displayName: 125, description: 250, shortString: 125, longString: 250 } as const;

interface ParsedManifest {
  readonly doc: Document;
  readonly root: Element;
  readonly parseProblems: readonly string[];
}

function parseManifest(xml: string): ParsedManifest {
  const parseProblems: string[] = [];
  const record = (level: string) => (message: string) => parseProblems.push(`${level}: ${message}`);
  const parser = new DOMParser({
    errorHandler: { warning: record("warning"), error: record("error"), fatalError: record("fatal") },
  });
  const doc = parser.parseFromString(xml, "text/xml");
  return { doc, root: doc.documentElement, parseProblems };
}

function childElements(parent: Element): Element[] {
  const out: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) out.push(node as Element);
  }
  return out;
}

function child(parent: Element, localName: string): Element {
  const found = childElements(parent).filter((e) => e.localName === localName);
  if (found.length !== 1)
    throw new Error(`expected one <${localName}> in <${parent.localName}>, found ${found.length}`);
  return found[0];
}

function descendants(parent: Element | Document, namespace: string, localName: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS(namespace, localName) as unknown as ArrayLike<Element>);
}

function xsiType(element: Element): string | null {
  return element.getAttributeNS(NS.xsi, "type");
}

/** An element with DefaultValue and <Override Locale Value> children, as a locale → text map. */
function localized(element: Element): Map<string, string> {
  const texts = new Map<string, string>([["default", element.getAttribute("DefaultValue") ?? ""]]);
  for (const o of childElements(element).filter((e) => e.localName === "Override")) {
    texts.set(o.getAttribute("Locale") ?? "", o.getAttribute("Value") ?? "");
  }
  return texts;
}

/** Every URL in the manifest: DefaultValue/Value attributes and element text that look like URLs. */
function allUrls(doc: Document): string[] {
  const urls: string[] = [];
  const visit = (element: Element): void => {
    for (const name of ["DefaultValue", "Value"]) {
      const value = element.getAttribute(name);
      if (value && /^[a-z]+:\/\//i.test(value)) urls.push(value);
    }
    const elements = childElements(element);
    if (elements.length === 0) {
      const text = (element.textContent ?? "").trim();
      if (/^[a-z]+:\/\//i.test(text)) urls.push(text);
    }
    elements.forEach(visit);
  };
  visit(doc.documentElement);
  return urls;
}

interface CopyPattern {
  readonly from: string;
  readonly to: string;
}

/**
 * The files a production build writes to dist/, derived from webpack.config.js itself: the pages
 * of its HtmlWebpackPlugin instances and the files its CopyWebpackPlugin patterns copy.
 */
async function buildOutputs(): Promise<Set<string>> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, "webpack.config.js")) as (
    env: Record<string, unknown>,
    options: { mode: string },
  ) => Promise<{ plugins: object[]; devServer?: unknown }>;
  const config = await makeConfig({}, { mode: "production" });
  const outputs = new Set<string>();
  for (const plugin of config.plugins) {
    const { userOptions, patterns } = plugin as { userOptions?: { filename?: string }; patterns?: CopyPattern[] };
    if (userOptions?.filename) outputs.add(userOptions.filename);
    for (const pattern of patterns ?? []) {
      for (const source of expand(pattern.from)) {
        const ext = path.extname(source);
        const name = path.basename(source, ext);
        outputs.add(pattern.to.replace("[name]", name).replace("[ext]", ext).replace("[query]", ""));
      }
    }
  }
  return outputs;
}

/** Expands a copy pattern's `from` (a file, or a directory followed by a single-level glob). */
function expand(from: string): string[] {
  if (!from.includes("*")) return fs.existsSync(path.join(ROOT, from)) ? [from] : [];
  const dir = path.dirname(from);
  const [prefix, suffix] = path.basename(from).split("*");
  return fs
    .readdirSync(path.join(ROOT, dir))
    .filter((f) => f.startsWith(prefix) && f.endsWith(suffix))
    .map((f) => path.join(dir, f).split(path.sep).join("/"));
}

const xml = fs.readFileSync(MANIFEST_PATH, "utf8");
const { doc, root, parseProblems } = parseManifest(xml);

describe("manifest.xml", () => {
  it("is well-formed XML without parser warnings", () => {
    expect(parseProblems).toEqual([]);
  });

  it("is a TaskPaneApp in the add-in manifest namespace", () => {
    expect(root.localName).toBe("OfficeApp");
    expect(root.namespaceURI).toBe(NS.officeApp);
    expect(xsiType(root)).toBe("TaskPaneApp");
  });

  it("has every required element, each once, in schema order and nothing unknown", () => {
    const names = childElements(root).map((e) => e.localName);
    for (const name of REQUIRED_CHILDREN) expect(names).toContain(name);
    expect(new Set(names).size).toBe(names.length);
    const positions = names.map((n) => OFFICE_APP_SEQUENCE.indexOf(n as (typeof OFFICE_APP_SEQUENCE)[number]));
    expect(positions).not.toContain(-1);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("lists app domains only if there are some (the element must not be empty)", () => {
    const appDomains = childElements(root).filter((e) => e.localName === "AppDomains");
    for (const element of appDomains) expect(childElements(element).length).toBeGreaterThan(0);
  });

  it("has a GUID id and a four-part version", () => {
    expect(child(root, "Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(child(root, "Id").textContent).not.toBe("00000000-0000-0000-0000-000000000000");
    const version = child(root, "Version").textContent ?? "";
    expect(version).toMatch(/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/);
    for (const part of version.split(".")) expect(Number(part)).toBeLessThanOrEqual(65535);
  });

  it("defaults to zh-CN with en-US overrides for the display name and description", () => {
    expect(child(root, "DefaultLocale").textContent).toBe("zh-CN");
    const displayName = localized(child(root, "DisplayName"));
    expect(displayName.get("default")).toBe("年度总结助手");
    expect(displayName.get("en-US")).toBe("Annual Summary Assistant");
    const description = localized(child(root, "Description"));
    expect(description.get("default")).toMatch(/[\u4e00-\u9fff]/);
    expect(description.get("en-US")).toMatch(/^[\x20-\x7e]+$/);
  });

  it("keeps every string within its documented length limit", () => {
    const within = (texts: Map<string, string>, limit: number): void => {
      for (const [locale, text] of texts) {
        const fits = text.length > 0 && text.length <= limit;
        expect([locale, text, fits]).toEqual([locale, text, true]);
      }
    };
    within(localized(child(root, "DisplayName")), LIMITS.displayName);
    within(localized(child(root, "Description")), LIMITS.description);
    const shortStrings = descendants(doc, NS.basicTypes, "ShortStrings");
    const longStrings = descendants(doc, NS.basicTypes, "LongStrings");
    expect(shortStrings).toHaveLength(1);
    expect(longStrings).toHaveLength(1);
    for (const s of descendants(shortStrings[0], NS.basicTypes, "String")) within(localized(s), LIMITS.shortString);
    for (const s of descendants(longStrings[0], NS.basicTypes, "String")) within(localized(s), LIMITS.longString);
  });

  it("gives every resource string an en-US override", () => {
    const strings = descendants(doc, NS.basicTypes, "String");
    expect(strings.length).toBeGreaterThan(0);
    for (const s of strings)
      expect([s.getAttribute("id"), localized(s).has("en-US")]).toEqual([s.getAttribute("id"), true]);
  });

  it("shows the same English text in every English locale the pane turns English for", () => {
    const localizable = [
      child(root, "DisplayName"),
      child(root, "Description"),
      ...descendants(doc, NS.basicTypes, "String"),
    ];
    for (const element of localizable) {
      const texts = localized(element);
      const english = texts.get("en-US");
      const locales = [...texts.keys()].filter((l) => l !== "default");
      expect(locales.sort()).toEqual([...ENGLISH_LOCALES].sort());
      for (const locale of ENGLISH_LOCALES) {
        expect([locale, pickLocale(locale)]).toEqual([locale, "en-US"]);
        expect([locale, texts.get(locale)]).toEqual([locale, english]);
      }
    }
  });

  it("names the ribbon button and its group as the README does (年度总结助手)", () => {
    const strings = new Map(
      descendants(doc, NS.basicTypes, "String").map((s) => [s.getAttribute("id"), localized(s)] as const),
    );
    for (const id of ["CommandsGroup.Label", "TaskpaneButton.Label"]) {
      expect([id, strings.get(id)?.get("default")]).toEqual([id, "年度总结助手"]);
      expect([id, strings.get(id)?.get("en-US")]).toEqual([id, "Annual Summary Assistant"]);
    }
    const readme = fs.readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");
    expect(readme).toContain("点 **年度总结助手**");
  });

  it("targets Excel workbooks with ExcelApi 1.1 and ReadWriteDocument", () => {
    const hosts = childElements(child(root, "Hosts")).map((h) => h.getAttribute("Name"));
    expect(hosts).toEqual(["Workbook"]);
    const sets = child(child(root, "Requirements"), "Sets");
    expect(sets.getAttribute("DefaultMinVersion")).toBe("1.1");
    const required = childElements(sets).map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]);
    expect(required).toEqual([["ExcelApi", "1.1"]]);
    expect(child(root, "Permissions").textContent).toBe("ReadWriteDocument");
  });

  it("adds a Home-tab button that shows the task pane", () => {
    const overrides = child(root, "VersionOverrides");
    expect(overrides.namespaceURI).toBe(NS.overrides);
    expect(xsiType(overrides)).toBe("VersionOverridesV1_0");
    const tabs = descendants(overrides, NS.overrides, "OfficeTab");
    expect(tabs.map((t) => t.getAttribute("id"))).toEqual(["TabHome"]);
    const actions = descendants(tabs[0], NS.overrides, "Action");
    expect(actions).toHaveLength(1);
    expect(xsiType(actions[0])).toBe("ShowTaskpane");
    expect(child(actions[0], "TaskpaneId").textContent).toBe("ButtonId1");
  });

  it("resolves every resid to a resource of the right kind", () => {
    const resources = child(child(root, "VersionOverrides"), "Resources");
    const ids = (kind: string, item: string): Set<string> =>
      new Set(
        descendants(resources, NS.basicTypes, kind).flatMap((k) =>
          descendants(k, NS.basicTypes, item).map((e) => e.getAttribute("id") ?? ""),
        ),
      );
    const images = ids("Images", "Image");
    const urls = ids("Urls", "Url");
    const shortStrings = ids("ShortStrings", "String");
    const longStrings = ids("LongStrings", "String");
    const expectedKind: Record<string, Set<string>> = {
      Image: images,
      FunctionFile: urls,
      SourceLocation: urls,
      LearnMoreUrl: urls,
      Label: shortStrings,
      Title: shortStrings,
      Description: longStrings,
    };
    const users = Array.from(doc.getElementsByTagName("*") as unknown as ArrayLike<Element>).filter((e) =>
      e.hasAttribute("resid"),
    );
    expect(users.length).toBeGreaterThan(0);
    for (const e of users) {
      const pool = expectedKind[e.localName];
      expect([e.localName, e.getAttribute("resid"), pool?.has(e.getAttribute("resid") ?? "")]).toEqual([
        e.localName,
        e.getAttribute("resid"),
        true,
      ]);
    }
    const iconSizes = descendants(resources, NS.basicTypes, "Image").map((i) => i.getAttribute("id"));
    expect(iconSizes).toEqual(["Icon.16x16", "Icon.32x32", "Icon.80x80"]);
  });

  it("uses only https URLs under the dev base URL that point at files the build produces", async () => {
    const outputs = await buildOutputs();
    const urls = allUrls(doc);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(url.startsWith(DEV_BASE_URL) ? "ok" : url).toBe("ok");
      const file = url.slice(DEV_BASE_URL.length).split(/[?#]/)[0];
      expect(outputs.has(file) ? "ok" : `${url} → ${file} is not a build output`).toBe("ok");
    }
    for (const page of ["taskpane.html", "commands.html", "support.html", "manifest.xml"]) {
      expect(outputs).toContain(page);
    }
  });

  it("has every referenced icon in assets/ as a PNG of the declared size", () => {
    const iconFiles = allUrls(doc)
      .map((url) => url.slice(DEV_BASE_URL.length))
      .filter((file) => file.startsWith("assets/"));
    expect(iconFiles.length).toBeGreaterThanOrEqual(4);
    for (const file of iconFiles) {
      const png = fs.readFileSync(path.join(ROOT, file));
      expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
      const size = Number(/icon-(\d+)\.png$/.exec(file)?.[1]);
      expect([file, png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([file, size, size]);
    }
    for (const size of [16, 32, 64, 80]) expect(fs.existsSync(path.join(ROOT, `assets/icon-${size}.png`))).toBe(true);
  });

  it("is accepted by office-addin-manifest info (offline)", () => {
    const bin = path.join(
      ROOT,
      "node_modules",
      ".bin",
      process.platform === "win32" ? "office-addin-manifest.cmd" : "office-addin-manifest",
    );
    const output = execFileSync(bin, ["info", MANIFEST_PATH], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
    expect(output).toContain(`Id: ${child(root, "Id").textContent}`);
    expect(output).toContain("Type: TaskPaneApp");
    expect(output).toContain("Default Locale: zh-CN");
    expect(output).toContain("Permissions: ReadWriteDocument");
  });
});
