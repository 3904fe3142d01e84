/**
 * Programming mistakes and unusable input throw one Error subclass per condition (STYLE.md 6), in
 * one style across the product's folders (core, cli, excel, taskpane, wps): a readonly stable kebab-case `code`, the class's `name`,
 * and the prototype set, so that `instanceof` holds in the task pane's ES5 bundle too (compiled to
 * ES5, `super(message)` returns the Error that Error.call made, whose prototype is Error's; without
 * the line an instance is a plain Error). No bare `throw new Error`. A source check, cheap enough to
 * run with every test run (compiling with TypeScript here would cost seconds).
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
/** The product's folders; the simulators (src/sim-*) imitate the hosts' own errors, and the playground is a dev page. */
const FOLDERS = ["src/core", "src/cli", "src/excel", "src/taskpane", "src/wps"];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(rel);
    return entry.name.endsWith(".ts") ? [rel] : [];
  });
}

const FILES = FOLDERS.flatMap(sourceFiles).map((file) => ({
  file,
  text: fs.readFileSync(path.join(ROOT, file), "utf8"),
}));

/** Every `class X extends Error { … }` with its body (up to the closing brace at the line start). */
const CLASSES = FILES.flatMap(({ file, text }) =>
  Array.from(text.matchAll(/^(?:export )?class (\w+) extends Error \{\n([\s\S]*?)\n\}/gm), (m) => ({
    file,
    name: m[1] ?? "",
    body: m[2] ?? "",
  })),
);

describe("error classes in the product's folders", () => {
  it("are found", () => {
    expect(CLASSES.length).toBeGreaterThanOrEqual(10);
  });

  it.each(CLASSES.map((c) => [`${c.name} (${c.file})`, c] as const))(
    "%s sets its prototype and has a stable kebab-case code and its name",
    (_, c) => {
      expect(c.body).toContain("Object.setPrototypeOf(this, new.target.prototype);");
      expect(c.body).toMatch(/^ {2}readonly code = "[a-z]+(-[a-z]+)*";$/m);
      expect(c.body).toContain(`this.name = "${c.name}";`);
    },
  );

  it("has no bare throw new Error", () => {
    const bare = FILES.flatMap(({ file, text }) =>
      text
        .split("\n")
        .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
        .filter(({ line }) => /\bthrow new Error\(/.test(line) && !line.trim().startsWith("//"))
        .map(({ at }) => at),
    );
    expect(bare).toEqual([]);
  });
});
