/**
 * Golden cases: every folder under test/golden/ holds input.json (how the workbook differs from
 * the sample data), narrative.txt (the expected text, one paragraph a line) and issues.json (the
 * expected issues). Each case runs through `generate`, the pipeline every surface runs, so its
 * issues are those the user sees: validation's and the text's, merged and in display order.
 * Run with UPDATE_GOLDEN=1 to rewrite the expected files after a deliberate change — then read
 * the diff like a proofreader.
 */
import * as fs from "fs";
import * as path from "path";
import { toPlainText } from "../../src/core/document";
import { generate } from "../../src/core/generate";
import { goldenWorkbook, type GoldenInput } from "./golden-input";
import { GOLDEN } from "./golden-sentences";

const ROOT = __dirname;
const UPDATE = process.env.UPDATE_GOLDEN === "1";

const cases = fs
  .readdirSync(ROOT)
  .filter((name) => fs.existsSync(path.join(ROOT, name, "input.json")))
  .sort();

function render(name: string): { text: string; issues: string } {
  const input = JSON.parse(fs.readFileSync(path.join(ROOT, name, "input.json"), "utf8")) as GoldenInput;
  const { document, issues } = generate(goldenWorkbook(input));
  return { text: toPlainText(document), issues: `${JSON.stringify(issues, null, 2)}\n` };
}

describe("golden cases", () => {
  it("finds the cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  it.each(cases)("%s generates narrative.txt with the issues of issues.json", (name) => {
    const { text, issues } = render(name);
    const textFile = path.join(ROOT, name, "narrative.txt");
    const issuesFile = path.join(ROOT, name, "issues.json");
    if (UPDATE) {
      fs.writeFileSync(textFile, text, "utf8");
      fs.writeFileSync(issuesFile, issues, "utf8");
    }
    expect(text).toBe(fs.readFileSync(textFile, "utf8"));
    expect(text).not.toContain("项目项目");
    expect(issues).toBe(fs.readFileSync(issuesFile, "utf8"));
  });
});

describe("the sample case", () => {
  const text = fs.readFileSync(path.join(ROOT, "sample", "narrative.txt"), "utf8");

  it.each(Object.entries(GOLDEN))("contains the golden %s sentence of sample-data.md exactly", (_, sentence) => {
    expect(text).toContain(sentence);
  });
});
