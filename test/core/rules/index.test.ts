import * as fs from "fs";
import * as path from "path";
import { SEVERITY_LABEL } from "../../../src/core/issue";
import { issueCodes, RULES } from "../../../src/core/rules/index";

describe("RULES", () => {
  it("gives every rule a kebab-case id that is also its file name", () => {
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(fs.existsSync(path.join(__dirname, "../../../src/core/rules", `${rule.id}.ts`))).toBe(true);
    }
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it("keeps every issue code unique across rules and kebab-case", () => {
    const codes = issueCodes().map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it("writes every message and suggestion in Chinese, naming the sheet", () => {
    for (const c of issueCodes()) {
      expect(c.message).toMatch(/[\u4e00-\u9fff]/);
      expect(c.suggestion).toMatch(/[\u4e00-\u9fff]/);
      expect(c.message).toContain("{{sheet}}");
    }
  });
});

describe("issueCodes", () => {
  it("matches the table of docs/issue-codes.md, code by code and severity by severity", () => {
    const doc = fs.readFileSync(path.join(__dirname, "../../../docs/issue-codes.md"), "utf8");
    const rows = doc
      .split("\n")
      .map((l) => /^\| `([a-z-]+)` \| (\S+) \|/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1], m[2]]);
    expect(rows).toEqual(issueCodes().map((c) => [c.code, SEVERITY_LABEL[c.severity]]));
  });
});
