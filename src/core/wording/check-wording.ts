/**
 * The spun-wording checker. Synonym-spinning tools replace words one for one (发展→进展,
 * 服务→效劳 …), and many spun words are also real words elsewhere (进展, 平安, 根本 …), so the
 * checker matches multi-character phrases from wording-pairs.tsv and never reports a match that
 * overlaps a legitimate collocation (wording-whitelist.tsv plus LEGITIMATE_CONTEXTS). It only
 * reports; it never rewrites what a person typed.
 */
import { LEGITIMATE_CONTEXTS } from "./legitimate-contexts";
import { WORDING_PAIRS_TSV } from "./wording-pairs";
import { WORDING_WHITELIST_TSV } from "./wording-whitelist";

export interface WordingPair {
  /** The spun form, as it occurs in text. */
  readonly wrong: string;
  /** The standard form to suggest. */
  readonly right: string;
  /** Why (from the TSV's note column; English/Chinese, for maintainers). */
  readonly note: string;
}

export interface WordingMatch {
  /** UTF-16 offset of the first character of the match (as String.prototype.slice counts). */
  readonly start: number;
  /** UTF-16 offset just past the match. */
  readonly end: number;
  readonly wrong: string;
  readonly right: string;
  readonly note: string;
}

/** Rows of a TSV file with a header line; blank lines are skipped, a trailing "\r" is dropped. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  const lines = text.split("\n");
  for (let i = 1; i < lines.length; i++) {
    const line = (lines[i] ?? "").replace(/\r$/, "");
    if (line.trim() === "") continue;
    rows.push(line.split("\t"));
  }
  return rows;
}

/** Every pair of wording-pairs.tsv, in file order. */
export const WORDING_PAIRS: readonly WordingPair[] = parseTsv(WORDING_PAIRS_TSV)
  .filter((r) => (r[0] ?? "") !== "" && (r[1] ?? "") !== "")
  .map((r) => ({ wrong: r[0] ?? "", right: r[1] ?? "", note: r[2] ?? "" }));

/** Every phrase of wording-whitelist.tsv, in file order. */
export const WORDING_WHITELIST: readonly string[] = parseTsv(WORDING_WHITELIST_TSV)
  .map((r) => r[0] ?? "")
  .filter((p) => p !== "");

/** Phrases grouped by first character, longest first, for a left-to-right scan. */
function indexByFirstChar<T>(items: readonly T[], phraseOf: (item: T) => string): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    const first = phraseOf(item).charAt(0);
    const list = index.get(first);
    if (list) list.push(item);
    else index.set(first, [item]);
  }
  index.forEach((list) => list.sort((a, b) => phraseOf(b).length - phraseOf(a).length));
  return index;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Any wrong form anywhere: one native scan rules out the common case of clean text. */
const ANY_PAIR = new RegExp(WORDING_PAIRS.map((p) => escapeRegExp(p.wrong)).join("|"));

const PAIR_INDEX = indexByFirstChar(WORDING_PAIRS, (p) => p.wrong);
const PROTECTED_INDEX = indexByFirstChar(WORDING_WHITELIST.concat(LEGITIMATE_CONTEXTS.map((c) => c.phrase)), (p) => p);

/** For each character of `text`, whether it lies inside a whitelisted phrase occurrence. */
function protectedCharacters(text: string): boolean[] | undefined {
  let marks: boolean[] | undefined;
  for (let i = 0; i < text.length; i++) {
    const candidates = PROTECTED_INDEX.get(text.charAt(i));
    if (!candidates) continue;
    for (const phrase of candidates) {
      if (text.substr(i, phrase.length) !== phrase) continue;
      if (!marks) marks = [];
      for (let k = i; k < i + phrase.length; k++) marks[k] = true;
    }
  }
  return marks;
}

function overlapsProtected(marks: boolean[] | undefined, start: number, end: number): boolean {
  if (!marks) return false;
  for (let k = start; k < end; k++) if (marks[k]) return true;
  return false;
}

/** The longest phrase at `i` that does not overlap a whitelisted occurrence. */
function longestAt(text: string, i: number, marks: boolean[] | undefined): WordingPair | undefined {
  const candidates = PAIR_INDEX.get(text.charAt(i));
  if (!candidates) return undefined;
  for (const pair of candidates) {
    if (text.substr(i, pair.wrong.length) !== pair.wrong) continue;
    if (overlapsProtected(marks, i, i + pair.wrong.length)) continue;
    return pair;
  }
  return undefined;
}

/**
 * Whether `pair` at `at` can be merged into `match` (which it overlaps and extends): both
 * replacements keep lengths, so characters line up, and they agree on the shared characters —
 * 对外宣扬 + 宣扬工作 → 对外宣扬工作 / 对外宣传工作.
 */
function mergeable(match: WordingMatch, pair: WordingPair, at: number): boolean {
  if (match.wrong.length !== match.right.length || pair.wrong.length !== pair.right.length) return false;
  for (let k = at; k < match.end; k++) {
    if (match.right.charAt(k - match.start) !== pair.right.charAt(k - at)) return false;
  }
  return true;
}

/**
 * Finds spun phrases in `text`: scanning left to right, at each position the longest phrase
 * that matches and does not overlap a whitelisted occurrence wins, and the scan resumes after
 * it, so matches never overlap. Two phrases that overlap and agree on their shared characters
 * (对外宣扬 and 宣扬工作 in 对外宣扬工作) are reported as one match covering both, so no spun
 * phrase is hidden by its neighbour. Linear in the text length for a fixed phrase list.
 */
export function checkWording(text: string): WordingMatch[] {
  const matches: WordingMatch[] = [];
  if (typeof text !== "string" || text === "" || !ANY_PAIR.test(text)) return matches;
  const marks = protectedCharacters(text);
  let i = 0;
  while (i < text.length) {
    const found = longestAt(text, i, marks);
    if (!found) {
      i++;
      continue;
    }
    let match: WordingMatch = {
      start: i,
      end: i + found.wrong.length,
      wrong: found.wrong,
      right: found.right,
      note: found.note,
    };
    for (let j = i + 1; j < match.end; j++) {
      const next = longestAt(text, j, marks);
      if (!next || j + next.wrong.length <= match.end || !mergeable(match, next, j)) continue;
      const end = j + next.wrong.length;
      match = {
        start: match.start,
        end,
        wrong: text.slice(match.start, end),
        right: match.right + next.right.slice(match.end - j),
        note: `${match.note}; ${next.note}`,
      };
    }
    matches.push(match);
    i = match.end;
  }
  return matches;
}

/** `text` with one match replaced by its standard form (for previews and fix actions). */
export function applyWordingMatch(text: string, match: Pick<WordingMatch, "start" | "end" | "right">): string {
  return text.slice(0, match.start) + match.right + text.slice(match.end);
}
