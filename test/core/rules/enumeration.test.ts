/** enumeration: a column with a drop-down list holds one of its values. */
import { enumeration } from "../../../src/core/rules/enumeration";
import { invalid, projectsShifted, sampleWith, set, testRule, valid } from "./helpers";

testRule(enumeration, {
  valid: [
    valid(
      "enumeration values with surrounding spaces",
      sampleWith(set("projects", 0, "progress", " 滞后 "), set("negotiations", 0, "status", "在谈 ")),
    ),
  ],
  invalid: [
    invalid(
      "a bad enumeration value on a shifted sheet",
      projectsShifted,
      "error",
      "invalid-enum-value",
      "在建项目",
      "D6",
      "“施工”",
    ),
    invalid(
      "a 建设阶段 outside its list",
      sampleWith(set("projects", 0, "stage", "施工中")),
      "error",
      "invalid-enum-value",
      "在建项目",
      "E2",
      "“施工中”",
    ),
    invalid(
      "a 进度 outside its list",
      sampleWith(set("projects", 3, "progress", "延期")),
      "error",
      "invalid-enum-value",
      "在建项目",
      "F5",
      "“延期”",
    ),
    invalid(
      "a 投资单位 outside its list",
      sampleWith(set("negotiations", 1, "investmentUnit", "万美金")),
      "error",
      "invalid-enum-value",
      "在谈项目",
      "E3",
      "“万美金”",
    ),
    invalid(
      "a 状态 outside its list",
      sampleWith(set("negotiations", 6, "status", "签约")),
      "error",
      "invalid-enum-value",
      "在谈项目",
      "G8",
      "“签约”",
    ),
    invalid(
      "a 方式 outside its list",
      sampleWith(set("honours", 0, "method", "被评为")),
      "error",
      "invalid-enum-value",
      "荣誉",
      "B2",
      "“被评为”",
    ),
    // a 模板 级别 outside its list is the narrative's template-level warning (test/core/issue-codes.test.ts)
  ],
});
