/**
 * The phrase functions a template can call, in one table: 同比, 完成率, 序时进度 (indicator wording),
 * 个数 and 列举 (counts and lists over a table's rows), 连接 and 合作 (joining names in a cell),
 * 荣誉列举 (the honours clause), 累计月份 (1—10月份). Each binds cells to a pure phrase rule of
 * src/core/narrative and records the cells it read.
 */
import type { SourceRef } from "../document";
import { formatGeneral } from "../format-number";
import { columnSpec, type ColumnKey, type ColumnSpec } from "../layout";
import { completionPhrase, scheduleGapPhrase, schedulePhrase } from "../phrases/completion-phrase";
import { HEADING_NUMBER_TOKEN } from "../phrases/heading-number";
import { estimateLead, isYearEnd, periodName } from "../phrases/period";
import { textOf } from "../parse-cell";
import { distinctToken } from "./quantities";
import { DEFAULT_RATE_FORMAT, growthPhrase } from "../phrases/growth-phrase";
import { honourClauses, type HonourEntry } from "../phrases/honour-clauses";
import { joinNames, partnerPhrase, splitNames } from "../phrases/join-names";
import { cellOf, type Table, type TableRow } from "../read-table";
import {
  cellNumber,
  type NumberResult,
  cellPiece,
  columnByName,
  columnRange,
  failure,
  labelColumnKey,
  parameterNumber,
  rowLabel,
  tableByName,
} from "./data-access";
import { absentPiece, concatPieces, EMPTY_PIECE, textPiece, type Piece } from "./piece";
import { behindSchedule, cumulativeGrowth } from "./progress-functions";
import { joinListItems } from "./list-items";
import { readSelection, selectRows } from "./row-selection";
import type { CallExpression } from "./template-ast";
import { templateError, type Scope } from "./template-scope";
import { countInGroup } from "./functions/aggregate";
import { indicatorNamed } from "./functions/indicator-rates";
import { isPiece } from "./functions/call-options";
import { numericArg } from "./functions/values";
import { unknownTableMessage } from "./fields";
import { publishedGrowthPiece } from "./functions/change";
import { STATISTICS_FUNCTIONS } from "./functions/index";
import { ratio } from "./functions/comparison";

const completionOfValues = ratio(true);

export interface TemplateFunction {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly minArgs: number;
  readonly maxArgs: number;
  /** Whether the call takes an item template after "：". */
  readonly body: boolean;
  readonly evaluate: (call: CallExpression, scope: Scope) => Piece;
}

/** The 主要指标 columns the indicator functions read, looked up by key (a typo is a compile error). */
const INDICATOR = {
  estimate: columnSpec("indicators", "estimate"),
  target: columnSpec("indicators", "target"),
  lastYear: columnSpec("indicators", "lastYear"),
  cumulative: columnSpec("indicators", "cumulative"),
};

const HONOUR = {
  grantor: columnSpec("honours", "grantor"),
  method: columnSpec("honours", "method"),
  title: columnSpec("honours", "title"),
};

type IndicatorColumn = ColumnSpec<ColumnKey<"indicators">>;
type IndicatorRow = TableRow<ColumnKey<"indicators">>;

/** “工业销售收入·全年预计”: the row and the column, as markers and issues name a value. */
function fieldLabel(rowName: string, column: ColumnSpec<string>): string {
  return `${rowName}·${column.header}`;
}

function indicatorNumber(table: Table, row: IndicatorRow, name: string, column: IndicatorColumn): NumberResult {
  return cellNumber(table, row, column, fieldLabel(name, column));
}

function rateFormat(row: IndicatorRow, key: "completion" | "growth"): string {
  const format = cellOf(row, key).numberFormat;
  return format.includes("%") ? format : DEFAULT_RATE_FORMAT;
}

/** The 主要指标 row an indicator function is about: its argument, or the current list row. */
function indicatorRow(
  call: CallExpression,
  scope: Scope,
  needed: IndicatorColumn,
): { row: IndicatorRow; table: Table; name: string } | Piece {
  const table = scope.data.tables.indicators;
  const arg = call.args[0];
  if (!arg) {
    if (scope.current && scope.current.table.sheetKey === "indicators") {
      return { row: scope.current.row, table, name: rowLabel(table, scope.current.row) };
    }
    return templateError(
      scope,
      "template-bad-argument",
      `${call.name}需要指标名，如{${call.name}(工业销售收入)}`,
      call.span.start,
    );
  }
  if (arg.operator)
    return templateError(scope, "template-bad-argument", `${call.name}的参数应为指标名`, arg.span.start);
  const name = arg.name.join(".");
  // a name near an indicator's is a slip of the template: 是否指“…”？
  return indicatorNamed(name, scope, arg.span.start, needed);
}

function sourcesOf(...sources: (SourceRef | undefined)[]): SourceRef[] {
  return sources.filter((s): s is SourceRef => s !== undefined);
}

/**
 * A quotient too large for a double (a huge figure over a tiny divisor): Excel shows #NUM!, so the
 * text gets a 【待补】 marker pointing at the dividend rather than a figure nobody can print.
 */
function overflowFailure(
  table: Table,
  row: IndicatorRow,
  name: string,
  dividend: IndicatorColumn,
  divisor: IndicatorColumn,
): Piece {
  return failure(
    table.sheetName,
    cellOf(row, dividend.key).address,
    fieldLabel(name, dividend),
    `除以${divisor.header}的结果超出 Excel 能表示的最大数`,
    `核对${dividend.header}与${divisor.header}是否按同一单位填写`,
  );
}

/** {同比(工业销售收入)} → 同比增长16.0% / 同比下降5.2% / 与上年持平 / 同比增长1.79倍 / 上年同期无此项 / 扭亏为盈. */
function growth(call: CallExpression, scope: Scope): Piece {
  const found = indicatorRow(call, scope, INDICATOR.estimate);
  if (!("row" in found)) return found;
  const { row, table, name } = found;
  // an official rate (公布增速, growth at comparable prices) wins over the computed one
  const published = publishedGrowthPiece({ table, row, name });
  if (published) return published;
  const estimate = indicatorNumber(table, row, name, INDICATOR.estimate);
  if (!estimate.ok) return estimate.piece;
  const lastYear = indicatorNumber(table, row, name, INDICATOR.lastYear);
  if (!lastYear.ok) return lastYear.piece;
  // a loss (由盈转亏) is worded without the rate, so only a rate to print can overflow
  if (lastYear.value > 0 && estimate.value >= 0 && !Number.isFinite(estimate.value / lastYear.value)) {
    return overflowFailure(table, row, name, INDICATOR.estimate, INDICATOR.lastYear);
  }
  return textPiece(
    growthPhrase(estimate.value, lastYear.value, rateFormat(row, "growth")),
    sourcesOf(estimate.source, lastYear.source),
  );
}

/** Target ≤ 0: no completion rate exists. */
function noTarget(table: Table, row: IndicatorRow, name: string, value: number): Piece {
  const cell = cellOf(row, "target").address;
  const fail = failure(
    table.sheetName,
    cell,
    fieldLabel(name, INDICATOR.target),
    `为${formatGeneral(value)}，无法计算完成率`,
    "填写大于0的年度任务",
  );
  return value === 0 ? absentPiece(fail) : fail;
}

/** {完成率(工业销售收入)} → 104.7%. */
function completion(call: CallExpression, scope: Scope): Piece {
  // {完成率(完成数, 计划数)} of two values (合计(…) of a table, 数据项 …) is {比重(甲, 乙)}
  if (call.args.length >= 2) return completionOfValues(call, scope);
  const found = indicatorRow(call, scope, INDICATOR.estimate);
  if (!("row" in found)) return found;
  const { row, table, name } = found;
  const estimate = indicatorNumber(table, row, name, INDICATOR.estimate);
  if (!estimate.ok) return estimate.piece;
  const target = indicatorNumber(table, row, name, INDICATOR.target);
  if (!target.ok) return target.piece;
  if (!(target.value > 0)) return noTarget(table, row, name, target.value);
  // a negative figure (a loss) has no completion: “占年任务-6.7%” is never written
  if (estimate.value < 0) return absentPiece(EMPTY_PIECE);
  if (!Number.isFinite(estimate.value / target.value)) {
    return overflowFailure(table, row, name, INDICATOR.estimate, INDICATOR.target);
  }
  return textPiece(
    completionPhrase(estimate.value, target.value, rateFormat(row, "completion")),
    sourcesOf(estimate.source, target.source),
  );
}

/**
 * {序时进度(实际利用外资)} → 完成年度任务的84.1%，超序时进度0.8个百分点;
 * {序时进度(完成, 计划)} with two values (合计(…) of a table, 数据项 …) → 超序时进度3.4个百分点: the
 * comparison alone, the template writing the share itself ({比重(完成, 计划)}).
 */
function schedule(call: CallExpression, scope: Scope): Piece {
  if (call.args.length === 2) return scheduleOfValues(call, scope);
  const found = indicatorRow(call, scope, INDICATOR.cumulative);
  if (!("row" in found)) return found;
  const { row, table, name } = found;
  const cumulative = indicatorNumber(table, row, name, INDICATOR.cumulative);
  if (!cumulative.ok) return cumulative.piece;
  const target = indicatorNumber(table, row, name, INDICATOR.target);
  if (!target.ok) return target.piece;
  if (!(target.value > 0)) return noTarget(table, row, name, target.value);
  if (cumulative.value < 0) return absentPiece(EMPTY_PIECE);
  if (!Number.isFinite(cumulative.value / target.value)) {
    return overflowFailure(table, row, name, INDICATOR.cumulative, INDICATOR.target);
  }
  const month = parameterNumber(scope.data, "截至月份");
  if (!month.ok) return month.piece;
  const text = schedulePhrase(cumulative.value, target.value, month.value, rateFormat(row, "completion"));
  return textPiece(text, sourcesOf(cumulative.source, target.source, month.source));
}

function scheduleOfValues(call: CallExpression, scope: Scope): Piece {
  const [first, second] = call.args;
  if (!first || !second || first.operator || second.operator) {
    return templateError(
      scope,
      "template-bad-argument",
      `序时进度需要指标名，或完成数和计划数两个值，如{序时进度(合计(在建项目, 累计完成投资), 合计(在建项目, 年度计划投资))}`,
      call.span.start,
    );
  }
  const done = numericArg(first, scope);
  if (isPiece(done)) return done;
  const planned = numericArg(second, scope);
  if (isPiece(planned)) return planned;
  const sources = [...done.sources, ...planned.sources];
  if (!(planned.value > 0) || done.value < 0) return absentPiece(textPiece("", sources));
  const month = parameterNumber(scope.data, "截至月份");
  if (!month.ok) return month.piece;
  return textPiece(scheduleGapPhrase(done.value, planned.value, month.value), sourcesOf(...sources, month.source));
}

/** {累计月份} → 1—10月份. */
function months(_call: CallExpression, scope: Scope): Piece {
  const month = parameterNumber(scope.data, "截至月份");
  if (!month.ok) return month.piece;
  return textPiece(periodName(month.value), sourcesOf(month.source));
}

/** {序号} in a heading → 一、 / （一） / 1., counted over the headings the document keeps. */
function headingNumberPlaceholder(): Piece {
  return textPiece(HEADING_NUMBER_TOKEN);
}

/** {预计到年底} → 预计到12月底， (an estimate, before the year ends) / 全年 (截至月份 = 12). */
function yearEndLead(_call: CallExpression, scope: Scope): Piece {
  const month = parameterNumber(scope.data, "截至月份");
  if (!month.ok) return month.piece;
  return textPiece(estimateLead(month.value), sourcesOf(month.source));
}

/**
 * {预计完成(实际利用外资)} → 预计到年底可完成2200万美元的任务, only where the 全年预计 reaches the
 * 年度任务; below it, 预计全年可完成2100万美元，占年任务95.5% (never a completion the figures do not
 * show). At year end (截至月份 = 12) nothing is estimated: the clause is left out.
 */
function expectedCompletion(call: CallExpression, scope: Scope): Piece {
  const found = indicatorRow(call, scope, INDICATOR.estimate);
  if (!("row" in found)) return found;
  const { row, table, name } = found;
  const month = parameterNumber(scope.data, "截至月份");
  if (!month.ok) return month.piece;
  if (isYearEnd(month.value)) return absentPiece(EMPTY_PIECE);
  const estimate = indicatorNumber(table, row, name, INDICATOR.estimate);
  if (!estimate.ok) return estimate.piece;
  const target = indicatorNumber(table, row, name, INDICATOR.target);
  if (!target.ok) return target.piece;
  if (!(target.value > 0) || estimate.value < 0) return absentPiece(EMPTY_PIECE);
  const unitCell = cellOf(row, "unit");
  const unit = textOf(unitCell.parsed, formatGeneral);
  const sources = sourcesOf(estimate.source, target.source, month.source, sourceAt(table, unitCell.address));
  const text =
    estimate.value >= target.value
      ? `预计到年底可完成${distinctToken(target.value, target.format)}${unit}的任务`
      : `预计全年可完成${distinctToken(estimate.value, estimate.format)}${unit}，占年任务${completionPhrase(
          estimate.value,
          target.value,
          rateFormat(row, "completion"),
        )}`;
  return textPiece(text, sources);
}

function sourceAt(table: Table, cell: string): SourceRef | undefined {
  return cell === "" ? undefined : { sheet: table.sheetName, cell };
}

/**
 * A table whose sheet the workbook does not have: data the unit never had, so the [ ] clause that
 * counts or lists it is left out; outside [ ] the marker says which sheet is missing.
 */
function missingSheet(table: Table): Piece {
  return absentPiece(
    failure(
      table.sheetName,
      "",
      table.sheetName,
      `不存在（工作簿中没有“${table.sheetName}”工作表）`,
      `添加“${table.sheetName}”工作表，或在模板中删去用到它的这一句`,
    ),
  );
}

/** The table named by a count's or list's first argument. */
function tableArg(call: CallExpression, scope: Scope): Table | Piece {
  const arg = call.args[0];
  if (!arg || arg.operator) {
    return templateError(
      scope,
      "template-bad-argument",
      `${call.name}的第一个参数应为表名，如在建项目`,
      (arg ?? call).span.start,
    );
  }
  const name = arg.name.join(".");
  const table = tableByName(scope.data, name);
  if (!table) return templateError(scope, "template-unknown-field", unknownTableMessage(name), arg.span.start);
  if (!table.present) return missingSheet(table);
  return table;
}

/** {个数(在建项目, 进度!=滞后)} → 6; {个数} in an item of 分组 → the rows of the group. */
function count(call: CallExpression, scope: Scope): Piece {
  const inGroup = countInGroup(call, scope);
  if (inGroup) return inGroup;
  const table = tableArg(call, scope);
  if (!("rows" in table)) return table;
  const selection = readSelection(table, call.args.slice(1), scope, false);
  if (!("tests" in selection)) return selection;
  const selected = selectRows(table, selection);
  if (!("rows" in selected)) return selected;
  // without a condition the count rests on the rows themselves: their name column
  const names = selection.tests.length > 0 ? undefined : columnRange(table, labelColumnKey(table));
  const sources = names ? selected.sources.concat([names]) : selected.sources;
  const piece = textPiece(String(selected.rows.length), sources, { number: selected.rows.length });
  // “其余0个项目” is never written: a count of nothing leaves its [ ] clause
  return selected.rows.length === 0 ? absentPiece(piece) : piece;
}

/** {列举(在建项目, 进度!=滞后)：{项目名称}项目，{进展情况}} → （1）…；（2）…. An empty list is absent. */
function list(call: CallExpression, scope: Scope): Piece {
  const table = tableArg(call, scope);
  if (!("rows" in table)) return table;
  const selection = readSelection(table, call.args.slice(1), scope, true);
  if (!("tests" in selection)) return selection;
  const selected = selectRows(table, selection);
  if (!("rows" in selected)) return selected;
  const body = call.body ?? [];
  const items: Piece[] = [];
  const seen = new Set<string>();
  for (const row of selected.rows) {
    // every field of Scope written out: an object spread per row is slow on 100,000-row tables
    const itemScope: Scope = {
      data: scope.data,
      location: scope.location,
      optional: false,
      current: { table, row },
      listMarker: scope.listMarker,
      evaluate: scope.evaluate,
    };
    const item = scope.evaluate(body, itemScope);
    // an error in the item template itself would repeat in every item: show it once
    if (item.issues.some((i) => i.code.startsWith("template-"))) return item;
    if (item.text === "") continue;
    if (selection.options.distinct) {
      if (seen.has(item.text)) continue;
      seen.add(item.text);
    }
    items.push(item);
  }
  const joined = joinListItems(items, selection.options, scope);
  if (items.length === 0) return joined;
  return { ...joined, sources: selected.sources.concat(joined.sources) };
}

/** The names in a cell of the current row ("鑫达集团、华泰公司"). */
function namesInCell(call: CallExpression, scope: Scope): { names: string[]; piece: Piece } | Piece {
  const arg = call.args[0];
  if (!arg || arg.operator)
    return templateError(
      scope,
      "template-bad-argument",
      `${call.name}的参数应为列名，如{${call.name}(合作方)}`,
      call.span.start,
    );
  const name = arg.name.join(".");
  if (!scope.current)
    return templateError(scope, "template-bad-argument", `${call.name}只能用在列举的条目中`, call.span.start);
  const { table, row } = scope.current;
  const column = columnByName(table, name);
  if (!column)
    return templateError(scope, "template-unknown-field", `${table.sheetName}表没有“${name}”列`, arg.span.start);
  const piece = cellPiece(table, row, column, `${rowLabel(table, row)}·${column.header}`);
  if (piece.absent || piece.issues.length > 0) return piece;
  const names = splitNames(piece.text);
  if (names.length === 0) return absentPiece(EMPTY_PIECE);
  return { names, piece };
}

/** {连接(合作方)} → 鑫达集团和华泰公司 / A、B和C; a second argument picks the conjunction (及, 与). */
function join(call: CallExpression, scope: Scope): Piece {
  const found = namesInCell(call, scope);
  if (!("names" in found)) return found;
  const conjunction = call.args[1]?.name.join(".") ?? "和";
  return { ...found.piece, text: joinNames(found.names, conjunction), endsWithProjectName: false };
}

/** {合作(合作方)} → 由鑫达集团和华泰公司共同合作 / 与鑫达集团合作. */
function partners(call: CallExpression, scope: Scope): Piece {
  const found = namesInCell(call, scope);
  if (!("names" in found)) return found;
  return { ...found.piece, text: partnerPhrase(found.names), endsWithProjectName: false };
}

/**
 * {荣誉列举} → 被市委、市政府命名为“市级文明单位”，被市总工会评为“…”，….
 * Conditions as in 个数 pick the rows: {荣誉列举(级别=国家级|省级)}; the table's name may lead
 * ({荣誉列举(荣誉, 级别=省级)}), as in the other functions of a table.
 */
function honours(call: CallExpression, scope: Scope): Piece {
  const table = scope.data.tables.honours;
  if (!table.present) return missingSheet(table);
  const first = call.args[0];
  const named =
    first !== undefined && !first.operator && !first.call && tableByName(scope.data, first.name.join(".")) === table;
  const selection = readSelection(table, named ? call.args.slice(1) : call.args, scope, false);
  if (!("tests" in selection)) return selection;
  const selected = selectRows(table, selection);
  if (!("rows" in selected)) return selected;
  const entries: HonourEntry[] = [];
  const parts: Piece[] = selection.tests.length > 0 ? [textPiece("", selected.sources)] : [];
  for (const row of selected.rows) {
    const label = rowLabel(table, row);
    const field = (column: (typeof HONOUR)[keyof typeof HONOUR]): Piece => {
      const piece = cellPiece(table, row, column, fieldLabel(label, column));
      // a blank 方式 means 评为 (honourClauses); other blanks keep their marker
      return piece.absent ? (column === HONOUR.method ? EMPTY_PIECE : (piece.fallback ?? piece)) : piece;
    };
    const grantor = field(HONOUR.grantor);
    const method = field(HONOUR.method);
    const title = field(HONOUR.title);
    parts.push(grantor, method, title);
    entries.push({ grantor: grantor.text, method: method.text, title: title.text });
  }
  if (entries.length === 0) return absentPiece(EMPTY_PIECE);
  return { ...concatPieces(parts), text: honourClauses(entries) };
}

export const TEMPLATE_FUNCTIONS: readonly TemplateFunction[] = [
  { name: "同比", aliases: ["同比增长"], minArgs: 0, maxArgs: 1, body: false, evaluate: growth },
  { name: "完成率", aliases: ["完成"], minArgs: 0, maxArgs: 4, body: false, evaluate: completion },
  { name: "序时进度", aliases: [], minArgs: 0, maxArgs: 2, body: false, evaluate: schedule },
  { name: "个数", aliases: ["计数"], minArgs: 0, maxArgs: 20, body: false, evaluate: count },
  { name: "列举", aliases: ["列表"], minArgs: 1, maxArgs: 20, body: true, evaluate: list },
  { name: "连接", aliases: [], minArgs: 1, maxArgs: 2, body: false, evaluate: join },
  { name: "合作", aliases: [], minArgs: 1, maxArgs: 1, body: false, evaluate: partners },
  { name: "荣誉列举", aliases: ["荣誉"], minArgs: 0, maxArgs: 20, body: false, evaluate: honours },
  { name: "累计月份", aliases: [], minArgs: 0, maxArgs: 0, body: false, evaluate: months },
  { name: "预计到年底", aliases: [], minArgs: 0, maxArgs: 0, body: false, evaluate: yearEndLead },
  { name: "序号", aliases: [], minArgs: 0, maxArgs: 0, body: false, evaluate: headingNumberPlaceholder },
  { name: "累计同比", aliases: [], minArgs: 0, maxArgs: 1, body: false, evaluate: cumulativeGrowth },
  { name: "低于序时进度", aliases: [], minArgs: 0, maxArgs: 0, body: false, evaluate: behindSchedule },
  { name: "预计完成", aliases: [], minArgs: 0, maxArgs: 1, body: false, evaluate: expectedCompletion },
  // rates and changes, ranks, 换算, aggregates and groups, comparisons, dates: functions/
  ...STATISTICS_FUNCTIONS,
];

/** The function a template names (or an alias of it). */
export function findFunction(name: string): TemplateFunction | undefined {
  return TEMPLATE_FUNCTIONS.find((f) => f.name === name || f.aliases.includes(name));
}

/** Checks the argument count and body, then evaluates. */
export function callFunction(fn: TemplateFunction, call: CallExpression, scope: Scope): Piece {
  if (call.args.length < fn.minArgs || call.args.length > fn.maxArgs) {
    const expected = fn.minArgs === fn.maxArgs ? `${fn.minArgs}个` : `${fn.minArgs}至${fn.maxArgs}个`;
    return templateError(
      scope,
      "template-bad-argument",
      `${fn.name}应有${expected}参数，却有${call.args.length}个`,
      call.span.start,
    );
  }
  if (fn.body && !call.body) {
    return templateError(
      scope,
      "template-bad-argument",
      `${fn.name}需要在“：”后写出每一项的内容，如{列举(在建项目)：{项目名称}}`,
      call.span.start,
    );
  }
  if (!fn.body && call.body) {
    return templateError(scope, "template-bad-argument", `${fn.name}后不能接“：”和条目内容`, call.span.start);
  }
  return fn.evaluate(call, scope);
}
