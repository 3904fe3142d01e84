/**
 * The build configuration's promises: ES5 output, the Content-Security-Policy, office.js from the
 * CDN or from the project's own files, the production base URL, and no development certificates
 * unless the dev server runs.
 */
import * as path from "path";

interface Pattern {
  readonly from: string;
  readonly to: string;
  readonly transform?: (content: Buffer) => string | Buffer;
}
interface Config {
  readonly target: string[];
  readonly output: { environment: Record<string, boolean> };
  readonly plugins: Array<{
    userOptions?: { templateParameters?: { csp: string; officeJsUrl: string } };
    patterns?: Pattern[];
  }>;
  readonly devServer?: unknown;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require(path.resolve(__dirname, "..", "..", "webpack.config.js")) as (
  env: Record<string, unknown>,
  options: { mode: string },
) => Promise<Config>;

function pageParameters(config: Config): { csp: string; officeJsUrl: string } {
  const page = config.plugins.find((p) => p.userOptions?.templateParameters);
  if (!page?.userOptions?.templateParameters) throw new Error("no HtmlWebpackPlugin with templateParameters");
  return page.userOptions.templateParameters;
}

function patterns(config: Config): Pattern[] {
  return config.plugins.flatMap((p) => p.patterns ?? []);
}

describe("webpack.config.js", () => {
  const savedEnv = { ...process.env };
  afterEach(() => {
    process.env = { ...savedEnv };
  });

  it("emits ES5, webpack runtime included", async () => {
    const config = await makeConfig({}, { mode: "production" });
    expect(config.target).toContain("es5");
    for (const [feature, enabled] of Object.entries(config.output.environment)) {
      expect([feature, enabled]).toEqual([feature, false]);
    }
  });

  it("does not configure the dev server (or read dev certificates) for a build", async () => {
    expect((await makeConfig({}, { mode: "production" })).devServer).toBeUndefined();
    expect((await makeConfig({}, { mode: "development" })).devServer).toBeUndefined();
  });

  it("loads office.js from Microsoft's CDN by default and allows only that origin besides 'self'", async () => {
    delete process.env.OFFICE_JS;
    const { csp, officeJsUrl } = pageParameters(await makeConfig({}, { mode: "production" }));
    expect(officeJsUrl).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain("unsafe");
    const origins = csp.match(/https?:\/\/[^\s;]+/g) ?? [];
    expect(origins).toEqual(["https://appsforoffice.microsoft.com"]);
  });

  it.each([
    ["--env officejs=local", { officejs: "local" }, undefined],
    ["OFFICE_JS=local", {}, "local"],
  ])("serves office.js from the project's own files with %s", async (_, env, officeJsVar) => {
    if (officeJsVar) process.env.OFFICE_JS = officeJsVar;
    const config = await makeConfig(env, { mode: "production" });
    const { csp, officeJsUrl } = pageParameters(config);
    expect(officeJsUrl).toBe("office-js/office.js");
    expect(csp).not.toMatch(/https?:/);
    expect(csp).toContain("script-src 'self';");
    const officeJs = patterns(config).find((p) => p.to === "office-js");
    expect(officeJs?.from).toMatch(/@microsoft[\\/]office-js[\\/]dist$/);
  });

  it("rewrites the dev base URL in the manifest to ADDIN_BASE_URL in production only", async () => {
    process.env.ADDIN_BASE_URL = "https://addins.example.gov.cn/annual";
    const manifest = Buffer.from('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
    const rewrite = async (mode: string): Promise<string> => {
      const pattern = patterns(await makeConfig({}, { mode })).find((p) => p.from.startsWith("manifest"));
      if (!pattern?.transform) throw new Error("no manifest copy pattern");
      return pattern.transform(manifest).toString();
    };
    expect(await rewrite("production")).toBe(
      '<SourceLocation DefaultValue="https://addins.example.gov.cn/annual/taskpane.html"/>',
    );
    expect(await rewrite("development")).toBe(manifest.toString());
  });

  it("refuses a non-https ADDIN_BASE_URL", async () => {
    process.env.ADDIN_BASE_URL = "http://intranet/addin/";
    await expect(makeConfig({}, { mode: "production" })).rejects.toThrow(/https/);
  });
});
