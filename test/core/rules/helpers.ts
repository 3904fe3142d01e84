/**
 * Builders for rule tests (the sample workbook with a few cells changed, or sheets built by hand)
 * and `testRule`, the table runner every rule's test file uses (after typescript-eslint's
 * RuleTester): `valid` rows produce no issue at all, `invalid` rows the one issue they name.
 */
import type { Issue, Severity } from "../../../src/core/issue";
import type { InputSheetKey } from "../../../src/core/layout";
import type { RawCell, RawSheet, RawWorkbook } from "../../../src/core/raw-cell";
import { parseWorkbook } from "../../../src/core/parse-workbook";
import type { Rule } from "../../../src/core/rules/rule";
import { SAMPLE_DATA, type SampleRow, type SampleTable } from "../../../src/core/sample-data";
import { sampleRawWorkbook } from "../../../src/core/sample-workbook";
import { validate } from "../../../src/core/validate";

/** One change to the sample data: set a cell (by row index and column key), add or drop a row. */
export type Edit =
  | { readonly sheet: InputSheetKey; readonly row: number; readonly column: string; readonly value: RawCell }
  | { readonly sheet: InputSheetKey; readonly addRow: SampleRow }
  | { readonly sheet: InputSheetKey; readonly dropRow: number };

export function set(sheet: InputSheetKey, row: number, column: string, value: RawCell): Edit {
  return { sheet, row, column, value };
}

/** The sample workbook with `edits` applied (row indexes refer to the data rows, 0 = sheet row 2). */
export function sampleWith(...edits: readonly Edit[]): RawWorkbook {
  const overrides: Partial<Record<InputSheetKey, SampleTable>> = {};
  const rowsOf = (key: InputSheetKey): SampleRow[] => {
    const current = overrides[key] ?? SAMPLE_DATA[key];
    const rows = current.rows.map((r) => ({ ...r }));
    overrides[key] = { rows, formats: current.formats };
    return rows;
  };
  for (const edit of edits) {
    const rows = rowsOf(edit.sheet);
    if ("addRow" in edit) rows.push({ ...edit.addRow });
    else if ("dropRow" in edit) rows.splice(edit.dropRow, 1);
    else rows[edit.row] = { ...rows[edit.row], [edit.column]: edit.value };
  }
  return sampleRawWorkbook(overrides);
}

/**
 * The sample with one cell of 主要指标 changed: its value, number format and formula (a formula
 * saved without its result has a null value). `address` is zero-based, header row 0.
 */
export function sampleWithCell(
  address: { readonly row: number; readonly column: number },
  value: RawCell,
  format: string,
  formula?: string,
): RawWorkbook {
  const base = sampleRawWorkbook();
  const sheets: RawSheet[] = base.sheets.map((sheet) => {
    if (sheet.name !== "主要指标") return sheet;
    const values = sheet.values.map((r) => [...r]);
    const numberFormats = sheet.numberFormats.map((r) => [...r]);
    const formulas: RawCell[][] = sheet.values.map((r) => r.map(() => null));
    (values[address.row] as RawCell[])[address.column] = value;
    (numberFormats[address.row] as string[])[address.column] = format;
    (formulas[address.row] as RawCell[])[address.column] = formula ?? null;
    return { ...sheet, values, numberFormats, formulas };
  });
  return { ...base, sheets };
}

/** A sheet from plain rows, anchored at `origin` (zero-based). */
export function rawSheet(name: string, values: RawCell[][], origin = { row: 0, column: 0 }): RawSheet {
  return { name, origin, values, numberFormats: values.map((r) => r.map(() => "General")) };
}

/** `workbook` with sheets replaced or added (matched by name). */
export function withSheets(workbook: RawWorkbook, ...sheets: readonly RawSheet[]): RawWorkbook {
  const names = sheets.map((s) => s.name);
  const kept = workbook.sheets.filter((s) => !names.includes(s.name));
  const all = [...kept, ...sheets];
  return { sheetNames: all.map((s) => s.name), sheets: all };
}

/** `workbook` without the named sheets. */
export function withoutSheets(workbook: RawWorkbook, ...names: readonly string[]): RawWorkbook {
  const sheets = workbook.sheets.filter((s) => !names.includes(s.name));
  return { sheetNames: sheets.map((s) => s.name), sheets };
}

/** The sample workbook with a 模板 sheet of these [级别, 内容] rows. */
export function withTemplate(rows: RawCell[][]): RawWorkbook {
  return withSheets(sampleRawWorkbook(), rawSheet("模板", [["级别", "内容"], ...rows]));
}

/**
 * 主要指标 below a title, its headers by alias, with a line break and in another order, beside a
 * user's column: 52亿元 at C4, a zero 年任务 at F5.
 */
export const indicatorsBelowTitle: RawWorkbook = withSheets(
  sampleRawWorkbook(),
  rawSheet("主要指标", [
    ["2023年主要经济指标", null, null, null, null, null, null],
    [null, null, null, null, null, null, null],
    ["备注", "指标\n名称", "本年预计", "单位", "自用列", "年任务", "上年 同期"],
    [null, "工业销售收入", "52亿元", "亿元", "x", 50, 45.12],
    [null, "引进内资", 18.6, "亿元", null, 0, 16.2],
  ]),
);

/** 在建项目 from B4, headers in another order (总投资(万元) with half-width brackets): 3.5亿元 at F5, 施工 at D6. */
export const projectsShifted: RawWorkbook = withSheets(
  sampleRawWorkbook(),
  rawSheet(
    "在建项目",
    [
      ["进展\n情况", "项目名称", "建设阶段", "进度", "总投资(万元)", "建设单位"],
      ["已开工", "甲项目", "基础施工", "正常", "3.5亿元", "甲公司"],
      ["已开工", "乙项目", "施工", "正常", 100, null],
    ],
    { row: 3, column: 1 },
  ),
);

/** Every rule's issues, in display order. */
export function issuesOf(workbook: RawWorkbook): Issue[] {
  return validate(parseWorkbook(workbook));
}

/** A variation a user may make that must produce no issue at all (of any rule). */
export interface ValidRow {
  readonly name: string;
  readonly workbook: RawWorkbook;
}

/** Bad input and the one issue of the rule tested that it must produce. */
export interface InvalidRow {
  readonly name: string;
  readonly workbook: RawWorkbook;
  readonly severity: Severity;
  readonly code: string;
  readonly sheet: string;
  /** The cell the issue points at ("" for a whole sheet). */
  readonly cell: string;
  /** Text the message must contain, usually the offending content as quoted: “52亿元”. */
  readonly quote: string;
}

export function valid(name: string, workbook: RawWorkbook): ValidRow {
  return { name, workbook };
}

export function invalid(
  name: string,
  workbook: RawWorkbook,
  severity: Severity,
  code: string,
  sheet: string,
  cell: string,
  quote: string,
): InvalidRow {
  return { name, workbook, severity, code, sheet, cell, quote };
}

/**
 * The tests of one rule. Every valid row, and the sample workbook, give no issue of any rule;
 * every invalid row gives, from this rule run alone, exactly one issue of its code at its cell,
 * with its severity, quoting the content and naming the cell, with a suggestion and no
 * placeholder left; and every message the rule declares has an invalid row.
 */
export function testRule(
  rule: Rule,
  table: { readonly valid: readonly ValidRow[]; readonly invalid: readonly InvalidRow[] },
): void {
  describe(`rule ${rule.id}`, () => {
    const validRows = [valid("the sample workbook", sampleRawWorkbook()), ...table.valid];
    it.each(validRows.map((r) => [r.name, r] as const))("finds nothing wrong with %s", (_, row) => {
      expect(issuesOf(row.workbook)).toEqual([]);
    });

    it.each(table.invalid.map((r) => [r.name, r] as const))("reports %s", (_, row) => {
      expect(Object.keys(rule.messages)).toContain(row.code);
      const issues = validate(parseWorkbook(row.workbook), [rule]);
      const found = issues.filter((i) => i.code === row.code && i.sheet === row.sheet && i.cell === row.cell);
      expect(found).toHaveLength(1);
      const issue = found[0] as Issue;
      expect(issue.severity).toBe(row.severity);
      expect(issue.message).toContain(row.quote);
      if (row.cell !== "") expect(issue.message).toContain(`${row.sheet}!${row.cell}`);
      expect(issue.suggestion.length).toBeGreaterThan(0);
      expect(issue.message).not.toMatch(/\{\{/);
      expect(issue.suggestion).not.toMatch(/\{\{/);
    });

    it("has an invalid row for every message it declares", () => {
      const covered = new Set(table.invalid.map((r) => r.code));
      expect(Object.keys(rule.messages).filter((code) => !covered.has(code))).toEqual([]);
    });
  });
}
