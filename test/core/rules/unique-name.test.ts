/** unique-name: a name (指标, 项目名称, 数据项, 参数) appears once in its sheet. */
import { uniqueName } from "../../../src/core/rules/unique-name";
import { invalid, sampleWith, set, testRule, valid } from "./helpers";

testRule(uniqueName, {
  valid: [valid("a name used in two different sheets", sampleWith(set("negotiations", 0, "name", "鑫源机械工程")))],
  invalid: [
    invalid(
      "a duplicate 指标",
      sampleWith(set("indicators", 5, "name", "工业销售收入")),
      "error",
      "duplicate-name",
      "主要指标",
      "A7",
      "“工业销售收入”",
    ),
    invalid(
      "a duplicate 在建项目 name",
      sampleWith(set("projects", 6, "name", "鑫源机械工程")),
      "error",
      "duplicate-name",
      "在建项目",
      "B8",
      "“鑫源机械工程”",
    ),
    invalid(
      "a duplicate 在谈项目 name",
      sampleWith(set("negotiations", 9, "name", " 食品加工")),
      "error",
      "duplicate-name",
      "在谈项目",
      "B11",
      "“ 食品加工”",
    ),
    invalid(
      "a duplicate 数据项",
      sampleWith(set("dataItems", 9, "name", "发稿篇数")),
      "error",
      "duplicate-name",
      "数据项",
      "A11",
      "“发稿篇数”",
    ),
    invalid(
      "a parameter given twice through its alias",
      sampleWith({ sheet: "parameters", addRow: { name: "年份", value: 2024 } }),
      "error",
      "duplicate-name",
      "参数",
      "A7",
      "“年份”",
    ),
  ],
});
