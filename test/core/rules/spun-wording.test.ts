/** spun-wording: free text carries no machine-spun phrase (起动 for 启动, 宣扬工作 for 宣传工作). */
import { spunWording } from "../../../src/core/rules/spun-wording";
import { invalid, sampleWith, set, testRule, valid, withTemplate } from "./helpers";

testRule(spunWording, {
  valid: [
    valid(
      "whitelisted phrases in free text",
      sampleWith(set("projects", 0, "status", "平安建设取得进展，进展缓慢"), set("dataItems", 4, "note", "预备党员")),
    ),
  ],
  invalid: [
    invalid(
      "a spun word in 进展情况",
      sampleWith(set("projects", 5, "status", "二期工程明年春天起动")),
      "warning",
      "spun-wording",
      "在建项目",
      "G7",
      "在建项目!G7 的“二期工程明年春天起动”中“起动”（第9个字起）疑为“启动”被替换为“起动”：“春天启动”是常见搭配",
    ),
    invalid(
      "a spun phrase in 补充说明",
      sampleWith(set("negotiations", 2, "remark", "集消遣、休闲于一体")),
      "warning",
      "spun-wording",
      "在谈项目",
      "I4",
      "“消遣”（第2个字起）疑为“娱乐”被替换为“消遣”",
    ),
    invalid(
      "a spun phrase in 荣誉称号",
      sampleWith(set("honours", 2, "title", "宣扬工作先进集体")),
      "warning",
      "spun-wording",
      "荣誉",
      "C4",
      "“宣扬”（第1个字起）疑为“宣传”被替换为“宣扬”：“宣传工作”是常见搭配",
    ),
    invalid(
      "a spun phrase in 模板 内容",
      withTemplate([["正文", "全面推动开发区工作的顺当开展"]]),
      "warning",
      "spun-wording",
      "模板",
      "B2",
      "“顺当”",
    ),
  ],
});
