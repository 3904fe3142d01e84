import * as fs from "fs";
import * as path from "path";
import { checkOrdinals } from "../../src/core/wording/check-ordinals";
import {
  applyWordingMatch,
  checkWording,
  WORDING_PAIRS,
  WORDING_WHITELIST,
} from "../../src/core/wording/check-wording";
import { LEGITIMATE_CONTEXTS } from "../../src/core/wording/legitimate-contexts";
import { proofreadParagraphs } from "../../src/core/wording/proofread-text";
import { WORDING_PAIRS_TSV } from "../../src/core/wording/wording-pairs";
import { WORDING_WHITELIST_TSV } from "../../src/core/wording/wording-whitelist";

import { readReference as read, REFERENCE_COPIES } from "../support/shared-reference";

/** The report text of report-reference.md: everything between its two "---" rules. */
function restoredReport(): string {
  const lines = read("report-reference.md").split("\n");
  const first = lines.indexOf("---");
  const last = lines.lastIndexOf("---");
  return lines.slice(first + 1, last).join("\n");
}

/** Lines of sample-data.md written in Chinese: the golden sentences and the table rows. */
function sampleSentences(): string[] {
  return read("sample-data.md")
    .split("\n")
    .filter((l) => /^[\u4e00-\u9fff|]/.test(l));
}

describe("wording data", () => {
  it("keeps wording-pairs.tsv byte-identical to the shared reference", () => {
    expect(
      Buffer.from(WORDING_PAIRS_TSV, "utf8").equals(fs.readFileSync(path.join(REFERENCE_COPIES, "wording-pairs.tsv"))),
    ).toBe(true);
  });

  it("keeps wording-whitelist.tsv byte-identical to the shared reference", () => {
    expect(
      Buffer.from(WORDING_WHITELIST_TSV, "utf8").equals(
        fs.readFileSync(path.join(REFERENCE_COPIES, "wording-whitelist.tsv")),
      ),
    ).toBe(true);
  });

  it("parses every pair and whitelist phrase of the files", () => {
    expect(WORDING_PAIRS.length).toBe(WORDING_PAIRS_TSV.trim().split("\n").length - 1);
    expect(WORDING_WHITELIST.length).toBe(WORDING_WHITELIST_TSV.trim().split("\n").length - 1);
    expect(WORDING_PAIRS.find((p) => p.wrong === "科学进展观")).toEqual({
      wrong: "科学进展观",
      right: "科学发展观",
      note: expect.any(String),
    });
  });
});

describe("checkWording", () => {
  const seed = read("seed-report.txt");
  const seedMatches = checkWording(seed);

  const occurrences: [string, string, number][] = [];
  for (const pair of WORDING_PAIRS) {
    for (let i = seed.indexOf(pair.wrong); i >= 0; i = seed.indexOf(pair.wrong, i + 1))
      occurrences.push([pair.wrong, pair.right, i]);
  }

  it("finds many spun phrases in the seed report", () => {
    expect(occurrences.length).toBeGreaterThan(100);
    expect(seedMatches.length).toBeGreaterThan(100);
  });

  it.each(occurrences)("finds %s (→ %s) at offset %d of the seed report", (wrong, right, at) => {
    const covering = seedMatches.find((m) => m.start <= at && m.end >= at + wrong.length);
    expect(covering).toBeDefined();
    // the suggestion carries the pair's standard form at the same place
    expect(covering?.right.substr(at - (covering?.start ?? 0), right.length)).toBe(right);
  });

  it("reports positions that slice out the wrong form", () => {
    for (const m of seedMatches) expect(seed.slice(m.start, m.end)).toBe(m.wrong);
  });

  it("never reports overlapping matches", () => {
    for (let i = 1; i < seedMatches.length; i++)
      expect(seedMatches[i]!.start).toBeGreaterThanOrEqual(seedMatches[i - 1]!.end);
  });

  it("flags nothing in the restored report text", () => {
    expect(checkWording(restoredReport())).toEqual([]);
  });

  it.each(sampleSentences().map((s) => [s.slice(0, 24), s]))(
    "flags nothing in the sample sentence %s…",
    (_, sentence) => {
      expect(checkWording(sentence)).toEqual([]);
    },
  );

  it("prefers the longest phrase: 特殊顺当 is one match, not 顺当", () => {
    expect(checkWording("自5月份生产以来特殊顺当")).toEqual([
      { start: 8, end: 12, wrong: "特殊顺当", right: "特别顺利", note: expect.any(String) },
    ]);
  });

  it("merges two overlapping phrases that agree: 对外宣扬工作", () => {
    expect(checkWording("对外宣扬工作上")).toMatchObject([
      { start: 0, end: 6, wrong: "对外宣扬工作", right: "对外宣传工作" },
    ]);
  });

  it.each(WORDING_WHITELIST.map((p) => [p]))("flags nothing in the whitelisted phrase %s", (phrase) => {
    expect(checkWording(`今年${phrase}工作`)).toEqual([]);
  });

  it.each(LEGITIMATE_CONTEXTS.map((c) => [c.phrase]))("flags nothing in the legitimate context %s", (phrase) => {
    expect(checkWording(`今年${phrase}`)).toEqual([]);
  });

  it("does not flag 不可估量 through a pair beginning with 估量", () => {
    expect(checkWording("其意义不可估量到了极点")).toEqual([]);
    expect(checkWording("估量到12月底")).toMatchObject([{ wrong: "估量到", right: "预计到" }]);
  });

  it("does not flag 平安建设 or 平安单位, but flags 平安生产", () => {
    expect(checkWording("深化平安建设，创建“平安单位”")).toEqual([]);
    expect(checkWording("抓好平安生产")).toMatchObject([{ wrong: "平安生产", right: "安全生产" }]);
  });

  it("tells 起动 (spun 启动) from 一起动手, 发起动员 and 起动机", () => {
    expect(checkWording("二期工程明年春天起动")).toMatchObject([{ wrong: "起动", right: "启动" }]);
    expect(checkWording("全员一起动手，发起动员，生产起动机")).toEqual([]);
  });

  it("tells 原那么 / 否那么 from 还原那么, 复原那么 and 是否那么", () => {
    expect(checkWording("坚持原那么，否那么不予受理")).toMatchObject([
      { wrong: "原那么", right: "原则" },
      { wrong: "否那么", right: "否则" },
    ]);
    expect(checkWording("数据还原那么容易吗？复原那么快，是否那么重要")).toEqual([]);
  });

  it("tells 自然气 from 自然气候 and 大局部 from 大局部署", () => {
    expect(checkWording("自然气供气工程")).toMatchObject([{ wrong: "自然气", right: "天然气" }]);
    expect(checkWording("自然气候良好，服从大局部署")).toEqual([]);
  });

  it("flags each pair when it stands alone", () => {
    for (const pair of WORDING_PAIRS) {
      expect(checkWording(`，${pair.wrong}。`)).toMatchObject([
        { start: 1, end: 1 + pair.wrong.length, wrong: pair.wrong, right: pair.right },
      ]);
    }
  });

  it("returns nothing for empty text and never throws on odd input", () => {
    expect(checkWording("")).toEqual([]);
    expect(checkWording("😀😀起动😀")).toMatchObject([{ start: 4, end: 6 }]);
    expect(checkWording(undefined as unknown as string)).toEqual([]);
  });
});

describe("applyWordingMatch", () => {
  it("replaces only the matched phrase and leaves the input string as it was", () => {
    const text = "二期工程明年春天起动，估量年底完成";
    const [first] = checkWording(text);
    expect(applyWordingMatch(text, first!)).toBe("二期工程明年春天启动，估量年底完成");
    expect(text).toBe("二期工程明年春天起动，估量年底完成");
  });
});

describe("checkOrdinals", () => {
  it("flags （一）、 and （1）、", () => {
    expect(checkOrdinals("（一）、强化组织领导。（2）、另一项")).toEqual([
      { start: 0, end: 4, found: "（一）、", right: "（一）" },
      { start: 11, end: 15, found: "（2）、", right: "（2）" },
    ]);
  });

  it("flags 1、 used as a list item inside a paragraph and at its start", () => {
    expect(checkOrdinals("主要表现在：1、配套设施投入相对不足；2、规划布局不够合理")).toEqual([
      { start: 6, end: 8, found: "1、", right: "（1）" },
      { start: 19, end: 21, found: "2、", right: "（2）" },
    ]);
    expect(checkOrdinals("1、配套设施投入相对不足")).toEqual([{ start: 0, end: 2, found: "1、", right: "1." }]);
  });

  it("leaves numbers listed with 顿号 alone", () => {
    expect(checkOrdinals("2022、2023年连续增长，第1、2季度，共3、4个")).toEqual([]);
  });

  it("accepts 1、 when the user chose it, but never （一）、", () => {
    expect(checkOrdinals("即：1、甲项目；2、乙项目", { allowArabicComma: true })).toEqual([]);
    expect(checkOrdinals("（一）、标题", { allowArabicComma: true })).toHaveLength(1);
  });

  it("accepts the standard markers", () => {
    expect(checkOrdinals("一、主要指标（一）重点项目 1.配套设施 （1）鑫源机械工程项目")).toEqual([]);
  });
});

describe("proofreadParagraphs", () => {
  it("reports spun phrases and ordinals by paragraph and offset", () => {
    expect(proofreadParagraphs(["一、主要经济指标完成状况", "即：1、项目起动"])).toEqual([
      {
        kind: "spun-wording",
        paragraph: 0,
        start: 8,
        end: 12,
        found: "完成状况",
        right: "完成情况",
        note: expect.any(String),
      },
      { kind: "nonstandard-ordinal", paragraph: 1, start: 2, end: 4, found: "1、", right: "（1）", note: "" },
      { kind: "spun-wording", paragraph: 1, start: 6, end: 8, found: "起动", right: "启动", note: expect.any(String) },
    ]);
  });

  it("finds nothing in the golden paragraphs of the sample data", () => {
    expect(proofreadParagraphs(sampleSentences().filter((s) => !s.startsWith("|")))).toEqual([]);
  });
});
