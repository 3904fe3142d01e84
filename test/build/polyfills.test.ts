/**
 * The pane's polyfills cover what its code calls. Office 2016/2019 show the pane in Internet
 * Explorer 11, and polyfills.ts imports core-js by feature, only what the code uses; a call to an
 * ES2015+ library member that nothing polyfills works in every test browser and fails in IE11.
 * test/e2e/browser/ie11-runtime.test.ts proves the paths it runs in an IE11-like frame; this scans
 * every source file of the pane's bundles for the members IE11 lacks, so that a new call is
 * caught by `npm test` wherever it is. Members no core-js module supplies are refused outright.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");

/** What the task pane's bundle brings, and what the Word export chunk adds when it loads. */
const PANE_POLYFILLS = path.join(ROOT, "src", "taskpane", "polyfills.ts");
const DOCX_POLYFILLS = path.join(ROOT, "src", "taskpane", "docx-chunk.ts");

/** A member IE11 lacks, as it is called in source, and the core-js module that supplies it. */
const POLYFILLED: readonly (readonly [RegExp, string])[] = [
  [/\.fill\(/, "core-js/es/array/fill"],
  [/\.find\(/, "core-js/es/array/find"],
  [/\.findIndex\(/, "core-js/es/array/find-index"],
  [/\.findLast(Index)?\(/, "core-js/es/array/find-last"],
  [/\.includes\(/, "core-js/es/array/includes"],
  [/\.includes\(/, "core-js/es/string/includes"],
  [/\.flat\(/, "core-js/es/array/flat"],
  [/\.flatMap\(/, "core-js/es/array/flat-map"],
  [/\.copyWithin\(/, "core-js/es/array/copy-within"],
  [/\bArray\.from\b/, "core-js/es/array/from"],
  [/\bArray\.of\b/, "core-js/es/array/of"],
  [/\bObject\.assign\b/, "core-js/es/object/assign"],
  [/\bObject\.entries\b/, "core-js/es/object/entries"],
  [/\bObject\.values\b/, "core-js/es/object/values"],
  [/\bObject\.fromEntries\b/, "core-js/es/object/from-entries"],
  [/\bObject\.is\(/, "core-js/es/object/is"],
  [/\.startsWith\(/, "core-js/es/string/starts-with"],
  [/\.endsWith\(/, "core-js/es/string/ends-with"],
  [/\.repeat\(/, "core-js/es/string/repeat"],
  [/\.padStart\(/, "core-js/es/string/pad-start"],
  [/\.padEnd\(/, "core-js/es/string/pad-end"],
  [/\.trimStart\(/, "core-js/es/string/trim-start"],
  [/\.trimEnd\(/, "core-js/es/string/trim-end"],
  [/\.matchAll\(/, "core-js/es/string/match-all"],
  [/\.replaceAll\(/, "core-js/es/string/replace-all"],
  [/\.codePointAt\(/, "core-js/es/string/code-point-at"],
  [/\bString\.fromCodePoint\b/, "core-js/es/string/from-code-point"],
  [/\bString\.raw\b/, "core-js/es/string/raw"],
  [/\bNumber\.isFinite\b/, "core-js/es/number/is-finite"],
  [/\bNumber\.isInteger\b/, "core-js/es/number/is-integer"],
  [/\bNumber\.isNaN\b/, "core-js/es/number/is-nan"],
  [/\bNumber\.isSafeInteger\b/, "core-js/es/number/is-safe-integer"],
  [/\bNumber\.EPSILON\b/, "core-js/es/number/epsilon"],
  [/\bNumber\.MAX_SAFE_INTEGER\b/, "core-js/es/number/max-safe-integer"],
  [/\bNumber\.MIN_SAFE_INTEGER\b/, "core-js/es/number/min-safe-integer"],
  [/\bNumber\.parseFloat\b/, "core-js/es/number/parse-float"],
  [/\bNumber\.parseInt\b/, "core-js/es/number/parse-int"],
  ...[
    "imul",
    "trunc",
    "sign",
    "log10",
    "log2",
    "log1p",
    "expm1",
    "hypot",
    "cbrt",
    "clz32",
    "fround",
    "cosh",
    "sinh",
    "tanh",
    "acosh",
    "asinh",
    "atanh",
  ].map((name) => [new RegExp(`\\bMath\\.${name}\\b`), `core-js/es/math/${name}`] as const),
  [/\bnew WeakSet\b/, "core-js/es/weak-set"],
];

/** Members with no core-js polyfill (or none the bundle may carry): the code must do without. */
const REFUSED: readonly (readonly [RegExp, string])[] = [
  [/\bglobalThis\b/, "globalThis (IE11 has none; use window, or typeof on the name itself)"],
  [/\bReflect\./, "Reflect"],
  [/\bnew Proxy\b/, "Proxy"],
  [/\bfetch\(/, "fetch"],
  [/\bnew URL\(/, "the URL constructor"],
  [/\bnew URLSearchParams\b/, "URLSearchParams"],
  [/\bnew (TextEncoder|TextDecoder)\b/, "TextEncoder/TextDecoder (the export chunk installs its own encoder)"],
  [/\bstructuredClone\(/, "structuredClone"],
  [/\bqueueMicrotask\(/, "queueMicrotask"],
  [/\bnew (CustomEvent|Event|KeyboardEvent|MouseEvent|FocusEvent|InputEvent)\(/, "an event constructor"],
  [/\.(closest|toggleAttribute|replaceWith|replaceChildren)\(/, "a DOM method IE11 lacks"],
  [/\.(append|prepend)\(/, "ParentNode.append/prepend (use appendChild/insertBefore)"],
  [/\.remove\(\)/, "ChildNode.remove (use parentNode.removeChild)"],
  [/\bnew RegExp\([^)]*,\s*["'`][gimdy]*[suy]/, "a RegExp flag IE11 lacks (s, u, y)"],
];

/** The files of the pane's bundles (task pane, ribbon command, lazily loaded chunks). */
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

const BUNDLED_DIRS = ["src/core", "src/excel", "src/taskpane", "src/commands", "src/export"];
const OWN_POLYFILLS = new Set([
  PANE_POLYFILLS,
  DOCX_POLYFILLS,
  path.join(ROOT, "src/taskpane/text-encoder-polyfill.ts"),
]);

/** Source without comments, line by line, so that only code is matched. */
function codeLines(file: string): string[] {
  const text = fs
    .readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, " "))
    .replace(/(^|[^:\\])\/\/.*$/gm, "$1");
  return text.split("\n");
}

function imports(file: string): Set<string> {
  return new Set(Array.from(fs.readFileSync(file, "utf8").matchAll(/^import "([^"]+)";$/gm), (m) => m[1]));
}

describe("the pane's polyfills (Internet Explorer 11)", () => {
  const files = BUNDLED_DIRS.flatMap((d) => sourceFiles(path.join(ROOT, d))).filter((f) => !OWN_POLYFILLS.has(f));
  const pane = imports(PANE_POLYFILLS);
  const withDocx = new Set([...pane, ...imports(DOCX_POLYFILLS)]);

  it("finds the pane's source files", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(pane.has("core-js/es/math/imul")).toBe(true);
  });

  it("imports a core-js module for every ES2015+ member the code calls", () => {
    const missing: string[] = [];
    for (const file of files) {
      // src/export runs only in the Word export chunk, after docx-chunk.ts's imports.
      const available = file.includes(`${path.sep}src${path.sep}export${path.sep}`) ? withDocx : pane;
      codeLines(file).forEach((line, i) => {
        for (const [pattern, module] of POLYFILLED) {
          if (pattern.test(line) && !available.has(module))
            missing.push(`${path.relative(ROOT, file)}:${i + 1} needs import "${module}"`);
        }
      });
    }
    expect(missing).toEqual([]);
  });

  it("uses nothing IE11 lacks that no polyfill supplies", () => {
    const refused: string[] = [];
    for (const file of files) {
      codeLines(file).forEach((line, i) => {
        for (const [pattern, what] of REFUSED) {
          if (pattern.test(line)) refused.push(`${path.relative(ROOT, file)}:${i + 1} uses ${what}`);
        }
      });
    }
    expect(refused).toEqual([]);
  });
});
