import * as fs from "fs";
import * as path from "path";
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
