/**
 * A pane backend over a workbook in memory, for the pane's unit tests: `run` reads `workbook`
 * (the report asked for, as the hosts find it), lets the action decide and records what it would
 * write; nothing is applied. Counts the runs (each one read of the workbook), the plans with
 * steps, and the cells gone to.
 */
import type { ActionPhase, HostAction, HostReport } from "../../src/core/host-action";
import type { WritePlan } from "../../src/core/plan";
import type { RawWorkbook } from "../../src/core/raw-cell";
import { DEFAULT_REPORT, findReport } from "../../src/core/report-types";
import type { PaneBackend } from "../../src/taskpane/backend";

export interface FakeBackend extends PaneBackend {
  /** The workbook each run reads; tests may replace it between runs. */
  workbook: RawWorkbook;
  /** What the host reports beside every result. */
  report: HostReport;
  /** Runs so far (each one batched read). */
  runs: number;
  /** Plans the actions decided to write, in order (empty plans left out). */
  readonly writes: WritePlan[];
  /** Progress phases reported, in order. */
  readonly phases: ActionPhase[];
  /** "sheet!cell" of every goToCell. */
  readonly visited: string[];
  /** When set, the next run rejects with it (once). */
  failNext?: Error;
}

export function fakeBackend(workbook: RawWorkbook): FakeBackend {
  const backend: FakeBackend = {
    workbook,
    report: { skipped: [], blocked: [] },
    runs: 0,
    writes: [],
    phases: [],
    visited: [],
    run<T>(action: HostAction<T>, progress: (phase: ActionPhase) => void): Promise<T & HostReport> {
      backend.runs++;
      const failure = backend.failNext;
      backend.failNext = undefined;
      if (failure) return Promise.reject(failure);
      const request = action.read ?? {};
      const raw = backend.workbook;
      const report = findReport(raw.sheetNames, request.report) ?? DEFAULT_REPORT;
      return (action.prepare ? action.prepare() : Promise.resolve())
        .then(() => {
          progress("reading");
          backend.phases.push("reading");
          progress("computing");
          backend.phases.push("computing");
          return action.decide({ workbook: raw, report }, () => Promise.resolve());
        })
        .then((decision) => {
          if (decision.plan.steps.length > 0) {
            progress("writing");
            backend.phases.push("writing");
            backend.writes.push(decision.plan);
          }
          return { ...decision.result, ...backend.report };
        });
    },
    goToCell(sheet: string, cell: string): Promise<void> {
      backend.visited.push(`${sheet}!${cell}`);
      return Promise.resolve();
    },
  };
  return backend;
}
