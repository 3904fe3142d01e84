/**
 * Issue suggestions come from the core in Chinese (they describe Chinese data) and some name a
 * button of the pane: “可用“转换为数字”一键修正”. In the English pane that button reads “Convert to
 * number”, so the quoted name is given as the button's label in the pane's language.
 */
import { ZH_CN, type MessageKey, type Translate } from "./i18n";

/** The pane's buttons that a suggestion may name. */
const BUTTONS: readonly MessageKey[] = ["createLayout", "validate", "generate", "copy", "exportWord", "fixTextNumber"];

/** `text` with every quoted button name (“生成文字稿”) given as that button's label in `t`'s language. */
export function localizeButtonNames(text: string, t: Translate): string {
  return text.replace(/“([^“”]+)”/g, (whole, name: string) => {
    for (const key of BUTTONS) if (ZH_CN[key] === name) return `“${t(key)}”`;
    return whole;
  });
}
