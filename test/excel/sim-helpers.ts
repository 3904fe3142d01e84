/** Helpers for adapter tests: run code with a simulated host installed as the Excel/Office globals. */
import type { SampleRow, SampleTable } from "../../src/core/sample-data";
import type { SimExcelHost } from "../../src/sim-excel";
import { type WorkbookSnapshot } from "../../src/sim-excel";

export async function withHost<T>(host: SimExcelHost, fn: () => Promise<T>): Promise<T> {
  const restore = host.install();
  try {
    return await fn();
  } finally {
    restore();
  }
}

/** Every cell of `before` (on every sheet) as it is in `after`: proves nothing a user typed changed. */
export function cellsOf(snapshot: WorkbookSnapshot, sheets?: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const sheet of snapshot.sheets) {
    if (sheets && sheets.indexOf(sheet.name) < 0) continue;
    for (const address of Object.keys(sheet.cells)) out[`${sheet.name}!${address}`] = sheet.cells[address];
  }
  return out;
}

export function pick(all: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = all[k];
  return out;
}

/** `count` valid 在建项目 rows. */
export function manyProjects(count: number): SampleTable {
  const stages = ["规划设计", "基础施工", "厂房建设", "设备安装", "试生产", "投产"];
  const rows: SampleRow[] = [];
  for (let i = 0; i < count; i++) {
    rows.push({
      index: i + 1,
      name: `测试项目${i + 1}号`,
      builder: `建设单位${i % 97}有限公司`,
      totalInvestment: 1000 + (i % 500) * 10,
      stage: stages[i % stages.length] ?? "投产",
      progress: "正常",
      status: "主体工程按计划推进，设备采购已完成招标，预计年内可完成安装调试并试生产",
    });
  }
  return { rows };
}
