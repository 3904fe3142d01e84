/**
 * Which fix an issue offers (the pane shows it as a button beside the issue), and the plan that
 * performs it. The plans come from the fix actions (fix-actions.ts), which change only the named
 * cells and only while the cell still holds what was checked. A wording fix replaces the one word
 * the issue names, by its offset in the text that was checked (Issue.replacement).
 */
import { parseCellAddress } from "./a1";
import { applyTextReplacement, convertTextNumbers } from "./fix-actions";
import type { Issue, TextReplacement } from "./issue";
import type { WritePlan } from "./plan";
import type { RawWorkbook } from "./raw-cell";
import { findSheet } from "./read-table";
import type { WorkbookData } from "./parse-workbook";

export type FixOption =
  | { readonly kind: "textNumber"; readonly sheet: string; readonly cells: readonly string[] }
  | {
      readonly kind: "wording";
      readonly sheet: string;
      readonly cell: string;
      readonly wrong: string;
      readonly right: string;
      readonly replacement: TextReplacement;
    };

const TEXT_NUMBER_CODES: readonly string[] = ["number-stored-as-text", "full-width-number"];

/** The fix an issue offers, if any. */
export function fixFor(issue: Issue): FixOption | undefined {
  if (issue.cell === "" || issue.sheet === "") return undefined;
  if (TEXT_NUMBER_CODES.indexOf(issue.code) >= 0)
    return { kind: "textNumber", sheet: issue.sheet, cells: [issue.cell] };
  const replacement = issue.replacement;
  if (issue.code === "spun-wording" && replacement) {
    const wrong = replacement.text.slice(replacement.start, replacement.end);
    return {
      kind: "wording",
      sheet: issue.sheet,
      cell: issue.cell,
      wrong,
      right: replacement.replacement,
      replacement,
    };
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
export function fixPlan(data: WorkbookData, fix: FixOption): WritePlan {
  switch (fix.kind) {
    case "textNumber":
      return convertTextNumbers(data, fix.sheet, fix.cells);
    case "wording":
      return applyTextReplacement(data, fix.sheet, fix.cell, fix.replacement).plan;
    default: {
      const never: never = fix;
      return never;
    }
  }
}
