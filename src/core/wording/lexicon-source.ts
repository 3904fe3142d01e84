/**
 * Where the checker's lexicon comes from in Node (command line, tests, bench): built in. The
 * task-pane build swaps this module for lexicon-source-lazy.ts (webpack.config.js), so that the
 * lexicon is a chunk of its own and the pane's bundle stays small.
 */
import type { LexiconSource } from "./check-wording";
import { WORDING_LEXICON_DATA } from "./lexicon-data";

export const LEXICON_SOURCE: LexiconSource = { kind: "static", data: WORDING_LEXICON_DATA };
