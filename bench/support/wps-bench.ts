/**
 * 生成文字稿 in the WPS edition on the simulated WPS 表格: every call into WPS counted (each property
 * read or write and each method call crosses from the pane's page into WPS, synchronously). The
 * budget is a number of calls that does not grow with the rows: the read takes whole ranges, the
 * write whole blocks.
 */
import { generateAction } from "../../src/core/actions/generate-action";
import type { RawWorkbook } from "../../src/core/raw-cell";
import { SimWpsHost } from "../../src/sim-wps/host";
import { runWpsAction } from "../../src/wps/wps-actions";
import { now, round } from "./stats";

export interface WpsRun {
  readonly rows: number;
  readonly ok: boolean;
  readonly error?: string;
  /** Calls into WPS the action made. */
  readonly calls: number;
  /** Of which writes: a property set, or a method that changes the workbook. */
  readonly writeCalls: number;
  /** The members called most, with their counts. */
  readonly topMembers: readonly (readonly [string, number])[];
  /** The simulator's own time (HyperFormula included; not a budget). */
  readonly hostWallMs: number;
}

const WRITING_METHODS = /\.(Add|Delete|Clear|Activate|Select)$/;

/** 生成文字稿 on a fresh simulated WPS holding `raw` (the workbook generated once already, as a user regenerates). */
export async function runWpsGenerate(raw: RawWorkbook, rows: number): Promise<WpsRun> {
  const host = SimWpsHost.fromRaw(raw);
  const application = host.application;
  // the second run is the one a user repeats all year: 文字稿, 校验结果 and the formulas already there
  await runWpsAction(generateAction({ editedNarrative: "replace" }), { application });
  host.resetCalls();
  const started = now();
  const outcome = await runWpsAction(generateAction({ editedNarrative: "replace" }), { application });
  const wall = now() - started;
  const byMember = host.wpsStats.byMember;
  const members = Object.keys(byMember).map((m): [string, number] => [m, byMember[m] ?? 0]);
  return {
    rows,
    ok: outcome.ok,
    error: outcome.ok ? undefined : outcome.error.userMessage,
    calls: host.wpsStats.calls,
    writeCalls: members.filter(([m]) => m.endsWith("=") || WRITING_METHODS.test(m)).reduce((s, [, n]) => s + n, 0),
    topMembers: members.sort((a, b) => b[1] - a[1]).slice(0, 5),
    hostWallMs: round(wall, 0),
  };
}
