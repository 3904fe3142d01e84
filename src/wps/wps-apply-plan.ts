/**
 * Applies a WritePlan through WPS 表格's object model, whole ranges at a time: a block of values
 * or formulas is one `Value2`/`Formula` write of a 2-D array; number formats go by rectangles
 * of one format (format-areas.ts); the add-in's highlights are one format condition per kind and
 * sheet for as many cells as a 255-character address holds, marked with OWNED_HIGHLIGHT_MARKER in
 * their formula so that a later run deletes exactly its own. Strings are written as text, never
 * as formulas (the same guard as in Excel: text-guard.ts).
 *
 * Before writing, the adapter asks WPS what would refuse it — a read-only workbook, a protected
 * structure, protected sheets — and leaves that out, naming it (as the Excel adapter does): the
 * rest is written. A write WPS still refuses on a sheet found protected then leaves that sheet's
 * remaining steps out too; any other refusal ends the action with WPS's message.
 */
import { columnLetters, parseCellAddress } from "../core/a1";
import { LAYOUT } from "../core/layout";
import type { PlanStep, WritePlan } from "../core/plan";
import { OWNED_HIGHLIGHT_MARKER } from "../core/plan";
import { HIGHLIGHT_FILL, OWNED_HIGHLIGHT_FORMULA } from "../excel/owned-highlights";
import {
  planAroundProtection,
  protectedSheetMessage,
  stepSheets,
  type BlockedWrite,
  type ProtectionState,
} from "../excel/protection";
import { PlanValueError, toCellValue } from "../excel/text-guard";
import {
  XL_BETWEEN,
  XL_EXPRESSION,
  XL_HALIGN,
  XL_SRC_RANGE,
  XL_VALID_ALERT_STOP,
  XL_VALIDATE_LIST,
  XL_YES,
  type EtApplication,
  type EtCellValue,
  type EtWorkbook,
  type EtWorksheet,
} from "./et-api";
import { areasByValue, joinAddresses, type Area } from "./format-areas";
import type { WorksheetCache } from "./wps-read-workbook";

export interface WpsApplyOptions {
  /** The sheet names as read (an `addSheet` of one of them does nothing). */
  readonly existingSheets: readonly string[];
  /** The worksheets looked up by the read. */
  readonly sheets: WorksheetCache;
}

export interface WpsApplyResult {
  /** Sheets (or the workbook) the plan could not write into, each with the sentence saying so. */
  readonly blocked: readonly BlockedWrite[];
}

/** "#RRGGBB" → the BGR number WPS takes for a colour. */
export function hexToBgr(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new PlanValueError(`not a colour: ${hex}`);
  return parseInt(m[1] ?? "0", 16) + parseInt(m[2] ?? "0", 16) * 256 + parseInt(m[3] ?? "0", 16) * 65536;
}

function parseArea(address: string): Area {
  const [first = "", last = first] = address.split(":");
  const a = parseCellAddress(first);
  const b = parseCellAddress(last);
  if (!a || !b) throw new PlanValueError(`not an A1 address in a plan: ${address}`);
  return {
    row: Math.min(a.row, b.row),
    column: Math.min(a.column, b.column),
    rowCount: Math.abs(b.row - a.row) + 1,
    columnCount: Math.abs(b.column - a.column) + 1,
  };
}

/** A block for `Value2`/`Formula`: one cell takes its value alone. */
function blockValue<T extends EtCellValue>(grid: readonly (readonly T[])[]): T | T[][] {
  if (grid.length === 1 && (grid[0] as readonly T[]).length === 1) return (grid[0] as readonly T[])[0] as T;
  return grid.map((row) => row.slice());
}

/** Cells the plan formatted "@": text written there needs no apostrophe, and a formula there needs General first. */
class TextCells {
  private readonly bySheet: Record<string, Record<string, boolean>> = {};

  reset(sheet: string): void {
    this.bySheet[sheet.toLowerCase()] = {};
  }

  note(sheet: string, area: Area, formats: readonly (readonly string[])[]): void {
    const key = sheet.toLowerCase();
    const cells = this.bySheet[key] ?? (this.bySheet[key] = {});
    formats.forEach((row, r) =>
      row.forEach((f, c) => {
        const at = `${area.row + r},${area.column + c}`;
        if (f === "@") cells[at] = true;
        else delete cells[at];
      }),
    );
  }

  isText(sheet: string, row: number, column: number): boolean {
    return this.bySheet[sheet.toLowerCase()]?.[`${row},${column}`] === true;
  }
}

/** The message for a workbook opened read-only: nothing is written, and it names what was to be. */
export function readOnlyMessage(workbookName: string, sheets: readonly string[]): string {
  const names = sheets.map((s) => `“${s}”`).join("");
  return `工作簿“${workbookName}”是以只读方式打开的，${names}均未写入；请关闭后以可编辑方式打开（或另存一份）再重试。`;
}

class StepWriter {
  private readonly text = new TextCells();
  private readonly existing: Record<string, boolean> = {};
  private sheetsCollection: ReturnType<() => EtWorkbook["Sheets"]> | undefined;
  private lastSheet: EtWorksheet | undefined;
  /** Adding a sheet or freezing panes changes the active sheet; restored at the end unless the plan activated one. */
  activeChanged = false;
  activatedByPlan = false;

  constructor(
    private readonly app: EtApplication,
    private readonly workbook: EtWorkbook,
    private readonly cache: WorksheetCache,
    existingSheets: readonly string[],
  ) {
    for (const name of existingSheets) this.existing[name.toLowerCase()] = true;
  }

  private sheet(name: string): EtWorksheet {
    return this.cache.get(name);
  }

  private range(sheet: string, address: string): ReturnType<EtWorksheet["Range"]> {
    return this.sheet(sheet).Range(address);
  }

  private addSheet(name: string): void {
    const sheets = this.sheetsCollection ?? (this.sheetsCollection = this.workbook.Sheets);
    const last = this.lastSheet ?? sheets.Item(sheets.Count);
    const added = sheets.Add(undefined, last);
    added.Name = name;
    this.lastSheet = added;
    this.cache.note(name, added);
    this.existing[name.toLowerCase()] = true;
    this.activeChanged = true;
  }

  /** Cells of `area` the plan formatted as text get General, so a formula written there stays live. */
  private untext(sheet: string, area: Area): void {
    const grid: string[][] = [];
    let any = false;
    for (let r = 0; r < area.rowCount; r++) {
      const row: string[] = [];
      for (let c = 0; c < area.columnCount; c++) {
        const text = this.text.isText(sheet, area.row + r, area.column + c);
        any = any || text;
        row.push(text ? "General" : "");
      }
      grid.push(row);
    }
    if (!any) return;
    this.text.note(
      sheet,
      area,
      grid.map((row) => row.map((f) => (f === "" ? "" : "General"))),
    );
    for (const address of joinAddresses(areasByValue(grid, area.row, area.column).get("General") ?? [])) {
      this.range(sheet, address).NumberFormat = "General";
    }
  }

  write(step: PlanStep): void {
    switch (step.kind) {
      case "addSheet":
        if (!this.existing[step.sheet.toLowerCase()]) this.addSheet(step.sheet);
        this.text.reset(step.sheet);
        return;
      case "clearSheet":
        this.sheet(step.sheet).Cells.Clear();
        this.text.reset(step.sheet);
        return;
      case "renameSheet": {
        const sheet = this.sheet(step.sheet);
        sheet.Name = step.newName;
        this.cache.forget(step.sheet);
        this.cache.note(step.newName, sheet);
        delete this.existing[step.sheet.toLowerCase()];
        this.existing[step.newName.toLowerCase()] = true;
        this.text.reset(step.sheet);
        return;
      }
      case "setValues": {
        const area = parseArea(step.address);
        const grid = step.values.map((row, r) =>
          row.map((v, c) => toCellValue(v, this.text.isText(step.sheet, area.row + r, area.column + c))),
        );
        this.range(step.sheet, step.address).Value2 = blockValue(grid);
        return;
      }
      case "setFormulas": {
        for (const row of step.formulas) {
          for (const f of row) if (f.charAt(0) !== "=") throw new PlanValueError(`a formula must begin with "=": ${f}`);
        }
        this.untext(step.sheet, parseArea(step.address));
        this.range(step.sheet, step.address).Formula = blockValue(step.formulas);
        return;
      }
      case "setNumberFormats": {
        const area = parseArea(step.address);
        this.text.note(step.sheet, area, step.formats);
        areasByValue(step.formats, area.row, area.column).forEach((areas, format) => {
          for (const address of joinAddresses(areas)) this.range(step.sheet, address).NumberFormat = format;
        });
        return;
      }
      case "setColumnWidths": {
        const widths = step.widths.slice().sort((a, b) => a.column - b.column);
        for (let i = 0; i < widths.length;) {
          const first = widths[i] as { column: number; width: number };
          let j = i + 1;
          while (j < widths.length && widths[j]?.width === first.width && widths[j]?.column === first.column + (j - i))
            j++;
          const last = widths[j - 1] as { column: number };
          this.range(step.sheet, `${columnLetters(first.column)}:${columnLetters(last.column)}`).ColumnWidth =
            first.width;
          i = j;
        }
        return;
      }
      case "setFont": {
        const font = this.range(step.sheet, step.address).Font;
        if (step.font.bold !== undefined) font.Bold = step.font.bold;
        if (step.font.italic !== undefined) font.Italic = step.font.italic;
        if (step.font.color !== undefined) font.Color = hexToBgr(step.font.color);
        if (step.font.name !== undefined) font.Name = step.font.name;
        if (step.font.size !== undefined) font.Size = step.font.size;
        return;
      }
      case "setFill":
        this.range(step.sheet, step.address).Interior.Color = hexToBgr(step.color);
        return;
      case "setWrapText":
        this.range(step.sheet, step.address).WrapText = step.wrap;
        return;
      case "setAlignment":
        this.range(step.sheet, step.address).HorizontalAlignment = XL_HALIGN[step.horizontal];
        return;
      case "addTable": {
        const sheet = this.sheet(step.sheet);
        const table = sheet.ListObjects.Add(XL_SRC_RANGE, sheet.Range(step.address), undefined, XL_YES);
        table.Name = step.name;
        return;
      }
      case "setValidationList": {
        if (step.list.some((item) => item.indexOf(",") >= 0)) {
          throw new PlanValueError(`a drop-down item contains a comma: ${step.list.join(" / ")}`);
        }
        const validation = this.range(step.sheet, step.address).Validation;
        validation.Delete();
        validation.Add(XL_VALIDATE_LIST, XL_VALID_ALERT_STOP, XL_BETWEEN, step.list.join(","));
        validation.InCellDropdown = true;
        return;
      }
      case "freezeRows": {
        // panes belong to the window, which shows the active sheet
        this.sheet(step.sheet).Activate();
        this.activeChanged = true;
        const window = this.app.ActiveWindow;
        if (!window) return;
        window.FreezePanes = false;
        window.SplitColumn = 0;
        window.SplitRow = step.rows;
        window.FreezePanes = true;
        return;
      }
      case "clearOwnedHighlights":
        for (const name of step.sheets) {
          if (this.existing[name.toLowerCase()]) this.deleteOwnedHighlights(name);
        }
        return;
      case "addOwnedHighlight":
        for (const address of joinAddresses(step.addresses.map(parseArea))) {
          const condition = this.range(step.sheet, address).FormatConditions.Add(
            XL_EXPRESSION,
            undefined,
            OWNED_HIGHLIGHT_FORMULA,
          );
          condition.Interior.Color = hexToBgr(HIGHLIGHT_FILL[step.highlight]);
        }
        return;
      case "activateSheet":
        this.sheet(step.sheet).Activate();
        this.activatedByPlan = true;
        return;
      default: {
        const never: never = step;
        throw new PlanValueError(`unknown plan step ${JSON.stringify(never)}`);
      }
    }
  }

  /** The add-in's own format conditions on a sheet, found by the marker in their formula; a user's stay. */
  private deleteOwnedHighlights(sheet: string): void {
    const conditions = this.sheet(sheet).Cells.FormatConditions;
    for (let i = conditions.Count; i >= 1; i--) {
      const condition = conditions.Item(i);
      if (condition.Type === XL_EXPRESSION && condition.Formula1.indexOf(OWNED_HIGHLIGHT_MARKER) >= 0)
        condition.Delete();
    }
  }
}

/** What WPS reports about protection, for the sheets the plan writes into. */
function protectionOf(
  workbook: EtWorkbook,
  plan: WritePlan,
  existing: readonly string[],
  cache: WorksheetCache,
): ProtectionState {
  const written: string[] = [];
  for (const step of plan.steps) {
    if (step.kind === "activateSheet") continue;
    for (const sheet of stepSheets(step)) {
      const name = existing.find((e) => e.toLowerCase() === sheet.toLowerCase());
      if (name !== undefined && written.indexOf(name) < 0) written.push(name);
    }
  }
  const structureChange = plan.steps.some(
    (s) =>
      s.kind === "renameSheet" ||
      (s.kind === "addSheet" && !existing.some((e) => e.toLowerCase() === s.sheet.toLowerCase())),
  );
  return {
    protectedSheets: written.filter((name) => cache.get(name).ProtectContents),
    structureProtected: structureChange ? workbook.ProtectStructure : false,
  };
}

/** The sheets a plan writes into, in order. */
function writtenSheets(plan: WritePlan): string[] {
  const out: string[] = [];
  for (const step of plan.steps) {
    if (step.kind === "activateSheet") continue;
    for (const sheet of stepSheets(step)) if (out.indexOf(sheet) < 0) out.push(sheet);
  }
  return out;
}

/** Applies `plan` in WPS 表格: what read-only or protection refuse is left out and named; the rest is written. */
export function applyWpsPlan(
  app: EtApplication,
  workbook: EtWorkbook,
  plan: WritePlan,
  options: WpsApplyOptions,
): WpsApplyResult {
  if (plan.steps.length === 0) return { blocked: [] };
  if (workbook.ReadOnly) {
    const sheets = writtenSheets(plan);
    if (sheets.length === 0) return { blocked: [] };
    // named under the 文字稿 sheet where the plan writes one, so the pane says the text was not written
    const sheet = sheets.find((s) => s.indexOf(LAYOUT.narrative.name) === 0) ?? (sheets[0] as string);
    return { blocked: [{ sheet, message: readOnlyMessage(workbook.Name, sheets) }] };
  }
  const around = planAroundProtection(
    plan,
    protectionOf(workbook, plan, options.existingSheets, options.sheets),
    options.existingSheets,
  );
  const blocked: BlockedWrite[] = [...around.blocked];
  const writer = new StepWriter(app, workbook, options.sheets, options.existingSheets);
  const active = app.ActiveSheet;
  const refused: Record<string, boolean> = {};
  // no repaint after every write; a WPS that refuses the switch is written to all the same
  const screen = (on: boolean): void => {
    try {
      app.ScreenUpdating = on;
    } catch {
      // the writes do not depend on it
    }
  };
  screen(false);
  try {
    for (const step of around.plan.steps) {
      const sheets = step.kind === "activateSheet" ? [step.sheet] : stepSheets(step);
      if (sheets.some((s) => refused[s.toLowerCase()])) continue;
      try {
        writer.write(step);
      } catch (error) {
        // a sheet WPS reports protected only now (protected while the action ran): left out, and said
        const sheet = sheets[0];
        if (error instanceof PlanValueError || sheet === undefined || !isProtectedNow(options.sheets, sheet))
          throw error;
        refused[sheet.toLowerCase()] = true;
        const rest = around.plan.steps.filter((s) => s.kind !== "activateSheet" && stepSheets(s).indexOf(sheet) >= 0);
        blocked.push({ sheet, message: protectedSheetMessage(sheet, rest) });
      }
    }
    if (writer.activeChanged && !writer.activatedByPlan && active) active.Activate();
  } finally {
    screen(true);
  }
  return { blocked };
}

function isProtectedNow(cache: WorksheetCache, sheet: string): boolean {
  try {
    return cache.get(sheet).ProtectContents;
  } catch {
    return false;
  }
}
