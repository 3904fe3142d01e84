/**
 * Protected sheets and a protected workbook structure. Excel lets an add-in read a protected sheet
 * but not write into it (nor add, rename or delete sheets of a workbook whose structure is
 * protected). An action therefore still reads, validates and computes; the plan is cut around what
 * cannot be written, and each sheet that blocked a write is named with what was left out, so the
 * pane can say it next to the issues it found. Where the host reports protection
 * (`worksheet.protection.protected`, ExcelApi 1.2; `workbook.protection.protected`, 1.7) the plan
 * is cut before writing; elsewhere Excel's refusal of a batch (AccessDenied, or InvalidOperation)
 * tells it, and applyPlan retries the rest sheet by sheet (apply-plan.ts).
 */
import type { BlockedWrite } from "../core/host-action";
import { isReportSheet } from "../core/report-types";
import { LAYOUT, SHEET_ORDER, sheetSpec } from "../core/layout";
import type { PlanStep, WritePlan } from "../core/plan";

export type { BlockedWrite };

/** What the host said about protection (nothing where it cannot tell). */
export interface ProtectionState {
  /** Names of the protected sheets (only those the host could report). */
  readonly protectedSheets: readonly string[];
  /** True when the workbook's structure is protected (known on ExcelApi 1.7+). */
  readonly structureProtected: boolean;
}

export const NO_PROTECTION: ProtectionState = { protectedSheets: [], structureProtected: false };

/** Excel's error codes for a write refused on a protected sheet or workbook. */
export function isProtectionError(code: string): boolean {
  return code === "AccessDenied" || code === "InvalidOperation";
}

/** The sheets a step writes into. */
export function stepSheets(step: PlanStep): readonly string[] {
  return step.kind === "clearOwnedHighlights" ? step.sheets : [step.sheet];
}

function joinChinese(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join("、")}和${items[items.length - 1] ?? ""}`;
}

const OWNED_SHEETS: readonly string[] = [LAYOUT.narrative.name, LAYOUT.issues.name, LAYOUT.template.name];

/** What the left-out steps would have written on `sheet`, in words: "完成率、同比增长公式和问题单元格标记". */
export function describeSkipped(sheet: string, steps: readonly PlanStep[]): string {
  const owned = OWNED_SHEETS.find((name) => name.toLowerCase() === sheet.toLowerCase());
  if (owned) return owned;
  // a report type's own sheets: 文字稿（月度进展）, 模板（月度进展）
  if (isReportSheet(sheet)) return sheet;
  const key = SHEET_ORDER.find((k) => sheetSpec(k).name === sheet);
  const computed = key
    ? sheetSpec(key)
        .columns.filter((c) => c.type === "computed")
        .map((c) => c.header)
    : [];
  const labels: string[] = [];
  const add = (label: string): void => {
    if (labels.indexOf(label) < 0) labels.push(label);
  };
  const kinds = steps.map((s) => s.kind);
  for (const kind of kinds) {
    switch (kind) {
      case "setFormulas":
        add(computed.length > 0 ? `${computed.join("、")}公式` : "公式");
        break;
      case "setNumberFormats":
        if (kinds.indexOf("setFormulas") < 0) add("数字格式");
        break;
      case "setValues":
        add("单元格内容");
        break;
      case "addOwnedHighlight":
        add("问题单元格标记");
        break;
      case "clearOwnedHighlights":
        break; // last run's marks stay; only new ones are worth saying
      case "setValidationList":
        add("下拉列表");
        break;
      case "freezeRows":
        add("冻结首行");
        break;
      case "addTable":
        add("表格");
        break;
      case "setColumnWidths":
      case "setFont":
      case "setFill":
      case "setWrapText":
      case "setAlignment":
        add("格式");
        break;
      case "addSheet":
      case "clearSheet":
      case "renameSheet":
      case "activateSheet":
        break;
      default: {
        const never: never = kind;
        return never;
      }
    }
  }
  return labels.length > 0 ? joinChinese(labels) : "内容";
}

/** “工作表“主要指标”受保护，完成率、同比增长公式和问题单元格标记未写入；…” */
export function protectedSheetMessage(sheet: string, steps: readonly PlanStep[]): string {
  return `工作表“${sheet}”受保护，${describeSkipped(sheet, steps)}未写入；请在“审阅”选项卡撤销工作表保护后重试。`;
}

/** “工作簿结构受保护，无法新建工作表“校验结果”，校验结果未写入；…” (or rename, to keep an edited sheet). */
export function protectedStructureMessage(sheet: string, steps: readonly PlanStep[]): string {
  const rename = steps.find((s): s is Extract<PlanStep, { kind: "renameSheet" }> => s.kind === "renameSheet");
  const what = rename ? `无法将工作表“${rename.sheet}”改名为“${rename.newName}”保留` : `无法新建工作表“${sheet}”`;
  return `工作簿结构受保护，${what}，${describeSkipped(sheet, steps)}未写入；请在“审阅”选项卡撤销工作簿保护后重试。`;
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * The plan without the steps that would write into a protected sheet, or add or rename a sheet
 * of a structure-protected workbook (and the steps that depend on that sheet), and a message for
 * each sheet left out. Activating a sheet is not a write and stays, where the sheet exists.
 */
export function planAroundProtection(
  plan: WritePlan,
  state: ProtectionState,
  existingSheets: readonly string[],
): { readonly plan: WritePlan; readonly blocked: readonly BlockedWrite[] } {
  const exists = (name: string): boolean => existingSheets.some((e) => sameName(e, name));
  const isProtected = (name: string): boolean => state.protectedSheets.some((p) => sameName(p, name));
  const structure = new Set<string>();
  if (state.structureProtected) {
    for (const step of plan.steps) {
      if (step.kind === "addSheet" && !exists(step.sheet)) structure.add(step.sheet);
      if (step.kind === "renameSheet") {
        structure.add(step.sheet);
        structure.add(step.newName);
      }
    }
  }
  const blockedSteps = new Map<string, PlanStep[]>();
  const note = (sheet: string, step: PlanStep): void => {
    const list = blockedSteps.get(sheet) ?? [];
    list.push(step);
    blockedSteps.set(sheet, list);
  };
  const kept: PlanStep[] = [];
  for (const step of plan.steps) {
    if (step.kind === "activateSheet") {
      if (!structure.has(step.sheet)) kept.push(step);
      continue;
    }
    if (step.kind === "clearOwnedHighlights") {
      const sheets = step.sheets.filter((s) => !isProtected(s));
      step.sheets.filter(isProtected).forEach((s) => note(s, step));
      if (sheets.length > 0) kept.push(sheets.length === step.sheets.length ? step : { ...step, sheets });
      continue;
    }
    if (structure.has(step.sheet) || isProtected(step.sheet)) {
      note(step.sheet, step);
      continue;
    }
    kept.push(step);
  }
  const blocked: BlockedWrite[] = [];
  blockedSteps.forEach((steps, sheet) => {
    blocked.push({
      sheet,
      message: structure.has(sheet) ? protectedStructureMessage(sheet, steps) : protectedSheetMessage(sheet, steps),
    });
  });
  return { plan: { steps: kept }, blocked };
}
