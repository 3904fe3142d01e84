/**
 * The command line as a process (node lib/cli/main.js): what a shell sees — exit status, stdout
 * and stderr — when the output is cut short or the environment asks for English help.
 */
import { execFileSync } from "child_process";
import { promises as fs } from "fs";
import * as path from "path";
import { MAIN_JS, buildCli, makeTempDir, sampleBytes, spawnCli } from "./support/cli-harness";

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("annual-summary-process-");
  buildCli();
}, 120000);
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("annual-summary as a process", () => {
  it("stops quietly when the reader of its output has gone (… | head)", async () => {
    const input = path.join(dir, "sample.xlsx");
    await fs.writeFile(input, await sampleBytes());
    const script = `node ${JSON.stringify(MAIN_JS)} generate ${JSON.stringify(input)} 2>${JSON.stringify(path.join(dir, "stderr.txt"))} | true; echo "\${PIPESTATUS[0]}"`;
    const status = execFileSync("bash", ["-c", script], { encoding: "utf8" }).trim();
    const stderr = await fs.readFile(path.join(dir, "stderr.txt"), "utf8");
    expect(status).toBe("0");
    expect(stderr).not.toMatch(/\bat .+:\d+:\d+|Error:|EPIPE/);
  }, 30000);

  it("prints English help when the locale is English, and its version", async () => {
    const english = await spawnCli(["--help"], { env: { ...process.env, LANG: "en_US.UTF-8", LC_ALL: "" } });
    expect(english.code).toBe(0);
    expect(english.stdout.startsWith("Usage:")).toBe(true);
    const chinese = await spawnCli(["--help"], { env: { ...process.env, LANG: "zh_CN.UTF-8", LC_ALL: "" } });
    expect(chinese.stdout.startsWith("用法：")).toBe(true);
    const version = await spawnCli(["--version"]);
    expect(version.stdout).toMatch(/^annual-summary \d+\.\d+\.\d+\n$/);
  }, 30000);

  it("answers a usage mistake with one line", async () => {
    const r = await spawnCli(["generate", "a.xlsx", "--bogus"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("错误：未知选项 --bogus（用法见 annual-summary --help）\n");
  }, 30000);
});
