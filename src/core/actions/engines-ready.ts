/**
 * The checkers an action may need are chunks of their own in the pane's bundle (the wording
 * lexicon, the narrative engine): loaded before the host reads, so that the host's read, the
 * decision and the write run together. Resolved at once where they are loaded (Node, the CLI).
 */
import { narrativeEngineReady } from "../narrative/narrative-engine";
import { wordingLexiconReady } from "../wording/check-wording";

/** The wording lexicon and the narrative engine, loaded. */
export function enginesReady(): Promise<void> {
  return Promise.all([wordingLexiconReady(), narrativeEngineReady()]).then(() => undefined);
}
