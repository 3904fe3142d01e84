/**
 * The reference documents the tests read are copies of the team's shared/reference folder. Where
 * that folder sits beside the clone, each copy must be byte-identical to it, so no test passes
 * against an outdated seed report or sample. A clean clone without the folder (CI) has only the copies.
 */
import * as fs from "fs";
import * as path from "path";
import { REFERENCE_COPIES, SHARED_REFERENCE } from "../support/shared-reference";

const COPIES = fs.readdirSync(REFERENCE_COPIES).sort();

describe("reference copies", () => {
  it("hold the documents the tests read", () => {
    expect(COPIES).toEqual([
      "report-reference.md",
      "sample-data.md",
      "seed-report.txt",
      "wording-pairs.tsv",
      "wording-whitelist.tsv",
    ]);
  });

  (SHARED_REFERENCE ? it.each(COPIES) : it.skip.each(COPIES))("%s is identical to shared/reference", (name) => {
    const shared = fs.readFileSync(path.join(SHARED_REFERENCE ?? "", name));
    expect(fs.readFileSync(path.join(REFERENCE_COPIES, name)).equals(shared)).toBe(true);
  });
});

describe("design copy", () => {
  const copy = path.join(__dirname, "..", "..", "docs", "design.md");
  const shared = SHARED_REFERENCE ? path.join(SHARED_REFERENCE, "..", "DESIGN.md") : null;

  it("is in the repository, where the README links to it", () => {
    const readme = fs.readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");
    expect(fs.existsSync(copy)).toBe(true);
    expect(readme).toContain("](docs/design.md)");
    expect(readme).not.toMatch(/\]\((?:\.\.\/)*(?:shared\/)?DESIGN\.md\)/);
  });

  (shared && fs.existsSync(shared) ? it : it.skip)("is identical to the team's shared/DESIGN.md", () => {
    expect(fs.readFileSync(copy).equals(fs.readFileSync(shared ?? ""))).toBe(true);
  });
});
