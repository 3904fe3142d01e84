/** ordinal-style: list ordinals in free text follow the 公文 forms (（一） 1. （1）), as 列举序号 says. */
import { ordinalStyle } from "../../../src/core/rules/ordinal-style";
import { invalid, sampleWith, set, testRule, valid, withTemplate } from "./helpers";

testRule(ordinalStyle, {
  valid: [
    valid(
      "1、 in text when 列举序号 is 1、",
      sampleWith(set("parameters", 4, "value", "1、"), set("projects", 0, "status", "分两期：1、厂房；2、设备")),
    ),
    valid(
      "a 模板 sheet in the layout's words",
      withTemplate([
        ["标题", "{{年度}}年开发区管委会年度工作总结"],
        ["一级", "一、主要经济指标完成情况"],
        ["二级", "（一）重点项目建设进展顺利"],
      ]),
    ),
  ],
  invalid: [
    invalid(
      "（一）、 in 进展情况",
      sampleWith(set("projects", 1, "status", "（一）、厂房建设全部完成")),
      "info",
      "nonstandard-ordinal",
      "在建项目",
      "G3",
      "“（一）、”",
    ),
    invalid(
      "1、 inside a 模板 paragraph",
      withTemplate([["正文", "主要表现在：1、配套设施投入相对不足"]]),
      "info",
      "nonstandard-ordinal",
      "模板",
      "B2",
      "“1、”",
    ),
  ],
});
