/** Wall time of the core stages (read/parse → validate → render → plan), median of several runs. */
import { GENERATE_STAGES, startGenerate, type GenerateStage } from "../../src/core/generate";
import type { RawWorkbook } from "../../src/core/raw-cell";
import { parseWorkbook } from "../../src/core/parse-workbook";
import { forEachFreeTextCell } from "../../src/core/rules/free-text";
import { createRuleContext } from "../../src/core/rules/rule";
import { spunWording } from "../../src/core/rules/spun-wording";
import { collectGarbage, median, now, round } from "./stats";

export interface CoreTiming {
  /** Median of the runs' totals. */
  readonly coreMs: number;
  /** Median of each stage. */
  readonly stages: Readonly<Record<GenerateStage, number>>;
  readonly runs: number;
  /** Every run's total, in order. */
  readonly allMs: readonly number[];
}

/** One full generate, stage by stage, after a full GC. */
function timeOnce(raw: RawWorkbook): Record<GenerateStage, number> {
  collectGarbage();
  const times = {} as Record<GenerateStage, number>;
  const run = startGenerate(raw);
  for (;;) {
    const started = now();
    const stage = run.step();
    if (stage === undefined) break;
    times[stage] = now() - started;
  }
  run.result();
  return times;
}

/**
 * `warmups` runs at least, and more until a second has gone by (at most 50), so that small
 * workbooks are timed with optimised code, as a pane that has been used a while would run it.
 */
export function timeCore(raw: RawWorkbook, runs: number, warmups: number): CoreTiming {
  const warmStart = now();
  for (let i = 0; i < 50 && (i < warmups || now() - warmStart < 1000); i++) timeOnce(raw);
  const samples = Array.from({ length: runs }, () => timeOnce(raw));
  const totals = samples.map((s) => GENERATE_STAGES.reduce((sum, stage) => sum + s[stage], 0));
  const stages = {} as Record<GenerateStage, number>;
  for (const stage of GENERATE_STAGES) stages[stage] = round(median(samples.map((s) => s[stage])));
  return { coreMs: round(median(totals)), stages, runs, allMs: totals.map((t) => round(t)) };
}

export interface WordingTiming {
  /** Free-text cells checked (进展情况, 补充说明, 荣誉称号, 模板 内容, 备注, 说明). */
  readonly cells: number;
  /** Spun-wording issues found. */
  readonly issues: number;
  /** Median wall time of the spun-wording rule alone, on the workbook as read. */
  readonly ms: number;
  readonly allMs: readonly number[];
}

/**
 * The spun-wording check alone: the spun-wording rule over every free-text cell of the workbook
 * (read once beforehand), median of `runs` after a warm-up. It is part of the core's validate
 * stage, so it counts against the core budget too; this says how much of it is the wording.
 */
export function timeWording(raw: RawWorkbook, runs: number): WordingTiming {
  const context = createRuleContext(parseWorkbook(raw));
  let cells = 0;
  forEachFreeTextCell(context, () => {
    cells++;
  });
  let issues = spunWording.check(context).length;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const started = now();
    issues = spunWording.check(context).length;
    samples.push(now() - started);
  }
  return { cells, issues, ms: round(median(samples)), allMs: samples.map((t) => round(t)) };
}
