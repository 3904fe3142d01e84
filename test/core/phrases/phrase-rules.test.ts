import { completionPhrase, schedulePhrase } from "../../../src/core/phrases/completion-phrase";
import { estimateLead, periodName } from "../../../src/core/phrases/period";
import { growthPhrase } from "../../../src/core/phrases/growth-phrase";
import { bareTitle, honourClauses } from "../../../src/core/phrases/honour-clauses";
import { isAtLeastHundredMillionYuan, toHundredMillionYuan } from "../../../src/core/phrases/investment";
import { joinNames, partnerPhrase, splitNames } from "../../../src/core/phrases/join-names";
import { listMarker, parseListMarker } from "../../../src/core/phrases/list-marker";

describe("growthPhrase", () => {
  it.each([
    [52.36, 45.12, "同比增长16.0%"],
    [8650, 9120, "同比下降5.2%"],
    [100, 100, "与上年持平"],
    [52.36, 52.35, "与上年持平"], // +0.019% rounds to 0.0%
    [18.6, 18.6001, "与上年持平"], // −0.0005% rounds to 0.0%: never 同比下降0.0%
    [100.05, 100, "与上年持平"], // 0.000499999999999945 as stored: Excel shows 0.0% too
    [279, 100, "同比增长1.79倍"],
    [200, 100, "同比翻一番"], // exactly twice last year
    [400, 100, "同比翻两番"], // four times
    [250, 100, "同比增长1.5倍"], // 倍 without trailing zeros
    [300, 100, "同比增长2倍"],
    [199.99, 100, "同比增长100.0%"], // below 100% unrounded: a percentage
    [0, 100, "同比下降100.0%"],
    [5, 0, "上年同期无此项"],
    [0, 0, "与上年持平"],
    [3.21, -0.5, "扭亏为盈"],
    [-0.2, -0.5, "同比减亏"],
    [-0.8, -0.5, "同比增亏"],
    [0, -0.5, "实现盈亏平衡"], // from a loss to zero: the loss is gone
    [-0.5, -0.5, "与上年持平"],
    [-1, 2, "由盈转亏"],
  ])("words %p against %p as %s", (estimate, lastYear, phrase) => {
    expect(growthPhrase(estimate, lastYear)).toBe(phrase);
  });

  it("shows the rate at the precision of the given format", () => {
    expect(growthPhrase(52.36, 45.12, "0.00%")).toBe("同比增长16.05%");
    expect(growthPhrase(52.36, 45.12, "0%")).toBe("同比增长16%");
    expect(growthPhrase(100.4, 100, "0%")).toBe("与上年持平");
    // exact binary halves round away from zero, in both directions
    expect(growthPhrase(1.125, 1, "0%")).toBe("同比增长13%");
    expect(growthPhrase(0.875, 1, "0%")).toBe("同比下降13%");
  });

  it("never prints a minus sign or 下降N倍", () => {
    for (const [e, b] of [
      [1, 1000],
      [-5, 3],
      [0.001, 7],
    ] as const) {
      expect(growthPhrase(e, b)).not.toMatch(/-|下降[\d.]+倍/);
    }
  });
});

describe("completionPhrase and schedulePhrase", () => {
  it.each([
    [52.36, 50, "104.7%"],
    [18.6, 20, "93.0%"],
    [2200, 2200, "100.0%"],
  ])("gives %p of %p as %s", (value, target, text) => {
    expect(completionPhrase(value, target)).toBe(text);
  });

  it.each([
    [1850, 2200, 10, "完成年度任务的84.1%，超序时进度0.8个百分点"],
    [1600, 2200, 10, "完成年度任务的72.7%，低于序时进度10.6个百分点"],
    [1100, 2200, 6, "完成年度任务的50.0%，与序时进度持平"],
    [777, 1000, 9, "完成年度任务的77.7%，超序时进度2.7个百分点"],
  ])("words a cumulative %p of %p by month %p as %s", (cumulative, target, month, text) => {
    expect(schedulePhrase(cumulative, target, month)).toBe(text);
  });

  it("writes the span of months with a 一字线", () => {
    expect(periodName(10)).toBe("1\u201410月份");
    expect(periodName(11)).toBe("1—11月份");
    expect(periodName(1)).toBe("1月份");
    // at year end the period is the year: never “1—12月份”, never “预计到12月底”
    expect(periodName(12)).toBe("全年");
    expect(estimateLead(10)).toBe("预计到12月底，");
    expect(estimateLead(12)).toBe("全年");
  });
});

describe("splitNames, joinNames and partnerPhrase", () => {
  it.each([
    ["鑫达集团、华泰公司", ["鑫达集团", "华泰公司"]],
    ["鑫达集团，华泰公司,远东公司", ["鑫达集团", "华泰公司", "远东公司"]],
    [" 鑫达集团 ；华泰公司;", ["鑫达集团", "华泰公司"]],
    ["鑫达集团", ["鑫达集团"]],
    ["", []],
  ])("splits %p", (text, names) => {
    expect(splitNames(text)).toEqual(names);
  });

  it.each([
    [["甲"], "甲"],
    [["甲", "乙"], "甲和乙"],
    [["甲", "乙", "丙"], "甲、乙和丙"],
    [["甲", "乙", "丙", "丁"], "甲、乙、丙和丁"],
    [[], ""],
  ])("joins %p as %s", (names, text) => {
    expect(joinNames(names)).toBe(text);
  });

  it("takes another conjunction", () => {
    expect(joinNames(["甲", "乙", "丙"], "及")).toBe("甲、乙及丙");
  });

  it("words one partner as 与…合作 and several as 由…共同合作", () => {
    expect(partnerPhrase(["鑫达集团"])).toBe("与鑫达集团合作");
    expect(partnerPhrase(["鑫达集团", "华泰公司"])).toBe("由鑫达集团和华泰公司共同合作");
    expect(partnerPhrase(["远航公司", "美国联合技术公司", "韩国大宇工程"])).toBe(
      "由远航公司、美国联合技术公司和韩国大宇工程共同合作",
    );
  });
});

describe("listMarker and parseListMarker", () => {
  it.each([
    ["（1）", 3, "（3）"],
    ["1.", 3, "3."],
    ["1、", 3, "3、"],
    ["①", 3, "③"],
    ["①", 20, "⑳"],
    ["①", 21, "㉑"],
    ["①", 36, "㊱"],
    ["①", 50, "㊿"],
    ["①", 51, "（51）"],
    ["none", 3, ""],
  ] as const)("numbers item %p of style %s as %s", (style, n, text) => {
    expect(listMarker(style, n)).toBe(text);
  });

  it.each([
    ["（1）", "（1）"],
    ["(1)", "（1）"],
    ["1.", "1."],
    ["1．", "1."],
    ["1、", "1、"],
    ["①", "①"],
    ["无", "none"],
    ["一、", undefined],
    ["", undefined],
  ])("reads %p as %p", (text, style) => {
    expect(parseListMarker(text)).toBe(style);
  });
});

describe("honourClauses", () => {
  const sample = [
    { grantor: "市委、市政府", method: "命名为", title: "市级文明单位" },
    { grantor: "市总工会", method: "评为", title: "二十佳示范基层工会" },
    { grantor: "县委", method: "评为", title: "宣传工作先进集体" },
    { grantor: "县委组织部", method: "评为", title: "七一先进基层党组织" },
    { grantor: "县总工会", method: "评为", title: "县优秀工会" },
    { grantor: "县总工会", method: "评为", title: "县先进职工之家" },
  ];

  it("gives the golden clause of sample-data.md", () => {
    expect(`开发区${honourClauses(sample)}`).toBe(
      "开发区被市委、市政府命名为“市级文明单位”，被市总工会评为“二十佳示范基层工会”，被县委评为“宣传工作先进集体”，被县委组织部评为“七一先进基层党组织”，被县总工会评为“县优秀工会”“县先进职工之家”",
    );
  });

  it("shares one 被…评为 only between consecutive rows with the same grantor and method", () => {
    expect(
      honourClauses([
        { grantor: "县委", method: "评为", title: "甲" },
        { grantor: "县委", method: "命名为", title: "乙" },
        { grantor: "县委", method: "命名为", title: "丙" },
        { grantor: "市委", method: "命名为", title: "丁" },
        { grantor: "县委", method: "评为", title: "戊" },
      ]),
    ).toBe("被县委评为“甲”，被县委命名为“乙”“丙”，被市委命名为“丁”，被县委评为“戊”");
  });

  it("reads a blank 方式 as 评为 and words 授予 with 称号", () => {
    expect(
      honourClauses([
        { grantor: "县委", method: "", title: "甲" },
        { grantor: "县委", method: "评为", title: "乙" },
        { grantor: "省总工会", method: "授予", title: "五一劳动奖状" },
      ]),
    ).toBe("被县委评为“甲”“乙”，被省总工会授予“五一劳动奖状”称号");
  });

  it("does not double quotation marks a user typed", () => {
    expect(bareTitle("“市级文明单位”")).toBe("市级文明单位");
    expect(honourClauses([{ grantor: "县委", method: "评为", title: '"先进集体"' }])).toBe("被县委评为“先进集体”");
  });
});

describe("toHundredMillionYuan and isAtLeastHundredMillionYuan (投资亿元以上)", () => {
  it.each([
    [8000, "万美元", 7.05, 5.64, true],
    [2500, "万美元", 7.05, 1.7625, true],
    [1.2, "亿元", 7.05, 1.2, true],
    [800, "万元", 7.05, 0.08, false],
    [10000, "万元", undefined, 1, true],
    [30, "亿美元", 7.05, 211.5, true],
    [1000, "万美元", 7.05, 0.705, false],
  ] as const)("converts %p %s at rate %p", (amount, unit, rate, inYuan, atLeast) => {
    const converted = toHundredMillionYuan(amount, unit, rate);
    expect(converted).toBeCloseTo(inYuan, 10);
    expect(isAtLeastHundredMillionYuan(converted ?? 0)).toBe(atLeast);
  });

  it("gives no amount for US dollars without a rate", () => {
    expect(toHundredMillionYuan(8000, "万美元", undefined)).toBeUndefined();
    expect(toHundredMillionYuan(8, "亿美元", 0)).toBeUndefined();
  });

  it("counts exactly 1亿元 despite binary noise", () => {
    expect(isAtLeastHundredMillionYuan((1418.4397163120568 * 7.05) / 10000)).toBe(true);
  });
});
