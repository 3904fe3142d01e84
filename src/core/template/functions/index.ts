/**
 * The function families added for any unit's figures (issue 14), listed after the original table
 * in template-functions.ts: rates and changes, ranks, unit conversion, aggregates and groups,
 * comparisons of two values, dates.
 */
import type { TemplateFunction } from "../template-functions";
import { AGGREGATE_FUNCTIONS } from "./aggregate";
import { CHANGE_FUNCTIONS } from "./change";
import { COMPARISON_FUNCTIONS } from "./comparison";
import { DATE_FUNCTIONS } from "./date";
import { RANK_FUNCTIONS } from "./rank";
import { UNIT_FUNCTIONS } from "./units";

export const STATISTICS_FUNCTIONS: readonly TemplateFunction[] = [
  ...CHANGE_FUNCTIONS,
  ...RANK_FUNCTIONS,
  ...UNIT_FUNCTIONS,
  ...AGGREGATE_FUNCTIONS,
  ...COMPARISON_FUNCTIONS,
  ...DATE_FUNCTIONS,
];
