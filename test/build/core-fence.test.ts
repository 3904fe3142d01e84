/**
 * src/core stays pure TypeScript (DESIGN.md): `npm run lint` compiles it with tsconfig.core.json,
 * which has no DOM and no Node types, and ESLint forbids imports of adapters and Node modules.
 * A probe file in src/core that reaches for either must fail both.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");

describe("the fence around src/core", () => {
  const probe = path.join(ROOT, "src", "core", `fence-probe-${process.pid}.ts`);

  afterEach(() => fs.rmSync(probe, { force: true }));

  it("is part of npm run lint", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts["lint"]).toContain("tsc -p tsconfig.core.json");
  });

  it("fails the core's compilation on a DOM global, a Node module and an adapter import", () => {
    fs.writeFileSync(
      probe,
      [
        'import * as fs from "fs";',
        'import { readWorkbook } from "../excel/read-workbook";',
        "export const probe = [fs.readFileSync, document.title, readWorkbook];",
        "",
      ].join("\n"),
    );
    const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.core.json"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    const probeErrors = tsc.stdout.split("\n").filter((l) => l.includes(path.basename(probe)));
    expect(tsc.status).not.toBe(0);
    expect(probeErrors.join("\n")).toMatch(/Cannot find module 'fs'/);
    expect(probeErrors.join("\n")).toMatch(/Cannot find name 'document'/);
  }, 60000);

  it("is enforced by ESLint on imports of adapters and Node modules", () => {
    fs.writeFileSync(
      probe,
      'import * as fs from "fs";\nimport { readWorkbook } from "../excel/read-workbook";\nexport const probe = [fs, readWorkbook];\n',
    );
    const eslint = spawnSync(process.execPath, [path.join(ROOT, "node_modules", "eslint", "bin", "eslint.js"), probe], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(eslint.status).not.toBe(0);
    expect(eslint.stdout.match(/no-restricted-imports/g)).toHaveLength(2);
  }, 60000);
});
