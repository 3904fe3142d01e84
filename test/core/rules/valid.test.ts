/** Valid inputs: variations a user may make that must not produce an issue of the rule tested. */
import type { RawWorkbook } from "../../../src/core/raw-cell";
import { sampleRawWorkbook } from "../../../src/core/sample-workbook";
import { issuesOf, rawSheet, sampleWith, set, withSheets } from "./helpers";

const cases: readonly [string, RawWorkbook][] = [
  ["the sample workbook", sampleRawWorkbook()],
  ["“—” in an optional 年度任务", sampleWith(set("indicators", 0, "target", "—"))],
  ["“-” in an optional 上年实际", sampleWith(set("indicators", 1, "lastYear", "-"))],
  ["“/” in an optional 截至本月累计", sampleWith(set("indicators", 2, "cumulative", "/"))],
  ["“无” in an optional 总投资", sampleWith(set("projects", 0, "totalInvestment", "无"))],
  ["“—” in an optional 占地", sampleWith(set("negotiations", 0, "area", "—"))],
  ["a zero 占地", sampleWith(set("negotiations", 0, "area", 0))],
  ["a negative 上年实际 (a loss)", sampleWith(set("indicators", 3, "lastYear", -2))],
  ["a blank 方式 (meaning 评为)", sampleWith(set("honours", 1, "method", null))],
  [
    "enumeration values with surrounding spaces",
    sampleWith(set("projects", 0, "progress", " 滞后 "), set("negotiations", 0, "status", "在谈 ")),
  ],
  ["each allowed 列举序号", sampleWith(set("parameters", 4, "value", "①"))],
  [
    "1、 in text when 列举序号 is 1、",
    sampleWith(set("parameters", 4, "value", "1、"), set("projects", 0, "status", "分两期：1、厂房；2、设备")),
  ],
  [
    "a blank optional 美元汇率 with no signed USD project",
    sampleWith(
      set("parameters", 3, "value", null),
      set("negotiations", 6, "investmentUnit", "万元"),
      set("negotiations", 7, "investmentUnit", "万元"),
    ),
  ],
  [
    "a USD project in negotiation without a rate",
    sampleWith(
      set("parameters", 3, "value", null),
      set("negotiations", 6, "status", "在谈"),
      set("negotiations", 7, "status", "在谈"),
    ),
  ],
  ["a 完成率 typed by hand equal to the formula's", sampleWith(set("indicators", 1, "completion", 0.93))],
  ["a 同比增长 whose display equals the formula's", sampleWith(set("indicators", 1, "growth", 0.1481))],
  [
    "“—” in 完成率 where no target makes one",
    sampleWith(set("indicators", 0, "target", null), set("indicators", 0, "completion", "—")),
  ],
  [
    "whitelisted phrases in free text",
    sampleWith(set("projects", 0, "status", "平安建设取得进展，进展缓慢"), set("dataItems", 4, "note", "预备党员")),
  ],
  [
    "an input sheet with only its header row",
    withSheets(sampleRawWorkbook(), rawSheet("荣誉", [["授予单位", "方式", "荣誉称号"]])),
  ],
  [
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
  ],
  [
    "a 模板 sheet in the layout's words",
    withSheets(
      sampleRawWorkbook(),
      rawSheet("模板", [
        ["级别", "内容"],
        ["标题", "{{年度}}年开发区管委会年度工作总结"],
        ["一级", "一、主要经济指标完成情况"],
        ["二级", "（一）重点项目建设进展顺利"],
      ]),
    ),
  ],
];

describe("validate (valid input)", () => {
  it.each(cases)("finds nothing wrong with %s", (_, workbook) => {
    expect(issuesOf(workbook)).toEqual([]);
  });
});
