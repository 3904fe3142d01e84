/**
 * published-rate: a 公布增速 the row's amounts do not give, beyond what rounding the published
 * figure explains, is a 提示 at its cell (the text writes the published rate).
 */
import type { RawCell, RawWorkbook } from "../../../src/core/raw-cell";
import { publishedRate } from "../../../src/core/rules/published-rate";
import { sampleRawWorkbook } from "../../../src/core/sample-workbook";
import { unitSheet } from "../units/unit-workbook";
import { invalid, testRule, valid, withSheets } from "./helpers";

/** The sample with a 主要指标 that has a 公布增速 column (F) and ranks. */
const indicators = (rows: RawCell[][], cellFormats: Record<string, string> = {}): RawWorkbook =>
  withSheets(
    sampleRawWorkbook(),
    unitSheet({
      name: "主要指标",
      rows: [["指标", "计量单位", "全年预计", "年度目标", "上年实际", "公布增速", "位次", "上年位次"], ...rows],
      cellFormats,
    }),
  );

testRule(publishedRate, {
  valid: [
    valid(
      "a published rate the amounts give, to its shown decimals",
      indicators([["地区生产总值", "亿元", 386.52, 380, 357.21, 8.2, 3, 5]]),
    ),
    valid(
      "a published rate in a percentage cell",
      indicators([["一般公共预算收入", "亿元", 18.26, 18, 16.95, 0.077, null, null]], { F2: "0.0%" }),
    ),
    valid(
      "a published rate where no rate can be computed (a zero base)",
      indicators([["地区生产总值", "亿元", 386.52, 380, 0, 5.8, null, null]]),
    ),
  ],
  invalid: [
    invalid(
      "a published rate 2.4 points off the amounts",
      indicators([["地区生产总值", "亿元", 386.52, 380, 357.21, 5.8, 3, 5]]),
      "info",
      "published-rate-differs",
      "主要指标",
      "F2",
      "与按全年预计、上年实际计算的8.2%相差2.4个百分点（指标“地区生产总值”）",
    ),
    invalid(
      "a published rate in a percentage cell, beyond rounding",
      indicators([["一般公共预算收入", "亿元", 18.26, 18, 16.95, 0.065, null, null]], { F2: "0.0%" }),
      "info",
      "published-rate-differs",
      "主要指标",
      "F2",
      "计算的7.7%相差1.2个百分点",
    ),
  ],
});
