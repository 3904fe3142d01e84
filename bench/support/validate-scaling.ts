/**
 * 校验 alone as rows grow (it was a timed unit test, test/core/validate-linear.test.ts; DESIGN.md
 * measures speed here): validate on 10,000 and on 100,000 在建项目 rows, with a spun phrase and a
 * unit typed into a number now and then so that every rule has work to do. Linear growth is 10×;
 * a rule that compared rows pairwise would be 100×.
 */
import type { RawCell, RawWorkbook } from "../../src/core/raw-cell";
import { parseWorkbook } from "../../src/core/parse-workbook";
import { SAMPLE_DATA, type SampleRow } from "../../src/core/sample-data";
import { layoutSheet, sampleRawWorkbook } from "../../src/core/sample-workbook";
import { validate } from "../../src/core/validate";
import { collectGarbage, median, now, round } from "./stats";

/** The sample with `count` 在建项目 rows: unique names, a spun phrase every 97th, 3.5亿元 every 101st. */
export function scalingWorkbook(count: number): RawWorkbook {
  const base = SAMPLE_DATA.projects.rows;
  const rows: SampleRow[] = [];
  for (let i = 0; i < count; i++) {
    const row = base[i % base.length] as SampleRow;
    const status: RawCell = i % 97 === 0 ? "二期工程明年春天起动" : (row["status"] ?? null);
    const totalInvestment: RawCell = i % 101 === 0 ? "3.5亿元" : (row["totalInvestment"] ?? null);
    rows.push({ ...row, index: i + 1, name: `项目${i}`, status, totalInvestment });
  }
  const sample = sampleRawWorkbook();
  const sheets = sample.sheets.map((s) => (s.name === "在建项目" ? layoutSheet("projects", { rows }) : s));
  return { sheetNames: sample.sheetNames, sheets };
}

export interface ValidateTiming {
  readonly rows: number;
  /** Issues found (they grow with the rows too: the workbook is not trivially clean). */
  readonly issues: number;
  /** Median wall time of validate on the parsed workbook. */
  readonly ms: number;
  readonly allMs: readonly number[];
}

/**
 * validate alone (the workbook parsed beforehand), median of `runs`, after warm-up runs until a
 * second has gone by (at most 20), so that the smaller size is timed with optimised code too.
 */
export function timeValidate(rows: number, runs: number): ValidateTiming {
  const data = parseWorkbook(scalingWorkbook(rows));
  let issues = 0;
  const warmStart = now();
  for (let i = 0; i < 20 && (i < 1 || now() - warmStart < 1000); i++) issues = validate(data).length;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const started = now();
    issues = validate(data).length;
    samples.push(now() - started);
  }
  return { rows, issues, ms: round(median(samples)), allMs: samples.map((t) => round(t)) };
}
