/** amount-range: investments are positive, areas not negative. */
import { amountRange } from "../../../src/core/rules/amount-range";
import { invalid, sampleWith, set, testRule, valid } from "./helpers";

testRule(amountRange, {
  valid: [valid("a zero 占地", sampleWith(set("negotiations", 0, "area", 0)))],
  invalid: [
    invalid(
      "a zero 总投资",
      sampleWith(set("projects", 4, "totalInvestment", 0)),
      "error",
      "non-positive-amount",
      "在建项目",
      "D6",
      "“0”",
    ),
    invalid(
      "a negative 拟投资",
      sampleWith(set("negotiations", 0, "investment", -100)),
      "error",
      "non-positive-amount",
      "在谈项目",
      "D2",
      "“-100”",
    ),
    invalid(
      "a negative 占地",
      sampleWith(set("negotiations", 1, "area", -5)),
      "error",
      "negative-area",
      "在谈项目",
      "F3",
      "“-5”",
    ),
  ],
});
