/**
 * In the task pane the spun-wording lexicon is a chunk that arrives some time after the pane
 * opened: every action that validates waits for it (run-actions), so the first 校验 already
 * reports spun words instead of failing.
 */
import type { WordingLexicon } from "../../src/core/wording/spin-lexicon";

jest.mock("../../src/core/wording/lexicon-source", () => ({
  LEXICON_SOURCE: {
    kind: "lazy",
    load: (): Promise<WordingLexicon> =>
      new Promise((resolve) => setTimeout(resolve, 50)).then(() =>
        jest
          .requireActual<{ buildDefaultLexicon: () => WordingLexicon }>("../../src/core/wording/lexicon-build")
          .buildDefaultLexicon(),
      ),
  },
}));

import { SAMPLE_DATA } from "../../src/core/sample-data";
import { sampleRawWorkbook } from "../../src/core/sample-workbook";
import { validate } from "../../src/excel/run-actions";
import { withHost } from "../excel/sim-helpers";
import { SimExcelHost } from "../../src/sim-excel";

describe("校验 in the pane with the lexicon still loading", () => {
  it("waits for the lexicon and reports the spun word", async () => {
    const rows = SAMPLE_DATA.projects.rows.map((r, i) => (i === 1 ? { ...r, status: "推动经济开展" } : r));
    const host = SimExcelHost.fromRawWorkbook(sampleRawWorkbook({ projects: { ...SAMPLE_DATA.projects, rows } }));
    const outcome = await withHost(host, () => validate());
    if (!outcome.ok) throw new Error(`validate failed: ${outcome.error.message}`);
    expect(outcome.issues.filter((i) => i.code === "spun-wording").map((i) => [i.sheet, i.cell, i.suggestion])).toEqual(
      [["在建项目", "G3", "将第5个字起的“开展”改为“发展”"]],
    );
  });
});
