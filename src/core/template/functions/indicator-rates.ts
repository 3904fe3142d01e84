/**
 * What the rate and change functions read from a 主要指标 row: the row itself (by the call's
 * argument, or the current row of a list), its growth rate — the official one where the row
 * publishes it (公布增速: growth at comparable prices is published, not computed from the two
 * amounts), else the one computed from 全年预计 and 上年实际 — and its amounts with their unit.
 */
import type { SourceRef } from "../../document";
import { decimalsOf, formatNumber } from "../../format-number";
import { columnSpec, type ColumnKey, type ColumnSpec } from "../../layout";
import { textOf } from "../../parse-cell";
import { DEFAULT_RATE_FORMAT, growthPhrase, showsZero, TIMES_FORMAT } from "../../phrases/growth-phrase";
import { cellOf, type Table, type TableRow } from "../../read-table";
import { formatGeneral } from "../../format-number";
import { cellNumber, missingRow, rowByName, rowLabel, type NumberResult } from "../data-access";
import { didYouMean } from "../did-you-mean";
import { absentPiece, textPiece, type Piece } from "../piece";
import type { Argument, CallExpression } from "../template-ast";
import { templateError, type Scope } from "../template-scope";

export type IndicatorColumn = ColumnSpec<ColumnKey<"indicators">>;
export type IndicatorRow = TableRow<ColumnKey<"indicators">>;

export const INDICATOR = {
  estimate: columnSpec("indicators", "estimate"),
  target: columnSpec("indicators", "target"),
  lastYear: columnSpec("indicators", "lastYear"),
  cumulative: columnSpec("indicators", "cumulative"),
  unit: columnSpec("indicators", "unit"),
  publishedGrowth: columnSpec("indicators", "publishedGrowth"),
  rank: columnSpec("indicators", "rank"),
  lastRank: columnSpec("indicators", "lastRank"),
};

export interface Indicator {
  readonly table: Table;
  readonly row: IndicatorRow;
  readonly name: string;
}

export function fieldLabel(name: string, column: ColumnSpec<string>): string {
  return `${name}·${column.header}`;
}

export function indicatorNumber(indicator: Indicator, column: IndicatorColumn): NumberResult {
  return cellNumber(indicator.table, indicator.row, column, fieldLabel(indicator.name, column));
}

/** The 主要指标 row a name stands for, or the template error / marker (with did-you-mean). */
export function indicatorNamed(name: string, scope: Scope, at: number, needed: IndicatorColumn): Indicator | Piece {
  const table = scope.data.tables.indicators;
  const row = rowByName(table, name);
  if (row) return { table, row, name };
  const hint = didYouMean(
    name,
    table.rows.map((r) => rowLabel(table, r)),
  );
  if (hint !== "") return templateError(scope, "template-unknown-field", `主要指标表中没有“${name}”这一行${hint}`, at);
  return missingRow(table, name, fieldLabel(name, needed));
}

/** The row a call is about: its first argument, or the current row of a list over 主要指标. */
export function indicatorOf(call: CallExpression, scope: Scope, needed: IndicatorColumn): Indicator | Piece {
  const arg: Argument | undefined = call.args[0];
  if (!arg || arg.operator) {
    if (!arg && scope.current && scope.current.table.sheetKey === "indicators") {
      const table = scope.data.tables.indicators;
      return { table, row: scope.current.row, name: rowLabel(table, scope.current.row) };
    }
    return templateError(
      scope,
      "template-bad-argument",
      `${call.name}需要指标名，如{${call.name}(地区生产总值)}`,
      (arg ?? call).span.start,
    );
  }
  return indicatorNamed(arg.name.join("."), scope, arg.span.start, needed);
}

/** A growth rate in percent (5.8 for 5.8%), with the decimals it is written with. */
export interface Rate {
  readonly percent: number;
  readonly decimals: number;
  readonly sources: readonly SourceRef[];
  readonly published: boolean;
}

/** Decimals of a percentage as a cell shows it; at least one, as statistics write rates (12.0%). */
function rateDecimals(format: string, value: number, percentCell: boolean): number {
  const shown = decimalsOf(format);
  if (shown !== undefined) return shown;
  const text = formatGeneral(percentCell ? value * 100 : value);
  const point = text.indexOf(".");
  return Math.max(1, point < 0 ? 0 : text.length - point - 1);
}

/**
 * The published rate of a row: a number in percent (5.8), or a fraction in a cell formatted as a
 * percentage (5.8%). Undefined when the row publishes none.
 */
export function publishedRate(indicator: Indicator): Rate | undefined | Piece {
  const n = indicatorNumber(indicator, INDICATOR.publishedGrowth);
  if (!n.ok) {
    const cell = cellOf(indicator.row, "publishedGrowth");
    return cell.address === "" || n.piece.absent ? undefined : n.piece;
  }
  const percentCell = n.format.includes("%");
  return {
    percent: percentCell ? n.value * 100 : n.value,
    decimals: rateDecimals(n.format, n.value, percentCell),
    sources: n.source ? [n.source] : [],
    published: true,
  };
}

/** The rate format of the row's 同比增长 cell (default 0.0%). */
export function growthFormat(row: IndicatorRow): string {
  const format = cellOf(row, "growth").numberFormat;
  return format.includes("%") ? format : DEFAULT_RATE_FORMAT;
}

/**
 * The row's growth: published where it is, else 全年预计 ÷ 上年实际 − 1. A base ≤ 0 has no rate:
 * absent, its fallback the 同比 wording (上年同期无此项, 扭亏为盈 …).
 */
export function growthRate(indicator: Indicator): Rate | Piece {
  const published = publishedRate(indicator);
  if (published) return published;
  const estimate = indicatorNumber(indicator, INDICATOR.estimate);
  if (!estimate.ok) return estimate.piece;
  const lastYear = indicatorNumber(indicator, INDICATOR.lastYear);
  if (!lastYear.ok) return lastYear.piece;
  const sources = [estimate.source, lastYear.source].filter((s): s is SourceRef => s !== undefined);
  const format = growthFormat(indicator.row);
  if (!(lastYear.value > 0) || estimate.value < 0 || !Number.isFinite(estimate.value / lastYear.value)) {
    return absentPiece(textPiece(growthPhrase(estimate.value, lastYear.value, format), sources));
  }
  return {
    percent: (estimate.value / lastYear.value - 1) * 100,
    decimals: decimalsOf(format) ?? 1,
    sources,
    published: false,
  };
}

function fixed(decimals: number): string {
  return decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
}

/** 5.8 with one decimal → "5.8"; never "-0.0". */
export function percentText(percent: number, decimals: number, signed: boolean): string {
  const text = formatNumber(signed ? percent : Math.abs(percent), fixed(decimals));
  return showsZero(text) ? text.replace(/^-/, "") : text;
}

/** The words of a change: 增长 / 下降 by default, 上涨 / 下降, 提高 / 回落 … as the template asks. */
export interface ChangeWords {
  readonly up: string;
  readonly down: string;
}

/**
 * A rate as 同比 writes it, with `prefix` (同比, or "" for 增长) and the template's words:
 * 同比增长5.8% / 下降4.7% / 与上年持平 / 增长1.5倍 / 翻一番. A computed rate is worded by
 * growthPhrase (the 同比 rules), a published one the same way.
 */
export function rateWords(rate: Rate, prefix: string, words: ChangeWords): string {
  const p = rate.percent;
  const shown = percentText(p, rate.decimals, false);
  if (showsZero(shown)) return "与上年持平";
  if (p >= 100) {
    const times = formatNumber(p / 100, TIMES_FORMAT).replace(/\.$/, "");
    if (times === "1") return `${prefix}翻一番`;
    if (times === "3") return `${prefix}翻两番`;
    return `${prefix}${words.up}${times}倍`;
  }
  return `${prefix}${p > 0 ? words.up : words.down}${shown}%`;
}

/** The 单位 of a row as typed (亿元, %, 家 …). */
export function indicatorUnit(indicator: Indicator): { text: string; source?: SourceRef } {
  const cell = cellOf(indicator.row, "unit");
  const text = textOf(cell.parsed, formatGeneral).trim();
  return cell.address === "" ? { text } : { text, source: { sheet: indicator.table.sheetName, cell: cell.address } };
}
