/**
 * The spun-wording detector. Synonym-spinning tools (伪原创) replace words one for one by a
 * synonym table (发展→进展/开展, 服务→效劳, 安全→平安 …), so the checker models exactly that:
 *
 * 1. every occurrence of a spun word of the swap table (spin-swaps.ts) is a candidate;
 * 2. it must be a word there: the text around it is segmented (segment.ts), and characters that
 *    only happen to meet (建立起/动态) are no candidate — so a fix only ever replaces a word;
 * 3. a phrase in which the spun word is always ordinary (平安建设, 预备党员, 名目繁多) excuses it;
 * 4. the neighbouring words decide: each side counts for the original word when its neighbour is
 *    a typical collocate of the original and not of the spun word (经济|开展 → 经济发展), against
 *    it in the opposite case (取得|进展). An "odd" spun word (效劳, 根底) is flagged unless the
 *    balance is against it; an ordinary one (进展, 缺乏) only when the balance is for the
 *    original.
 *
 * It reports the word, the original it stands for and why; it never rewrites what a person typed.
 */
import { LEXICON_SOURCE } from "./lexicon-source";
import { parseTsv } from "./parse-tsv";
import type { CollocateSet, SwapRule, WordingLexicon } from "./spin-lexicon";
import { segmentSpan } from "./segment";
import { WORDING_PAIRS_TSV } from "./wording-pairs";
import { WORDING_WHITELIST_TSV } from "./wording-whitelist";

export { parseTsv };

export interface WordingMatch {
  /** UTF-16 offset of the first character of the spun word (as String.prototype.slice counts). */
  readonly start: number;
  /** UTF-16 offset just past it. */
  readonly end: number;
  /** The spun word, as it occurs in the text. */
  readonly wrong: string;
  /** The original word to suggest. */
  readonly right: string;
  /** Where the swap was seen (the swap table's source column, for maintainers). */
  readonly note: string;
  /** Why it was flagged, in Chinese: “经济发展”是常见搭配. */
  readonly reason: string;
}

/**
 * How the lexicon reaches the checker: built in (Node), or loaded on demand with the code that
 * builds it (the task pane's chunk "wording-lexicon").
 */
export type LexiconSource =
  | { readonly kind: "static"; readonly build: () => WordingLexicon }
  | { readonly kind: "lazy"; readonly load: () => Promise<WordingLexicon> };

/** checkWording ran in the task pane before wordingLexiconReady() had resolved. */
export class WordingLexiconNotLoadedError extends Error {
  readonly code = "wording-lexicon-not-loaded";
  constructor() {
    super("The spun-wording lexicon is not loaded yet: await wordingLexiconReady() first");
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "WordingLexiconNotLoadedError";
  }
}

let lexicon: WordingLexicon | undefined;
let loading: Promise<void> | undefined;

/**
 * Resolves once the lexicon is available. In Node it is at once; in the task pane it loads the
 * lexicon chunk (once), and every action that validates waits for it first.
 */
export function wordingLexiconReady(): Promise<void> {
  if (lexicon) return Promise.resolve();
  if (!loading) {
    const source: LexiconSource = LEXICON_SOURCE;
    loading =
      source.kind === "static"
        ? Promise.resolve().then(() => {
            currentLexicon();
          })
        : source.load().then((loaded) => {
            lexicon = lexicon ?? loaded;
          });
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}

function currentLexicon(): WordingLexicon {
  if (lexicon) return lexicon;
  const source: LexiconSource = LEXICON_SOURCE;
  if (source.kind !== "static") throw new WordingLexiconNotLoadedError();
  lexicon = source.build();
  return lexicon;
}

/** The lexicon in use (for tests and the measuring script). */
export function wordingLexicon(): WordingLexicon {
  return currentLexicon();
}

export interface WordingPair {
  /** The spun phrase, as it occurs in the seed report. */
  readonly wrong: string;
  /** Its standard form. */
  readonly right: string;
  /** Why (from the TSV's note column). */
  readonly note: string;
}

/** The phrase pairs of the shared reference (wording-pairs.tsv): examples, not the checker's table. */
export const WORDING_PAIRS: readonly WordingPair[] = /*#__PURE__*/ parseTsv(WORDING_PAIRS_TSV)
  .filter((r) => (r[0] ?? "") !== "" && (r[1] ?? "") !== "")
  .map((r) => ({ wrong: r[0] ?? "", right: r[1] ?? "", note: r[2] ?? "" }));

/** Every phrase of wording-whitelist.tsv, in file order. */
export const WORDING_WHITELIST: readonly string[] = /*#__PURE__*/ parseTsv(WORDING_WHITELIST_TSV)
  .map((r) => r[0] ?? "")
  .filter((p) => p !== "");

/** Characters a word may be made of (CJK unified ideographs and extension A). */
function isHan(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** Where a clause ends or starts: punctuation, spaces, line breaks, the ends of the text. */
function isClauseBreak(ch: string): boolean {
  return ch === "" || /[\s，。；：！？、,.;:!?“”‘’"'（）()《》【】…—\-·]/.test(ch);
}

const CLAUSE_BREAK = /[\s，。；：！？,.;:!?]/;

/** How far after a word "…X" looks for X (in the same clause): the object of a verb, mostly. */
const LATER_WINDOW = 12;

const NUMBER_START = /^(?:[0-9０-９]|[一二两三四五六七八九十百千]+[个年次项家名批期届月天亿万余多%])/;

function isNumberAt(text: string, pos: number): boolean {
  return NUMBER_START.test(text.substr(pos, 6));
}

function isNumberBefore(text: string, pos: number): boolean {
  return pos > 0 && /[0-9０-９%％]/.test(text.charAt(pos - 1));
}

/** The segmentation around one candidate: tokens of the Chinese run it sits in (at most WINDOW characters each side). */
interface Around {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Token start offsets, then the span's end. */
  readonly cuts: readonly number[];
}

const WINDOW = 6;

function segmentAround(text: string, start: number, end: number, lex: WordingLexicon): Around {
  let from = start;
  while (from > 0 && start - from < WINDOW && isHan(text.charAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < WINDOW && isHan(text.charAt(to))) to++;
  return { text, start, end, cuts: segmentSpan(text, from, to, lex.dictionary) };
}

function isWord(around: Around): boolean {
  const { cuts, start, end } = around;
  const i = cuts.indexOf(start);
  return i >= 0 && cuts[i + 1] === end;
}

/** The word that ends at `pos`, or "" at the edge of the segmented span. */
function tokenBefore(around: Around, pos: number): string {
  const i = around.cuts.indexOf(pos);
  return i > 0 ? around.text.slice(around.cuts[i - 1], pos) : "";
}

/** The word that starts at `pos`, or "" at the edge of the segmented span. */
function tokenAfter(around: Around, pos: number): string {
  const i = around.cuts.indexOf(pos);
  return i >= 0 && i + 1 < around.cuts.length ? around.text.slice(pos, around.cuts[i + 1]) : "";
}

/** What matched: the neighbouring text, or "^", "#", "0" for a clause edge or a number. */
type Evidence = string | undefined;

function matchLeftAt(text: string, pos: number, token: string, set: CollocateSet): Evidence {
  if (set.clauseEdge && token === "" && isClauseBreak(text.charAt(pos - 1))) return "^";
  if (set.number && isNumberBefore(text, pos)) return "0";
  for (let k = Math.min(set.maxLength, pos); k >= 2; k--) {
    const before = text.slice(pos - k, pos);
    if (set.words.has(before)) return before;
  }
  if (token !== "" && set.words.has(token)) return token;
  if (token !== "" && set.edges.has(token.charAt(token.length - 1))) return token;
  return undefined;
}

function matchLeft(around: Around, set: CollocateSet | undefined, lex: WordingLexicon): Evidence {
  if (!set) return undefined;
  const { text, start } = around;
  const token = tokenBefore(around, start);
  const direct = matchLeftAt(text, start, token, set);
  if (direct !== undefined || !lex.skippedLeft.has(token)) return direct;
  const pos = start - token.length;
  return matchLeftAt(text, pos, tokenBefore(around, pos), set);
}

function matchRightAt(text: string, pos: number, token: string, set: CollocateSet): Evidence {
  if (set.clauseEdge && isClauseBreak(text.charAt(pos))) return "#";
  if (set.number && isNumberAt(text, pos)) return "0";
  for (const p of set.later) {
    const at = text.indexOf(p, pos);
    if (at >= 0 && at - pos <= LATER_WINDOW && !CLAUSE_BREAK.test(text.slice(pos, at))) return `…${p}`;
  }
  for (const p of set.patterns) {
    const cut = p.indexOf("0");
    if (text.substr(pos, cut) === p.slice(0, cut) && isNumberAt(text, pos + cut)) return p;
  }
  for (let k = Math.min(set.maxLength, text.length - pos); k >= 2; k--) {
    const after = text.substr(pos, k);
    if (set.words.has(after)) return after;
  }
  if (token !== "" && set.words.has(token)) return token;
  if (token !== "" && set.edges.has(token.charAt(0))) return token;
  if (set.han && isHan(text.charAt(pos))) return "*";
  return undefined;
}

function matchRight(around: Around, set: CollocateSet | undefined, lex: WordingLexicon): Evidence {
  if (!set) return undefined;
  const { text, end } = around;
  const token = tokenAfter(around, end);
  const direct = matchRightAt(text, end, token, set);
  if (direct !== undefined || !lex.skippedRight.has(token)) return direct;
  const pos = end + token.length;
  return matchRightAt(text, pos, tokenAfter(around, pos), set);
}

/** Clause edges say less than a word (a number or "any character" says as much). */
const SPECIAL_EVIDENCE = "^#";

/** How much a piece of evidence says: a content word or a number 1; a particle (lexicon.weak) or a clause edge ½. */
function weight(evidence: string, lex: WordingLexicon): number {
  return (evidence.length === 1 && SPECIAL_EVIDENCE.indexOf(evidence) >= 0) || lex.weak.has(evidence) ? 0.5 : 1;
}

/** How specific a piece of evidence is: the longer the matched text, the more it says. */
function specificity(evidence: string, lex: WordingLexicon): number {
  return weight(evidence, lex) < 1 ? 0.5 : evidence.replace(/^…/, "").length;
}

/**
 * What one side says: for the original word when only its collocates match (+1 for a word, +½
 * for a clause edge or a number), against it when only the spun word's do; when both match, the
 * more specific match decides by ½ (拒腐防变的|力量 against 的|力量).
 */
function sideScore(original: Evidence, spun: Evidence, lex: WordingLexicon): number {
  if (original !== undefined && spun === undefined) return weight(original, lex);
  if (spun !== undefined && original === undefined) return -weight(spun, lex);
  if (original === undefined || spun === undefined) return 0;
  const o = specificity(original, lex);
  const p = specificity(spun, lex);
  return o > p ? 0.5 : o < p ? -0.5 : 0;
}

function leftReason(evidence: string, original: string): string {
  if (evidence === "^") return `句首通常是“${original}”`;
  if (evidence === "0") return `数字后通常是“${original}”`;
  return `“${evidence}${original}”是常见搭配`;
}

function rightReason(evidence: string, original: string): string {
  if (evidence === "#") return `句末通常是“${original}”`;
  if (evidence === "0") return `“${original}”后通常接数字`;
  if (evidence.charAt(0) === "…") return `“${original}…${evidence.slice(1)}”是常见搭配`;
  if (evidence === "*") return `这里通常用“${original}”`;
  if (/[0-9]/.test(evidence)) return `“${original}${evidence.replace("0", "…")}”是常见搭配`;
  return `“${original}${evidence}”是常见搭配`;
}

interface Verdict {
  readonly rule: SwapRule;
  readonly score: number;
  readonly reason: string;
}

function judgeRule(around: Around, rule: SwapRule, lex: WordingLexicon): Verdict | undefined {
  const oL = matchLeft(around, lex.originalLeft.get(rule.original), lex);
  const oR = matchRight(around, lex.originalRight.get(rule.original), lex);
  const sL = matchLeft(around, lex.spunLeft.get(rule.spun), lex);
  const sR = matchRight(around, lex.spunRight.get(rule.spun), lex);
  const left = sideScore(oL, sL, lex);
  const right = sideScore(oR, sR, lex);
  const score = left + right;
  // an ordinary spun word needs a word of evidence: a clause edge or a particle alone is not enough
  const strong =
    (left > 0 && oL !== undefined && weight(oL, lex) === 1) || (right > 0 && oR !== undefined && weight(oR, lex) === 1);
  if (rule.odd ? score < 0 : score <= 0 || (score < 1 && !strong)) return undefined;
  // the side that says most gives the reason
  const reason =
    left > 0 && left >= right && oL !== undefined
      ? leftReason(oL, rule.original)
      : right > 0 && oR !== undefined
        ? rightReason(oR, rule.original)
        : `“${rule.spun}”在规范文字中少见`;
  return { rule, score, reason };
}

/** Whether a phrase that always excuses `spun` covers the occurrence at [start, end). */
function inLegitimatePhrase(text: string, start: number, spun: string, lex: WordingLexicon): boolean {
  for (const phrase of lex.phrases.get(spun) ?? []) {
    for (let k = phrase.indexOf(spun); k >= 0; k = phrase.indexOf(spun, k + 1)) {
      if (start - k >= 0 && text.substr(start - k, phrase.length) === phrase) return true;
    }
  }
  return false;
}

/** Whether one of `words` ends at `pos` (left) or starts there (right). */
function wordAt(text: string, pos: number, words: ReadonlySet<string>, left: boolean): boolean {
  for (const w of words) {
    if (left ? pos >= w.length && text.slice(pos - w.length, pos) === w : text.substr(pos, w.length) === w) return true;
  }
  return false;
}

/**
 * Whether the original word's collocates could match on the left of `pos`, from the raw text
 * alone: a superset of what matchLeft finds (a neighbouring word is a suffix of the text before
 * `pos`, its last character is the one before `pos`), so that "no" is certain.
 */
function mayMatchLeft(text: string, pos: number, set: CollocateSet | undefined, lex: WordingLexicon): boolean {
  if (!set) return false;
  const before = text.charAt(pos - 1);
  if (set.clauseEdge && isClauseBreak(before)) return true;
  if (set.number && isNumberBefore(text, pos)) return true;
  if (before !== "" && (set.words.has(before) || set.edges.has(before))) return true;
  for (let k = Math.min(set.maxLength, pos); k >= 2; k--) if (set.words.has(text.slice(pos - k, pos))) return true;
  return wordAt(text, pos, lex.skippedLeft, true);
}

/** The same for the right of `pos` (matchRight). */
function mayMatchRight(text: string, pos: number, set: CollocateSet | undefined, lex: WordingLexicon): boolean {
  if (!set) return false;
  const after = text.charAt(pos);
  if (set.clauseEdge && isClauseBreak(after)) return true;
  if (set.number && isNumberAt(text, pos)) return true;
  if (set.han && isHan(after)) return true;
  if (after !== "" && (set.words.has(after) || set.edges.has(after))) return true;
  if (set.later.length > 0 || set.patterns.length > 0) return true;
  for (let k = Math.min(set.maxLength, text.length - pos); k >= 2; k--)
    if (set.words.has(text.substr(pos, k))) return true;
  return wordAt(text, pos, lex.skippedRight, false);
}

/**
 * An ordinary ("amb") spun word is flagged only on evidence for the original word; when no rule
 * for `spun` is odd and no original collocate can match around it, it is left alone without
 * segmenting (most occurrences of common words such as 部分, 安排, 确保).
 */
function cannotBeFlagged(text: string, start: number, end: number, spun: string, lex: WordingLexicon): boolean {
  for (const rule of lex.swapsBySpun.get(spun) ?? []) {
    if (rule.odd) return false;
    if (mayMatchLeft(text, start, lex.originalLeft.get(rule.original), lex)) return false;
    if (mayMatchRight(text, end, lex.originalRight.get(rule.original), lex)) return false;
  }
  return true;
}

function judge(text: string, start: number, spun: string, lex: WordingLexicon): WordingMatch | undefined {
  const end = start + spun.length;
  if (inLegitimatePhrase(text, start, spun, lex)) return undefined;
  if (cannotBeFlagged(text, start, end, spun, lex)) return undefined;
  const around = segmentAround(text, start, end, lex);
  if (!isWord(around)) return undefined;
  let best: Verdict | undefined;
  for (const rule of lex.swapsBySpun.get(spun) ?? []) {
    const verdict = judgeRule(around, rule, lex);
    if (verdict && (!best || verdict.score > best.score)) best = verdict;
  }
  if (!best) return undefined;
  return { start, end, wrong: spun, right: best.rule.original, note: best.rule.source, reason: best.reason };
}

/**
 * Finds spun words in `text`, left to right, never overlapping: at each place a spun word
 * starts, the longest one that is a word there and that its neighbours condemn is reported.
 * Linear in the length of the text; the segmentation and the collocation checks run only where
 * a spun word occurs.
 */
export function checkWording(text: string): WordingMatch[] {
  const matches: WordingMatch[] = [];
  if (typeof text !== "string" || text === "") return matches;
  const lex = currentLexicon();
  const scan = lex.anySpun;
  scan.lastIndex = 0;
  let found = scan.exec(text);
  while (found) {
    const start = found.index;
    let match: WordingMatch | undefined;
    for (const spun of lex.spunByFirstChar.get(text.charAt(start)) ?? []) {
      if (text.substr(start, spun.length) !== spun) continue;
      match = judge(text, start, spun, lex);
      if (match) break;
    }
    if (match) matches.push(match);
    scan.lastIndex = match ? match.end : start + 1;
    found = scan.exec(text);
  }
  return matches;
}

/** `text` with one match replaced by its original word (for previews and fix actions). */
export function applyWordingMatch(text: string, match: Pick<WordingMatch, "start" | "end" | "right">): string {
  return text.slice(0, match.start) + match.right + text.slice(match.end);
}
