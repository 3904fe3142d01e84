/**
 * Before 复制全文 and 导出Word: is the generated text still what the workbook gives? One batch
 * read of the input sheets and the text's own template, the core's check (narrative-inputs.ts),
 * nothing written. Data changed since → the pane copies and exports nothing and names the cells.
 */
import type { GeneratedText } from "../action-results";
import type { HostAction } from "../host-action";
import { narrativeEngineReady } from "../narrative/narrative-engine";
import { checkNarrativeInputs, type NarrativeCheck } from "../narrative-inputs";
import { EMPTY_PLAN } from "../plan";

export function checkTextAction(text: GeneratedText): HostAction<NarrativeCheck> {
  return {
    // the report's own template: a 月度进展 text is checked against 模板（月度进展）
    read: { report: text.inputs.templateSheet },
    prepare: narrativeEngineReady,
    decide: ({ workbook }) => ({
      plan: EMPTY_PLAN,
      result: checkNarrativeInputs(workbook, text.inputs, text.document),
    }),
  };
}
