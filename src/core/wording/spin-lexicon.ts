/**
 * The spin lexicon in the form the checker uses: the swap table indexed by spun word, the
 * collocation lists as sets, the legitimate phrases and the segmentation dictionary. Built once
 * from the plain-text tables of lexicon-data.ts (see spin-swaps.ts and spin-collocations.ts for
 * what the tables mean).
 */
import type { WordingLexiconData } from "./lexicon-data";
import { parseTsv } from "./parse-tsv";
import type { SegmentDictionary } from "./segment";

export interface SwapRule {
  /** The standard word the tool replaced. */
  readonly original: string;
  /** What the tool wrote. */
  readonly spun: string;
  /** The spun word is rarely standard on its own: flagged unless its neighbours excuse it. */
  readonly odd: boolean;
  /** Where the pair was seen (the table's source column). */
  readonly source: string;
}

/** One side's list of neighbours, ready for matching. */
export interface CollocateSet {
  /** Words and phrases, matched as whole neighbouring words or as adjacent text (two or more characters). */
  readonly words: ReadonlySet<string>;
  readonly maxLength: number;
  /** "~X": the neighbouring word ends (left) or starts (right) with the character X. */
  readonly edges: ReadonlySet<string>;
  /** Entries with a number in them, such as 到0. */
  readonly patterns: readonly string[];
  /** "…X" (right): X follows later in the same clause (采纳…意见, 增强…竞争力). */
  readonly later: readonly string[];
  /** "#" (right) or "^" (left): the clause ends or starts there. */
  readonly clauseEdge: boolean;
  /** "0": a number. */
  readonly number: boolean;
  /** "*": any Chinese character (right). */
  readonly han: boolean;
}

export interface WordingLexicon {
  readonly swapsBySpun: ReadonlyMap<string, readonly SwapRule[]>;
  /** Spun words by first character, longest first. */
  readonly spunByFirstChar: ReadonlyMap<string, readonly string[]>;
  /**
   * The first character of any spun word: one native scan finds the places worth a closer look
   * (a character class is searched far faster than an alternation of some 300 words).
   */
  readonly anySpun: RegExp;
  readonly originalLeft: ReadonlyMap<string, CollocateSet>;
  readonly originalRight: ReadonlyMap<string, CollocateSet>;
  readonly spunLeft: ReadonlyMap<string, CollocateSet>;
  readonly spunRight: ReadonlyMap<string, CollocateSet>;
  /** Phrases in which a spun word is always ordinary (平安建设, 预备党员), by spun word. */
  readonly phrases: ReadonlyMap<string, readonly string[]>;
  readonly dictionary: SegmentDictionary;
  /** Words looked past on the left (相对, 十分 …: 人才相对缺乏 is about 人才) — macro @SKIP_LEFT. */
  readonly skippedLeft: ReadonlySet<string>;
  /** Words looked past on the right (了, 着) — macro @SKIP_RIGHT. */
  readonly skippedRight: ReadonlySet<string>;
  /** Neighbours that say less than a content word (的, 和, 在 …) — macro @WEAK. */
  readonly weak: ReadonlySet<string>;
  /** Number of swap pairs. */
  readonly size: number;
}

/**
 * Parses the compact dictionary: one line per frequency class, a letter (a = 2⁰ … z = 2²⁵)
 * followed by the words of that class separated by spaces. Probabilities are relative to
 * `total` (jieba's total count, so that rare single characters keep jieba's weight).
 */
export function parseSegmentDictionary(text: string, total: number): SegmentDictionary {
  const logProb = new Map<string, number>();
  const logTotal = Math.log(total);
  let maxLength = 1;
  for (const line of text.split("\n")) {
    if (line.length < 2) continue;
    const power = line.charCodeAt(0) - 97;
    const value = (power + 0.5) * Math.LN2 - logTotal;
    for (const word of line.slice(1).split(" ")) {
      if (word === "") continue;
      const known = logProb.get(word);
      if (known === undefined || known < value) logProb.set(word, value);
      if (word.length > maxLength) maxLength = word.length;
    }
  }
  return { logProb, maxLength, unknownLogProb: -logTotal };
}

function words(list: string | undefined): string[] {
  return (list ?? "").split(" ").filter((w) => w !== "");
}

function parseMacros(text: string): Map<string, string[]> {
  const macros = new Map<string, string[]>();
  for (const row of parseTsv(text)) macros.set(row[0] ?? "", words(row[1]));
  return macros;
}

function expand(list: string | undefined, macros: ReadonlyMap<string, readonly string[]>): string[] {
  const out: string[] = [];
  for (const w of words(list)) {
    const macro = w.charAt(0) === "@" ? macros.get(w) : undefined;
    if (macro) for (const m of macro) out.push(m);
    else out.push(w);
  }
  return out;
}

function collocateSet(entries: readonly string[]): CollocateSet {
  const set = new Set<string>();
  const edges = new Set<string>();
  const patterns: string[] = [];
  const later: string[] = [];
  let clauseEdge = false;
  let number = false;
  let han = false;
  let maxLength = 0;
  for (const e of entries) {
    if (e === "#" || e === "^") clauseEdge = true;
    else if (e === "0") number = true;
    else if (e === "*") han = true;
    else if (e.charAt(0) === "~" && e.length > 1) edges.add(e.charAt(1));
    else if (e.charAt(0) === "…" && e.length > 1) later.push(e.slice(1));
    else if (/[0-9]/.test(e)) patterns.push(e);
    else {
      set.add(e);
      if (e.length > maxLength) maxLength = e.length;
    }
  }
  return { words: set, maxLength, edges, patterns, later, clauseEdge, number, han };
}

/** One character as a member of a regular-expression character class. */
function escapeClassChar(char: string): string {
  return /[\]\\^-]/.test(char) ? `\\${char}` : char;
}

/** The lexicon's tables parsed and indexed; a few milliseconds, done once. */
export function buildWordingLexicon(data: WordingLexiconData): WordingLexicon {
  const macros = parseMacros(data.macros);
  const swapsBySpun = new Map<string, SwapRule[]>();
  const spunOf = new Map<string, string[]>();
  let size = 0;
  for (const row of parseTsv(data.swaps)) {
    const [original = "", spun = "", kind = "", source = ""] = row;
    if (original === "" || spun === "") continue;
    size++;
    const rule: SwapRule = { original, spun, odd: kind === "odd", source };
    const list = swapsBySpun.get(spun);
    if (list) list.push(rule);
    else swapsBySpun.set(spun, [rule]);
    const forms = spunOf.get(original);
    if (forms) forms.push(spun);
    else spunOf.set(original, [spun]);
  }

  // a neighbour may itself be spun: 特殊顺当 still has the company of 特别顺利
  const withSpunForms = (list: readonly string[]): string[] => {
    const out = list.slice();
    for (const w of list) for (const s of spunOf.get(w) ?? []) out.push(s);
    return out;
  };
  const originalLeft = new Map<string, CollocateSet>();
  const originalRight = new Map<string, CollocateSet>();
  for (const row of parseTsv(data.originals)) {
    const word = row[0] ?? "";
    originalLeft.set(word, collocateSet(withSpunForms(expand(row[1], macros))));
    originalRight.set(word, collocateSet(withSpunForms(expand(row[2], macros))));
  }
  const spunLeft = new Map<string, CollocateSet>();
  const spunRight = new Map<string, CollocateSet>();
  const phrases = new Map<string, string[]>();
  const addPhrase = (spun: string, phrase: string): void => {
    const list = phrases.get(spun);
    if (list) {
      if (list.indexOf(phrase) < 0) list.push(phrase);
    } else phrases.set(spun, [phrase]);
  };
  for (const row of parseTsv(data.spun)) {
    const word = row[0] ?? "";
    spunLeft.set(word, collocateSet(expand(row[1], macros)));
    spunRight.set(word, collocateSet(expand(row[2], macros)));
    for (const p of words(row[3])) addPhrase(word, p);
  }
  const spunWords = Array.from(swapsBySpun.keys()).sort((a, b) => b.length - a.length);
  for (const row of parseTsv(data.whitelist)) {
    const phrase = row[0] ?? "";
    for (const s of spunWords) if (phrase.indexOf(s) >= 0) addPhrase(s, phrase);
  }
  const spunByFirstChar = new Map<string, string[]>();
  let firstChars = "";
  for (const s of spunWords) {
    const list = spunByFirstChar.get(s.charAt(0));
    if (list) list.push(s);
    else {
      spunByFirstChar.set(s.charAt(0), [s]);
      firstChars += escapeClassChar(s.charAt(0));
    }
  }
  return {
    swapsBySpun,
    spunByFirstChar,
    anySpun: new RegExp(`[${firstChars}]`, "g"),
    originalLeft,
    originalRight,
    spunLeft,
    spunRight,
    phrases,
    dictionary: parseSegmentDictionary(data.dictionary, data.dictionaryTotal),
    skippedLeft: new Set(macros.get("@SKIP_LEFT") ?? []),
    skippedRight: new Set(macros.get("@SKIP_RIGHT") ?? []),
    weak: new Set(macros.get("@WEAK") ?? []),
    size,
  };
}

/**
 * The words of the lexicon, for building the segmentation dictionary: the swap words (spun and
 * original) and every other word it names (collocates, phrases), macros expanded.
 */
export function lexiconWords(data: WordingLexiconData): {
  swapWords: Set<string>;
  spunWords: Set<string>;
  otherWords: Set<string>;
} {
  const macros = parseMacros(data.macros);
  const swapWords = new Set<string>();
  const spunWords = new Set<string>();
  const otherWords = new Set<string>();
  for (const row of parseTsv(data.swaps)) {
    if (row[0]) swapWords.add(row[0]);
    if (row[1]) {
      swapWords.add(row[1]);
      spunWords.add(row[1]);
    }
  }
  const add = (list: string | undefined): void => {
    for (const w of expand(list, macros)) {
      const word = w.replace(/^[~…]/, "");
      if (/^[\u3400-\u9fff]+$/.test(word)) otherWords.add(word);
    }
  };
  for (const row of parseTsv(data.originals)) {
    add(row[1]);
    add(row[2]);
  }
  for (const row of parseTsv(data.spun)) {
    add(row[1]);
    add(row[2]);
    add(row[3]);
  }
  for (const row of parseTsv(data.whitelist)) add(row[0]);
  return { swapWords, spunWords, otherWords };
}
