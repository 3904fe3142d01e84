/**
 * The lexicon built from its tables: what the task pane's "wording-lexicon" chunk holds (the
 * tables and the code that indexes them), and what Node builds on first use.
 */
import { WORDING_LEXICON_DATA } from "./lexicon-data";
import { buildWordingLexicon, type WordingLexicon } from "./spin-lexicon";

export function buildDefaultLexicon(): WordingLexicon {
  return buildWordingLexicon(WORDING_LEXICON_DATA);
}
