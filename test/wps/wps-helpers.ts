/** Helpers for the WPS edition's tests: the simulated WPS installed as a 加载项 page's globals. */
import { hasNoInputData } from "../../src/core/actions/layout-action";
import { EMPTY_PLAN } from "../../src/core/plan";
import type { RawWorkbook } from "../../src/core/raw-cell";
import { sampleRawWorkbook } from "../../src/core/sample-workbook";
import { SimExcelHost } from "../../src/sim-excel";
import { SimWpsHost, type SimWpsOptions } from "../../src/sim-wps/host";
import type { PaneBackend } from "../../src/taskpane/backend";
import { createWpsBackend } from "../../src/wps/wps-backend";

/** Runs `fn` with `host` installed as the globals `Application` and `wps`. */
export async function inWps<T>(host: SimWpsHost, fn: (backend: PaneBackend) => Promise<T>): Promise<T> {
  const restore = host.install();
  try {
    return await fn(createWpsBackend());
  } finally {
    restore();
  }
}

/** The sample workbook in WPS. */
export function sampleWps(
  overrides: Parameters<typeof sampleRawWorkbook>[0] = {},
  options: SimWpsOptions = {},
): SimWpsHost {
  return SimWpsHost.fromRaw(sampleRawWorkbook(overrides), options);
}

/** The same workbook in the simulated Excel host, for comparing the two editions' results. */
export function excelTwin(raw: RawWorkbook): SimExcelHost {
  return SimExcelHost.fromRawWorkbook(raw);
}

/** Column A of a sheet, top to bottom. */
export function columnA(host: SimExcelHost, sheet: string): string[] {
  const snap = host.snapshot().sheets.find((s) => s.name === sheet);
  if (!snap) return [];
  return Object.keys(snap.cells)
    .filter((a) => /^A\d+$/.test(a))
    .map((a) => String(snap.cells[a]?.value ?? ""));
}

export const progress = (): void => undefined;

/** Whether no input sheet holds a value, read through the backend (nothing written). */
export function workbookEmpty(backend: PaneBackend): Promise<boolean> {
  return backend
    .run({ decide: ({ workbook }) => ({ plan: EMPTY_PLAN, result: { empty: hasNoInputData(workbook) } }) }, progress)
    .then((r) => r.empty);
}
