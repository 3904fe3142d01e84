/**
 * One WritePlan, three writers: the Excel adapter (src/excel/apply-plan.ts) on the simulated host,
 * the command line's ExcelJS writer (src/cli/xlsx-apply-plan.ts, for the workbooks it creates) and
 * its package writer (src/cli/write-patched-workbook.ts, for `generate -o`). Each starts from the
 * same workbook and ends in a picture of what a user would compare: the sheet names in order and
 * every cell's value, formula and number format.
 */
import ExcelJS from "exceljs";
import type { PlanStep, WritePlan } from "../../src/core/plan";
import type { RawCell, RawWorkbook } from "../../src/core/raw-cell";
import { INPUT_LIMITS } from "../../src/cli/input-limits";
import { writePatchedWorkbook } from "../../src/cli/write-patched-workbook";
import { applyPlanToWorkbook } from "../../src/cli/xlsx-apply-plan";
import { openXlsxPackage } from "../../src/cli/xlsx-package";
import { ZipArchive } from "../../src/cli/zip-archive";
import { applyPlan } from "../../src/excel/apply-plan";
import { detectSupport } from "../../src/excel/requirements";
import { SimExcelHost } from "../../src/sim-excel";
import { withHost } from "../excel/sim-helpers";

export type Writer = "excel" | "exceljs" | "package";

/** A cell as compared: what it holds and how it is shown; a formula's result only where computed. */
export interface CellPicture {
  readonly value?: string | number | boolean;
  readonly formula?: string;
  readonly numberFormat: string;
}

export interface WorkbookPicture {
  readonly sheets: readonly string[];
  readonly cells: Readonly<Record<string, Readonly<Record<string, CellPicture>>>>;
}

const stored = (value: string | number | boolean | null | undefined): value is string | number | boolean =>
  value !== null && value !== undefined && value !== "";

/** Cells that hold nothing and show nothing are no cells. */
function picture(sheets: string[], cells: Record<string, Record<string, CellPicture>>): WorkbookPicture {
  for (const sheet of Object.keys(cells)) {
    const byCell = cells[sheet] as Record<string, CellPicture>;
    for (const address of Object.keys(byCell)) {
      const c = byCell[address] as CellPicture;
      if (c.value === undefined && c.formula === undefined && c.numberFormat === "General") delete byCell[address];
    }
  }
  return { sheets, cells };
}

/** The Excel adapter on the simulated host (ExcelApi at its latest). */
export async function throughExcel(start: RawWorkbook, plan: WritePlan): Promise<WorkbookPicture> {
  const host = SimExcelHost.fromRawWorkbook(start, { level: "latest" });
  await withHost(host, () =>
    Excel.run((context) =>
      applyPlan(context, plan, detectSupport(), { existingSheets: host.snapshot().sheets.map((s) => s.name) }),
    ),
  );
  const snapshot = host.snapshot();
  const cells: Record<string, Record<string, CellPicture>> = {};
  for (const sheet of snapshot.sheets) {
    const byCell: Record<string, CellPicture> = {};
    for (const address of Object.keys(sheet.cells)) {
      const c = sheet.cells[address];
      const formula = c?.formula;
      const value = formula === undefined && stored(c?.value) ? c?.value : undefined;
      byCell[address] = {
        ...(value !== undefined ? { value } : {}),
        ...(formula !== undefined ? { formula } : {}),
        numberFormat: c?.format?.numberFormat ?? "General",
      };
    }
    cells[sheet.name] = byCell;
  }
  return picture(
    snapshot.sheets.map((s) => s.name),
    cells,
  );
}

/** What a user did to the starting workbook beyond its cells (a conditional format of their own …). */
export type Prepare = (wb: ExcelJS.Workbook) => void;

/** The starting workbook as a file a user saved: values and number formats. */
function excelJsWorkbook(start: RawWorkbook): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const name of start.sheetNames) wb.addWorksheet(name);
  if (start.sheetNames.length === 0) wb.addWorksheet("Sheet1");
  for (const sheet of start.sheets) {
    const ws = wb.getWorksheet(sheet.name) ?? wb.addWorksheet(sheet.name);
    sheet.values.forEach((row, r) =>
      row.forEach((value: RawCell, c) => {
        const format = sheet.numberFormats[r]?.[c] ?? "General";
        if (value === null && format === "General") return;
        const cell = ws.getCell(sheet.origin.row + r + 1, sheet.origin.column + c + 1);
        if (value !== null) cell.value = value;
        if (format !== "General") cell.numFmt = format;
      }),
    );
  }
  return wb;
}

function pictureOfExcelJs(wb: ExcelJS.Workbook): WorkbookPicture {
  const sheets: string[] = [];
  const cells: Record<string, Record<string, CellPicture>> = {};
  wb.eachSheet((ws) => {
    sheets.push(ws.name);
    const byCell: Record<string, CellPicture> = {};
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const v = cell.value as unknown;
        const numberFormat = cell.numFmt || "General";
        if (v !== null && typeof v === "object" && "formula" in v) {
          byCell[cell.address] = { formula: `=${(v as { formula: string }).formula}`, numberFormat };
        } else if (v !== null && typeof v === "object" && "richText" in v) {
          const text = (v as { richText: { text: string }[] }).richText.map((t) => t.text).join("");
          byCell[cell.address] = { ...(stored(text) ? { value: text } : {}), numberFormat };
        } else {
          const value = v as string | number | boolean | null | undefined;
          byCell[cell.address] = { ...(stored(value) ? { value } : {}), numberFormat };
        }
      }),
    );
    cells[ws.name] = byCell;
  });
  return picture(sheets, cells);
}

/** The bytes the command line's ExcelJS writer (workbooks it creates: `init`, `sample`, `demo`) saves. */
export async function excelJsBytes(
  start: RawWorkbook,
  plan: WritePlan,
  prepare: Prepare = () => undefined,
): Promise<Buffer> {
  const wb = excelJsWorkbook(start);
  prepare(wb);
  applyPlanToWorkbook(wb, plan);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A saved workbook, read back as a program opening the file would. */
export async function readBack(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const saved = new ExcelJS.Workbook();
  await saved.xlsx.load(bytes as unknown as ArrayBuffer);
  return saved;
}

export async function savedByExcelJs(
  start: RawWorkbook,
  plan: WritePlan,
  prepare: Prepare = () => undefined,
): Promise<ExcelJS.Workbook> {
  return readBack(await excelJsBytes(start, plan, prepare));
}

/** The bytes the command line's package writer (`generate -o`) writes for the saved `start`. */
export async function patchedBytes(
  start: RawWorkbook,
  plan: WritePlan,
  prepare: Prepare = () => undefined,
): Promise<Buffer> {
  const user = excelJsWorkbook(start);
  prepare(user);
  const input = Buffer.from(await user.xlsx.writeBuffer());
  const pkg = openXlsxPackage(ZipArchive.open(input, INPUT_LIMITS.zipEntries));
  const chunks: Buffer[] = [];
  await writePatchedWorkbook(pkg, plan, (chunk) => {
    chunks.push(Buffer.from(chunk));
    return Promise.resolve();
  });
  return Buffer.concat(chunks);
}

/** The package writer's file, read back. */
export async function savedByPackage(
  start: RawWorkbook,
  plan: WritePlan,
  prepare: Prepare = () => undefined,
): Promise<ExcelJS.Workbook> {
  return readBack(await patchedBytes(start, plan, prepare));
}

export async function throughExcelJs(start: RawWorkbook, plan: WritePlan): Promise<WorkbookPicture> {
  return pictureOfExcelJs(await savedByExcelJs(start, plan));
}

export async function throughPackage(start: RawWorkbook, plan: WritePlan): Promise<WorkbookPicture> {
  return pictureOfExcelJs(await savedByPackage(start, plan));
}

export const WRITERS: Readonly<Record<Writer, (start: RawWorkbook, plan: WritePlan) => Promise<WorkbookPicture>>> = {
  excel: throughExcel,
  exceljs: throughExcelJs,
  package: throughPackage,
};

/** The plan without the steps `cannot` says a writer does not carry out. */
export function withoutSteps(plan: WritePlan, cannot: (step: PlanStep) => boolean): WritePlan {
  return { steps: plan.steps.filter((s) => !cannot(s)) };
}
