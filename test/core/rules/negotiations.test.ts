/** negotiations: a signed project names its 签约场合, and a signed dollar amount has a 美元汇率. */
import { negotiations } from "../../../src/core/rules/negotiations";
import { invalid, sampleWith, set, testRule, valid } from "./helpers";

testRule(negotiations, {
  valid: [
    valid(
      "a blank optional 美元汇率 with no signed USD project",
      sampleWith(
        set("parameters", 3, "value", null),
        set("negotiations", 6, "investmentUnit", "万元"),
        set("negotiations", 7, "investmentUnit", "万元"),
      ),
    ),
    valid(
      "a USD project in negotiation without a rate",
      sampleWith(
        set("parameters", 3, "value", null),
        set("negotiations", 6, "status", "在谈"),
        set("negotiations", 7, "status", "在谈"),
      ),
    ),
  ],
  invalid: [
    invalid(
      "a signed project without 签约场合",
      sampleWith(set("negotiations", 6, "occasion", null)),
      "error",
      "missing-signing-occasion",
      "在谈项目",
      "H8",
      "（空白）",
    ),
    invalid(
      "a signed USD project without a USD rate",
      sampleWith({ sheet: "parameters", dropRow: 3 }),
      "error",
      "missing-usd-rate",
      "在谈项目",
      "D8",
      "“8000”",
    ),
    invalid(
      "a signed 亿美元 project with an invalid USD rate",
      sampleWith(set("parameters", 3, "value", 0), set("negotiations", 7, "investmentUnit", "亿美元")),
      "error",
      "missing-usd-rate",
      "在谈项目",
      "D9",
      "“2500”",
    ),
  ],
});
