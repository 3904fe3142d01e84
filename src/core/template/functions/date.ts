/**
 * {日期(签约日期[, 年月日|月日|年月])} in a list item: a date as 公文 write it. Without a style
 * the year is written only when it is not the report's (9月4日 in the 2023 report, 2022年12月30日
 * for a date of the year before); {签约日期} alone reads the same.
 */
import { DATE_STYLES, type DateStyle } from "../../phrases/dates";
import { rowLabel } from "../data-access";
import { datePiece } from "../fields";
import type { Piece } from "../piece";
import { fieldArg } from "../row-selection";
import type { CallExpression } from "../template-ast";
import type { TemplateFunction } from "../template-functions";
import { templateError, type Scope } from "../template-scope";

function date(call: CallExpression, scope: Scope): Piece {
  const [column, styleArg] = call.args;
  if (!column || column.operator) {
    return templateError(scope, "template-bad-argument", "日期的参数应为列名，如{日期(签约日期)}", call.span.start);
  }
  if (!scope.current)
    return templateError(scope, "template-bad-argument", "日期只能用在列举或分组的条目中", call.span.start);
  const style = styleArg?.name.join(".") ?? "自动";
  if (!(DATE_STYLES as readonly string[]).includes(style)) {
    return templateError(
      scope,
      "template-bad-argument",
      `日期的写法“${style}”无效，可选：${DATE_STYLES.join("、")}`,
      (styleArg ?? call).span.start,
    );
  }
  const { table, row } = scope.current;
  const field = fieldArg(table, column.name.join("."), scope, column.span.start);
  if (!("kind" in field)) return field;
  return datePiece(table, row, field, `${rowLabel(table, row)}·${field.header}`, scope.data, style as DateStyle);
}

export const DATE_FUNCTIONS: readonly TemplateFunction[] = [
  { name: "日期", aliases: [], minArgs: 1, maxArgs: 2, body: false, evaluate: date },
];
