/** 校验 as one action: the issue list, the 校验结果 sheet, computed-column formulas and highlights. */
import type { ValidateResult } from "../action-results";
import { validateWorkbook } from "../generate";
import type { HostAction } from "../host-action";
import { enginesReady } from "./engines-ready";

export function validateAction(): HostAction<ValidateResult> {
  return {
    prepare: enginesReady,
    decide: ({ workbook }) => {
      const validation = validateWorkbook(workbook);
      return { plan: validation.plan, result: { issues: validation.issues } };
    },
  };
}
