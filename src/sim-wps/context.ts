/**
 * What every object of the simulated WPS 表格 object model shares: the workbook model (the same
 * one the simulated Excel host keeps, so values, formats, formulas on HyperFormula, conditional
 * formats, validation, tables and protection behave alike), the call counter, and the state WPS
 * keeps beside the cells (custom document properties, read-only, panes, format-condition rules).
 */
import type { ConditionalFormatModel, SheetModel, WorkbookModel } from "../sim-excel/model";

/** A format condition as WPS lists it: one rule, over one or several blocks of cells. */
export interface FormatRule {
  readonly members: ConditionalFormatModel[];
}

/** A window's split and freeze state for one sheet (the window shows one sheet at a time). */
export interface PaneState {
  splitRow: number;
  splitColumn: number;
  frozen: boolean;
}

export interface SimEtContext {
  readonly model: WorkbookModel;
  /** Counts one call into WPS (a property read or write, or a method call) under its member name. */
  tick(member: string): void;
  /** The workbook's custom document properties, as saved with the file. */
  readonly documentProperties: Map<string, unknown>;
  readonly workbook: { name: string; fullName: string; readOnly: boolean; customProperties: boolean };
  /** Rules made by FormatConditions.Add over several blocks: each block is a model format of its own. */
  readonly rules: WeakMap<ConditionalFormatModel, FormatRule>;
  readonly panes: WeakMap<SheetModel, PaneState>;
  screenUpdating: boolean;
}

/** The rule a model format belongs to (a format added through Excel's API or by a user is a rule of its own). */
export function ruleOf(context: SimEtContext, cf: ConditionalFormatModel): FormatRule {
  let rule = context.rules.get(cf);
  if (!rule) {
    rule = { members: [cf] };
    context.rules.set(cf, rule);
  }
  return rule;
}

export function paneOf(context: SimEtContext, sheet: SheetModel): PaneState {
  let state = context.panes.get(sheet);
  if (!state) {
    state = { splitRow: sheet.frozenRows, splitColumn: 0, frozen: sheet.frozenRows > 0 };
    context.panes.set(sheet, state);
  }
  return state;
}

/** "#RRGGBB" → BGR number, as WPS and VBA give colours. */
export function toBgr(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return 0;
  return parseInt(m[1] ?? "0", 16) + parseInt(m[2] ?? "0", 16) * 256 + parseInt(m[3] ?? "0", 16) * 65536;
}

/** BGR number → "#RRGGBB". */
export function fromBgr(bgr: number): string {
  const hex = (n: number): string => (n < 16 ? "0" : "") + n.toString(16).toUpperCase();
  const r = bgr % 256;
  const g = Math.floor(bgr / 256) % 256;
  const b = Math.floor(bgr / 65536) % 256;
  return `#${hex(r)}${hex(g)}${hex(b)}`;
}
