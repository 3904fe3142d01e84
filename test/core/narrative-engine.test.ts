/**
 * The task pane loads the narrative renderer as a chunk of its own (webpack swaps engine-source.ts
 * for engine-source-lazy.ts), so the pane's first download stays under its budget: rendering
 * before it has loaded is a programming mistake with a named error, generate waits for it, and a
 * failed load is tried again by the next action.
 */
import type { RenderNarrative } from "../../src/core/narrative/narrative-engine";

jest.mock("../../src/core/narrative/engine-source", () => {
  let attempts = 0;
  let release: (() => void) | undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    NARRATIVE_ENGINE_SOURCE: {
      kind: "lazy",
      load: (): Promise<RenderNarrative> => {
        attempts++;
        if (attempts === 1) return Promise.reject(new Error("chunk failed to load"));
        return gate.then(
          () =>
            jest.requireActual<{ renderNarrative: RenderNarrative }>("../../src/core/narrative/render-narrative")
              .renderNarrative,
        );
      },
    },
    release: (): void => release?.(),
  };
});

import { toPlainText } from "../../src/core/document";
import { generate } from "../../src/core/generate";
import { narrativeEngineReady, NarrativeEngineNotLoadedError } from "../../src/core/narrative/narrative-engine";
import { sampleRawWorkbook } from "../../src/core/sample-workbook";

const source = jest.requireMock("../../src/core/narrative/engine-source") as { release: () => void };

describe("the lazily loaded narrative engine", () => {
  it("refuses to render before it is loaded, retries a failed load, then generates as before", async () => {
    expect(() => generate(sampleRawWorkbook())).toThrow(NarrativeEngineNotLoadedError);
    await expect(narrativeEngineReady()).rejects.toThrow("chunk failed to load");
    const ready = narrativeEngineReady();
    expect(narrativeEngineReady()).toBe(ready);
    source.release();
    await ready;
    expect(toPlainText(generate(sampleRawWorkbook()).document)).toContain("预计到12月底，实现工业销售收入52.36亿元");
  });
});
