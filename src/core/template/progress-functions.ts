/**
 * The phrases of a monthly or quarterly progress report (issue 15): figures for 1—N月 against the
 * same months of last year (同比 of like against like), and the indicators behind the schedule.
 *   {累计同比(工业销售收入)} → 同比增长12.3% (截至本月累计 against 上年同期累计)
 *   {低于序时进度}           → 出口额和财政收入 (the indicators whose completion trails N/12)
 */
import type { SourceRef } from "../document";
import { formatNumber } from "../format-number";
import { columnSpec } from "../layout";
import { scheduleProgress } from "../metrics";
import { POINTS_FORMAT } from "../phrases/completion-phrase";
import { growthPhrase, DEFAULT_RATE_FORMAT, showsZero } from "../phrases/growth-phrase";
import { joinNames } from "../phrases/join-names";
import { cellOf, type Table, type TableRow } from "../read-table";
import { cellNumber, parameterNumber, rowByName, rowLabel, missingRow } from "./data-access";
import { publishedRate, rateWords } from "./functions/indicator-rates";
import { absentPiece, EMPTY_PIECE, textPiece, type Piece } from "./piece";
import type { CallExpression } from "./template-ast";
import { templateError, type Scope } from "./template-scope";

const CUMULATIVE = columnSpec("indicators", "cumulative");
const LAST_YEAR_CUMULATIVE = columnSpec("indicators", "lastYearCumulative");

function sourcesOf(...sources: (SourceRef | undefined)[]): SourceRef[] {
  return sources.filter((s): s is SourceRef => s !== undefined);
}

/** The row a function is about: its argument (an indicator's name) or the current list row. */
function indicatorRow(call: CallExpression, scope: Scope): { table: Table; row: TableRow; name: string } | Piece {
  const table: Table = scope.data.tables.indicators;
  const arg = call.args[0];
  if (!arg) {
    if (scope.current && scope.current.table.sheetKey === "indicators") {
      return { table, row: scope.current.row, name: rowLabel(table, scope.current.row) };
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
  const row = rowByName(table, name);
  return row ? { table, row, name } : missingRow(table, name, `${name}·${CUMULATIVE.header}`);
}

/**
 * {累计同比(指标)}: 1—N月 this year against 1—N月 last year, worded as 同比 (同比增长12.3% /
 * 同比下降5.2% / 与上年持平 …). A row with a 公布增速 uses it: part-way through the year the rate
 * the statistics bureau publishes is the 1—N月 one (GDP at comparable prices, 5.6% where the two
 * current-price totals give 7.2%). A workbook without a 上年同期累计 column (and no published
 * rate) has no such comparison: the [ ] clause is left out.
 */
export function cumulativeGrowth(call: CallExpression, scope: Scope): Piece {
  const found = indicatorRow(call, scope);
  if (!("row" in found)) return found;
  const { table, row, name } = found;
  const published = publishedRate({ table, row, name });
  if (published && "percent" in published) {
    return textPiece(rateWords(published, "同比", { up: "增长", down: "下降" }), [...published.sources]);
  }
  if (published) return published;
  if (!table.columns.lastYearCumulative) return absentPiece(EMPTY_PIECE);
  const cumulative = cellNumber(table, row, CUMULATIVE, `${name}·${CUMULATIVE.header}`);
  if (!cumulative.ok) return cumulative.piece;
  const lastYear = cellNumber(table, row, LAST_YEAR_CUMULATIVE, `${name}·${LAST_YEAR_CUMULATIVE.header}`);
  if (!lastYear.ok) return lastYear.piece;
  const format = cellOf(row, "growth").numberFormat;
  const phrase = growthPhrase(cumulative.value, lastYear.value, format.includes("%") ? format : DEFAULT_RATE_FORMAT);
  return textPiece(phrase, sourcesOf(cumulative.source, lastYear.source));
}

/**
 * {低于序时进度}: the indicators whose 截至本月累计 is a smaller share of the 年度任务 than the
 * months elapsed (N/12), where the gap shows at one decimal of 百分点: 出口额和财政收入. Absent
 * (its clause left out) when every indicator keeps pace.
 */
/**
 * How far an indicator's 截至本月累计 is ahead of (> 0) or behind (< 0) the months elapsed, in
 * 百分点 as written (one decimal: a gap that shows as 0.0 is 0); undefined for a row without a
 * cumulative figure or a 年度任务 above 0.
 */
export function scheduleGap(row: TableRow, month: number): number | undefined {
  const cumulative = cellOf(row, "cumulative");
  const target = cellOf(row, "target");
  if (cumulative.parsed.kind !== "number" || target.parsed.kind !== "number" || !(target.parsed.value > 0))
    return undefined;
  const gapPoints = (cumulative.parsed.value / target.parsed.value - scheduleProgress(month)) * 100;
  if (showsZero(formatNumber(Math.abs(gapPoints), POINTS_FORMAT))) return 0;
  return gapPoints;
}

export function behindSchedule(call: CallExpression, scope: Scope): Piece {
  if (call.args.length > 0) {
    return templateError(scope, "template-bad-argument", `${call.name}不带参数`, call.span.start);
  }
  const table: Table = scope.data.tables.indicators;
  const month = parameterNumber(scope.data, "截至月份");
  if (!month.ok) return month.piece;
  const names: string[] = [];
  const sources: SourceRef[] = sourcesOf(month.source);
  for (const row of table.rows) {
    // “低于序时进度0.0个百分点” is no gap: only what shows at the precision written
    const gap = scheduleGap(row, month.value);
    if (gap === undefined || gap >= 0) continue;
    const cumulative = cellOf(row, "cumulative");
    const target = cellOf(row, "target");
    names.push(rowLabel(table, row));
    sources.push(
      { sheet: table.sheetName, cell: cumulative.address },
      { sheet: table.sheetName, cell: target.address },
    );
  }
  if (names.length === 0) return absentPiece(EMPTY_PIECE);
  return textPiece(joinNames(names), sources);
}
