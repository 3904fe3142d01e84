/**
 * The pane's 参数 form: the settings the users change most (年度, 截至月份, 美元汇率, 列举序号),
 * read from the 值 cells the reader found and written back as a plan of single-cell writes to
 * exactly those cells — and only to the ones whose value changed. The form's labels and messages
 * are the pane's (src/taskpane/parameters-form.ts); what is valid and what is written is decided here.
 */
import { ENUMERATIONS, PARAMETERS, type ParameterKey } from "./layout";
import type { PlanStep, PlanValue, WritePlan } from "./plan";
import type { RawCell } from "./raw-cell";
import type { WorkbookData } from "./parse-workbook";

export type SettingKey = Extract<ParameterKey, "year" | "month" | "usdRate" | "listMarker">;

/** The settings in the form's order. */
export const SETTING_KEYS: readonly SettingKey[] = ["year", "month", "usdRate", "listMarker"];

export const LIST_MARKERS: readonly string[] = ENUMERATIONS.listMarker;

/** The form's text of each setting. */
export type SettingValues = Readonly<Record<SettingKey, string>>;

function rawText(raw: RawCell | undefined): string {
  if (raw === null || raw === undefined) return "";
  return typeof raw === "string" ? raw.trim() : String(raw);
}

/** The current values as the form shows them ("" where the row or the value is missing). */
export function readSettings(data: WorkbookData): SettingValues {
  const out = {} as Record<SettingKey, string>;
  for (const key of SETTING_KEYS) out[key] = rawText(data.parameters[key]?.cell.raw);
  return out;
}

/** A field the form must mark: its value is not valid (the pane words why, per setting). */
export interface SettingError {
  readonly key: SettingKey;
}

export type SettingsPlan =
  | { readonly kind: "plan"; readonly plan: WritePlan; readonly names: readonly string[] }
  /** Every invalid field, in the form's order: nothing is written until all are valid. */
  | { readonly kind: "invalid"; readonly errors: readonly SettingError[] }
  | { readonly kind: "missingRows"; readonly names: readonly string[] };

/** Parses one setting into the value written; undefined when it is not valid. */
export function settingValue(key: SettingKey, text: string): PlanValue | undefined {
  const t = text
    .trim()
    .replace(/[０-９．]/g, (c) => (c === "．" ? "." : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  switch (key) {
    case "year":
      return /^\d{4}$/.test(t) ? Number(t) : undefined;
    case "month":
      return /^\d{1,2}$/.test(t) && Number(t) >= 1 && Number(t) <= 12 ? Number(t) : undefined;
    case "usdRate":
      if (t === "") return null;
      return /^\d+(\.\d+)?$/.test(t) && Number(t) > 0 ? Number(t) : undefined;
    case "listMarker":
      return LIST_MARKERS.indexOf(t) >= 0 ? t : undefined;
    default: {
      const never: never = key;
      return never;
    }
  }
}

/**
 * The writes for the settings that differ from what the 参数 sheet holds. A setting whose row
 * (or 值 column) is missing is reported, not written: creating rows is 建立表格's job. Invalid
 * values are reported all at once, so the form can mark every field in one go.
 */
export function settingsPlan(data: WorkbookData, values: SettingValues): SettingsPlan {
  const current = readSettings(data);
  const steps: PlanStep[] = [];
  const names: string[] = [];
  const missing: string[] = [];
  const errors: SettingError[] = [];
  for (const key of SETTING_KEYS) {
    if (values[key].trim() === current[key]) continue;
    const value = settingValue(key, values[key]);
    if (value === undefined) {
      errors.push({ key });
      continue;
    }
    const parameter = data.parameters[key];
    if (!parameter || parameter.cell.address === "") {
      missing.push(PARAMETERS[key].name);
      continue;
    }
    const sheet = data.tables.parameters.sheetName;
    steps.push({ kind: "setValues", sheet, address: parameter.cell.address, values: [[value]] });
    names.push(PARAMETERS[key].name);
  }
  if (errors.length > 0) return { kind: "invalid", errors };
  if (missing.length > 0) return { kind: "missingRows", names: missing };
  return { kind: "plan", plan: { steps }, names };
}
