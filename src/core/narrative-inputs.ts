/**
 * Is a generated text still what the workbook says? 复制全文 and 导出Word put the text into a 公文;
 * a figure changed after 生成文字稿 must never go there unnoticed. At generation the adapter takes
 * `narrativeInputs`: a fingerprint of each sheet the narrative reads (the input sheets and 模板,
 * values and number formats — the text shows what the cell's format shows) and one of each cell
 * or range a paragraph drew on. Before copying, the pane reads the workbook again (one batch) and
 * `checkNarrativeInputs` compares: equal sheet fingerprints end the check at the cost of hashing;
 * otherwise the text is rendered again in memory, and only a different text is stale, with the
 * cells that changed named. A cell typed in 备注 therefore never blocks a copy.
 */
import { parseCellAddress } from "./a1";
import type { NarrativeDocument, SourceRef } from "./document";
import { LAYOUT, READ_SHEET_KEYS } from "./layout";
import { renderNarrative } from "./narrative/render-narrative";
import type { RawCell, RawSheet, RawWorkbook } from "./raw-cell";
import { findSheet } from "./read-table";
import { readWorkbook } from "./read-workbook";

/** What the text was generated from, in a few strings: kept beside the text until it is copied. */
export interface NarrativeInputs {
  /** Fingerprint of each sheet the narrative reads, by its layout name ("" for a missing sheet). */
  readonly sheets: Readonly<Record<string, string>>;
  /** Fingerprint of each cell or range the paragraphs drew on, by "sheet!A1" or "sheet!A1:A9". */
  readonly sources: Readonly<Record<string, string>>;
}

export type NarrativeCheck =
  /** The text is what the workbook gives now; `inputs` is the fingerprint to keep from now on. */
  | { readonly stale: false; readonly inputs: NarrativeInputs }
  | {
      readonly stale: true;
      /** Cells (single cells first, then ranges) that changed and that the text drew on, at most 10. */
      readonly cells: readonly SourceRef[];
      /** How many such cells and ranges there are in all. */
      readonly cellCount: number;
      /** The layout names of the sheets that changed, in layout order. */
      readonly sheets: readonly string[];
    };

const READ_SHEETS: readonly string[] = READ_SHEET_KEYS.map((k) => LAYOUT[k].name);

const LISTED_CELLS = 10;

/**
 * FNV-1a over UTF-16 code units (32 bits), multiplying by shifts and adds so that it needs no
 * Math.imul (Internet Explorer 11 has none).
 */
class Hash {
  private h = 0x811c9dc5;
  private units = 0;

  add(text: string): void {
    let h = this.h;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = (h + (h << 1) + (h << 4) + (h << 7) + (h << 8) + (h << 24)) >>> 0;
    }
    this.h = h;
    this.units += text.length;
  }

  digest(): string {
    return `${this.units.toString(36)}-${this.h.toString(36)}`;
  }
}

/** A cell as the text sees it: its type, its value and its number format. */
function addCell(hash: Hash, value: RawCell | undefined, format: string | undefined): void {
  if (value === null || value === undefined || value === "") hash.add("\u0000");
  else hash.add(`${(typeof value).charAt(0)}${String(value)}\u0001${format ?? ""}\u0002`);
}

function sheetFingerprint(sheet: RawSheet | undefined): string {
  if (!sheet) return "";
  const hash = new Hash();
  hash.add(`${sheet.origin.row},${sheet.origin.column}`);
  for (let r = 0; r < sheet.values.length; r++) {
    const values = sheet.values[r] ?? [];
    const formats = sheet.numberFormats[r] ?? [];
    hash.add("\n");
    for (let c = 0; c < values.length; c++) addCell(hash, values[c], formats[c]);
  }
  return hash.digest();
}

function sourceKey(ref: SourceRef): string {
  return `${ref.sheet}!${ref.cell}`;
}

/** The fingerprint of a cell or a range ("A1", "E2:E10001") as read; cells outside the read are blank. */
function sourceFingerprint(raw: RawWorkbook, ref: SourceRef): string {
  const sheet = findSheet(raw, ref.sheet);
  const parts = ref.cell.split(":");
  const start = parseCellAddress(parts[0] ?? "");
  const end = parseCellAddress(parts[1] ?? parts[0] ?? "");
  const hash = new Hash();
  if (!sheet || !start || !end) return "";
  for (let r = start.row; r <= end.row; r++) {
    const values = sheet.values[r - sheet.origin.row];
    const formats = sheet.numberFormats[r - sheet.origin.row];
    for (let c = start.column; c <= end.column; c++) {
      const at = c - sheet.origin.column;
      addCell(hash, values ? values[at] : undefined, formats ? formats[at] : undefined);
    }
  }
  return hash.digest();
}

function documentSources(document: NarrativeDocument): SourceRef[] {
  const seen: Record<string, true> = {};
  const out: SourceRef[] = [];
  for (const p of document.paragraphs) {
    for (const s of p.sources) {
      const key = sourceKey(s);
      if (seen[key]) continue;
      seen[key] = true;
      out.push(s);
    }
  }
  return out;
}

function sheetFingerprints(raw: RawWorkbook): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of READ_SHEETS) out[name] = sheetFingerprint(findSheet(raw, name));
  return out;
}

/** The fingerprint of what `document` was generated from; `raw` is the workbook it was generated from. */
export function narrativeInputs(raw: RawWorkbook, document: NarrativeDocument): NarrativeInputs {
  const sources: Record<string, string> = {};
  for (const ref of documentSources(document)) sources[sourceKey(ref)] = sourceFingerprint(raw, ref);
  return { sheets: sheetFingerprints(raw), sources };
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

function isRange(ref: SourceRef): boolean {
  return ref.cell.indexOf(":") >= 0;
}

/**
 * Whether `document`, generated when the workbook gave `inputs`, is still the text `raw` (the
 * workbook as read now) gives. Cheap when nothing changed (hashing only); renders in memory
 * otherwise, and names what changed when the text differs.
 */
export function checkNarrativeInputs(
  raw: RawWorkbook,
  inputs: NarrativeInputs,
  document: NarrativeDocument,
): NarrativeCheck {
  const sheets = sheetFingerprints(raw);
  const changedSheets = READ_SHEETS.filter((name) => sheets[name] !== inputs.sheets[name]);
  if (changedSheets.length === 0) return { stale: false, inputs };
  const now = renderNarrative(readWorkbook(raw)).document;
  if (sameText(now, document)) return { stale: false, inputs: narrativeInputs(raw, document) };
  const changed: SourceRef[] = [];
  for (const ref of documentSources(document)) {
    if (sourceFingerprint(raw, ref) !== inputs.sources[sourceKey(ref)]) changed.push(ref);
  }
  // cells the new text draws on and the old did not: a row added to a list, a value now present
  for (const ref of documentSources(now)) {
    if (inputs.sources[sourceKey(ref)] === undefined) changed.push(ref);
  }
  const ordered = changed.filter((r) => !isRange(r)).concat(changed.filter(isRange));
  return {
    stale: true,
    cells: ordered.slice(0, LISTED_CELLS),
    cellCount: ordered.length,
    sheets: changedSheets,
  };
}

/** “主要指标!C3” for a source, as the pane and the issue list name cells. */
export function sourceName(ref: SourceRef): string {
  return `${ref.sheet}!${ref.cell}`;
}
