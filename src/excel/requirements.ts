/**
 * Feature detection. The manifest asks for ExcelApi 1.1 (Office 2016 volume-licensed); anything
 * newer is used only where `Office.context.requirements.isSetSupported` says so. Answers are
 * cached for one user action, so a run asks Office once per version.
 */
import type { PlanStep } from "../core/plan";
import { requiredSet } from "../core/plan";

/** What the host supports, asked once per version and remembered for the run. */
export interface HostSupport {
  /** True when the host implements ExcelApi `version` ("1.6"). */
  supports(version: string): boolean;
}

export function detectSupport(): HostSupport {
  const cache: Record<string, boolean> = {};
  return {
    supports(version: string): boolean {
      if (version === "1.1") return true;
      if (!(version in cache)) cache[version] = Office.context.requirements.isSetSupported("ExcelApi", version);
      return cache[version] === true;
    },
  };
}

/** A fixed answer, for callers that already know the level (tests, the playground). */
export function fixedSupport(maxMinor: number): HostSupport {
  return { supports: (version) => Number(version.split(".")[1] ?? "0") <= maxMinor };
}

/**
 * The ExcelApi set the adapter needs for a step: the plan's own `requires`, raised where the
 * Office.js member used is newer (column widths are `RangeFormat.columnWidth`, ExcelApi 1.2).
 */
export function stepRequirement(step: PlanStep): string {
  if (step.kind === "setColumnWidths") return "1.2";
  return requiredSet(step);
}

/** The user-facing name of what a skipped step would have done. */
export function featureName(step: PlanStep): string {
  switch (step.kind) {
    case "setColumnWidths":
      return "列宽";
    case "setValidationList":
      return "下拉列表";
    case "freezeRows":
      return "冻结首行";
    case "clearOwnedHighlights":
    case "addOwnedHighlight":
      return "问题单元格标记";
    default:
      return step.kind;
  }
}
