/**
 * Where the checker's lexicon comes from in Node (command line, tests, bench): built in. The
 * task-pane build swaps this module for lexicon-source-lazy.ts (webpack.config.js), so that the
 * lexicon and the code that builds it are a chunk of their own and the pane's bundle stays small.
 */
import type { LexiconSource } from "./check-wording";
import { buildDefaultLexicon } from "./lexicon-build";

export const LEXICON_SOURCE: LexiconSource = { kind: "static", build: buildDefaultLexicon };
