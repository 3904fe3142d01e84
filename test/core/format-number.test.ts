import { decimalsOf, formatGeneral, formatNumber, roundHalfAwayFromZero } from "../../src/core/format-number";

describe("formatNumber", () => {
  it.each([
    // [value, format, shown]
    [1.005, "0.00", "1.01"],
    [2.675, "0.00", "2.68"],
    [-2.5, "0", "-3"],
    [2.5, "0", "3"],
    [0.5, "0", "1"],
    [1.0472, "0.0%", "104.7%"],
    [-0.0004, "0.0%", "0.0%"],
    [-0.052, "0.0%", "-5.2%"],
    [0.16, "0%", "16%"],
    [0.12345, "0.00%", "12.35%"],
    [52.36, "0.00", "52.36"],
    [18.6, "0.00", "18.60"],
    [8650, "0", "8650"],
    [3.21, "0.0", "3.2"],
    [0.4567, "0.000", "0.457"],
    [1234567.891, "#,##0", "1,234,568"],
    [1234567.891, "#,##0.00", "1,234,567.89"],
    [999.995, "#,##0.00", "1,000.00"],
    [1234, "#,##0", "1,234"],
    [999, "#,##0", "999"],
    [0.46, "0.00", "0.46"],
    [-1234.5, "#,##0.00;(#,##0.00)", "(1,234.50)"],
    [5, '0.00"亿元"', "5.00亿元"],
    [0, "0.0%", "0.0%"],
  ])("shows %p under %p as %p", (value, format, shown) => {
    expect(formatNumber(value, format)).toBe(shown);
  });

  it("treats an empty or General format as General", () => {
    expect(formatNumber(0.1 + 0.2, "General")).toBe("0.3");
    expect(formatNumber(0.1 + 0.2, "")).toBe("0.3");
    expect(formatNumber(0.1 + 0.2, undefined)).toBe("0.3");
  });

  it("falls back to General for formats a report cannot use (dates, text)", () => {
    expect(formatNumber(45000.5, "yyyy-mm-dd")).toBe("45000.5");
    expect(formatNumber(12, "@")).toBe("12");
  });
});

describe("formatGeneral", () => {
  it.each([
    [0.1 + 0.2, "0.3"],
    [52.36, "52.36"],
    [1 / 3, "0.333333333"],
    [-1 / 3, "-0.333333333"],
    [12345678901, "12345678901"],
    [0.000001234, "0.000001234"],
    [0.00001, "0.00001"],
    [2200, "2200"],
    [1.2, "1.2"],
    [-0, "0"],
  ])("shows %p as %p, in at most 11 characters like a General cell", (value, shown) => {
    expect(formatGeneral(value)).toBe(shown);
    expect(formatGeneral(value)).not.toMatch(/e/i);
  });

  it.each([
    [1e308, "1E+308"],
    [1e-300, "1E-300"],
    [-1e308, "-1E+308"],
    [1.7976931348623157e308, "1.79769E+308"],
    [123456789012, "1.23457E+11"],
    [99999999999.5, "1E+11"],
    [1e21, "1E+21"],
    [1.234e-10, "1.234E-10"],
    [0.00000123456789, "1.23457E-06"],
  ])("shows %p as %p: what does not fit in a General cell, Excel writes in E notation", (value, shown) => {
    expect(formatGeneral(value)).toBe(shown);
  });

  it("quotes a huge figure typed as text as Excel shows it, not as 309 digits", () => {
    expect(formatNumber(1e308, "General")).toBe("1E+308");
    expect(formatNumber(1e-300, "G/通用格式")).toBe("1E-300");
  });
});

describe("roundHalfAwayFromZero", () => {
  it("rounds the decimal value, not the binary one, as Excel's ROUND", () => {
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01);
    expect(roundHalfAwayFromZero(-2.5, 0)).toBe(-3);
    expect(roundHalfAwayFromZero(2.675, 2)).toBe(2.68);
    expect(roundHalfAwayFromZero(-0.0004, 3)).toBe(0);
  });
});

describe("decimalsOf", () => {
  it("reads the shown decimals of a format", () => {
    expect(decimalsOf("0.0%")).toBe(1);
    expect(decimalsOf("#,##0.00")).toBe(2);
    expect(decimalsOf("0")).toBe(0);
    expect(decimalsOf("General")).toBeUndefined();
  });
});
