/**
 * Everything the spun-wording checker knows, as plain text: the swap table, the collocations,
 * the whitelist of the shared reference and the segmentation dictionary. About 200 KB, so the
 * task pane loads it as a chunk of its own (lexicon-source-lazy.ts); Node loads it directly.
 */
import { SEGMENT_DICTIONARY, SEGMENT_TOTAL } from "./segment-dictionary";
import { COLLOCATION_MACROS_TSV, ORIGINAL_COLLOCATES_TSV, SPUN_COLLOCATES_TSV } from "./spin-collocations";
import { SPIN_SWAPS_TSV } from "./spin-swaps";
import { WORDING_WHITELIST_TSV } from "./wording-whitelist";

export interface WordingLexiconData {
  readonly swaps: string;
  readonly macros: string;
  readonly originals: string;
  readonly spun: string;
  readonly whitelist: string;
  readonly dictionary: string;
  readonly dictionaryTotal: number;
}

export const WORDING_LEXICON_DATA: WordingLexiconData = {
  swaps: SPIN_SWAPS_TSV,
  macros: COLLOCATION_MACROS_TSV,
  originals: ORIGINAL_COLLOCATES_TSV,
  spun: SPUN_COLLOCATES_TSV,
  whitelist: WORDING_WHITELIST_TSV,
  dictionary: SEGMENT_DICTIONARY,
  dictionaryTotal: SEGMENT_TOTAL,
};
