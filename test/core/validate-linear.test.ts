/**
 * A rough check that validation grows linearly with rows (the time budget belongs to
 * `npm run bench`): 100,000 project rows take well under 25 times as long as 10,000.
 */
import type { RawCell, RawWorkbook } from "../../src/core/raw-cell";
import { parseWorkbook } from "../../src/core/parse-workbook";
import { SAMPLE_DATA, type SampleRow } from "../../src/core/sample-data";
import { layoutSheet, sampleRawWorkbook } from "../../src/core/sample-workbook";
import { validate } from "../../src/core/validate";

function withProjects(count: number): RawWorkbook {
  const base = SAMPLE_DATA.projects.rows;
  const rows: SampleRow[] = [];
  for (let i = 0; i < count; i++) {
    const row = base[i % base.length]!;
    // unique names, a spun phrase and a bad value now and then, so every rule has work to do
    const status: RawCell = i % 97 === 0 ? "二期工程明年春天起动" : (row.status ?? null);
    const totalInvestment: RawCell = i % 101 === 0 ? "3.5亿元" : (row.totalInvestment ?? null);
    rows.push({ ...row, index: i + 1, name: `项目${i}`, status, totalInvestment });
  }
  const sample = sampleRawWorkbook();
  const sheets = sample.sheets.map((s) => (s.name === "在建项目" ? layoutSheet("projects", { rows }) : s));
  return { sheetNames: sample.sheetNames, sheets };
}

function time(workbook: RawWorkbook): { ms: number; issues: number } {
  const data = parseWorkbook(workbook);
  const started = process.hrtime.bigint();
  const issues = validate(data).length;
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, issues };
}

describe("validate (scaling)", () => {
  it("grows roughly linearly from 10,000 to 100,000 project rows", () => {
    const small = withProjects(10_000);
    const large = withProjects(100_000);
    time(small); // warm up
    // the fastest of three runs each: other test files run beside this one and pause it at random
    const fastest = (workbook: RawWorkbook): { ms: number; issues: number } =>
      [time(workbook), time(workbook), time(workbook)].reduce((x, y) => (y.ms < x.ms ? y : x));
    const a = fastest(small);
    const b = fastest(large);
    expect(b.issues).toBeGreaterThan(a.issues * 9);
    expect(b.ms / Math.max(a.ms, 1)).toBeLessThan(25);
  }, 120_000);
});
