/**
 * The task pane's lexicon source (webpack.config.js puts it in place of lexicon-source.ts): the
 * lexicon is loaded as the chunk "wording-lexicon" when wordingLexiconReady() is first called.
 */
import type { LexiconSource } from "./check-wording";

export const LEXICON_SOURCE: LexiconSource = {
  kind: "lazy",
  load: () => import(/* webpackChunkName: "wording-lexicon" */ "./lexicon-build").then((m) => m.buildDefaultLexicon()),
};
