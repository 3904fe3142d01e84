/** The wording checker's public surface, for the rules, the narrative code and the task pane. */
export {
  applyWordingMatch,
  checkWording,
  parseTsv,
  WORDING_PAIRS,
  WORDING_WHITELIST,
  wordingLexiconReady,
  WordingLexiconNotLoadedError,
} from "./check-wording";
export type { LexiconSource, WordingMatch, WordingPair } from "./check-wording";
export { checkOrdinals } from "./check-ordinals";
export type { OrdinalMatch, OrdinalOptions } from "./check-ordinals";
export { excerpt, proofreadParagraphs } from "./proofread-text";
export type { TextFinding, TextFindingKind } from "./proofread-text";
