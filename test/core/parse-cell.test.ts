import { numberOf, parseCell, quoteRaw, toHalfWidth } from "../../src/core/parse-cell";

describe("parseCell", () => {
  it("reads a number as a number", () => {
    expect(parseCell(52.36)).toEqual({ kind: "number", value: 52.36 });
    expect(parseCell(0)).toEqual({ kind: "number", value: 0 });
    expect(parseCell(-5)).toEqual({ kind: "number", value: -5 });
  });

  it("treats empty and white-space cells as blank", () => {
    expect(parseCell(null).kind).toBe("blank");
    expect(parseCell(undefined).kind).toBe("blank");
    expect(parseCell("").kind).toBe("blank");
    expect(parseCell("  \u3000 ").kind).toBe("blank");
  });

  it.each(["—", "——", "-", "/", "无", "－", "／"])("treats %p as not applicable", (text) => {
    expect(parseCell(text)).toEqual({ kind: "notApplicable", text });
  });

  it.each([
    ["52.36", 52.36],
    [" 52.36 ", 52.36],
    ["1,200", 1200],
    ["-5.2", -5.2],
    [".5", 0.5],
  ])("treats the text %p as a number stored as text", (text, value) => {
    expect(parseCell(text)).toEqual({ kind: "textNumber", text, value });
  });

  it.each([
    ["５２．３６", 52.36],
    ["１２００", 1200],
    ["－５", -5],
  ])("recognises full-width digits %p", (text, value) => {
    expect(parseCell(text)).toEqual({ kind: "fullWidthNumber", text, value });
  });

  it.each([
    ["52亿元", 52, "亿元"],
    ["8650万美元", 8650, "万美元"],
    ["16%", 16, "%"],
    ["150 亩", 150, "亩"],
    ["５２亿元", 52, "亿元"],
  ])("recognises a unit typed into %p", (text, value, unit) => {
    expect(parseCell(text)).toEqual({ kind: "numberWithUnit", text, value, unit });
  });

  it.each(["#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"])(
    "recognises the Excel error %p",
    (text) => {
      expect(parseCell(text)).toEqual({ kind: "excelError", text });
    },
  );

  it("treats non-finite numbers as an error value", () => {
    expect(parseCell(NaN).kind).toBe("excelError");
    expect(parseCell(Infinity).kind).toBe("excelError");
  });

  it("keeps booleans apart from numbers, as Excel's ISNUMBER does", () => {
    expect(parseCell(true)).toEqual({ kind: "boolean", value: true });
    expect(numberOf(parseCell(true))).toBeUndefined();
  });

  it.each(["约52亿元", "五十二", "=SUM(A1)", "abc", "12万3千"])("treats %p as other text", (text) => {
    expect(parseCell(text)).toEqual({ kind: "text", text });
  });

  it("gives a number only for real numbers", () => {
    expect(numberOf(parseCell(3))).toBe(3);
    expect(numberOf(parseCell("3"))).toBeUndefined();
    expect(numberOf(parseCell("—"))).toBeUndefined();
  });
});

describe("toHalfWidth", () => {
  it("maps full-width digits and signs", () => {
    expect(toHalfWidth("５２．３６％")).toBe("52.36%");
  });
});

describe("quoteRaw", () => {
  it("quotes content with Chinese quotation marks and shortens long text", () => {
    expect(quoteRaw("52亿元")).toBe("“52亿元”");
    expect(quoteRaw(null)).toBe("（空白）");
    expect(quoteRaw("长".repeat(60))).toBe(`“${"长".repeat(40)}…”`);
  });
});
