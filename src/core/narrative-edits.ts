/**
 * The 文字稿 sheet is the add-in's, but people polish the text there. Before a new generate
 * replaces it, the add-in must know whether the sheet still holds what it wrote last time. It keeps
 * a fingerprint of the values it wrote (in the document's add-in settings); a sheet that no longer
 * matches it was edited, and is kept under another name unless the user says to replace it.
 */
import { LAYOUT } from "./layout";
import type { PlanStep, PlanValue } from "./plan";
import type { RawCell, RawSheet, RawWorkbook } from "./raw-cell";

/** The document setting that holds the fingerprint of the last 文字稿 written. */
export const NARRATIVE_FINGERPRINT_SETTING = "annualSummary.narrativeFingerprint";

/**
 * The setting of one report's output sheet: the plain 文字稿 keeps the key it always had, so
 * workbooks written before report types existed are still recognised; 文字稿（月度进展） has its own.
 */
export function narrativeFingerprintSetting(outputSheet: string = LAYOUT.narrative.name): string {
  return outputSheet === LAYOUT.narrative.name
    ? NARRATIVE_FINGERPRINT_SETTING
    : `${NARRATIVE_FINGERPRINT_SETTING}.${outputSheet}`;
}

/** What an edited 文字稿 is renamed to: 文字稿（修改稿）, then 文字稿（修改稿2）, … */
export const KEPT_NARRATIVE_NAME = `${LAYOUT.narrative.name}（修改稿）`;

/** 文字稿 → 文字稿（修改稿）; 文字稿（月度进展） → 文字稿（月度进展·修改稿）. */
function keptBaseName(outputSheet: string): string {
  const m = /^(.*)（(.*)）$/.exec(outputSheet);
  return m ? `${m[1]}（${m[2]}·修改稿` : `${outputSheet}（修改稿`;
}

/** FNV-1a over UTF-16 code units (32 bits), fed piece by piece, with the count of units. */
class Fnv1a {
  private hash = 0x811c9dc5;
  private units = 0;

  add(text: string): void {
    let h = this.hash;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    this.hash = h;
    this.units += text.length;
  }

  digest(): string {
    return `${this.units.toString(36)}-${this.hash.toString(36)}`;
  }
}

const cellText = (v: RawCell | PlanValue | undefined): string => (v === null || v === undefined ? "" : String(v));

/**
 * The fingerprint of a grid anchored at (row, column): its cells row by row, tab between cells and
 * a line break between rows, without the trailing blank cells of a row or trailing empty rows, so
 * that the values written and the used range read back give the same. Hashed as it goes: the
 * 文字稿 of a 100,000-row project list is megabytes of text.
 */
function fingerprintGrid(values: readonly (readonly (RawCell | PlanValue)[])[], row: number, column: number): string {
  const lastCell = (cells: readonly (RawCell | PlanValue)[]): number => {
    let end = cells.length;
    while (end > 0 && cellText(cells[end - 1]) === "") end--;
    return end;
  };
  let lastRow = values.length;
  while (lastRow > 0 && lastCell(values[lastRow - 1] ?? []) === 0) lastRow--;
  const fnv = new Fnv1a();
  fnv.add(`${row},${column}`);
  for (let r = 0; r < lastRow; r++) {
    const cells = values[r] ?? [];
    fnv.add("\n");
    const end = lastCell(cells);
    for (let c = 0; c < end; c++) {
      if (c > 0) fnv.add("\t");
      fnv.add(cellText(cells[c]));
    }
  }
  return fnv.digest();
}

/** The fingerprint of the values written to the 文字稿 sheet from A1 (header row included). */
export function fingerprintWritten(values: readonly (readonly PlanValue[])[]): string {
  return fingerprintGrid(values, 0, 0);
}

/** The fingerprint of a 文字稿 sheet as read back. */
export function fingerprintSheet(sheet: RawSheet): string {
  return fingerprintGrid(sheet.values, sheet.origin.row, sheet.origin.column);
}

function findNarrativeSheet(workbook: RawWorkbook, outputSheet: string): RawSheet | undefined {
  return workbook.sheets.find((s) => s.name === outputSheet);
}

function hasContent(sheet: RawSheet): boolean {
  return sheet.values.some((row) => row.some((v) => v !== null && v !== ""));
}

export interface NarrativeEdits {
  /** True when the 文字稿 sheet holds something other than what the add-in wrote last. */
  readonly edited: boolean;
  /** True when no fingerprint was recorded (written elsewhere, or by the command line). */
  readonly unknownOrigin: boolean;
}

/**
 * Whether regenerating would replace text someone changed. The 文字稿 sheet must have been read
 * into `workbook`; `fingerprint` is the setting recorded after the last write (undefined if none).
 */
export function detectNarrativeEdits(
  workbook: RawWorkbook,
  fingerprint: string | undefined,
  outputSheet: string = LAYOUT.narrative.name,
): NarrativeEdits {
  const sheet = findNarrativeSheet(workbook, outputSheet);
  if (!sheet || !hasContent(sheet)) return { edited: false, unknownOrigin: false };
  if (fingerprint === undefined) return { edited: true, unknownOrigin: true };
  return { edited: fingerprintSheet(sheet) !== fingerprint, unknownOrigin: false };
}

/** A free name for the kept sheet (sheet names compare without case in Excel). */
export function keptNarrativeName(sheetNames: readonly string[], outputSheet: string = LAYOUT.narrative.name): string {
  const taken = (name: string): boolean => sheetNames.some((n) => n.toLowerCase() === name.toLowerCase());
  const base = keptBaseName(outputSheet);
  if (!taken(`${base}）`)) return `${base}）`;
  for (let i = 2; ; i++) {
    const name = `${base}${i}）`;
    if (!taken(name)) return name;
  }
}

/**
 * What 生成文字稿 does with a 文字稿 sheet edited since the add-in wrote it: stop and ask (the
 * pane), keep it under another name and write a new one (nothing is lost), or replace it.
 */
export type EditedNarrativeChoice = "ask" | "keep" | "replace";

/** 生成文字稿 stopped before writing: the 文字稿 sheet was edited and the user must choose. */
export interface NarrativeDecisionNeeded {
  readonly narrativeEdited: true;
  /** True when no fingerprint was recorded, so an edit cannot be told from text written elsewhere. */
  readonly unknownOrigin: boolean;
}

export interface KeptNarrative {
  /** The workbook as it will be once the edited sheet is renamed: generate plans against this. */
  readonly workbook: RawWorkbook;
  /** The rename, to be applied before the generate plan. */
  readonly step: PlanStep;
  readonly keptAs: string;
}

/** Keeps the edited 文字稿 by renaming it, so that generate writes a new 文字稿 beside it. */
export function keepEditedNarrative(workbook: RawWorkbook, outputSheet: string = LAYOUT.narrative.name): KeptNarrative {
  const name = outputSheet;
  const keptAs = keptNarrativeName(workbook.sheetNames, outputSheet);
  return {
    workbook: {
      sheetNames: workbook.sheetNames.map((n) => (n === name ? keptAs : n)),
      sheets: workbook.sheets.map((s) => (s.name === name ? { ...s, name: keptAs } : s)),
    },
    step: { kind: "renameSheet", sheet: name, newName: keptAs },
    keptAs,
  };
}
