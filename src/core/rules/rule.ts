/**
 * The shape of a validation rule (after typescript-eslint): an id, its Chinese messages declared
 * beside it under stable kebab-case message ids with {{placeholders}}, and a pure `check`.
 * An issue's `code` is its message id; message ids are unique across all rules (a test checks),
 * so a code names one kind of problem with one severity, and the README table lists them.
 */
import { formatGeneral } from "../format-number";
import { fillPlaceholders, type Issue, type Severity } from "../issue";
import { columnsOf, LAYOUT, type AnyColumnKey, type ColumnSpec, type ReadSheetKey, type SheetKey } from "../layout";
import { textOf } from "../parse-cell";
import { normaliseHeader, type Table, type TableCell } from "../read-table";
import type { WorkbookData } from "../parse-workbook";

export interface RuleMessage {
  /** A code has one severity, declared here so the README table and the issues agree. */
  readonly severity: Severity;
  /** Chinese, naming the cell ({{sheet}}!{{cell}}) and quoting its content. */
  readonly message: string;
  /** Chinese: how to fix it. */
  readonly suggestion: string;
}

export interface RuleContext {
  readonly data: WorkbookData;
  /** The sheet's name as the workbook spells it (the layout's name when the sheet is absent). */
  readonly sheetName: (key: SheetKey) => string;
  /** A table the core reads, typed as any table: for rules that walk every sheet's columns. */
  readonly table: (key: ReadSheetKey) => Table;
}

export interface Rule<M extends string = string> {
  /** Kebab-case, the rule's file name. */
  readonly id: string;
  /** One line, Chinese: what the rule checks. */
  readonly description: string;
  readonly messages: Readonly<Record<M, RuleMessage>>;
  readonly check: (context: RuleContext) => Issue[];
}

/** Placeholder values; `sheet` and `cell` are added by `report`. */
export type IssueData = Readonly<Record<string, string | number>>;

/**
 * Builds the Issue for `messageId` of `rule` at a cell. Placeholders are filled in one pass, so
 * user content that happens to contain "{{…}}" is quoted as typed, never expanded.
 */
export function report<M extends string>(
  rule: Rule<M>,
  messageId: M,
  sheet: string,
  cell: string,
  data: IssueData = {},
): Issue {
  const spec = rule.messages[messageId];
  const values: Record<string, string | number> = { sheet, cell };
  for (const key of Object.keys(data)) values[key] = data[key] ?? "";
  return {
    severity: spec.severity,
    code: messageId,
    sheet,
    cell,
    message: fillPlaceholders(spec.message, values),
    suggestion: fillPlaceholders(spec.suggestion, values),
  };
}

/** The context every rule receives for one workbook. */
export function createRuleContext(data: WorkbookData): RuleContext {
  const names = new Map<SheetKey, string>();
  return {
    data,
    table: (key) => data.tables[key],
    sheetName: (key) => {
      const cached = names.get(key);
      if (cached !== undefined) return cached;
      const layoutName = LAYOUT[key].name;
      const actual =
        data.sheetNames.find((n) => n === layoutName) ??
        data.sheetNames.find((n) => normaliseHeader(n) === normaliseHeader(layoutName)) ??
        layoutName;
      names.set(key, actual);
      return actual;
    },
  };
}

/** A cell's content as text: strings trimmed, numbers as Excel's General shows them. */
export function cellText(cell: TableCell): string {
  return textOf(cell.parsed, formatGeneral);
}

/** The header as the user wrote it (white space removed), or the layout's header when missing. */
export function headerLabel(table: Table, column: ColumnSpec<AnyColumnKey>): string {
  const found = table.columns[column.key];
  return found ? normaliseHeader(found.text).replace(/\(/g, "（").replace(/\)/g, "）") : column.header;
}

export { columnsOf } from "../layout";

/** A short label for a row in messages, from its name cell: "（项目“恒通电子”）" or "". */
export function rowLabel(table: Table, row: Table["rows"][number], nameKey: AnyColumnKey = "name"): string {
  const cell = row.cells[nameKey];
  if (!cell || cell.parsed.kind === "blank") return "";
  const column = columnsOf<SheetKey>(table.sheetKey).find((c) => c.key === nameKey);
  const header = column ? headerLabel(table, column) : "";
  const text = cellText(cell);
  const shown = text.length > 20 ? `${text.slice(0, 20)}…` : text;
  return `（${header}“${shown}”）`;
}
