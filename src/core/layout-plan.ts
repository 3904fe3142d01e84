/**
 * "建立表格": the plan that makes a workbook ready to fill. It adds what is missing — sheets,
 * headers, 参数 rows, the default 模板 — and leaves everything a user typed alone: on an
 * existing sheet it only writes into cells that are empty (new header cells to the right of the
 * used range, new 参数 rows below it).
 */
import { cellAddress, columnLetters, rangeAddress } from "./a1";
import { completionFormula, growthFormula } from "./formulas";
import { INPUT_SHEET_KEYS, LAYOUT, PARAMETERS, type InputSheetKey, type SheetSpec } from "./layout";
import type { PlanStep, PlanValue, WritePlan } from "./plan";
import type { RawWorkbook } from "./raw-cell";
import { DEFAULT_TEMPLATE } from "./narrative/default-template";
import { NEUTRAL_TEMPLATE } from "./narrative/neutral-template";
import { PROGRESS_TEMPLATE } from "./narrative/progress-template";
import { namedReport, PROGRESS_REPORT_NAME } from "./report-types";
import { computedColumnsPlan } from "./output-plan";
import { findSheet, readTable, normaliseHeader, cellOf, type HeaderCell } from "./read-table";
import { SAMPLE_DATA, type SampleTable } from "./sample-data";

export interface TemplateRowSpec {
  readonly level: string;
  readonly content: string;
}

export interface LayoutOptions {
  /** Fill new input sheets with the built-in sample data. */
  readonly sample?: boolean;
  /**
   * Rows written to a new 模板 sheet. By default the sample unit's report with the sample data,
   * and otherwise the neutral template built on the unit's own tables.
   */
  readonly templateRows?: readonly TemplateRowSpec[];
}

export interface LayoutPlan {
  readonly plan: WritePlan;
  /** What the plan adds, in Chinese, for the task pane and the CLI. */
  readonly changes: readonly string[];
  /** Sheets that exist but could not be completed without touching user cells. */
  readonly warnings: readonly string[];
}

/** Rows of drop-down lists and formats prepared below the header of a new sheet. */
const PREPARED_ROWS = 500;

const EMPTY_PARAMETERS: SampleTable = {
  rows: [
    { name: PARAMETERS.year.name, value: null },
    { name: PARAMETERS.unitName.name, value: null },
    { name: PARAMETERS.month.name, value: null },
    { name: PARAMETERS.usdRate.name, value: null },
    { name: PARAMETERS.listMarker.name, value: "（1）" },
  ],
};

export function planLayout(workbook: RawWorkbook, options: LayoutOptions): LayoutPlan {
  const steps: PlanStep[] = [];
  const changes: string[] = [];
  const warnings: string[] = [];

  for (const key of INPUT_SHEET_KEYS) {
    const spec = LAYOUT[key];
    const existing = findSheet(workbook, spec.name);
    if (!existing) {
      const table = options.sample ? SAMPLE_DATA[key] : key === "parameters" ? EMPTY_PARAMETERS : { rows: [] };
      steps.push(...newSheetSteps(spec, tableValues(spec, table), table));
      changes.push(
        `新建工作表“${spec.name}”${options.sample && table.rows.length > 0 ? `（含示例数据${table.rows.length}行）` : ""}`,
      );
      continue;
    }
    const completed = completeExistingSheet(key, existing.name, workbook);
    steps.push(...completed.steps);
    changes.push(...completed.changes);
    warnings.push(...completed.warnings);
  }

  const annual = options.templateRows ?? (options.sample ? DEFAULT_TEMPLATE : NEUTRAL_TEMPLATE);
  const annualKind = options.templateRows
    ? "模板"
    : options.sample
      ? "示例单位的年度总结模板"
      : "按本单位各表生成的通用模板";
  const progress = namedReport(PROGRESS_REPORT_NAME);
  const templates = [
    { spec: LAYOUT.template, rows: annual, kind: annualKind },
    {
      spec: { ...LAYOUT.template, name: progress.templateSheet, tableName: "模板月度进展表" },
      rows: PROGRESS_TEMPLATE,
      kind: "月度进展报告模板，文字写入“" + progress.outputSheet + "”",
    },
  ];
  for (const { spec, rows, kind } of templates) {
    if (findSheet(workbook, spec.name)) continue;
    const values: PlanValue[][] = rows.map((r) => [r.level, r.content]);
    steps.push(...newSheetSteps(spec, values, { rows: [] }));
    steps.push({ kind: "setWrapText", sheet: spec.name, address: `B2:B${values.length + 1}`, wrap: true });
    changes.push(`新建工作表“${spec.name}”（${kind}，${values.length}段）`);
  }

  return { plan: { steps }, changes, warnings };
}

/** Data rows of a new sheet in layout column order; computed columns get their formulas. */
function tableValues(spec: SheetSpec, table: SampleTable): PlanValue[][] {
  return table.rows.map((row) => spec.columns.map((c) => (c.type === "computed" ? null : (row[c.key] ?? null))));
}

function newSheetSteps(spec: SheetSpec, rows: readonly (readonly PlanValue[])[], table: SampleTable): PlanStep[] {
  const sheet = spec.name;
  const width = spec.columns.length;
  const dataRows = Math.max(rows.length, 1);
  const steps: PlanStep[] = [{ kind: "addSheet", sheet }];

  // number formats first, so values typed later keep them
  const formatRows = Math.max(dataRows, PREPARED_ROWS);
  const formats: string[][] = [];
  for (let r = 0; r < formatRows; r++) {
    const rowFormats = table.formats?.[r] ?? {};
    // never "@" (Text): a number typed into a Text cell becomes a number stored as text
    formats.push(spec.columns.map((c) => rowFormats[c.key] ?? c.numberFormat ?? "General"));
  }
  steps.push({ kind: "setNumberFormats", sheet, address: rangeAddress(1, 0, formatRows, width), formats });

  steps.push({
    kind: "setValues",
    sheet,
    address: rangeAddress(0, 0, 1, width),
    values: [spec.columns.map((c) => c.header)],
  });
  steps.push({ kind: "setFont", sheet, address: rangeAddress(0, 0, 1, width), font: { bold: true } });
  if (rows.length > 0) {
    steps.push({ kind: "setValues", sheet, address: rangeAddress(1, 0, rows.length, width), values: rows });
  }
  // the prepared rows get the formulas too, so a unit filling a fresh workbook sees 完成率 and
  // 同比增长 as it types, before any 校验 or 生成文字稿 (blank until both inputs are numbers)
  steps.push(...computedColumnSteps(spec, 1, formatRows));
  steps.push({ kind: "setColumnWidths", sheet, widths: spec.columns.map((c, i) => ({ column: i, width: c.width })) });
  steps.push({
    kind: "addTable",
    sheet,
    address: rangeAddress(0, 0, dataRows + 1, width),
    name: spec.tableName,
    requires: "1.1",
  });
  spec.columns.forEach((c, i) => {
    if (c.enumeration) {
      steps.push({
        kind: "setValidationList",
        sheet,
        address: rangeAddress(1, i, PREPARED_ROWS, 1),
        list: c.enumeration,
        requires: "1.8",
      });
    }
  });
  steps.push({ kind: "freezeRows", sheet, rows: 1, requires: "1.7" });
  return steps;
}

/** Formulas of the computed columns for `count` rows starting at sheet row `firstRow` (layout positions). */
function computedColumnSteps(spec: SheetSpec, firstRow: number, count: number): PlanStep[] {
  if (spec.key !== LAYOUT.indicators.key || count === 0) return [];
  const index = (key: string): number => spec.columns.findIndex((c) => c.key === key);
  const estimate = index("estimate");
  const target = index("target");
  const lastYear = index("lastYear");
  const completion = index("completion");
  const growth = index("growth");
  const completionFormulas: string[][] = [];
  const growthFormulas: string[][] = [];
  for (let r = firstRow; r < firstRow + count; r++) {
    completionFormulas.push([completionFormula(r, estimate, target)]);
    growthFormulas.push([growthFormula(r, estimate, lastYear)]);
  }
  return [
    {
      kind: "setFormulas",
      sheet: spec.name,
      address: rangeAddress(firstRow, completion, count, 1),
      formulas: completionFormulas,
    },
    {
      kind: "setFormulas",
      sheet: spec.name,
      address: rangeAddress(firstRow, growth, count, 1),
      formulas: growthFormulas,
    },
  ];
}

/** Adds missing headers (right of the used range) and missing 参数 rows (below it) to a user's sheet. */
function completeExistingSheet(
  key: InputSheetKey,
  sheetName: string,
  workbook: RawWorkbook,
): { steps: PlanStep[]; changes: string[]; warnings: string[] } {
  const spec = LAYOUT[key];
  const raw = findSheet(workbook, spec.name);
  const table = readTable(key, raw);
  const steps: PlanStep[] = [];
  const changes: string[] = [];
  const warnings: string[] = [];
  if (!raw) return { steps, changes, warnings };

  const usedColumns = raw.values.reduce((max, row) => Math.max(max, row.length), 0);
  const sheetIsEmpty = raw.values.every((row) => row.every((v) => v === null || v === ""));

  if (table.headerRow === undefined) {
    if (sheetIsEmpty) {
      steps.push(
        ...newSheetSteps(spec, [], key === "parameters" ? EMPTY_PARAMETERS : { rows: [] }).filter(
          (s) => s.kind !== "addSheet",
        ),
      );
      if (key === "parameters") {
        steps.push({
          kind: "setValues",
          sheet: sheetName,
          address: rangeAddress(1, 0, EMPTY_PARAMETERS.rows.length, 2),
          values: tableValues(spec, EMPTY_PARAMETERS),
        });
      }
      changes.push(`在空白工作表“${sheetName}”写入表头`);
    } else {
      warnings.push(`工作表“${sheetName}”已有内容但找不到表头（如“${spec.columns[0]?.header ?? ""}”），未作改动`);
    }
    return { steps, changes, warnings };
  }

  const headerRow = table.headerRow;
  let nextColumn = raw.origin.column + usedColumns;
  const added: string[] = [];
  // the inputs of the formulas, and (below) only the computed columns added now: a computed
  // column the sheet already has may hold what a user typed, and 建立表格 never overwrites it
  const columnsAfter: Record<string, HeaderCell> = {};
  for (const [columnKey, header] of Object.entries(table.columns))
    if (header.spec.type !== "computed") columnsAfter[columnKey] = header;
  for (const column of table.missingColumns) {
    // a column the unit's projects do not have (建设阶段) is not forced on it: blank, it would be an error per row
    if (column.headerOptional) continue;
    steps.push({
      kind: "setValues",
      sheet: sheetName,
      address: cellAddress(headerRow, nextColumn),
      values: [[column.header]],
    });
    steps.push({
      kind: "setFont",
      sheet: sheetName,
      address: cellAddress(headerRow, nextColumn),
      font: { bold: true },
    });
    const rows = Math.max(table.endRow - headerRow - 1, 0);
    if (rows > 0 && column.numberFormat) {
      steps.push({
        kind: "setNumberFormats",
        sheet: sheetName,
        address: rangeAddress(headerRow + 1, nextColumn, rows, 1),
        formats: Array.from({ length: rows }, () => [column.numberFormat ?? "General"]),
      });
    }
    added.push(column.header);
    const address = cellAddress(headerRow, nextColumn);
    columnsAfter[column.key] = { spec: column, column: nextColumn, address, text: column.header };
    nextColumn++;
  }
  // a computed column added here is empty: its formulas go on the rows the sheet already has
  const addedComputed = table.missingColumns.some((c) => c.type === "computed");
  if (key === "indicators" && addedComputed)
    steps.push(...computedColumnsPlan({ ...table, columns: columnsAfter }).steps);
  if (added.length > 0)
    changes.push(
      `在“${sheetName}”第${headerRow + 1}行末尾补充表头：${added.join("、")}（${columnLetters(nextColumn - added.length)}列起）`,
    );

  if (key === "parameters" && table.columns["name"]) {
    const present = new Set(table.rows.map((r) => normaliseHeader(String(cellOf(r, "name").raw ?? ""))));
    const missing = Object.values(PARAMETERS).filter(
      (p) => ![p.name, ...p.aliases].some((n) => present.has(normaliseHeader(n))),
    );
    const nameColumn = table.columns["name"].column;
    missing.forEach((p, i) => {
      steps.push({
        kind: "setValues",
        sheet: sheetName,
        address: cellAddress(table.endRow + i, nameColumn),
        values: [[p.name]],
      });
    });
    if (missing.length > 0) changes.push(`在“${sheetName}”补充参数行：${missing.map((p) => p.name).join("、")}`);
  }
  return { steps, changes, warnings };
}
