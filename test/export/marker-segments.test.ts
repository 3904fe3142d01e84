import { markerSegments } from "../../src/export/marker-segments";

describe("markerSegments", () => {
  it.each([
    ["no marker", "同比增长16.0%。", [{ text: "同比增长16.0%。", marker: false }]],
    [
      "a missing-value marker mid-sentence",
      "实现【待补：工业销售收入·全年预计】亿元",
      [
        { text: "实现", marker: false },
        { text: "【待补：工业销售收入·全年预计】", marker: true },
        { text: "亿元", marker: false },
      ],
    ],
    [
      "markers at both ends, side by side",
      "【待补：甲】【模板错误：乙】",
      [
        { text: "【待补：甲】", marker: true },
        { text: "【模板错误：乙】", marker: true },
      ],
    ],
    ["an ordinary bracket that is not a marker", "【注】说明", [{ text: "【注】说明", marker: false }]],
    ["empty text", "", []],
  ])("splits %s", (_, text, expected) => {
    expect(markerSegments(text)).toEqual(expected);
  });

  it("gives the same answer when called again (no regex state carried over)", () => {
    const text = "a【待补：x】b";
    expect(markerSegments(text)).toEqual(markerSegments(text));
  });
});
