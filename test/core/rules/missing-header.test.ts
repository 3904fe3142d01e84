/** missing-header: each input sheet has a header row with every required column. */
import { missingHeader } from "../../../src/core/rules/missing-header";
import { sampleRawWorkbook } from "../../../src/core/sample-workbook";
import { invalid, rawSheet, testRule, valid, withSheets } from "./helpers";

testRule(missingHeader, {
  valid: [
    valid(
      "an input sheet with only its header row",
      withSheets(sampleRawWorkbook(), rawSheet("荣誉", [["授予单位", "方式", "荣誉称号"]])),
    ),
    valid(
      "headers with aliases, line breaks, spaces, extra columns and another order, below a title",
      withSheets(
        sampleRawWorkbook(),
        rawSheet("数据项", [
          ["其他数据"],
          [],
          ["备用", "单 位", "数据项", "值"],
          [null, "米", "天然气主管道长度", 12000],
        ]),
        rawSheet("主要指标", [
          ["全年\n预计", "指标名称", "单位", "年任务", "上年完成", "累计完成", "同比"],
          [52.36, "工业销售收入", "亿元", 50, 45.12, null, 0.16],
        ]),
      ),
    ),
  ],
  invalid: [
    invalid(
      "a sheet without any header",
      withSheets(
        sampleRawWorkbook(),
        rawSheet("荣誉", [
          ["甲", "乙"],
          ["丙", "丁"],
        ]),
      ),
      "error",
      "no-header-row",
      "荣誉",
      "",
      "授予单位",
    ),
    invalid(
      "a missing required column",
      withSheets(
        sampleRawWorkbook(),
        rawSheet("在建项目", [
          ["序号", "项目名称", "建设阶段", "进度"],
          [1, "甲项目", "投产", "正常"],
        ]),
      ),
      "error",
      "missing-header",
      "在建项目",
      "",
      "进展情况",
    ),
    invalid(
      "a missing required column under a title row",
      withSheets(sampleRawWorkbook(), rawSheet("数据项", [["数据表"], ["名称", "单位"], ["管道长度", "米"]])),
      "error",
      "missing-header",
      "数据项",
      "",
      "数值",
    ),
  ],
});
