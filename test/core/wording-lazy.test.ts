/**
 * The task pane loads the spun-wording lexicon as a chunk of its own (webpack swaps
 * lexicon-source.ts for lexicon-source-lazy.ts): checking before it has loaded is a programming
 * mistake with a named error, and wordingLexiconReady() is what every validating action awaits.
 */
import type { WordingLexicon } from "../../src/core/wording/spin-lexicon";

jest.mock("../../src/core/wording/lexicon-source", () => {
  let release: (() => void) | undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    LEXICON_SOURCE: {
      kind: "lazy",
      load: (): Promise<WordingLexicon> =>
        gate.then(() =>
          jest
            .requireActual<{ buildDefaultLexicon: () => WordingLexicon }>("../../src/core/wording/lexicon-build")
            .buildDefaultLexicon(),
        ),
    },
    release: (): void => release?.(),
  };
});

import { checkWording, wordingLexiconReady, WordingLexiconNotLoadedError } from "../../src/core/wording/check-wording";

const source = jest.requireMock("../../src/core/wording/lexicon-source") as { release: () => void };

describe("the lazily loaded lexicon", () => {
  it("refuses to check before it is loaded, then checks once wordingLexiconReady() resolves", async () => {
    expect(() => checkWording("推动经济开展")).toThrow(WordingLexiconNotLoadedError);
    expect(checkWording("")).toEqual([]);
    const ready = wordingLexiconReady();
    expect(wordingLexiconReady()).toBe(ready);
    source.release();
    await ready;
    expect(checkWording("推动经济开展").map((m) => [m.wrong, m.right])).toEqual([["开展", "发展"]]);
    await expect(wordingLexiconReady()).resolves.toBeUndefined();
  });
});
