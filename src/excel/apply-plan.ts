/**
 * Applies a WritePlan through Office.js: every step queued on proxies, then one `context.sync()`.
 * Only when the request, estimated as office.js serialises it (request-size.ts), would pass the
 * request-size limit of Excel on the web (5 MB) is the plan cut into several batches, each under
 * the limit: large value blocks by rows, owned highlights by conditional formats, and the
 * deletion of last run's highlights by their count.
 * Steps above the host's ExcelApi level are skipped and reported, never attempted.
 */
import { columnLetters, parseRangeAddress, quoteSheetName, rangeAddress, type RangeRect } from "../core/a1";
import { batchByBudget, rowSpans } from "../core/request-batches";
import type { PlanStep, WritePlan } from "../core/plan";
import {
  HIGHLIGHT_FILL,
  NO_OWNED_HIGHLIGHTS,
  OWNED_HIGHLIGHT_FORMULA,
  queueOwnedHighlightQuery,
} from "./owned-highlights";
import type { OwnedHighlights } from "./owned-highlights";
import { featureName, stepRequirement, type HostSupport } from "./requirements";
import {
  isProtectionError,
  NO_PROTECTION,
  planAroundProtection,
  protectedSheetMessage,
  protectedStructureMessage,
  type BlockedWrite,
  type ProtectionState,
} from "./protection";
import { BATCH_BYTES, DELETE_HIGHLIGHT_BYTES, estimateStepBytes, highlightsWithin } from "./request-size";
import { PlanValueError, toCellValue } from "./text-guard";

/** Excel on the web refuses requests over 5 MB; the adapter aims below it. */
export const DEFAULT_MAX_REQUEST_BYTES = 5 * 1024 * 1024;
/** Share of the limit the estimate may fill (the estimate is close, not exact). */
const SAFETY = 0.85;

export interface ApplyOptions {
  /** Request size limit in bytes (default 5 MB). */
  readonly maxRequestBytes?: number;
  /**
   * Sheets the workbook already has (an `addSheet` of one of them does nothing). When absent and
   * the plan adds sheets or clears highlights, the names are read first (one more sync).
   */
  readonly existingSheets?: readonly string[];
  /** Highlights found by `readWorkbook`; when absent and the plan clears highlights, one extra read is made. */
  readonly ownedHighlights?: OwnedHighlights;
  /** Protected sheets and structure, as the host reported them: what they would refuse is left out. */
  readonly protection?: ProtectionState;
}

export interface SkippedStep {
  readonly kind: PlanStep["kind"];
  readonly requires: string;
  /** Chinese name of the feature, e.g. 下拉列表. */
  readonly feature: string;
}

export interface ApplyResult {
  readonly skipped: readonly SkippedStep[];
  /** Distinct features skipped, in Chinese, for the pane. */
  readonly skippedFeatures: readonly string[];
  /** `context.sync()` calls made. */
  readonly syncs: number;
  /** Estimated size of each batch sent. */
  readonly batchBytes: readonly number[];
  /** Sheets the plan could not write into (protected), with what was left out; the rest was written. */
  readonly blocked: readonly BlockedWrite[];
}

type Rect = RangeRect;

function parseRect(address: string): Rect {
  const rect = parseRangeAddress(address);
  if (!rect) throw new PlanValueError(`not an A1 address in a plan: ${address}`);
  return rect;
}

function rectAddress(r: Rect): string {
  return rangeAddress(r.row, r.column, r.rowCount, r.columnCount);
}

/** Characters of the default font → points, as Excel converts a column width (7-pixel digits). */
export function widthInPoints(characters: number): number {
  const pixels = Math.floor(characters * 7 + 5);
  return pixels * 0.75;
}

/** Last run's owned highlights on one sheet, to delete (the adapter's own step, from clearOwnedHighlights). */
interface DeleteHighlights {
  readonly kind: "deleteOwnedHighlights";
  readonly sheet: string;
  readonly formats: readonly Excel.ConditionalFormat[];
}

/** What a batch queues: a plan step, or deletions of found highlights. */
export type WriteOp = PlanStep | DeleteHighlights;

function opBytes(op: WriteOp): number {
  return op.kind === "deleteOwnedHighlights" ? op.formats.length * DELETE_HIGHLIGHT_BYTES : estimateStepBytes(op);
}

/** Cuts an operation into pieces whose estimate fits `budget`: value blocks by rows, highlights by count. */
function splitOp(op: WriteOp, budget: number): WriteOp[] {
  const size = opBytes(op);
  if (size <= budget) return [op];
  if (op.kind === "addOwnedHighlight") {
    const per = highlightsWithin(budget);
    const out: WriteOp[] = [];
    for (let i = 0; i < op.addresses.length; i += per) out.push({ ...op, addresses: op.addresses.slice(i, i + per) });
    return out;
  }
  if (op.kind === "deleteOwnedHighlights") {
    const per = Math.max(1, Math.floor(budget / DELETE_HIGHLIGHT_BYTES));
    const out: WriteOp[] = [];
    for (let i = 0; i < op.formats.length; i += per) out.push({ ...op, formats: op.formats.slice(i, i + per) });
    return out;
  }
  if (op.kind !== "setValues" && op.kind !== "setFormulas" && op.kind !== "setNumberFormats") return [op];
  const rect = parseRect(op.address);
  const rows = op.kind === "setValues" ? op.values : op.kind === "setFormulas" ? op.formulas : op.formats;
  const out: WriteOp[] = [];
  for (const { start, count } of rowSpans(rows.length, Math.ceil(size / budget))) {
    const address = rectAddress({ ...rect, row: rect.row + start, rowCount: count });
    if (op.kind === "setValues") out.push({ ...op, address, values: op.values.slice(start, start + count) });
    else if (op.kind === "setFormulas") out.push({ ...op, address, formulas: op.formulas.slice(start, start + count) });
    else out.push({ ...op, address, formats: op.formats.slice(start, start + count) });
  }
  // a piece still over the budget (very wide rows) is cut again
  return out.length > 1 ? out.flatMap((piece) => splitOp(piece, budget)) : out;
}

/** Groups operations into batches whose estimated request fits `budget`, keeping their order. */
export function batchSteps(steps: readonly WriteOp[], budget: number): { steps: WriteOp[]; bytes: number }[] {
  return batchByBudget(steps, opBytes, splitOp, budget, BATCH_BYTES).map((b) => ({ steps: b.items, bytes: b.bytes }));
}

/** Cells formatted "@" by earlier steps of the plan: text written there needs no apostrophe. */
class TextCells {
  private readonly bySheet: Record<string, Record<string, boolean>> = {};

  reset(sheet: string): void {
    this.bySheet[sheet] = {};
  }

  note(sheet: string, rect: Rect, formats: readonly (readonly string[])[]): void {
    const cells = this.bySheet[sheet] ?? (this.bySheet[sheet] = {});
    formats.forEach((row, r) =>
      row.forEach((f, c) => {
        const key = `${rect.row + r},${rect.column + c}`;
        if (f === "@") cells[key] = true;
        else delete cells[key];
      }),
    );
  }

  isText(sheet: string, row: number, column: number): boolean {
    return this.bySheet[sheet]?.[`${row},${column}`] === true;
  }
}

/** Queues every step of one batch on the context's proxies. */
class StepWriter {
  private readonly sheets: Record<string, Excel.Worksheet> = {};
  private readonly existing: Record<string, boolean> = {};
  private readonly text = new TextCells();

  constructor(
    private readonly context: Excel.RequestContext,
    existingSheets: readonly string[],
  ) {
    this.refresh(existingSheets);
  }

  /** The sheets the workbook has now (after a batch Excel refused part way). */
  refresh(existingSheets: readonly string[]): void {
    for (const name of Object.keys(this.existing)) delete this.existing[name];
    for (const name of existingSheets) this.existing[name.toLowerCase()] = true;
    for (const name of Object.keys(this.sheets)) delete this.sheets[name];
  }

  private sheet(name: string): Excel.Worksheet {
    const cached = this.sheets[name];
    if (cached) return cached;
    const sheet = this.context.workbook.worksheets.getItem(name);
    this.sheets[name] = sheet;
    return sheet;
  }

  private range(sheet: string, address: string): Excel.Range {
    return this.sheet(sheet).getRange(address);
  }

  /**
   * Excel keeps a formula entered into a Text ("@") cell as text. Where the plan itself formatted
   * a formula's cells as text, they get the General format first, so the formula stays live.
   */
  private untextCells(sheet: string, rect: Rect): void {
    const text: Rect[] = [];
    for (let r = 0; r < rect.rowCount; r++) {
      for (let c = 0; c < rect.columnCount; c++) {
        if (this.text.isText(sheet, rect.row + r, rect.column + c)) {
          text.push({ row: rect.row + r, column: rect.column + c, rowCount: 1, columnCount: 1 });
        }
      }
    }
    if (text.length === 0) return;
    const general = (r: Rect): string[][] =>
      Array.from({ length: r.rowCount }, () => Array.from({ length: r.columnCount }, () => "General"));
    const blocks = text.length === rect.rowCount * rect.columnCount ? [rect] : text;
    for (const block of blocks) {
      this.text.note(sheet, block, general(block));
      this.range(sheet, rectAddress(block)).numberFormat = general(block);
    }
  }

  queue(step: WriteOp): void {
    switch (step.kind) {
      case "addSheet":
        if (!this.existing[step.sheet.toLowerCase()]) {
          this.sheets[step.sheet] = this.context.workbook.worksheets.add(step.sheet);
          this.existing[step.sheet.toLowerCase()] = true;
        }
        this.text.reset(step.sheet);
        return;
      case "clearSheet":
        this.sheet(step.sheet).getRange().clear("All");
        this.text.reset(step.sheet);
        return;
      case "renameSheet": {
        const sheet = this.sheet(step.sheet);
        sheet.name = step.newName;
        delete this.sheets[step.sheet];
        this.sheets[step.newName] = sheet;
        delete this.existing[step.sheet.toLowerCase()];
        this.existing[step.newName.toLowerCase()] = true;
        this.text.reset(step.sheet);
        return;
      }
      case "setValues": {
        const rect = parseRect(step.address);
        this.range(step.sheet, step.address).values = step.values.map((row, r) =>
          row.map((v, c) => toCellValue(v, this.text.isText(step.sheet, rect.row + r, rect.column + c))),
        );
        return;
      }
      case "setFormulas": {
        for (const row of step.formulas) {
          for (const f of row) if (f.charAt(0) !== "=") throw new PlanValueError(`a formula must begin with "=": ${f}`);
        }
        this.untextCells(step.sheet, parseRect(step.address));
        this.range(step.sheet, step.address).formulas = step.formulas.map((row) => row.slice());
        return;
      }
      case "setNumberFormats":
        this.text.note(step.sheet, parseRect(step.address), step.formats);
        this.range(step.sheet, step.address).numberFormat = step.formats.map((row) => row.slice());
        return;
      case "setColumnWidths":
        for (const w of step.widths) {
          const letters = columnLetters(w.column);
          this.range(step.sheet, `${letters}:${letters}`).format.columnWidth = widthInPoints(w.width);
        }
        return;
      case "setFont": {
        const font = this.range(step.sheet, step.address).format.font;
        if (step.font.bold !== undefined) font.bold = step.font.bold;
        if (step.font.italic !== undefined) font.italic = step.font.italic;
        if (step.font.color !== undefined) font.color = step.font.color;
        if (step.font.name !== undefined) font.name = step.font.name;
        if (step.font.size !== undefined) font.size = step.font.size;
        return;
      }
      case "setFill":
        this.range(step.sheet, step.address).format.fill.color = step.color;
        return;
      case "setWrapText":
        this.range(step.sheet, step.address).format.wrapText = step.wrap;
        return;
      case "setAlignment":
        this.range(step.sheet, step.address).format.horizontalAlignment = step.horizontal;
        return;
      case "addTable": {
        // a sheet-qualified address: an unqualified one means the *active* sheet to Excel
        const table = this.sheet(step.sheet).tables.add(`${quoteSheetName(step.sheet)}!${step.address}`, true);
        table.name = step.name;
        return;
      }
      case "setValidationList": {
        if (step.list.some((item) => item.indexOf(",") >= 0)) {
          throw new PlanValueError(`a drop-down item contains a comma: ${step.list.join(" / ")}`);
        }
        const validation = this.range(step.sheet, step.address).dataValidation;
        validation.clear();
        validation.rule = { list: { inCellDropDown: true, source: step.list.join(",") } };
        return;
      }
      case "freezeRows":
        this.sheet(step.sheet).freezePanes.freezeRows(step.rows);
        return;
      case "clearOwnedHighlights":
        return; // done by the deleteOwnedHighlights operations it was expanded into
      case "deleteOwnedHighlights":
        for (const cf of step.formats) cf.delete();
        return;
      case "addOwnedHighlight":
        for (const address of step.addresses) {
          const cf = this.range(step.sheet, address).conditionalFormats.add("Custom");
          cf.custom.rule.formula = OWNED_HIGHLIGHT_FORMULA;
          cf.custom.format.fill.color = HIGHLIGHT_FILL[step.highlight];
        }
        return;
      case "activateSheet":
        this.sheet(step.sheet).activate();
        return;
      default: {
        const never: never = step;
        throw new PlanValueError(`unknown plan step ${JSON.stringify(never)}`);
      }
    }
  }
}

/** Applies `plan`: one batch and one sync unless the request-size limit forces more. */
export async function applyPlan(
  context: Excel.RequestContext,
  plan: WritePlan,
  support: HostSupport,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const skipped: SkippedStep[] = [];
  const steps = plan.steps.filter((step) => {
    const requires = stepRequirement(step);
    if (support.supports(requires)) return true;
    skipped.push({ kind: step.kind, requires, feature: featureName(step) });
    return false;
  });
  const budget = Math.floor((options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES) * SAFETY);
  let syncs = 0;

  const needsClearing = steps.some((s) => s.kind === "clearOwnedHighlights") && !options.ownedHighlights;
  // without the names from a read, learn them first (one sync) when a step depends on them
  let existing = options.existingSheets;
  if (!existing && (needsClearing || steps.some((s) => s.kind === "addSheet" || s.kind === "renameSheet"))) {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    syncs++;
    existing = worksheets.items.map((w) => w.name);
  }
  const existingNames = existing ?? [];
  // what protected sheets (or a protected structure) would refuse is left out, and said
  const around = planAroundProtection({ steps }, options.protection ?? NO_PROTECTION, existingNames);
  const blocked: BlockedWrite[] = [...around.blocked];
  const writable = around.plan.steps;

  let highlights = options.ownedHighlights ?? NO_OWNED_HIGHLIGHTS;
  const clearing = writable.filter(
    (s): s is Extract<PlanStep, { kind: "clearOwnedHighlights" }> => s.kind === "clearOwnedHighlights",
  );
  if (clearing.length > 0 && !options.ownedHighlights) {
    const sheets = clearing
      .flatMap((s) => s.sheets)
      .filter((name) => existingNames.some((e) => e.toLowerCase() === name.toLowerCase()));
    const collect = queueOwnedHighlightQuery(context.workbook.worksheets, sheets);
    await context.sync();
    syncs++;
    highlights = collect();
  }

  // last run's highlights, deleted one by one: as many actions as there are, so counted and split like the rest
  const ops: WriteOp[] = writable.flatMap((step): WriteOp[] =>
    step.kind === "clearOwnedHighlights"
      ? step.sheets.map((sheet) => ({ kind: "deleteOwnedHighlights", sheet, formats: highlights.bySheet[sheet] ?? [] }))
      : [step],
  );
  const batches = batchSteps(ops, budget);
  const writer = new StepWriter(context, existingNames);
  const suspend = support.supports("1.6");
  const sendBatch = async (batch: { steps: WriteOp[] }): Promise<void> => {
    if (suspend) context.application.suspendApiCalculationUntilNextSync();
    for (const step of batch.steps) writer.queue(step);
    syncs++;
    await context.sync();
  };
  let sent = 0;
  try {
    for (; sent < batches.length; sent++) {
      await sendBatch(batches[sent] as { steps: WriteOp[] });
    }
  } catch (error) {
    // a protected sheet the host could not report: Excel applied the batch up to the refused write
    if (!isProtectionError(errorCode(error))) throw error;
    const rest = batches.slice(sent).flatMap((b) => b.steps);
    await retryBySheet(context, rest, budget, writer, sendBatch, blocked, () => {
      syncs++;
    });
  }

  const features: string[] = [];
  for (const s of skipped) if (features.indexOf(s.feature) < 0) features.push(s.feature);
  return { skipped, skippedFeatures: features, syncs, batchBytes: batches.map((b) => b.bytes), blocked };
}

function errorCode(error: unknown): string {
  const code = error !== null && typeof error === "object" ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : "";
}

function opSheet(op: WriteOp): string {
  return op.kind === "clearOwnedHighlights" ? (op.sheets[0] ?? "") : op.sheet;
}

/** A plan step standing for an operation, for the messages. */
function asPlanStep(op: WriteOp): PlanStep {
  return op.kind === "deleteOwnedHighlights"
    ? { kind: "clearOwnedHighlights", sheets: [op.sheet], requires: "1.6" }
    : op;
}

/**
 * After Excel refused a batch for protection (the host could not report it): the sheets as they
 * are now, then the rest of the plan sheet by sheet, each sheet's writes in their own batches;
 * a sheet Excel refuses is named in `blocked` and the others are written. Steps the refused batch
 * may already have applied are written again (the same values), except adding or renaming a sheet
 * and adding a table, which are skipped where done.
 */
async function retryBySheet(
  context: Excel.RequestContext,
  rest: readonly WriteOp[],
  budget: number,
  writer: StepWriter,
  sendBatch: (batch: { steps: WriteOp[] }) => Promise<void>,
  blocked: BlockedWrite[],
  counted: () => void,
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  counted();
  await context.sync();
  const names = worksheets.items.map((w) => w.name);
  const has = (name: string): boolean => names.some((n) => n.toLowerCase() === name.toLowerCase());
  const tableSheets = Array.from(new Set(rest.filter((op) => op.kind === "addTable" && has(op.sheet)).map(opSheet)));
  const tables = tableSheets.map((sheet) => {
    const collection = worksheets.getItem(sheet).tables;
    collection.load("items/name");
    return collection;
  });
  if (tables.length > 0) {
    counted();
    await context.sync();
  }
  const tableNames = tables.flatMap((t) => t.items.map((item) => item.name.toLowerCase()));
  writer.refresh(names);

  const groups = new Map<string, WriteOp[]>();
  for (const op of rest) {
    if (op.kind === "renameSheet" && has(op.newName)) continue;
    if (op.kind === "addTable" && tableNames.indexOf(op.name.toLowerCase()) >= 0) continue;
    const key = opSheet(op).toLowerCase();
    const group = groups.get(key) ?? [];
    group.push(op);
    groups.set(key, group);
  }
  for (const group of Array.from(groups.values())) {
    const sheet = opSheet(group[0] as WriteOp);
    try {
      for (const batch of batchSteps(group, budget)) {
        await sendBatch(batch);
      }
    } catch (error) {
      if (!isProtectionError(errorCode(error))) throw error;
      const steps = group.map(asPlanStep);
      const structure = steps.some((s) => (s.kind === "addSheet" && !has(s.sheet)) || s.kind === "renameSheet");
      blocked.push({
        sheet,
        message: structure ? protectedStructureMessage(sheet, steps) : protectedSheetMessage(sheet, steps),
      });
    }
  }
}
