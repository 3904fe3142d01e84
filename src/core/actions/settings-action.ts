/**
 * Saving the 参数 form as one action: the workbook read, the changed settings checked and planned
 * as writes to their 值 cells (settings-plan.ts), written. Nothing is written while a field is
 * invalid or a needed row is missing.
 */
import type { SettingsResult } from "../action-results";
import type { HostAction } from "../host-action";
import { parseWorkbook } from "../parse-workbook";
import { EMPTY_PLAN } from "../plan";
import { settingsPlan, type SettingValues } from "../settings-plan";

export function settingsAction(values: SettingValues): HostAction<SettingsResult> {
  return {
    decide: ({ workbook }) => {
      const decided = settingsPlan(parseWorkbook(workbook), values);
      switch (decided.kind) {
        case "invalid":
        case "missingRows":
          return { plan: EMPTY_PLAN, result: decided };
        case "plan":
          return decided.plan.steps.length === 0
            ? { plan: EMPTY_PLAN, result: { kind: "unchanged" } }
            : { plan: decided.plan, result: { kind: "saved", names: decided.names } };
        default: {
          const never: never = decided;
          return never;
        }
      }
    },
  };
}
