/**
 * A small dictionary-based word segmenter, used only around a candidate spun word: it says
 * whether the characters of the candidate form a word of their own there. "建立起动态监测" holds
 * the characters 起动, but the best segmentation is 建立/起/动态/监测, so 起动 is no word there and
 * nothing is flagged; a fix can therefore only ever replace a whole word.
 *
 * The method is jieba's: every dictionary word starting at each position is a candidate, and the
 * route with the largest product of word probabilities wins (dynamic programming from the right).
 * The dictionary (segment-dictionary.ts) is a compact extract of jieba's, holding the words that
 * can meet a spun word's characters, with their frequencies in powers of two.
 */

export interface SegmentDictionary {
  /** Natural log of each word's probability. */
  readonly logProb: ReadonlyMap<string, number>;
  /** Longest word, in UTF-16 units. */
  readonly maxLength: number;
  /** Log probability of a single character that is not in the dictionary. */
  readonly unknownLogProb: number;
}

/**
 * The best segmentation of text[from, to): the offsets at which its words start, in order,
 * followed by `to`. Every single character is a possible word, so a route always exists.
 */
export function segmentSpan(text: string, from: number, to: number, dictionary: SegmentDictionary): number[] {
  const size = to - from;
  const best = new Array<number>(size + 1);
  const next = new Array<number>(size + 1);
  best[size] = 0;
  next[size] = size;
  for (let i = size - 1; i >= 0; i--) {
    let bestScore = -Infinity;
    let bestEnd = i + 1;
    const limit = Math.min(size, i + dictionary.maxLength);
    for (let j = i + 1; j <= limit; j++) {
      const p = dictionary.logProb.get(text.slice(from + i, from + j));
      const word = p === undefined ? (j === i + 1 ? dictionary.unknownLogProb : undefined) : p;
      if (word === undefined) continue;
      const score = word + (best[j] as number);
      // ties go to the longer word, as in jieba
      if (score >= bestScore) {
        bestScore = score;
        bestEnd = j;
      }
    }
    best[i] = bestScore;
    next[i] = bestEnd;
  }
  const starts: number[] = [];
  for (let i = 0; i < size; i = next[i] as number) starts.push(from + i);
  starts.push(to);
  return starts;
}
