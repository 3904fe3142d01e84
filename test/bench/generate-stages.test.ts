/**
 * The staged generate the task pane runs (a pause between stages) gives exactly what `generate`
 * gives, and reports every stage in order.
 */
import { generate } from "../../src/core/generate";
import { GENERATE_STAGES, generateAsync, startGenerate } from "../../src/core/generate";
import { sampleRawWorkbook } from "../../src/core/sample-workbook";
import { generate as generateAction } from "../../src/excel/run-actions";
import { SimExcelHost } from "../../src/sim-excel";
import { largeRawWorkbook } from "../support/large-workbook";
import { withHost } from "../excel/sim-helpers";

describe("generateAsync", () => {
  it.each([
    ["the sample", sampleRawWorkbook()],
    ["2,000 project rows", largeRawWorkbook(2000)],
  ])("gives the same result as generate on %s, stage by stage", async (_name, raw) => {
    const stages: string[] = [];
    let pauses = 0;
    const result = await generateAsync(raw, {
      onStage: (stage, done, total) => stages.push(`${stage} ${done}/${total}`),
      pause: () => {
        pauses++;
        return Promise.resolve();
      },
    });
    expect(JSON.stringify(result)).toBe(JSON.stringify(generate(raw)));
    expect(stages).toEqual(["read 1/4", "validate 2/4", "render 3/4", "plan 4/4"]);
    expect(pauses).toBe(GENERATE_STAGES.length);
  });

  it("refuses a result before the last stage ran", () => {
    const run = startGenerate(sampleRawWorkbook());
    run.step();
    expect(() => run.result()).toThrow(expect.objectContaining({ code: "generate-not-finished" }));
  });

  it("is what the pane's 生成文字稿 action runs: stages reported, same syncs", async () => {
    const host = SimExcelHost.fromRawWorkbook(sampleRawWorkbook(), { level: "latest" });
    const stages: string[] = [];
    const outcome = await withHost(host, () => generateAction({ onStage: (stage) => stages.push(stage) }));
    expect(outcome.ok).toBe(true);
    expect(stages).toEqual([...GENERATE_STAGES]);
    if (outcome.ok) expect(outcome.syncs).toBe(3);
  });
});
