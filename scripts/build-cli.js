/**
 * Builds the command line into lib/ (tsc -p tsconfig.cli.json) when a source it is compiled from
 * is newer than lib/, and does nothing otherwise. `npm ci` runs it once (the "prepare" script), so
 * the README's first `npm run demo` does not wait for a compiler; `npm run demo` runs it again,
 * so a lib/ older than the sources is rebuilt rather than run.
 *
 *   node scripts/build-cli.js [--force]
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const BUILT = path.join(ROOT, "lib", "cli", "main.js");
/** What lib/ is compiled from: the CLI's folders (and what they import) and the build settings. */
const SOURCES = ["src/cli", "src/core", "src/export", "tsconfig.cli.json", "tsconfig.json", "package.json"];

function newest(file) {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(file).reduce((most, name) => Math.max(most, newest(path.join(file, name))), stat.mtimeMs);
}

function isStale() {
  const built = fs.statSync(BUILT, { throwIfNoEntry: false });
  if (!built) return true;
  return SOURCES.some((source) => newest(path.join(ROOT, source)) > built.mtimeMs);
}

if (process.argv.includes("--force") || isStale()) {
  let tsc;
  try {
    tsc = require.resolve("typescript/bin/tsc", { paths: [ROOT] });
  } catch {
    // an install without development dependencies: nothing to build with
    process.stderr.write("build-cli: TypeScript is not installed; lib/ not built\n");
    process.exit(0);
  }
  const result = spawnSync(process.execPath, [tsc, "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
  // tsc leaves a file it did not need to rewrite as it was: mark the build as done now
  const now = new Date();
  fs.utimesSync(BUILT, now, now);
}
