/** computed-cell: a 完成率 or 同比增长 typed by hand shows what the add-in's formula would. */
import { computedCell } from "../../../src/core/rules/computed-cell";
import { invalid, sampleWith, set, testRule, valid } from "./helpers";

testRule(computedCell, {
  valid: [
    valid("a 完成率 typed by hand equal to the formula's", sampleWith(set("indicators", 1, "completion", 0.93))),
    valid("a 同比增长 whose display equals the formula's", sampleWith(set("indicators", 1, "growth", 0.1481))),
    valid(
      "“—” in 完成率 where no target makes one",
      sampleWith(set("indicators", 0, "target", null), set("indicators", 0, "completion", "—")),
    ),
  ],
  invalid: [
    invalid(
      "a 完成率 typed by hand that differs from the formula",
      sampleWith(set("indicators", 1, "completion", 0.95)),
      "warning",
      "computed-value-replaced",
      "主要指标",
      "F3",
      "“95.0%”",
    ),
    invalid(
      "a 同比增长 typed as text",
      sampleWith(set("indicators", 2, "growth", "下降5%")),
      "warning",
      "computed-value-replaced",
      "主要指标",
      "G4",
      "“下降5%”",
    ),
    invalid(
      "a 完成率 typed where no target makes one",
      sampleWith(set("indicators", 0, "target", null), set("indicators", 0, "completion", 1.047)),
      "warning",
      "computed-value-replaced",
      "主要指标",
      "F2",
      "空白（无法计算）",
    ),
  ],
});
