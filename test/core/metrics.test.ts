import { formatNumber } from "../../src/core/format-number";
import { completionRate, growthRate, noGrowthReason, scheduleProgress } from "../../src/core/metrics";
import { parseCell } from "../../src/core/parse-cell";
import { parseWorkbook } from "../../src/core/parse-workbook";
import { cellOf } from "../../src/core/read-table";
import { sampleRawWorkbook } from "../../src/core/sample-workbook";

describe("completionRate and growthRate on the sample data", () => {
  const indicators = parseWorkbook(sampleRawWorkbook()).tables.indicators.rows;

  it.each([
    ["工业销售收入", "104.7%", "16.0%"],
    ["引进内资", "93.0%", "14.8%"],
    ["出口额", "96.1%", "-5.2%"],
    ["财政收入", "107.0%", "11.8%"],
    ["固定资产投资", "107.2%", "19.6%"],
    ["实际利用外资", "100.0%", "12.2%"],
  ])("gives %s a completion of %s and growth of %s", (name, completion, growth) => {
    const row = indicators.find((r) => cellOf(r, "name").raw === name);
    expect(row).toBeDefined();
    if (!row) return;
    const c = completionRate(cellOf(row, "estimate").parsed, cellOf(row, "target").parsed);
    const g = growthRate(cellOf(row, "estimate").parsed, cellOf(row, "lastYear").parsed);
    expect(formatNumber(c ?? NaN, "0.0%")).toBe(completion);
    expect(formatNumber(g ?? NaN, "0.0%")).toBe(growth);
  });
});

describe("completionRate", () => {
  it("needs two numbers and a target above zero", () => {
    expect(completionRate(parseCell(10), parseCell(0))).toBeUndefined();
    expect(completionRate(parseCell(10), parseCell(-5))).toBeUndefined();
    expect(completionRate(parseCell("10"), parseCell(5))).toBeUndefined();
    expect(completionRate(parseCell(10), parseCell(null))).toBeUndefined();
    expect(completionRate(parseCell(true), parseCell(5))).toBeUndefined();
    expect(completionRate(parseCell(10), parseCell(4))).toBe(2.5);
  });
});

describe("growthRate", () => {
  it("gives no rate from a base of zero or below", () => {
    expect(growthRate(parseCell(10), parseCell(0))).toBeUndefined();
    expect(growthRate(parseCell(10), parseCell(-3))).toBeUndefined();
    expect(noGrowthReason(parseCell(10), parseCell(0))).toBe("zeroBase");
    expect(noGrowthReason(parseCell(10), parseCell(-3))).toBe("negativeBase");
    expect(noGrowthReason(parseCell(null), parseCell(3))).toBe("missingValue");
    expect(noGrowthReason(parseCell(4), parseCell(3))).toBeUndefined();
  });

  it("computes estimate ÷ base − 1", () => {
    expect(growthRate(parseCell(27.9), parseCell(10))).toBeCloseTo(1.79, 12);
  });
});

describe("scheduleProgress", () => {
  it("is months elapsed over twelve", () => {
    expect(scheduleProgress(10)).toBeCloseTo(10 / 12, 15);
    expect(formatNumber(scheduleProgress(10), "0.0%")).toBe("83.3%");
  });
});
