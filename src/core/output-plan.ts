/**
 * The writes of a generate or validate run: the computed-column formulas of 主要指标, the
 * 文字稿 and 校验结果 sheets (owned by the add-in, rewritten whole each run) and the owned
 * highlights of invalid cells. Only the cells the add-in owns are written.
 */
import { quoteSheetName, rangeAddress } from "./a1";
import { cellBlocks } from "./cell-blocks";
import type { NarrativeDocument, Paragraph, ParagraphLevel } from "./document";
import { MISSING_MARKER, TEMPLATE_ERROR_MARKER } from "./document";
import { completionFormula, growthFormula } from "./formulas";
import { SEVERITY_LABEL, type Issue } from "./issue";
import { INPUT_SHEET_KEYS, LAYOUT, PERCENT_FORMAT, type SheetSpec } from "./layout";
import type { FontSpec, PlanStep, PlanValue, WritePlan } from "./plan";
import type { Table, TableRow } from "./read-table";
import type { WorkbookData } from "./parse-workbook";

/** Rows of consecutive sheet rows, so a column is written in as few ranges as possible. */
function runsOf(rows: readonly TableRow[]): TableRow[][] {
  const runs: TableRow[][] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && prev.row + 1 === row.row) last.push(row);
    else runs.push([row]);
  }
  return runs;
}

/** 完成率 and 同比增长 as live formulas on every indicator row; General cells get the percent format. */
export function computedColumnsPlan(indicators: Table): WritePlan {
  const steps: PlanStep[] = [];
  const cols = indicators.columns;
  const estimate = cols["estimate"];
  const sheet = indicators.sheetName;
  if (!indicators.present || !estimate) return { steps };
  const targets: {
    key: "completion" | "growth";
    divisor: "target" | "lastYear";
    formula: typeof completionFormula;
  }[] = [
    { key: "completion", divisor: "target", formula: completionFormula },
    { key: "growth", divisor: "lastYear", formula: growthFormula },
  ];
  for (const { key, divisor, formula } of targets) {
    const out = cols[key];
    const div = cols[divisor];
    if (!out || !div) continue;
    for (const run of runsOf(indicators.rows)) {
      const first = run[0];
      if (!first) continue;
      const address = rangeAddress(first.row, out.column, run.length, 1);
      steps.push({
        kind: "setFormulas",
        sheet,
        address,
        formulas: run.map((r) => [formula(r.row, estimate.column, div.column)]),
      });
      const formats = run.map((r) => {
        const current = r.cells[key]?.numberFormat ?? "General";
        // General shows 1.0472 as 1.0472, and Text ("@") would keep the formula from being one
        return [/^general$/i.test(current) || current === "@" ? PERCENT_FORMAT : current];
      });
      steps.push({ kind: "setNumberFormats", sheet, address, formats });
    }
  }
  return { steps };
}

/** Clears an owned sheet if the workbook has it, adds it otherwise. */
/** Clears an owned sheet (named `sheet`, the spec's name by default) if the workbook has it, adds it otherwise. */
function freshSheet(spec: SheetSpec, sheetNames: readonly string[], sheet = spec.name): PlanStep {
  return sheetNames.includes(sheet) ? { kind: "clearSheet", sheet } : { kind: "addSheet", sheet };
}

function headerSteps(spec: SheetSpec, sheet = spec.name): PlanStep[] {
  const width = spec.columns.length;
  return [
    {
      kind: "setValues",
      sheet,
      address: rangeAddress(0, 0, 1, width),
      values: [spec.columns.map((c) => c.header)],
    },
    { kind: "setFont", sheet, address: rangeAddress(0, 0, 1, width), font: { bold: true } },
    { kind: "setColumnWidths", sheet, widths: spec.columns.map((c, i) => ({ column: i, width: c.width })) },
  ];
}

/** Fonts of the 文字稿 sheet by level, after GB/T 9704 (sizes reduced for the screen). */
const LEVEL_FONTS: Readonly<Record<ParagraphLevel, FontSpec>> = {
  标题: { name: "方正小标宋简体", size: 16, bold: false },
  一级: { name: "黑体", size: 12 },
  二级: { name: "楷体_GB2312", size: 12 },
  三级: { name: "仿宋_GB2312", size: 12 },
  正文: { name: "仿宋_GB2312", size: 12 },
};

const MARKED_FILL = "#FDE7E9";

/** Excel holds at most 32,767 characters in a cell; longer paragraphs continue on the next row. */
export const CELL_TEXT_LIMIT = 32767;
/** How many sources and issues a 文字稿 row lists before summarising the rest. */
const LISTED_SOURCES = 200;
const LISTED_ISSUES = 20;

function sourcesText(p: Paragraph): string {
  const listed = p.sources.slice(0, LISTED_SOURCES).map((s) => `${s.sheet}!${s.cell}`);
  return p.sources.length > LISTED_SOURCES ? `${listed.join("、")} 等共${p.sources.length}个单元格` : listed.join("、");
}

function issuesText(p: Paragraph): string {
  const listed = p.issues.slice(0, LISTED_ISSUES).map((i) => i.message);
  return p.issues.length > LISTED_ISSUES ? `${listed.join("；")} 等共${p.issues.length}个问题` : listed.join("；");
}

/**
 * Splits text into pieces that fit a cell, preferring to break after a clause mark so no number
 * or name is cut in two; never splits a surrogate pair.
 */
export function splitForCells(text: string, limit = CELL_TEXT_LIMIT): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    let cut = limit;
    const window = rest.slice(0, limit);
    // a full stop or semicolon first, a comma only if neither is in the second half
    const strong = Math.max(window.lastIndexOf("；"), window.lastIndexOf("。"));
    const clause = strong > limit / 2 ? strong : window.lastIndexOf("，");
    if (clause > limit / 2) cut = clause + 1;
    else if (/[\uD800-\uDBFF]/.test(rest.charAt(cut - 1))) cut -= 1;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  pieces.push(rest);
  return pieces;
}

interface SheetRow {
  readonly paragraph: Paragraph;
  readonly text: string;
  readonly continued: boolean;
}

function narrativeRows(document: NarrativeDocument): SheetRow[] {
  return document.paragraphs.flatMap((paragraph) =>
    splitForCells(paragraph.text).map((text, i) => ({ paragraph, text, continued: i > 0 })),
  );
}

function narrativeRowValues(rows: readonly SheetRow[]): PlanValue[][] {
  return rows.map((r) =>
    r.continued
      ? [r.text, `${r.paragraph.level}（续）`, "", ""]
      : [r.text, r.paragraph.level, sourcesText(r.paragraph), issuesText(r.paragraph)],
  );
}

/** Every value the 文字稿 sheet gets, header row first: what the add-in fingerprints after writing. */
export function narrativeSheetValues(document: NarrativeDocument): PlanValue[][] {
  return [LAYOUT.narrative.columns.map((c) => c.header), ...narrativeRowValues(narrativeRows(document))];
}

/**
 * 文字稿: one paragraph a row — text, level, the cells it drew on, and its problems. `sheet` is the
 * report's output sheet (文字稿, or 文字稿（月度进展） for a report type of its own).
 */
export function narrativeSheetPlan(
  document: NarrativeDocument,
  sheetNames: readonly string[],
  sheet: string = LAYOUT.narrative.name,
): WritePlan {
  const spec = LAYOUT.narrative;
  const steps: PlanStep[] = [freshSheet(spec, sheetNames, sheet), ...headerSteps(spec, sheet)];
  const rows = narrativeRows(document);
  if (rows.length === 0) return { steps };
  const values = narrativeRowValues(rows);
  const width = spec.columns.length;
  steps.push({
    kind: "setNumberFormats",
    sheet,
    address: rangeAddress(1, 0, values.length, width),
    formats: values.map(() => spec.columns.map(() => "@")),
  });
  steps.push({ kind: "setValues", sheet, address: rangeAddress(1, 0, values.length, width), values });
  steps.push({ kind: "setWrapText", sheet, address: rangeAddress(1, 0, values.length, 1), wrap: true });
  // fonts by level, one step per run of equal levels
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    const level = rows[start]?.paragraph.level;
    if (i === rows.length || rows[i]?.paragraph.level !== level) {
      if (level)
        steps.push({
          kind: "setFont",
          sheet,
          address: rangeAddress(1 + start, 0, i - start, 1),
          font: LEVEL_FONTS[level],
        });
      start = i;
    }
  }
  rows.forEach((r, i) => {
    if (r.paragraph.level === "标题")
      steps.push({ kind: "setAlignment", sheet, address: rangeAddress(1 + i, 0, 1, 1), horizontal: "Center" });
    if (hasMarker(r.text))
      steps.push({ kind: "setFill", sheet, address: rangeAddress(1 + i, 0, 1, 1), color: MARKED_FILL });
  });
  return { steps };
}

function hasMarker(text: string): boolean {
  return new RegExp(MISSING_MARKER.source).test(text) || new RegExp(TEMPLATE_ERROR_MARKER.source).test(text);
}

/** A formula that jumps to the cell when clicked, shown as its address (works from Excel 2007 on). */
export function cellLinkFormula(sheet: string, cell: string): string {
  const target = `#${quoteSheetName(sheet)}!${cell}`.replace(/"/g, '""');
  return `=HYPERLINK("${target}","${cell}")`;
}

const SEVERITY_FONT: Readonly<Record<Issue["severity"], string>> = {
  error: "#A4262C",
  warning: "#8A6100",
  info: "#605E5C",
};

/** 校验结果: one issue a row, the cell a link to it. */
export function issuesSheetPlan(issues: readonly Issue[], sheetNames: readonly string[]): WritePlan {
  const spec = LAYOUT.issues;
  const sheet = spec.name;
  const steps: PlanStep[] = [freshSheet(spec, sheetNames), ...headerSteps(spec)];
  const width = spec.columns.length;
  if (issues.length === 0) {
    steps.push({
      kind: "setValues",
      sheet,
      address: rangeAddress(1, 0, 1, width),
      values: [["提示", "", "", "未发现问题", "", ""]],
    });
    return { steps };
  }
  const values: PlanValue[][] = issues.map((i) => [
    SEVERITY_LABEL[i.severity],
    i.sheet,
    i.cell,
    i.message,
    i.suggestion,
    i.code,
  ]);
  steps.push({
    kind: "setNumberFormats",
    sheet,
    address: rangeAddress(1, 0, values.length, width),
    // the 单元格 column holds HYPERLINK formulas, which a Text cell would keep as text
    formats: values.map(() => spec.columns.map((c) => (c.key === "cell" ? "General" : "@"))),
  });
  steps.push({ kind: "setValues", sheet, address: rangeAddress(1, 0, values.length, width), values });
  // links: contiguous runs of issues that have a cell on a sheet of the workbook
  const cellColumn = spec.columns.findIndex((c) => c.key === "cell");
  const linkable = (i: Issue): boolean => i.cell !== "" && sheetNames.includes(i.sheet);
  let start = -1;
  for (let i = 0; i <= issues.length; i++) {
    const issue = issues[i];
    if (issue && linkable(issue)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      steps.push({
        kind: "setFormulas",
        sheet,
        address: rangeAddress(1 + start, cellColumn, i - start, 1),
        formulas: issues.slice(start, i).map((x) => [cellLinkFormula(x.sheet, x.cell)]),
      });
      start = -1;
    }
  }
  for (const severity of ["error", "warning", "info"] as const) {
    let runStart = -1;
    for (let i = 0; i <= issues.length; i++) {
      if (issues[i]?.severity === severity) {
        if (runStart < 0) runStart = i;
        continue;
      }
      if (runStart >= 0) {
        steps.push({
          kind: "setFont",
          sheet,
          address: rangeAddress(1 + runStart, 0, i - runStart, 1),
          font: { color: SEVERITY_FONT[severity], bold: severity === "error" },
        });
        runStart = -1;
      }
    }
  }
  steps.push({ kind: "setWrapText", sheet, address: rangeAddress(1, 3, values.length, 2), wrap: true });
  return { steps };
}

/**
 * Removes last run's highlights and marks the cells of this run's errors and warnings (a cell with
 * both is marked as an error), as runs and blocks of adjacent cells (`cellBlocks`): one
 * conditional format a block, not one a cell, keeps the request of a sheet full of flagged cells
 * small enough for Excel on the web.
 */
export function highlightPlan(issues: readonly Issue[], data: WorkbookData): WritePlan {
  const inputSheets = INPUT_SHEET_KEYS.map((k) => data.tables[k])
    .filter((t) => t.present)
    .map((t) => t.sheetName);
  const steps: PlanStep[] = [{ kind: "clearOwnedHighlights", sheets: inputSheets, requires: "1.6" }];
  const errors = new Map<string, Set<string>>();
  const warnings = new Map<string, Set<string>>();
  for (const issue of issues) {
    if (issue.cell === "" || (issue.severity !== "error" && issue.severity !== "warning")) continue;
    const bySheet = issue.severity === "error" ? errors : warnings;
    const cells = bySheet.get(issue.sheet) ?? new Set<string>();
    cells.add(issue.cell);
    bySheet.set(issue.sheet, cells);
  }
  for (const sheet of inputSheets) {
    const errorCells = errors.get(sheet) ?? new Set<string>();
    const warningCells = Array.from(warnings.get(sheet) ?? []).filter((c) => !errorCells.has(c));
    const byHighlight = { error: Array.from(errorCells), warning: warningCells };
    for (const highlight of ["error", "warning"] as const) {
      const cells = byHighlight[highlight];
      if (cells.length > 0)
        steps.push({ kind: "addOwnedHighlight", sheet, addresses: cellBlocks(cells), highlight, requires: "1.6" });
    }
  }
  return { steps };
}
