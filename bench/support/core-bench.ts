/** Wall time of the core stages (read/parse → validate → render → plan), median of several runs. */
import { GENERATE_STAGES, startGenerate, type GenerateStage } from "../../src/core/generate-stages";
import type { RawWorkbook } from "../../src/core/raw-cell";
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
