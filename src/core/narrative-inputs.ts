/**
 * Is a generated text still what the workbook says? 复制全文 and 导出Word put the text into a 公文;
 * a figure changed after 生成文字稿 must never go there unnoticed. At generation the adapter takes
 * `narrativeInputs`: a 32-bit hash of every cell of the sheets the narrative reads (the input
 * sheets and 模板; value, type and number format — the text shows what the cell's format shows).
 * Before copying, the pane reads the workbook again (one batch) and `checkNarrativeInputs`
 * compares cell by cell: no cell changed ends the check at the cost of hashing; otherwise the text
 * is rendered again in memory, and only a different text is stale, with the changed cells it drew
 * on named. A cell typed in 备注 therefore never blocks a copy.
 */
import { cellAddress, parseCellAddress } from "./a1";
import type { NarrativeDocument, SourceRef } from "./document";
import { INPUT_SHEET_KEYS, LAYOUT } from "./layout";
import { renderWithEngine } from "./narrative/narrative-engine";
import type { RawCell, RawSheet, RawWorkbook } from "./raw-cell";
import { findSheet } from "./read-table";
import { parseWorkbook } from "./parse-workbook";

/** The cells of one sheet as hashes, row by row, over the rectangle read. */
export interface SheetHashes {
  /** The sheet's name as the workbook spells it. */
  readonly name: string;
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
  /** rows × columns hashes, row-major (a typed array: 100,000 rows × 9 columns is 3.6 MB). */
  readonly hashes: Uint32Array;
}

/** What the text was generated from: kept beside the text until it is copied or exported. */
export interface NarrativeInputs {
  /** Each sheet the narrative reads, by its layout name; null where the workbook has no such sheet. */
  readonly sheets: Readonly<Record<string, SheetHashes | null>>;
  /** The template sheet the text was written from (模板, or 模板（月度进展） for another report). */
  readonly templateSheet: string;
}

export type NarrativeCheck =
  /** The text is what the workbook gives now; `inputs` is the fingerprint to keep from now on. */
  | { readonly stale: false; readonly inputs: NarrativeInputs }
  | {
      readonly stale: true;
      /**
       * The changed cells that the text (as generated, or as it would be now) drew on — or, when
       * it drew on none of them (a 模板 row, a sheet's layout), every changed cell — at most 10.
       * Cells that changed only because 生成文字稿 itself wrote them (the formulas of 完成率 and
       * 同比增长) are thus not named beside a figure someone typed.
       */
      readonly cells: readonly SourceRef[];
      /** How many cells `cells` stands for. */
      readonly cellCount: number;
      /** The layout names of the sheets that changed, in layout order. */
      readonly sheets: readonly string[];
    };

const INPUT_SHEETS: readonly string[] = INPUT_SHEET_KEYS.map((k) => LAYOUT[k].name);

/** The sheets a text of the report with `templateSheet` reads: the input sheets and its template. */
function readSheets(templateSheet: string): readonly string[] {
  return [...INPUT_SHEETS, templateSheet];
}

const LISTED_CELLS = 10;
/** Changed cells collected for naming; past this only counted (a row inserted at the top moves all). */
const COLLECTED_CELLS = 10000;

const FNV_OFFSET = 0x811c9dc5;

/**
 * FNV-1a over UTF-16 code units, 32 bits, multiplying by shifts and adds so that it needs no
 * Math.imul (Internet Explorer 11 has none).
 */
function mix(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = (h + (h << 1) + (h << 4) + (h << 7) + (h << 8) + (h << 24)) >>> 0;
  }
  return h;
}

const TYPE_TAG: Readonly<Record<string, string>> = { number: "n", string: "s", boolean: "b" };

/** A cell's hash: its type, its value and its number format; every blank cell hashes alike. */
function cellHash(value: RawCell | undefined, format: string | undefined): number {
  if (value === null || value === undefined || value === "") return FNV_OFFSET;
  const h = mix(mix(FNV_OFFSET, TYPE_TAG[typeof value] ?? "?"), String(value));
  return mix(mix(h, "\u0001"), format ?? "");
}

function sheetHashes(sheet: RawSheet | undefined): SheetHashes | null {
  if (!sheet) return null;
  let columns = 0;
  for (const row of sheet.values) columns = Math.max(columns, row.length);
  const rows = sheet.values.length;
  const hashes = new Uint32Array(rows * columns);
  for (let r = 0; r < rows; r++) {
    const values = sheet.values[r] ?? [];
    const formats = sheet.numberFormats[r] ?? [];
    for (let c = 0; c < columns; c++) hashes[r * columns + c] = cellHash(values[c], formats[c]);
  }
  return { name: sheet.name, row: sheet.origin.row, column: sheet.origin.column, rows, columns, hashes };
}

function hashAt(sheet: SheetHashes, row: number, column: number): number {
  const r = row - sheet.row;
  const c = column - sheet.column;
  if (r < 0 || c < 0 || r >= sheet.rows || c >= sheet.columns) return FNV_OFFSET;
  return sheet.hashes[r * sheet.columns + c] ?? FNV_OFFSET;
}

function allHashes(raw: RawWorkbook, templateSheet: string): Record<string, SheetHashes | null> {
  const out: Record<string, SheetHashes | null> = {};
  for (const name of readSheets(templateSheet)) out[name] = sheetHashes(findSheet(raw, name));
  return out;
}

/**
 * The fingerprint of what a text was generated from; `raw` is the workbook it was generated from,
 * `templateSheet` the report's template sheet (模板 by default).
 */
export function narrativeInputs(raw: RawWorkbook, templateSheet: string = LAYOUT.template.name): NarrativeInputs {
  return { sheets: allHashes(raw, templateSheet), templateSheet };
}

interface Changes {
  /** Changed cells, in sheet order, then row by row (the first COLLECTED_CELLS). */
  readonly cells: SourceRef[];
  count: number;
  readonly sheets: string[];
}

/** The cells whose hash differs, over both rectangles; a sheet added or removed changes as a whole. */
function compare(before: NarrativeInputs, now: Readonly<Record<string, SheetHashes | null>>): Changes {
  const changes: Changes = { cells: [], count: 0, sheets: [] };
  for (const key of readSheets(before.templateSheet)) {
    const a = before.sheets[key] ?? null;
    const b = now[key] ?? null;
    if (!a && !b) continue;
    if (!a || !b) {
      changes.sheets.push(key);
      continue;
    }
    const top = Math.min(a.row, b.row);
    const left = Math.min(a.column, b.column);
    const bottom = Math.max(a.row + a.rows, b.row + b.rows);
    const right = Math.max(a.column + a.columns, b.column + b.columns);
    const counted = changes.count;
    for (let r = top; r < bottom; r++) {
      for (let c = left; c < right; c++) {
        if (hashAt(a, r, c) === hashAt(b, r, c)) continue;
        changes.count++;
        if (changes.cells.length < COLLECTED_CELLS) changes.cells.push({ sheet: b.name, cell: cellAddress(r, c) });
      }
    }
    if (changes.count > counted) changes.sheets.push(key);
  }
  return changes;
}

function sameText(a: NarrativeDocument, b: NarrativeDocument): boolean {
  if (a.paragraphs.length !== b.paragraphs.length) return false;
  for (let i = 0; i < a.paragraphs.length; i++) {
    const p = a.paragraphs[i];
    const q = b.paragraphs[i];
    if (!p || !q || p.text !== q.text || p.level !== q.level) return false;
  }
  return true;
}

interface Rect {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The cells and ranges (E2:E10001) the paragraphs of the documents drew on, indexed for lookup. */
function sourceIndex(documents: readonly NarrativeDocument[]): { cells: Set<string>; ranges: Rect[] } {
  const cells = new Set<string>();
  const ranges: Rect[] = [];
  for (const document of documents) {
    for (const p of document.paragraphs) {
      for (const s of p.sources) {
        const colon = s.cell.indexOf(":");
        if (colon < 0) {
          cells.add(sourceName(s));
          continue;
        }
        const start = parseCellAddress(s.cell.slice(0, colon));
        const end = parseCellAddress(s.cell.slice(colon + 1));
        if (start && end)
          ranges.push({ sheet: s.sheet, top: start.row, left: start.column, bottom: end.row, right: end.column });
      }
    }
  }
  return { cells, ranges };
}

/** The changed cells that a paragraph of either text drew on. */
function drawnOn(cells: readonly SourceRef[], documents: readonly NarrativeDocument[]): SourceRef[] {
  const index = sourceIndex(documents);
  const drawn: SourceRef[] = [];
  for (const cell of cells) {
    const at = parseCellAddress(cell.cell);
    const found =
      index.cells.has(sourceName(cell)) ||
      (!!at &&
        index.ranges.some(
          (r) =>
            r.sheet === cell.sheet &&
            at.row >= r.top &&
            at.row <= r.bottom &&
            at.column >= r.left &&
            at.column <= r.right,
        ));
    if (found) drawn.push(cell);
  }
  return drawn;
}

/**
 * Whether `document`, generated when the workbook gave `inputs`, is still the text `raw` (the
 * workbook as read now) gives. Cheap when no cell changed (hashing only); renders in memory
 * otherwise, and names what changed when the text differs.
 */
export function checkNarrativeInputs(
  raw: RawWorkbook,
  inputs: NarrativeInputs,
  document: NarrativeDocument,
): NarrativeCheck {
  const templateSheet = inputs.templateSheet;
  const now = allHashes(raw, templateSheet);
  const changes = compare(inputs, now);
  if (changes.count === 0 && changes.sheets.length === 0) return { stale: false, inputs };
  const rendered = renderWithEngine(parseWorkbook(raw, { templateSheet })).document;
  if (sameText(rendered, document)) return { stale: false, inputs: { sheets: now, templateSheet } };
  const drawn = drawnOn(changes.cells, [document, rendered]);
  return {
    stale: true,
    cells: (drawn.length > 0 ? drawn : changes.cells).slice(0, LISTED_CELLS),
    cellCount: drawn.length > 0 ? drawn.length : changes.count,
    sheets: changes.sheets,
  };
}

/** “主要指标!C3”: a cell as the pane and the issue list name it. */
export function sourceName(ref: SourceRef): string {
  return `${ref.sheet}!${ref.cell}`;
}
