/**
 * The playground's view of the simulated workbook: sheet tabs, a formula bar and a grid showing
 * each cell's text as `range.text` reports it, with the cell's own fill and font, the add-in's
 * highlights (its conditional formats), the selection outlined and the selected cell's formula.
 * A cell can be edited from the formula bar the way a user types into Excel.
 */
import { cellAddress, columnLetters, parseCellAddress } from "../core/a1";
import { OWNED_HIGHLIGHT_MARKER } from "../core/plan";
import type { SimExcelHost } from "../sim-excel";
import type { SheetModel } from "../sim-excel/model";

const MIN_ROWS = 30;
const MAX_ROWS = 400;
const MIN_COLUMNS = 10;
const MAX_COLUMNS = 40;
const DEFAULT_WIDTH_PX = 72;

export interface GridView {
  render(): void;
  setHost(host: SimExcelHost): void;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.appendChild(document.createTextNode(text));
  return e;
}

/** What a user typing `input` into a cell means: a formula, text, or a number. */
export function typedEntry(input: string): { value: string | number | null; formula?: string } {
  if (input === "") return { value: null };
  if (input.charAt(0) === "=") return { value: null, formula: input };
  if (input.charAt(0) === "'") return { value: input.slice(1) };
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(input.trim())) return { value: Number(input.trim()) };
  return { value: input };
}

export function createGrid(container: HTMLElement, initial: SimExcelHost): GridView {
  let host = initial;
  const tabs = el("div", "pg-tabs");
  tabs.setAttribute("role", "tablist");
  tabs.setAttribute("aria-label", "工作表");
  const nameBox = el("input", "pg-namebox");
  nameBox.setAttribute("aria-label", "名称框");
  nameBox.readOnly = true;
  const formulaInput = el("input", "pg-formula");
  formulaInput.id = "pg-formula";
  formulaInput.setAttribute("aria-label", "编辑栏：按 Enter 写入所选单元格");
  formulaInput.setAttribute("spellcheck", "false");
  const bar = el("div", "pg-formula-bar");
  bar.appendChild(nameBox);
  bar.appendChild(el("span", "pg-fx", "fx"));
  bar.appendChild(formulaInput);
  const scroller = el("div", "pg-grid-scroll");
  const table = el("table", "pg-grid");
  table.id = "pg-grid";
  scroller.appendChild(table);
  container.appendChild(bar);
  container.appendChild(scroller);
  container.appendChild(tabs);

  function activeSheet(): SheetModel | undefined {
    const model = host.model;
    return model.activeSheet && !model.activeSheet.deleted ? model.activeSheet : model.sheets[0];
  }

  function selectedCell(): { sheet: SheetModel; row: number; column: number } | undefined {
    const sel = host.model.selection;
    const sheet = activeSheet();
    if (!sel || !sheet || sel.sheet !== sheet) return undefined;
    return { sheet, row: sel.rect.row, column: sel.rect.column };
  }

  function cellText(sheet: SheetModel, row: number, column: number): string {
    try {
      return host.model.readText(sheet, row, column);
    } catch {
      try {
        return String(host.model.readValue(sheet, row, column));
      } catch {
        return "#SIM?";
      }
    }
  }

  function highlightFills(sheet: SheetModel): Map<string, string> {
    const fills = new Map<string, string>();
    for (const cf of host.model.conditionalFormats) {
      if (cf.sheet !== sheet || !cf.fill || cf.formula.indexOf(OWNED_HIGHLIGHT_MARKER) < 0) continue;
      const r = cf.rect;
      for (let i = r.row; i < Math.min(r.row + r.rowCount, MAX_ROWS); i++) {
        for (let j = r.column; j < Math.min(r.column + r.columnCount, MAX_COLUMNS); j++)
          fills.set(`${i},${j}`, cf.fill);
      }
    }
    return fills;
  }

  function renderTabs(current: SheetModel | undefined): void {
    while (tabs.firstChild) tabs.removeChild(tabs.firstChild);
    for (const sheet of host.model.sheets) {
      const b = el("button", "pg-tab", sheet.name);
      b.type = "button";
      b.setAttribute("role", "tab");
      b.setAttribute("data-sheet", sheet.name);
      b.setAttribute("aria-selected", sheet === current ? "true" : "false");
      if (sheet.isProtected) b.appendChild(el("span", "pg-lock", " 🔒"));
      b.addEventListener("click", () => {
        host.model.activeSheet = sheet;
        render();
      });
      tabs.appendChild(b);
    }
  }

  function renderFormulaBar(): void {
    const sel = selectedCell();
    if (!sel) {
      nameBox.value = "";
      formulaInput.value = "";
      return;
    }
    nameBox.value = cellAddress(sel.row, sel.column);
    const content = sel.sheet.cell(sel.row, sel.column)?.content;
    if (!content) formulaInput.value = "";
    else if (content.kind === "formula") formulaInput.value = content.formula;
    else if (content.kind === "text")
      formulaInput.value = /^[+\-=@]|^[\d.]+$/.test(content.value) ? `'${content.value}` : content.value;
    else if (content.kind === "boolean") formulaInput.value = content.value ? "TRUE" : "FALSE";
    else formulaInput.value = String(content.value);
  }

  function render(): void {
    const sheet = activeSheet();
    renderTabs(sheet);
    while (table.firstChild) table.removeChild(table.firstChild);
    if (!sheet) return;
    const used = sheet.usedRect(false);
    const rows = Math.min(MAX_ROWS, Math.max(MIN_ROWS, used ? used.row + used.rowCount + 5 : 0));
    const columns = Math.min(MAX_COLUMNS, Math.max(MIN_COLUMNS, used ? used.column + used.columnCount + 1 : 0));
    table.setAttribute("data-sheet", sheet.name);
    const sel = host.model.selection && host.model.selection.sheet === sheet ? host.model.selection.rect : undefined;
    const fills = highlightFills(sheet);

    const colgroup = el("colgroup");
    colgroup.appendChild(el("col", "pg-col-head"));
    for (let c = 0; c < columns; c++) {
      const col = el("col");
      const points = sheet.columnWidths.get(c);
      col.style.width = `${points ? Math.round((points * 4) / 3) : DEFAULT_WIDTH_PX}px`;
      colgroup.appendChild(col);
    }
    table.appendChild(colgroup);
    const head = el("thead");
    const headRow = el("tr");
    headRow.appendChild(el("th", "pg-corner"));
    for (let c = 0; c < columns; c++) headRow.appendChild(el("th", "pg-col", columnLetters(c)));
    head.appendChild(headRow);
    table.appendChild(head);

    const body = el("tbody");
    for (let r = 0; r < rows; r++) {
      const tr = el("tr");
      tr.appendChild(el("th", "pg-row", String(r + 1)));
      for (let c = 0; c < columns; c++) {
        const td = el("td");
        const address = cellAddress(r, c);
        td.setAttribute("data-address", address);
        const cell = sheet.cell(r, c);
        if (cell && cell.content) {
          td.appendChild(document.createTextNode(cellText(sheet, r, c)));
          if (
            cell.content.kind === "number" ||
            (cell.content.kind === "formula" && typeof host.model.readValue(sheet, r, c) === "number")
          ) {
            td.className = "pg-num";
          }
          if (cell.content.kind === "formula") td.setAttribute("data-formula", cell.content.formula);
        }
        if (cell) {
          const f = cell.format;
          if (f.fill) td.style.backgroundColor = f.fill;
          if (f.bold) td.style.fontWeight = "600";
          if (f.italic) td.style.fontStyle = "italic";
          if (f.fontColor) td.style.color = f.fontColor;
          if (f.wrapText) td.classList.add("pg-wrap");
        }
        const fill = fills.get(`${r},${c}`);
        if (fill) {
          td.style.backgroundColor = fill;
          td.classList.add("pg-highlight");
        }
        if (sel && r >= sel.row && r < sel.row + sel.rowCount && c >= sel.column && c < sel.column + sel.columnCount) {
          td.classList.add("pg-selected");
          if (r === sel.row && c === sel.column) td.classList.add("pg-active");
        }
        if (r < sheet.frozenRows) td.classList.add("pg-frozen");
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    table.appendChild(body);
    renderFormulaBar();
    const active = table.querySelector(".pg-active");
    if (active && typeof (active as HTMLElement).scrollIntoView === "function") {
      (active as HTMLElement).scrollIntoView({ block: "nearest", inline: "nearest" });
    }
  }

  table.addEventListener("click", (event) => {
    const target = event.target as HTMLElement;
    const td = target.closest ? (target.closest("td[data-address]") as HTMLElement | null) : null;
    const sheet = activeSheet();
    if (!td || !sheet) return;
    const at = parseCellAddress(td.getAttribute("data-address") ?? "");
    if (!at) return;
    host.model.selection = { sheet, rect: { row: at.row, column: at.column, rowCount: 1, columnCount: 1 } };
    host.model.activeSheet = sheet;
    render();
    formulaInput.focus();
  });

  formulaInput.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    const sel = selectedCell();
    if (!sel) return;
    const entry = typedEntry(formulaInput.value);
    const wasProtected = sel.sheet.isProtected;
    if (wasProtected) return; // Excel refuses edits on a protected sheet
    if (entry.value === null && !entry.formula) {
      host.model.writeEntries(sel.sheet, { row: sel.row, column: sel.column, rowCount: 1, columnCount: 1 }, [[""]]);
      host.model.evaluate();
    } else {
      host.putCells(sel.sheet.name, sel.row, sel.column, [[entry.value]], [], entry.formula ? [[entry.formula]] : []);
    }
    render();
  });

  return {
    render,
    setHost(next: SimExcelHost) {
      host = next;
      render();
    },
  };
}
