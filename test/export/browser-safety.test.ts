import { promises as fs } from "fs";
import * as path from "path";
import { buildDocx } from "../../src/export/docx-document";
import { SAMPLE_DOCUMENT } from "./fixtures/sample-document";

const EXPORT_DIR = path.resolve(__dirname, "../../src/export");

describe("src/export in the browser", () => {
  it("imports nothing of Node's (fs, path, Buffer …) — the task pane bundles it", async () => {
    const files = (await fs.readdir(EXPORT_DIR)).filter((f) => f.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const source = await fs.readFile(path.join(EXPORT_DIR, file), "utf8");
      const imports = [...source.matchAll(/from "([^"]+)"/g)].map((m) => m[1]);
      expect({
        file,
        imports: imports.filter((i) => !(i === "docx" || i?.startsWith("./") || i?.startsWith("../core/"))),
      }).toEqual({ file, imports: [] });
      const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
      expect({ file, usesBuffer: /\bBuffer\b|\bprocess\./.test(code) }).toEqual({ file, usesBuffer: false });
    }
  });

  it("builds the .docx without Node's Buffer", async () => {
    const saved = globalThis.Buffer;
    try {
      (globalThis as { Buffer?: unknown }).Buffer = undefined;
      const bytes = await buildDocx(SAMPLE_DOCUMENT);
      expect(bytes.byteLength).toBeGreaterThan(5000);
    } finally {
      globalThis.Buffer = saved;
    }
  });
});
