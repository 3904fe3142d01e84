/**
 * A fix the user asked for by name (convert numbers stored as text, replace a spun word) as one
 * action: the workbook read, the fix's plan decided on the cells as they are now (a cell changed
 * since the check is left alone), written.
 */
import type { FixResult } from "../action-results";
import { fixPlan, type FixOption } from "../fix-options";
import type { HostAction } from "../host-action";
import { parseWorkbook } from "../parse-workbook";

export function fixAction(fix: FixOption): HostAction<FixResult> {
  return {
    decide: ({ workbook }) => {
      const plan = fixPlan(parseWorkbook(workbook), fix);
      return { plan, result: { changed: plan.steps.length } };
    },
  };
}
