/**
 * What a plan step costs in an Office.js request, estimated as office.js serialises it: the body
 * `JSON.stringify({ Actions, ObjectPaths })` that `context.sync()` sends. Every proxy the step
 * makes is an object path (`{"Id":…,"ObjectPathType":…,"Name":…,"ParentObjectPathId":…}`, about
 * 100 bytes with its key and large ids) instantiated by an action of its own; every property set
 * or method call is an action (about 80 bytes) plus the JSON of its arguments. From ExcelApi 1.3
 * on, office.js sends a cell-by-cell write of more than 1,500 cells in row blocks of about 1,500
 * cells, three more paths each. The simulated host serialises the same way, and a test holds it
 * to the real office.js request builder.
 */
import { utf8Length } from "../core/request-batches";
import type { PlanStep } from "../core/plan";

/** An object path and the action that instantiates it. */
export const PATH_BYTES = 100 + 80;
/** A property set or a method call, without its arguments. */
export const ACTION_BYTES = 80;
/** What every batch sends besides its steps: the workbook, its worksheets, each sheet, calculation suspended. */
export const BATCH_BYTES = 8 * PATH_BYTES + 2 * ACTION_BYTES;
/** Cells above which office.js splits a write (setRangePropertiesInBulk). */
const BULK_CELLS = 1500;
/**
 * A conditional format: the range, its conditionalFormats, the new format, custom, rule, format and
 * fill paths; the rule formula and the fill colour set.
 */
const HIGHLIGHT_BYTES = 7 * PATH_BYTES + 2 * ACTION_BYTES + 80;
/** Deleting a conditional format found earlier: its item path (an id of up to ~40 characters) and the call. */
export const DELETE_HIGHLIGHT_BYTES = PATH_BYTES + 40 + ACTION_BYTES;

export { utf8Length };

/** A range write of `grid`: its range, the set, the JSON, and office.js's row blocks. */
function gridBytes(grid: readonly (readonly unknown[])[], guardedStrings: boolean): number {
  const width = grid[0]?.length ?? 0;
  const cells = grid.length * width;
  // text values may gain an apostrophe (text-guard.ts)
  const json = utf8Length(JSON.stringify(grid)) + (guardedStrings ? cells : 0);
  const blocks = cells > BULK_CELLS ? Math.ceil(grid.length / Math.max(1, Math.round(BULK_CELLS / width))) : 0;
  return PATH_BYTES + ACTION_BYTES + json + blocks * (3 * PATH_BYTES + ACTION_BYTES + 20);
}

/** Estimated request bytes of one step (an owned-highlight step: all its conditional formats). */
export function estimateStepBytes(step: PlanStep): number {
  const name = "sheet" in step ? utf8Length(step.sheet) : 0;
  switch (step.kind) {
    case "setValues":
      return gridBytes(step.values, true);
    case "setFormulas":
      return gridBytes(step.formulas, false);
    case "setNumberFormats":
      return gridBytes(step.formats, false);
    case "setColumnWidths":
      return step.widths.length * (2 * PATH_BYTES + ACTION_BYTES + 20);
    case "setFont":
      return 3 * PATH_BYTES + Object.keys(step.font).length * (ACTION_BYTES + 20) + utf8Length(step.font.name ?? "");
    case "setFill":
      return 3 * PATH_BYTES + ACTION_BYTES + 20;
    case "setWrapText":
    case "setAlignment":
      return 2 * PATH_BYTES + ACTION_BYTES + 20;
    case "setValidationList":
      return 2 * PATH_BYTES + 2 * ACTION_BYTES + utf8Length(JSON.stringify(step.list)) + 80;
    case "addTable":
      return 2 * PATH_BYTES + ACTION_BYTES + 2 * name + utf8Length(step.name) + 40;
    case "addOwnedHighlight":
      return step.addresses.length * HIGHLIGHT_BYTES;
    case "clearOwnedHighlights":
      return 0; // the deletions are counted by `DELETE_HIGHLIGHT_BYTES` each, when the adapter knows how many
    case "addSheet":
    case "clearSheet":
    case "freezeRows":
    case "activateSheet":
      return 2 * PATH_BYTES + ACTION_BYTES + name;
    case "renameSheet":
      return PATH_BYTES + ACTION_BYTES + name + utf8Length(step.newName);
    default: {
      const never: never = step;
      return never;
    }
  }
}

/** The conditional formats of an owned-highlight step that fit `budget` bytes (at least one). */
export function highlightsWithin(budget: number): number {
  return Math.max(1, Math.floor(budget / HIGHLIGHT_BYTES));
}
