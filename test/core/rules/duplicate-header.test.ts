/** duplicate-header: no column header appears twice on a sheet, counting aliases and spellings. */
import { duplicateHeader } from "../../../src/core/rules/duplicate-header";
import { sampleRawWorkbook } from "../../../src/core/sample-workbook";
import { invalid, rawSheet, testRule, valid, withSheets } from "./helpers";

testRule(duplicateHeader, {
  valid: [
    valid(
      "an alias and an extra column of another name",
      withSheets(
        sampleRawWorkbook(),
        rawSheet("数据项", [
          ["数据项", "值", "单位", "说明", "备用"],
          ["天然气主管道长度", 12000, "米", null, "x"],
        ]),
      ),
    ),
  ],
  invalid: [
    invalid(
      "a duplicate header through an alias",
      withSheets(
        sampleRawWorkbook(),
        rawSheet("主要指标", [
          ["指标", "单位", "全年预计", "本年预计"],
          ["工业销售收入", "亿元", 52.36, 52.36],
        ]),
      ),
      "error",
      "duplicate-header",
      "主要指标",
      "D1",
      "“本年预计”",
    ),
    invalid(
      "a duplicate header with a line break and full-width brackets",
      withSheets(
        sampleRawWorkbook(),
        rawSheet("在谈项目", [
          ["项目名称", "拟投资", "投资单位", "状态", "占地（亩）", "占地\n(亩)"],
          ["甲", 1, "万元", "在谈", 1, 2],
        ]),
      ),
      "error",
      "duplicate-header",
      "在谈项目",
      "F1",
      "占地",
    ),
  ],
});
