/**
 * The function families added for any unit's figures (issue 14), listed after the original table
 * in template-functions.ts: rates and changes, ranks, unit conversion, aggregates and groups,
 * comparisons of two values, dates.
 */
import type { TemplateFunction } from "../template-functions";
import { CHANGE_FUNCTIONS } from "./change";

export const STATISTICS_FUNCTIONS: readonly TemplateFunction[] = [...CHANGE_FUNCTIONS];
