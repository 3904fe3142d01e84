/**
 * Applies a core WritePlan to an ExcelJS workbook — the .xlsx twin of src/excel/apply-plan.ts.
 * Formulas are written without cached results; the workbook asks Excel (and LibreOffice) to
 * recalculate on open.
 */
import type { Borders, Cell, Fill, Font, Workbook, Worksheet } from "exceljs";
import { columnLetters, parseRangeAddress } from "../core/a1";
import { AddressError } from "../core/address-error";
import { OWNED_HIGHLIGHT_MARKER, type PlanStep, type PlanValue, type WritePlan } from "../core/plan";
import { UnreachableError } from "../core/unreachable-error";
import { HIGHLIGHT_COLOURS, OWNED_RULE_FORMULA } from "./owned-highlight";

export { OWNED_RULE_FORMULA };

interface Block {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export function blockOf(address: string): Block {
  const r = parseRangeAddress(address);
  if (!r) throw new AddressError(address);
  return { row: r.row, column: r.column, rows: r.rowCount, columns: r.columnCount };
}

/** A plan step names a sheet the workbook does not have (a programming mistake: the plan adds its sheets first). */
export class PlanSheetMissingError extends Error {
  readonly code = "plan-sheet-missing";
  constructor(readonly sheet: string) {
    super(`Plan refers to a missing sheet: ${sheet}`);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "PlanSheetMissingError";
  }
}

function sheetOf(wb: Workbook, name: string): Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new PlanSheetMissingError(name);
  return ws;
}

function eachCell(ws: Worksheet, address: string, fn: (cell: Cell, r: number, c: number) => void): void {
  const b = blockOf(address);
  for (let r = 0; r < b.rows; r++) {
    const row = ws.getRow(b.row + r + 1);
    for (let c = 0; c < b.columns; c++) fn(row.getCell(b.column + c + 1), r, c);
  }
}

function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

function valueOf(v: PlanValue): Cell["value"] {
  return v === null ? null : v;
}

export function applyPlanToWorkbook(wb: Workbook, plan: WritePlan): void {
  for (const step of plan.steps) applyStep(wb, step);
  wb.calcProperties.fullCalcOnLoad = true;
}

function applyStep(wb: Workbook, step: PlanStep): void {
  switch (step.kind) {
    case "addSheet":
      if (!wb.getWorksheet(step.sheet)) wb.addWorksheet(step.sheet);
      return;
    case "renameSheet":
      sheetOf(wb, step.sheet).name = step.newName;
      return;
    case "clearSheet": {
      const ws = sheetOf(wb, step.sheet);
      ws.eachRow({ includeEmpty: true }, (row) => {
        row.eachCell({ includeEmpty: true }, (cell) => {
          cell.value = null;
          cell.style = {};
        });
      });
      ws.removeConditionalFormatting(() => false);
      return;
    }
    case "setValues": {
      const ws = sheetOf(wb, step.sheet);
      eachCell(ws, step.address, (cell, r, c) => {
        cell.value = valueOf(step.values[r]?.[c] ?? null);
      });
      return;
    }
    case "setFormulas": {
      const ws = sheetOf(wb, step.sheet);
      eachCell(ws, step.address, (cell, r, c) => {
        const f = step.formulas[r]?.[c] ?? "";
        cell.value = f.startsWith("=") ? { formula: f.slice(1), date1904: false } : f;
      });
      return;
    }
    case "setNumberFormats": {
      const ws = sheetOf(wb, step.sheet);
      eachCell(ws, step.address, (cell, r, c) => {
        cell.numFmt = step.formats[r]?.[c] ?? "General";
      });
      return;
    }
    case "setColumnWidths": {
      const ws = sheetOf(wb, step.sheet);
      for (const w of step.widths) ws.getColumn(w.column + 1).width = w.width;
      return;
    }
    case "setFont": {
      const ws = sheetOf(wb, step.sheet);
      const font: Partial<Font> = {};
      if (step.font.bold !== undefined) font.bold = step.font.bold;
      if (step.font.italic !== undefined) font.italic = step.font.italic;
      if (step.font.color) font.color = { argb: argb(step.font.color) };
      if (step.font.name) font.name = step.font.name;
      if (step.font.size) font.size = step.font.size;
      eachCell(ws, step.address, (cell) => {
        cell.font = { ...cell.font, ...font };
      });
      return;
    }
    case "setFill": {
      const ws = sheetOf(wb, step.sheet);
      const fill: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(step.color) } };
      eachCell(ws, step.address, (cell) => {
        cell.fill = fill;
      });
      return;
    }
    case "setWrapText": {
      const ws = sheetOf(wb, step.sheet);
      eachCell(ws, step.address, (cell) => {
        cell.alignment = { ...cell.alignment, wrapText: step.wrap, vertical: "top" };
      });
      return;
    }
    case "setAlignment": {
      const ws = sheetOf(wb, step.sheet);
      const horizontal =
        step.horizontal === "General" ? undefined : (step.horizontal.toLowerCase() as "left" | "center" | "right");
      eachCell(ws, step.address, (cell) => {
        cell.alignment = { ...cell.alignment, horizontal };
      });
      return;
    }
    case "addTable":
      addTable(sheetOf(wb, step.sheet), step.address);
      return;
    case "setValidationList": {
      const ws = sheetOf(wb, step.sheet);
      const formula = `"${step.list.join(",")}"`;
      eachCell(ws, step.address, (cell) => {
        cell.dataValidation = {
          type: "list",
          allowBlank: true,
          formulae: [formula],
          showErrorMessage: true,
          error: `请从下拉列表中选择：${step.list.join("、")}`,
        };
      });
      return;
    }
    case "freezeRows":
      sheetOf(wb, step.sheet).views = [
        { state: "frozen", xSplit: 0, ySplit: step.rows, topLeftCell: `A${step.rows + 1}` },
      ];
      return;
    case "clearOwnedHighlights":
      for (const name of step.sheets) {
        const ws = wb.getWorksheet(name);
        if (!ws) continue;
        ws.removeConditionalFormatting(
          (cf: { rules?: { formulae?: unknown[] }[] }) =>
            !(cf.rules ?? []).some((rule) =>
              (rule.formulae ?? []).some((f) => String(f).includes(OWNED_HIGHLIGHT_MARKER)),
            ),
        );
      }
      return;
    case "addOwnedHighlight":
      sheetOf(wb, step.sheet).addConditionalFormatting({
        ref: step.addresses.join(" "),
        rules: [
          {
            type: "expression",
            priority: 1,
            formulae: [OWNED_RULE_FORMULA],
            style: {
              fill: { type: "pattern", pattern: "solid", bgColor: { argb: HIGHLIGHT_COLOURS[step.highlight] } },
            },
          },
        ],
      });
      return;
    case "activateSheet": {
      const index = wb.worksheets.findIndex((ws) => ws.name === step.sheet);
      if (index >= 0)
        wb.views = [
          { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: index, visibility: "visible" },
        ];
      return;
    }
    default:
      throw new UnreachableError(step);
  }
}

/**
 * An autofilter header with a banded look stands in for an Excel table: ExcelJS tables rewrite
 * their cells from their own row model and would drop formats and formulas written before.
 */
function addTable(ws: Worksheet, address: string): void {
  const b = blockOf(address);
  ws.autoFilter = `${columnLetters(b.column)}${b.row + 1}:${columnLetters(b.column + b.columns - 1)}${b.row + 1}`;
  const border: Partial<Borders> = { bottom: { style: "thin", color: { argb: "FF4472C4" } } };
  for (let c = 0; c < b.columns; c++) {
    const cell = ws.getRow(b.row + 1).getCell(b.column + c + 1);
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    cell.border = border;
  }
}
