/**
 * Looking up the values a template names — 参数 rows, 主要指标 fields, 数据项, and the columns of a
 * row inside a list — and turning each cell into a piece of text: formatted as the cell shows it,
 * or a 【待补：…】 marker with an issue at that cell when it is missing or unusable.
 */
import type { SourceRef } from "../document";
import { formatDateSerial, formatGeneral, isDateFormat } from "../format-number";
import {
  columnsOf,
  columnSpec,
  INPUT_SHEET_KEYS,
  LAYOUT,
  PARAMETERS,
  type AnyColumnKey,
  type ColumnSpec,
  type ParameterKey,
  type SheetKey,
  type SheetSpec,
} from "../layout";
import { quoteRaw, textOf, type ParsedCell } from "../parse-cell";
import { cellOf, normaliseHeader, type Table, type TableCell, type TableRow } from "../read-table";
import type { WorkbookData } from "../parse-workbook";
import { isCountUnit } from "../phrases/count-units";
import { absentPiece, missingPiece, textPiece, type Piece } from "./piece";
import { distinctToken, quantityToken } from "./quantities";
import { missingValueIssue } from "./template-issues";

/** A number read from a cell, or the piece to write instead. */
export type NumberResult =
  | { readonly ok: true; readonly value: number; readonly format: string; readonly source?: SourceRef }
  | { readonly ok: false; readonly piece: Piece };

const same = (a: string, b: string): boolean => normaliseHeader(a) === normaliseHeader(b);

/** The input table a template names (its sheet name, e.g. 在建项目). */
/** The 全年预计 column as this workbook's header names it (本年实际, 全年完成 …), for error messages. */
export function estimateHeader(data: WorkbookData): string {
  const typed = data.tables.indicators.columns.estimate?.text ?? "";
  const name = typed.replace(/\s/g, "").replace(/[（(].*$/, "");
  return name === "" ? "全年预计" : name;
}

export function tableByName(data: WorkbookData, name: string): Table | undefined {
  const key = INPUT_SHEET_KEYS.find((k) => same(LAYOUT[k].name, name) || same(`${LAYOUT[k].name}表`, name));
  return key ? data.tables[key] : undefined;
}

/** A column's data cells as one range source ("F2:F8"; a single cell when there is one row). */
export function columnRange(table: Table, key: AnyColumnKey): SourceRef | undefined {
  const first = table.rows[0];
  const last = table.rows[table.rows.length - 1];
  if (!first || !last) return undefined;
  const a = cellOf(first, key).address;
  const b = cellOf(last, key).address;
  if (a === "" || b === "") return undefined;
  return { sheet: table.sheetName, cell: a === b ? a : `${a}:${b}` };
}

/** Column lookups by sheet and name; the layout is constant, so the answers are too. */
const COLUMN_CACHE = new Map<string, Map<string, ColumnSpec<AnyColumnKey> | null>>();

/** The column of `table` whose header or alias is `name`. */
export function columnByName(table: Table, name: string): ColumnSpec<AnyColumnKey> | undefined {
  let bySheet = COLUMN_CACHE.get(table.sheetKey);
  if (!bySheet) {
    bySheet = new Map();
    COLUMN_CACHE.set(table.sheetKey, bySheet);
  }
  const cached = bySheet.get(name);
  if (cached !== undefined) return cached ?? undefined;
  const columns = columnsOf<SheetKey>(table.sheetKey);
  const n = normaliseHeader(name);
  const found = columns.find((c) => normaliseHeader(c.header) === n || c.aliases.some((a) => normaliseHeader(a) === n));
  bySheet.set(name, found ?? null);
  return found;
}

function sourceOf(table: Table, cell: TableCell): SourceRef | undefined {
  return cell.address === "" ? undefined : { sheet: table.sheetName, cell: cell.address };
}

/** The key of the column naming each row (指标, 项目名称, 荣誉称号, 名称). */
export function labelColumnKey(table: Table): AnyColumnKey {
  const spec: SheetSpec<AnyColumnKey> = LAYOUT[table.sheetKey];
  return spec.labelColumn ?? "name";
}

/** The cell naming a row. */
export function labelCell(table: Table, row: TableRow): TableCell {
  return cellOf(row, labelColumnKey(table));
}

/** "工业销售收入" for a row of 主要指标; "在建项目第5行" when the row has no name. */
export function rowLabel(table: Table, row: TableRow): string {
  const text = textOf(labelCell(table, row).parsed, formatGeneral);
  return text !== "" ? text : `${table.sheetName}第${row.row + 1}行`;
}

/** The row of `table` whose label column reads `name`. */
export function rowByName(table: Table, name: string): TableRow | undefined {
  const key = labelColumnKey(table);
  return table.rows.find((r) => same(textOf(cellOf(r, key).parsed, formatGeneral), name));
}

/** A value that cannot be used: the marker with its issue. */
export function failure(sheet: string, cell: string, label: string, reason: string, suggestion: string): Piece {
  return missingPiece(
    label,
    missingValueIssue(sheet, cell, label, reason, suggestion),
    cell === "" ? undefined : { sheet, cell },
  );
}

/** Why a cell's content is not a usable number, and how to fix it. */
function numberProblem(parsed: ParsedCell, raw: TableCell["raw"]): { reason: string; suggestion: string } {
  switch (parsed.kind) {
    case "blank":
      return { reason: "为空", suggestion: "填写该单元格" };
    case "notApplicable":
      return {
        reason: `填的是${quoteRaw(raw)}（不适用），但模板中此处不可省略`,
        suggestion: "填写数值，或在模板中用[ ]把这一分句括起来，使其可以省略",
      };
    case "textNumber":
      return { reason: `是以文本形式存储的数字${quoteRaw(raw)}`, suggestion: "将该单元格转换为数字" };
    case "fullWidthNumber":
      return { reason: `是全角数字${quoteRaw(raw)}`, suggestion: "改为半角数字" };
    case "numberWithUnit":
      return { reason: `的数值中带了单位${quoteRaw(raw)}`, suggestion: "只填数字，单位不写在数值中" };
    case "excelError":
      return { reason: `是错误值${quoteRaw(raw)}`, suggestion: "修正公式或填写数值" };
    case "formulaWithoutResult":
      return { reason: "的公式没有计算结果", suggestion: "在 Excel 中重算后保存" };
    case "boolean":
    case "text":
      return { reason: `是${quoteRaw(raw)}，不是数字`, suggestion: "填写数字" };
    case "number":
      return { reason: "", suggestion: "" };
    default: {
      const unreachable: never = parsed;
      return unreachable;
    }
  }
}

/** Missing row, column or sheet: the marker, with the issue at the sheet (cell ""). */
function notFound(table: Table, label: string, what: string): Piece {
  const reason = !table.present ? `不存在（工作簿中没有“${table.sheetName}”工作表）` : `不存在（${what}）`;
  return failure(
    table.sheetName,
    "",
    label,
    reason,
    // the template may name data this unit does not have: the fix can be either side
    !table.present
      ? `添加“${table.sheetName}”工作表，或在模板中删去用到它的这一句`
      : `在“${table.sheetName}”表中补上这一项；本单位没有这一项时，在模板中删去或改写这一句`,
  );
}

/**
 * The number in a cell. Blank in an optional column and "—" are absent (the [ ] clause is left
 * out); blank in a required column, text, numbers stored as text, errors are failures.
 */
export function cellNumber(table: Table, row: TableRow, column: ColumnSpec<AnyColumnKey>, label: string): NumberResult {
  const cell = cellOf(row, column.key);
  if (cell.address === "") return { ok: false, piece: notFound(table, label, `表中没有“${column.header}”列`) };
  const source = sourceOf(table, cell);
  if (cell.parsed.kind === "number") {
    if (!isDateFormat(cell.numberFormat))
      return { ok: true, value: cell.parsed.value, format: cell.numberFormat, source };
    // a date typed into a figure: its day number (44927) is no figure
    const date = `“${formatDateSerial(cell.parsed.value)}”`;
    return { ok: false, piece: failure(table.sheetName, cell.address, label, `是日期${date}，不是数字`, "改填数字") };
  }
  const problem = numberProblem(cell.parsed, cell.raw);
  const fail = failure(table.sheetName, cell.address, label, problem.reason, problem.suggestion);
  const isAbsent = cell.parsed.kind === "notApplicable" || (cell.parsed.kind === "blank" && !column.required);
  return { ok: false, piece: isAbsent ? absentPiece(fail) : fail };
}

/**
 * A number as the text states it: a token that `finishQuantities` writes once the paragraph is
 * known (its unit and decimals may depend on the other amounts). A 0 that means "none" (占地0亩,
 * 0名预备党员) is absent: its [ ] clause goes, and outside one the 0 is written.
 */
export function numberPiece(
  value: number,
  format: string,
  source?: SourceRef,
  zeroMeansNone = false,
  distinct = false,
): Piece {
  const token = distinct ? distinctToken(value, format) : quantityToken(value, format);
  const piece = textPiece(token, source ? [source] : [], { number: value });
  return zeroMeansNone && value === 0 ? absentPiece(piece) : piece;
}

/** A cell as text: numbers as the cell shows them, text as typed (trimmed). */
export function cellPiece(table: Table, row: TableRow, column: ColumnSpec<AnyColumnKey>, label: string): Piece {
  if (column.type === "number") {
    const n = cellNumber(table, row, column, label);
    // an indicator or a 数据项 is a quantity of its own; the rows of a project list are one kind
    const distinct = table.sheetKey === "indicators" || table.sheetKey === "dataItems";
    return n.ok ? numberPiece(n.value, n.format, n.source, column.zeroMeansNone, distinct) : n.piece;
  }
  const cell = cellOf(row, column.key);
  if (cell.address === "") return notFound(table, label, `表中没有“${column.header}”列`);
  const source = sourceOf(table, cell);
  const parsed = cell.parsed;
  if (
    parsed.kind === "blank" ||
    parsed.kind === "notApplicable" ||
    parsed.kind === "excelError" ||
    parsed.kind === "formulaWithoutResult"
  ) {
    const problem = numberProblem(parsed, cell.raw);
    const fail = failure(
      table.sheetName,
      cell.address,
      label,
      problem.reason,
      parsed.kind === "blank" ? "填写该单元格" : problem.suggestion,
    );
    const isAbsent = parsed.kind === "notApplicable" || (parsed.kind === "blank" && !column.required);
    return isAbsent ? absentPiece(fail) : fail;
  }
  const text = textOf(parsed, formatGeneral);
  return textPiece(text, source ? [source] : [], {
    number: parsed.kind === "number" ? parsed.value : undefined,
    endsWithProjectName: text.endsWith("项目"),
  });
}

/** The marker for a row that is not in its table (or whose sheet is missing). */
export function missingRow(table: Table, rowName: string, label: string): Piece {
  return notFound(table, label, `${table.sheetName}表中没有“${rowName}”这一行`);
}

/** A field of a named row: {工业销售收入.全年预计}. */
export function namedRowField(table: Table, rowName: string, column: ColumnSpec<AnyColumnKey>): Piece {
  const label = `${rowName}·${column.header}`;
  const row = rowByName(table, rowName);
  if (!row) return missingRow(table, rowName, label);
  const piece = cellPiece(table, row, column, label);
  const unitColumn =
    table.sheetKey === "indicators" && column.type === "number" ? columnSpec("indicators", "unit") : undefined;
  if (!unitColumn || piece.number === undefined) return piece;
  const unitCell = cellOf(row, unitColumn.key);
  const unit = textOf(unitCell.parsed, formatGeneral);
  if (unit === "" || unitCell.address === "") return piece;
  return {
    ...piece,
    unit: { text: unit, sheet: table.sheetName, cell: unitCell.address, label: `${rowName}·${unitColumn.header}` },
  };
}

/** The 数据项 value of `name`: {天然气主管道长度}. */
export function dataItemPiece(data: WorkbookData, name: string): Piece {
  const table = data.tables.dataItems;
  const row = rowByName(table, name);
  if (!row) return notFound(table, name, `数据项表中没有“${name}”这一行；若不是数据项，请检查模板中的名称`);
  const value = columnSpec("dataItems", "value");
  const piece = cellPiece(table, row, value, name);
  // a count of nothing is no news: 0名预备党员, 0个项目 leave their clause
  const unit = textOf(cellOf(row, "unit").parsed, formatGeneral);
  return piece.number === 0 && !piece.absent && isCountUnit(unit) ? absentPiece(piece) : piece;
}

export function hasDataItem(data: WorkbookData, name: string): boolean {
  return rowByName(data.tables.dataItems, name) !== undefined;
}

/** The known 参数 key for a name or alias. */
export function parameterKey(name: string): ParameterKey | undefined {
  return (Object.keys(PARAMETERS) as ParameterKey[]).find((k) => {
    const spec = PARAMETERS[k];
    return same(spec.name, name) || spec.aliases.some((a) => same(a, name));
  });
}

/** The 值 cell of a 参数 row by name (known keys through parseWorkbook, others by their name). */
export function parameterCell(data: WorkbookData, name: string): TableCell | undefined {
  const key = parameterKey(name);
  if (key) return data.parameters[key]?.cell;
  const row = data.tables.parameters.rows.find((r) => same(textOf(cellOf(r, "name").parsed, formatGeneral), name));
  return row ? cellOf(row, "value") : undefined;
}

export function isParameter(data: WorkbookData, name: string): boolean {
  return parameterKey(name) !== undefined || parameterCell(data, name) !== undefined;
}

/** Integer-valued 参数 (年度, 截至月份) may be typed as text in the text column 值. */
function parameterValueNumber(parsed: ParsedCell): number | undefined {
  if (parsed.kind === "number" || parsed.kind === "textNumber" || parsed.kind === "fullWidthNumber")
    return parsed.value;
  return undefined;
}

/** A 参数 as a number, checked: 年度 a whole number, 截至月份 1–12, 美元汇率 > 0. */
export function parameterNumber(data: WorkbookData, name: string): NumberResult {
  const key = parameterKey(name);
  const label = key ? PARAMETERS[key].name : name;
  const sheet = data.tables.parameters.sheetName;
  const cell = parameterCell(data, name);
  if (!cell) {
    const reason = data.tables.parameters.present
      ? `不存在（参数表中没有“${label}”这一行）`
      : `不存在（工作簿中没有“${sheet}”工作表）`;
    return { ok: false, piece: failure(sheet, "", label, reason, `在参数表中添加“${label}”一行并填写其值`) };
  }
  const source: SourceRef | undefined = cell.address === "" ? undefined : { sheet, cell: cell.address };
  const value = parameterValueNumber(cell.parsed);
  const valid =
    value !== undefined &&
    (key === "year"
      ? Number.isInteger(value) && value > 0
      : key === "month"
        ? Number.isInteger(value) && value >= 1 && value <= 12
        : key === "usdRate"
          ? value > 0
          : true);
  if (valid && value !== undefined) return { ok: true, value, format: "General", source };
  const expectation =
    key === "month"
      ? "应为1至12的整数"
      : key === "year"
        ? "应为四位年份"
        : key === "usdRate"
          ? "应为大于0的数"
          : "应为数字";
  const reason = cell.parsed.kind === "blank" ? "为空" : `为${quoteRaw(cell.raw)}，${expectation}`;
  const fail = failure(sheet, cell.address, label, reason, `填写${label}（${expectation}）`);
  const optional = key !== undefined && !PARAMETERS[key].required;
  const isAbsent = cell.parsed.kind === "notApplicable" || (cell.parsed.kind === "blank" && optional);
  return { ok: false, piece: isAbsent ? absentPiece(fail) : fail };
}

/** A 参数 as text: {单位名称}, {年度}. */
export function parameterPiece(data: WorkbookData, name: string): Piece {
  const key = parameterKey(name);
  if (key === "year" || key === "month" || key === "usdRate") {
    const n = parameterNumber(data, name);
    return n.ok ? textPiece(formatGeneral(n.value), n.source ? [n.source] : [], { number: n.value }) : n.piece;
  }
  const label = key ? PARAMETERS[key].name : name;
  const sheet = data.tables.parameters.sheetName;
  const cell = parameterCell(data, name);
  if (!cell) {
    return failure(
      sheet,
      "",
      label,
      `不存在（参数表中没有“${label}”这一行）`,
      `在参数表中添加“${label}”一行并填写其值`,
    );
  }
  const source: SourceRef | undefined = cell.address === "" ? undefined : { sheet, cell: cell.address };
  const parsed = cell.parsed;
  if (
    parsed.kind === "blank" ||
    parsed.kind === "notApplicable" ||
    parsed.kind === "excelError" ||
    parsed.kind === "formulaWithoutResult"
  ) {
    const fail = failure(
      sheet,
      cell.address,
      label,
      parsed.kind === "blank"
        ? "为空"
        : parsed.kind === "formulaWithoutResult"
          ? "的公式没有计算结果"
          : `为${quoteRaw(cell.raw)}`,
      `填写${label}`,
    );
    const optional = key !== undefined && !PARAMETERS[key].required;
    return parsed.kind === "notApplicable" || (parsed.kind === "blank" && optional) ? absentPiece(fail) : fail;
  }
  return textPiece(textOf(parsed, formatGeneral), source ? [source] : [], {
    number: parsed.kind === "number" ? parsed.value : undefined,
  });
}
