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

  it("gives every rule its test file, named after it, that runs its valid and invalid rows", () => {
    for (const rule of RULES) {
      const file = path.join(__dirname, `${rule.id}.test.ts`);
      expect([rule.id, fs.existsSync(file)]).toEqual([rule.id, true]);
      expect(fs.readFileSync(file, "utf8")).toMatch(/\btestRule\(/);
    }
  });

  it("keeps at least 50 invalid rows across the rule tests (the bad-input corpus)", () => {
    // each invalid(…) call is one row (cell-value.test.ts writes one call for its 77 bad values × columns)
    const rows = RULES.map(
      (rule) => fs.readFileSync(path.join(__dirname, `${rule.id}.test.ts`), "utf8").match(/\binvalid\(/g)?.length ?? 0,
    );
    expect(rows.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(50);
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
