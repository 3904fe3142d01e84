/** Small helpers of the benchmark: medians, a clean heap between runs, timing. */
import * as v8 from "v8";
import * as vm from "vm";

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

let collect: (() => void) | undefined;

/** A full garbage collection, so that one run's garbage is not charged to the next. */
export function collectGarbage(): void {
  if (!collect) {
    v8.setFlagsFromString("--expose-gc");
    collect = vm.runInNewContext("gc") as () => void;
  }
  collect();
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
