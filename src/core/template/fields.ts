/**
 * The columns a template may name in a table: the layout's columns (headers and aliases), the
 * optional known ones (公布增速, 位次, 签约日期 …) and the columns a user added (类别, 责任单位,
 * 签约日期 …, by their header as typed, or without its bracketed unit: 年度完成投资 for
 * 年度完成投资（万元）). A field gives each row's cell, its unit, its value for a comparison or an
 * ordering, and its text in a sentence — dates as 公文 write them (9月4日, 2023年9月4日).
 */
import type { SourceRef } from "../document";
import { formatGeneral, isDateFormat } from "../format-number";
import { columnsOf, INPUT_SHEET_KEYS, LAYOUT, type AnyColumnKey, type ColumnSpec, type SheetKey } from "../layout";
import { textOf } from "../parse-cell";
import { dateOfSerial, datePhrase, parseDateText, type DateParts, type DateStyle } from "../phrases/dates";
import { headerWithoutUnit, unitInHeader } from "../phrases/unit-conversion";
import { cellOf, normaliseHeader, type Table, type TableCell, type TableRow } from "../read-table";
import type { WorkbookData } from "../parse-workbook";
import {
  cellNumber,
  cellPiece,
  columnByName,
  columnRange,
  failure,
  numberPiece,
  parameterNumber,
  type NumberResult,
} from "./data-access";
import { didYouMean } from "./did-you-mean";
import { absentPiece, textPiece, type Piece } from "./piece";

export type Field =
  | { readonly kind: "column"; readonly header: string; readonly spec: ColumnSpec<AnyColumnKey> }
  | { readonly kind: "extra"; readonly header: string };

const BLANK_CELL: TableCell = { address: "", raw: null, parsed: { kind: "blank" }, numberFormat: "General" };

/** The field of `table` a template names: a layout column (header or alias), else a user's column. */
export function fieldByName(table: Table, name: string): Field | undefined {
  const column = columnByName(table, name);
  const n = normaliseHeader(name);
  if (column && !(column.key in table.columns)) {
    // the layout's column in another unit: 总投资（亿元） where the layout has 总投资（万元）
    const names = [n, ...[column.header, ...column.aliases].map((h) => normaliseHeader(headerWithoutUnit(h)))];
    const other = table.extraColumns.find((e) => names.includes(normaliseHeader(headerWithoutUnit(e.header))));
    if (other) return { kind: "extra", header: other.header };
  }
  if (column) return { kind: "column", header: column.header, spec: column };
  const extra =
    table.extraColumns.find((e) => normaliseHeader(e.header) === n) ??
    table.extraColumns.find((e) => normaliseHeader(headerWithoutUnit(e.header)) === n);
  return extra ? { kind: "extra", header: extra.header } : undefined;
}

/** “没有名为“在建工程”的表，是否指“在建项目”？”: the message for a table a template misnames. */
export function unknownTableMessage(name: string): string {
  return `没有名为“${name}”的表${didYouMean(
    name,
    INPUT_SHEET_KEYS.map((k) => LAYOUT[k].name),
  )}`;
}

/** Every name a template could use for a column of `table` (for did-you-mean). */
export function fieldNames(table: Table): string[] {
  const names: string[] = [];
  for (const c of columnsOf<SheetKey>(table.sheetKey)) if (c.type !== "computed") names.push(c.header, ...c.aliases);
  for (const e of table.extraColumns) names.push(e.header);
  return names;
}

export function fieldCell(row: TableRow, field: Field): TableCell {
  return field.kind === "column" ? cellOf(row, field.spec.key) : (row.extra[field.header] ?? BLANK_CELL);
}

/** A field's data cells as one range ("H2:H24"), for the sources of a count, a list or a sum. */
export function fieldRange(table: Table, field: Field): SourceRef | undefined {
  const first = table.rows[0];
  const last = table.rows[table.rows.length - 1];
  if (!first || !last) return undefined;
  const a = fieldCell(first, field).address;
  const b = fieldCell(last, field).address;
  if (a === "" || b === "") return undefined;
  return { sheet: table.sheetName, cell: a === b ? a : `${a}:${b}` };
}

/** The header as the sheet spells it (总投资（万元）), or the layout's when the column is absent. */
function headerText(table: Table, field: Field): string {
  if (field.kind === "extra") return field.header;
  const found = table.columns[field.spec.key];
  return found ? found.text.trim() : field.spec.header;
}

/** The column whose text gives a row's unit: 单位 of 主要指标 and 数据项, 投资单位 of 拟投资. */
function unitColumnOf(table: Table, field: Field): AnyColumnKey | undefined {
  if (field.kind !== "column") return undefined;
  const key = field.spec.key;
  if (table.sheetKey === "indicators" && ["estimate", "target", "lastYear", "cumulative"].includes(key)) return "unit";
  if (table.sheetKey === "dataItems" && key === "value") return "unit";
  if (table.sheetKey === "negotiations" && key === "investment") return "investmentUnit";
  return undefined;
}

/** The unit of a row's amount in `field`: the row's 单位 / 投资单位, or the header's （万元）. */
export function fieldUnit(table: Table, row: TableRow, field: Field): string | undefined {
  const unitColumn = unitColumnOf(table, field);
  if (unitColumn) {
    const text = textOf(cellOf(row, unitColumn).parsed, formatGeneral);
    return text === "" ? undefined : text;
  }
  return unitInHeader(headerText(table, field));
}

/** The cells giving a field's unit row by row (单位, 投资单位), as one range; undefined for a header unit. */
export function unitColumnRange(table: Table, field: Field): SourceRef | undefined {
  const key = unitColumnOf(table, field);
  return key ? columnRange(table, key) : undefined;
}

/** The date a cell holds: a day number in a date format, or a date typed as text. */
export function cellDate(cell: TableCell): DateParts | undefined {
  const parsed = cell.parsed;
  if (parsed.kind === "number") return isDateFormat(cell.numberFormat) ? dateOfSerial(parsed.value) : undefined;
  if (parsed.kind === "text" || parsed.kind === "textNumber") return parseDateText(parsed.text);
  return undefined;
}

/** A cell's value for a comparison or an ordering. */
export type FieldValue =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "date"; readonly date: DateParts }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "none" }
  | { readonly kind: "invalid"; readonly piece: Piece };

export function fieldValue(table: Table, row: TableRow, field: Field, label: string): FieldValue {
  const cell = fieldCell(row, field);
  const date = cellDate(cell);
  if (date) return { kind: "date", date };
  if (field.kind === "column" && field.spec.type === "number") {
    const n = cellNumber(table, row, field.spec, label);
    if (n.ok) return { kind: "number", value: n.value };
    return n.piece.absent ? { kind: "none" } : { kind: "invalid", piece: n.piece };
  }
  const parsed = cell.parsed;
  if (parsed.kind === "number") return { kind: "number", value: parsed.value };
  if (parsed.kind === "blank" || parsed.kind === "notApplicable") return { kind: "none" };
  return { kind: "text", text: textOf(parsed, formatGeneral) };
}

/** The number in a field's cell (an amount to add up, compare or convert). */
export function fieldNumber(table: Table, row: TableRow, field: Field, label: string): NumberResult {
  if (field.kind === "column" && field.spec.type === "number") return cellNumber(table, row, field.spec, label);
  const cell = fieldCell(row, field);
  const source: SourceRef | undefined =
    cell.address === "" ? undefined : { sheet: table.sheetName, cell: cell.address };
  if (cell.parsed.kind === "number" && !isDateFormat(cell.numberFormat))
    return { ok: true, value: cell.parsed.value, format: cell.numberFormat, source };
  const why = cell.parsed.kind === "blank" ? "为空" : `是“${textOf(cell.parsed, formatGeneral)}”，不是数字`;
  const fail = failure(table.sheetName, cell.address, label, why, "填写数字");
  const absent = cell.parsed.kind === "blank" || cell.parsed.kind === "notApplicable";
  return { ok: false, piece: absent ? absentPiece(fail) : fail };
}

/** The report's year (参数 年度), for dates written without their year when it is this one. */
export function reportYear(data: WorkbookData): number | undefined {
  const year = parameterNumber(data, "年度");
  return year.ok ? year.value : undefined;
}

/** A date in a sentence: 9月4日 in the report's year, 2023年9月4日 otherwise (or as `style` asks). */
export function datePiece(
  table: Table,
  row: TableRow,
  field: Field,
  label: string,
  data: WorkbookData,
  style: DateStyle = "自动",
): Piece {
  const cell = fieldCell(row, field);
  const source: SourceRef[] = cell.address === "" ? [] : [{ sheet: table.sheetName, cell: cell.address }];
  const date = cellDate(cell);
  if (date) return textPiece(datePhrase(date, style, reportYear(data)), source);
  const kind = cell.parsed.kind;
  if (kind === "blank" || kind === "notApplicable") {
    const reason = cell.address === "" ? `不存在（表中没有“${field.header}”列）` : "为空";
    return absentPiece(failure(table.sheetName, cell.address, label, reason, "填写日期"));
  }
  const why = `是“${textOf(cell.parsed, formatGeneral)}”，不是日期`;
  return failure(table.sheetName, cell.address, label, why, "填写日期，如 2023/9/4（单元格设为日期格式）");
}

/** Whether a field holds dates: a layout date column, or a user's column named …日期 / …时间. */
export function isDateField(field: Field): boolean {
  return field.kind === "column" ? field.spec.type === "date" : /日期|时间/.test(field.header);
}

/** A field's cell in a sentence: numbers as the cell shows them, dates as 公文 write them, text as typed. */
export function fieldPiece(table: Table, row: TableRow, field: Field, label: string, data: WorkbookData): Piece {
  if (field.kind === "column") {
    if (field.spec.type === "date") return datePiece(table, row, field, label, data);
    return cellPiece(table, row, field.spec, label);
  }
  const cell = fieldCell(row, field);
  const source: SourceRef | undefined =
    cell.address === "" ? undefined : { sheet: table.sheetName, cell: cell.address };
  const parsed = cell.parsed;
  if (parsed.kind === "number") {
    if (isDateFormat(cell.numberFormat)) return datePiece(table, row, field, label, data);
    return numberPiece(parsed.value, cell.numberFormat, source);
  }
  if (isDateField(field) && cellDate(cell)) return datePiece(table, row, field, label, data);
  if (parsed.kind === "blank" || parsed.kind === "notApplicable") {
    return absentPiece(failure(table.sheetName, cell.address, label, "为空", "填写该单元格"));
  }
  if (parsed.kind === "excelError" || parsed.kind === "formulaWithoutResult") {
    const why = parsed.kind === "excelError" ? `是错误值“${parsed.text}”` : "的公式没有计算结果";
    return failure(table.sheetName, cell.address, label, why, "修正该单元格");
  }
  const text = textOf(parsed, formatGeneral);
  return textPiece(text, source ? [source] : [], { endsWithProjectName: text.endsWith("项目") });
}
