/**
 * Which fix action an issue offers in the pane, and the plan that performs it. The plans come
 * from the core's fix actions (src/core/fix-actions.ts), which change only the named cells and
 * only while the cell still holds what was checked.
 */
import { parseCellAddress } from "../core/a1";
import { applyWordingSuggestion, convertTextNumbers } from "../core/fix-actions";
import type { Issue } from "../core/issue";
import type { WritePlan } from "../core/plan";
import type { RawWorkbook } from "../core/raw-cell";
import { findSheet } from "../core/read-table";
import type { WorkbookData } from "../core/read-workbook";
import { checkWording } from "../core/wording/check-wording";

export type FixOption =
  | { readonly kind: "textNumber"; readonly sheet: string; readonly cells: readonly string[] }
  | {
      readonly kind: "wording";
      readonly sheet: string;
      readonly cell: string;
      readonly wrong: string;
      readonly right: string;
    };

const TEXT_NUMBER_CODES: readonly string[] = ["number-stored-as-text", "full-width-number"];

/** “将“X”改为“Y”” in a spun-wording suggestion. */
const WORDING_SUGGESTION = /将“([^”]+)”改为“([^”]+)”/;

/** The fix an issue offers, if any. */
export function fixFor(issue: Issue): FixOption | undefined {
  if (issue.cell === "" || issue.sheet === "") return undefined;
  if (TEXT_NUMBER_CODES.indexOf(issue.code) >= 0)
    return { kind: "textNumber", sheet: issue.sheet, cells: [issue.cell] };
  if (issue.code === "spun-wording") {
    const m = WORDING_SUGGESTION.exec(issue.suggestion);
    if (m && m[1] && m[2]) return { kind: "wording", sheet: issue.sheet, cell: issue.cell, wrong: m[1], right: m[2] };
  }
  return undefined;
}

/** Every text-number cell of one sheet among `issues` (for “convert all on this sheet”). */
export function textNumberCells(issues: readonly Issue[], sheet: string): string[] {
  return issues
    .filter((i) => i.sheet === sheet && i.cell !== "" && TEXT_NUMBER_CODES.indexOf(i.code) >= 0)
    .map((i) => i.cell);
}

/** The raw value of one cell as read, or undefined outside the read range. */
export function rawCellAt(raw: RawWorkbook, sheet: string, address: string): unknown {
  const s = findSheet(raw, sheet);
  const at = parseCellAddress(address);
  if (!s || !at) return undefined;
  const row = s.values[at.row - s.origin.row];
  return row ? row[at.column - s.origin.column] : undefined;
}

/** The plan of a fix on the workbook as just read; empty when the cell changed meanwhile. */
export function fixPlan(raw: RawWorkbook, data: WorkbookData, fix: FixOption): WritePlan {
  switch (fix.kind) {
    case "textNumber":
      return convertTextNumbers(data, fix.sheet, fix.cells);
    case "wording": {
      const text = rawCellAt(raw, fix.sheet, fix.cell);
      if (typeof text !== "string") return { steps: [] };
      const match = checkWording(text).find((m) => m.wrong === fix.wrong && m.right === fix.right);
      if (!match) return { steps: [] };
      return applyWordingSuggestion(data, fix.sheet, fix.cell, match.start, match.end, match.right);
    }
    default: {
      const never: never = fix;
      return never;
    }
  }
}
