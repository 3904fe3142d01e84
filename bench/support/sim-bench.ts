/**
 * The 生成文字稿 action on the simulated host with Excel on the web's limits (5 MB request, 5 MB
 * response): syncs, request and response sizes, and the simulated time of the round trips — and
 * the naive baseline, the same writes made one cell per sync().
 *
 * Simulated time (a model of Excel on the web, not a measurement): every sync costs a 60 ms round
 * trip plus its request and response bytes at 2 MB/s.
 */
import { parseCellAddress, rangeAddress } from "../../src/core/a1";
import { generate as generateCore } from "../../src/core/generate";
import type { PlanStep, WritePlan } from "../../src/core/plan";
import type { RawWorkbook } from "../../src/core/raw-cell";
import { applyPlan } from "../../src/excel/apply-plan";
import { readWorkbook } from "../../src/excel/read-workbook";
import { detectSupport } from "../../src/excel/requirements";
import { generate, validate } from "../../src/excel/run-actions";
import { SimExcelHost } from "../../src/sim-excel";
import type { SimRequestRecord } from "../../src/sim-excel/request-context";

export const LIMIT_BYTES = 5 * 1024 * 1024;
export const ROUND_TRIP_MS = 60;
export const BYTES_PER_SECOND = 2 * 1024 * 1024;

/** The model: 60 ms a sync plus bytes at 2 MB/s. */
export function simulatedMs(requests: readonly SimRequestRecord[]): number {
  return requests.reduce(
    (ms, r) => ms + ROUND_TRIP_MS + ((r.requestBytes + r.responseBytes) / BYTES_PER_SECOND) * 1000,
    0,
  );
}

export interface HostRun {
  readonly ok: boolean;
  readonly error?: string;
  readonly syncs: number;
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  /** Sum of every request's bytes (what the add-in sends to Excel). */
  readonly totalBytesWritten: number;
  /** Sum of every response's bytes (what Excel sends back). */
  readonly totalBytesRead: number;
  readonly simulatedMs: number;
  /** The host's own time for the action (simulator and HyperFormula included; not a budget). */
  readonly hostWallMs: number;
}

function summarise(host: SimExcelHost, ok: boolean, error: string | undefined, wallMs: number): HostRun {
  const stats = host.stats;
  return {
    ok,
    error,
    syncs: stats.syncCount,
    maxRequestBytes: stats.maxRequestBytes,
    maxResponseBytes: stats.maxResponseBytes,
    totalBytesWritten: stats.requests.reduce((s, r) => s + r.requestBytes, 0),
    totalBytesRead: stats.requests.reduce((s, r) => s + r.responseBytes, 0),
    simulatedMs: Math.round(simulatedMs(stats.requests)),
    hostWallMs: Math.round(wallMs),
  };
}

function newHost(raw: RawWorkbook): SimExcelHost {
  const host = SimExcelHost.fromRawWorkbook(raw, {
    level: "latest",
    maxRequestBytes: LIMIT_BYTES,
    maxResponseBytes: LIMIT_BYTES,
  });
  host.resetStats();
  return host;
}

/** The pane's 生成文字稿 action (src/excel/run-actions.ts) on a fresh host holding `raw`. */
export async function runAdapter(raw: RawWorkbook): Promise<{ run: HostRun; host: SimExcelHost }> {
  const host = newHost(raw);
  const restore = host.install();
  const started = performance.now();
  try {
    const outcome = await generate();
    const wall = performance.now() - started;
    return {
      run: summarise(host, outcome.ok, outcome.ok ? undefined : `${outcome.error.code}: ${outcome.error.detail}`, wall),
      host,
    };
  } finally {
    restore();
  }
}

/** Every value, formula and number-format step cut into one step per cell (row by row). */
export function oneCellSteps(plan: WritePlan): WritePlan {
  const steps: PlanStep[] = [];
  for (const step of plan.steps) {
    if (step.kind !== "setValues" && step.kind !== "setFormulas" && step.kind !== "setNumberFormats") {
      steps.push(step);
      continue;
    }
    const start = parseCellAddress(step.address.split(":")[0] ?? "");
    if (!start) throw new Error(`bad address ${step.address}`);
    const grid = step.kind === "setValues" ? step.values : step.kind === "setFormulas" ? step.formulas : step.formats;
    grid.forEach((row, r) =>
      row.forEach((_, c) => {
        const address = rangeAddress(start.row + r, start.column + c, 1, 1);
        if (step.kind === "setValues") steps.push({ ...step, address, values: [[step.values[r]?.[c] ?? null]] });
        else if (step.kind === "setFormulas")
          steps.push({ ...step, address, formulas: [[step.formulas[r]?.[c] ?? ""]] });
        else steps.push({ ...step, address, formats: [[step.formats[r]?.[c] ?? "General"]] });
      }),
    );
  }
  return { steps };
}

/**
 * The naive baseline: the same read, the same plan, but every cell written in a sync of its own
 * (applyPlan with a request budget of one byte puts each step in its own batch; the plan is cut
 * into one-cell steps first). Only for comparison — never a product path.
 */
export async function runNaive(raw: RawWorkbook): Promise<{ run: HostRun; host: SimExcelHost }> {
  const host = newHost(raw);
  const restore = host.install();
  const started = performance.now();
  try {
    await Excel.run(async (context) => {
      const support = detectSupport();
      const read = await readWorkbook(context, support);
      const plan = oneCellSteps(generateCore(read.workbook).plan);
      await applyPlan(context, plan, support, {
        maxRequestBytes: 1,
        existingSheets: read.workbook.sheetNames,
        ownedHighlights: read.ownedHighlights,
      });
    });
    return { run: summarise(host, true, undefined, performance.now() - started), host };
  } catch (error) {
    return { run: summarise(host, false, String(error), performance.now() - started), host };
  } finally {
    restore();
  }
}

/**
 * 校验 on a fresh host holding `raw`, then 校验 again (the second run deletes the first run's
 * highlights before marking the cells anew): each run's syncs and largest request, for the budget
 * "every request under 5 MB whatever the number of flagged cells".
 */
export async function runValidateTwice(raw: RawWorkbook): Promise<{ first: HostRun; again: HostRun }> {
  const host = newHost(raw);
  const restore = host.install();
  try {
    const once = async (): Promise<HostRun> => {
      host.resetStats();
      const started = performance.now();
      const outcome = await validate();
      const error = outcome.ok ? undefined : `${outcome.error.code}: ${outcome.error.detail}`;
      return summarise(host, outcome.ok, error, performance.now() - started);
    };
    const first = await once();
    const again = await once();
    return { first, again };
  } finally {
    restore();
  }
}
