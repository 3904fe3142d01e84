/**
 * The 参数 form: 年度, 截至月份 (a list of 1–12), 美元汇率 and 列举序号 (a list of the markers),
 * with 保存参数 and 重新读取. Each field has its label and, when invalid, the reason under it
 * (aria-invalid, aria-describedby), all marked at once. What is valid and what is written is the
 * core's (src/core/settings-plan.ts); the labels and messages are the pane's.
 */
import {
  LIST_MARKERS,
  SETTING_KEYS,
  type SettingError,
  type SettingKey,
  type SettingValues,
} from "../core/settings-plan";
import { button, h, setHidden } from "./dom";
import type { MessageKey, Translate } from "./i18n";

const LABEL: Readonly<Record<SettingKey, MessageKey>> = {
  year: "settingsYear",
  month: "settingsMonth",
  usdRate: "settingsRate",
  listMarker: "settingsMarker",
};

/** Why a setting is refused, shown under its field. */
const INVALID: Readonly<Record<SettingKey, MessageKey>> = {
  year: "settingsInvalidYear",
  month: "settingsInvalidMonth",
  usdRate: "settingsInvalidRate",
  listMarker: "settingsInvalidMarker",
};

const MONTHS: readonly string[] = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"];

export interface ParametersHandlers {
  readonly save: () => void;
  readonly reload: () => void;
}

export interface ParametersForm {
  readonly element: HTMLElement;
  /** The fields' text, as typed. */
  values(): SettingValues;
  /** Fills the fields (a value a list lacks is added to it, so the form shows what the sheet holds). */
  fill(values: SettingValues): void;
  /** Marks each field in `errors` with its reason and clears the others; focuses the first marked. */
  showErrors(errors: readonly SettingError[]): void;
}

export function createParametersForm(doc: Document, t: Translate, on: ParametersHandlers): ParametersForm {
  const fields = {} as Record<SettingKey, HTMLInputElement | HTMLSelectElement>;
  const messages = {} as Record<SettingKey, HTMLElement>;
  const rows = SETTING_KEYS.map((key) => {
    const id = `asp-setting-${key}`;
    let field: HTMLInputElement | HTMLSelectElement;
    if (key === "listMarker" || key === "month") {
      const select = h(doc, "select", { id, className: "asp-field" });
      select.appendChild(h(doc, "option", { attrs: { value: "" } }, ""));
      for (const c of key === "month" ? MONTHS : LIST_MARKERS)
        select.appendChild(h(doc, "option", { attrs: { value: c } }, c));
      field = select;
    } else {
      field = h(doc, "input", {
        id,
        type: "text",
        className: "asp-field",
        attrs: { inputmode: "decimal", autocomplete: "off", spellcheck: "false" },
      });
    }
    fields[key] = field;
    const message = h(doc, "p", { className: "asp-field-error", id: `${id}-error`, hidden: true });
    messages[key] = message;
    return h(
      doc,
      "div",
      { className: "asp-setting" },
      h(doc, "label", { attrs: { for: id } }, t(LABEL[key])),
      field,
      message,
    );
  });
  const body = h(
    doc,
    "div",
    { className: "asp-settings-body", id: "asp-settings-body" },
    h(doc, "div", { className: "asp-settings-grid" }, ...rows),
    h(
      doc,
      "div",
      { className: "asp-button-row" },
      button(doc, t("settingsSave"), "asp-button", on.save, "asp-settings-save"),
      button(doc, t("settingsReload"), "asp-button asp-button-subtle", on.reload, "asp-settings-reload"),
    ),
  );
  const element = h(
    doc,
    "section",
    { className: "asp-section", attrs: { "aria-labelledby": "asp-settings-title" } },
    h(doc, "h2", { className: "asp-section-title", id: "asp-settings-title" }, t("settingsHeading")),
    body,
  );

  return {
    element,
    values: () => {
      const out = {} as Record<SettingKey, string>;
      for (const key of SETTING_KEYS) out[key] = fields[key].value;
      return out;
    },
    fill: (values) => {
      for (const key of SETTING_KEYS) {
        const field = fields[key];
        if (field.tagName === "SELECT") {
          const select = field as HTMLSelectElement;
          const has = Array.prototype.some.call(select.options, (o: HTMLOptionElement) => o.value === values[key]);
          if (!has && values[key] !== "")
            select.appendChild(h(doc, "option", { attrs: { value: values[key] } }, values[key]));
        }
        field.value = values[key];
      }
    },
    showErrors: (errors) => {
      let first: HTMLElement | undefined;
      for (const key of SETTING_KEYS) {
        const field = fields[key];
        const message = messages[key];
        if (errors.some((e) => e.key === key)) {
          message.textContent = t(INVALID[key]);
          setHidden(message, false);
          field.setAttribute("aria-invalid", "true");
          field.setAttribute("aria-describedby", message.id);
          if (!first) first = field;
        } else {
          message.textContent = "";
          setHidden(message, true);
          field.removeAttribute("aria-invalid");
          field.removeAttribute("aria-describedby");
        }
      }
      if (first) first.focus();
    },
  };
}
