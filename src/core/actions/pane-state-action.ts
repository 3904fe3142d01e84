/**
 * What the pane shows beside its actions, read in one batch and written nowhere: the 参数 form's
 * values, the report types for the 报告 list, and — when the pane holds a generated text — whether
 * the workbook still gives that text (复制全文 and 导出Word check it before putting it into a 公文,
 * and the preview is marked stale after a change). The text is checked against its own report's
 * template (a 月度进展 text against 模板（月度进展）).
 */
import type { GeneratedText, PaneState } from "../action-results";
import type { HostAction } from "../host-action";
import { narrativeEngineReady } from "../narrative/narrative-engine";
import { checkNarrativeInputs } from "../narrative-inputs";
import { parseWorkbook } from "../parse-workbook";
import { EMPTY_PLAN } from "../plan";
import { reportTypes } from "../report-types";
import { readSettings } from "../settings-plan";

export function paneStateAction(text?: GeneratedText): HostAction<PaneState> {
  return {
    read: text ? { report: text.inputs.templateSheet } : undefined,
    prepare: text ? narrativeEngineReady : undefined,
    decide: ({ workbook }) => {
      const state: PaneState = {
        settings: readSettings(parseWorkbook(workbook)),
        reports: reportTypes(workbook.sheetNames),
        check: text ? checkNarrativeInputs(workbook, text.inputs, text.document) : undefined,
      };
      return { plan: EMPTY_PLAN, result: state };
    },
  };
}
