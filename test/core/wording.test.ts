import * as fs from "fs";
import * as path from "path";
import { checkOrdinals } from "../../src/core/wording/check-ordinals";
import {
  applyWordingMatch,
  checkWording,
  WORDING_PAIRS,
  WORDING_WHITELIST,
  wordingLexicon,
  wordingLexiconReady,
} from "../../src/core/wording/check-wording";
import { proofreadParagraphs } from "../../src/core/wording/proofread-text";
import { segmentSpan } from "../../src/core/wording/segment";
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

describe("the swap table", () => {
  const lex = wordingLexicon();

  it("holds hundreds of word pairs, each with its source", () => {
    expect(lex.size).toBeGreaterThanOrEqual(200);
    for (const rules of lex.swapsBySpun.values()) {
      for (const rule of rules) {
        expect(rule.source).toMatch(/^(seed: |conventions\.md|issue 13|spinner \()/);
        expect(rule.original).not.toBe(rule.spun);
      }
    }
  });

  it("gives every original word its collocates", () => {
    for (const rules of lex.swapsBySpun.values()) {
      for (const rule of rules) {
        if (rule.odd) continue;
        const left = lex.originalLeft.get(rule.original);
        const right = lex.originalRight.get(rule.original);
        expect(`${rule.original}: ${(left?.words.size ?? 0) + (right?.words.size ?? 0)}`).not.toBe(
          `${rule.original}: 0`,
        );
      }
    }
  });

  it("covers every phrase pair of the seed's wording-pairs.tsv with a word swap", () => {
    const seed = read("seed-report.txt");
    const matches = checkWording(seed);
    const missed: string[] = [];
    for (const pair of WORDING_PAIRS) {
      for (let i = seed.indexOf(pair.wrong); i >= 0; i = seed.indexOf(pair.wrong, i + 1)) {
        const covering = matches.find((m) => m.start < i + pair.wrong.length && m.end > i);
        // the word flagged is the part of the phrase that differs, with the standard form in its place
        if (!covering || covering.start < i || covering.end > i + pair.wrong.length) missed.push(pair.wrong);
        else expect(pair.right).toContain(covering.right);
      }
    }
    expect(missed).toEqual([]);
  });
});

describe("checkWording", () => {
  // sentence, the spun word, the original word — swaps of known pairs in phrases no table lists
  const SPUN: readonly [string, string, string][] = [
    ["坚持推动经济开展", "开展", "发展"],
    ["深入贯彻新进展理念", "进展", "发展"],
    ["着力提升公共效劳水平", "效劳", "服务"],
    ["全面排查平安隐患", "平安", "安全"],
    ["为全年工作奠定根底", "根底", "基础"],
    ["地区生产总值同比增添6.2%", "增添", "增长"],
    ["全力推进重点名目建设", "名目", "项目"],
    ["大力推进科技立异", "立异", "创新"],
    ["扎实推进美丽乡村扶植", "扶植", "建设"],
    ["乐观争取上级资金支持", "乐观", "积极"],
    ["优良天数比例到达85%", "到达", "达到"],
    ["着力提升干部素养", "素养", "素质"],
    ["工业发展后劲缺乏。", "缺乏", "不足"],
    ["各单位必需严格执行规定", "必需", "必须"],
    ["进一步标准执法行为", "标准", "规范"],
    ["局部企业经营困难", "局部", "部分"],
    ["将能耗总量掌握在目标以内", "掌握", "控制"],
    ["新建厂房采纳钢结构", "采纳", "采用"],
    ["加强危急废物管理", "危急", "危险"],
    ["坚持依法行政原那么", "原那么", "原则"],
    ["为全县发展作出积极奉献", "奉献", "贡献"],
    ["二期工程明年春天起动", "起动", "启动"],
    ["自然气供气工程", "自然", "天然"],
  ];

  it.each(SPUN)("flags the spun word in %s", (sentence, wrong, right) => {
    const matches = checkWording(sentence);
    expect(matches.map((m) => [m.wrong, m.right])).toEqual([[wrong, right]]);
    const [m] = matches;
    expect(sentence.slice(m!.start, m!.end)).toBe(wrong);
  });

  // ordinary Chinese that holds a spun word, or only its characters
  const ORDINARY: readonly string[] = [
    "人才相对缺乏",
    "执行期限延长到2025年",
    "建立起动态监测",
    "高原那么大",
    "各项工作取得新进展",
    "认真开展农村环境整治工作",
    "围绕主导产业开展精准招商", // 产业 sits before 开展, but 开展 takes its object here
    "深化平安建设，创建“平安单位”",
    "全年发展预备党员86名",
    "企业缺乏活力",
    "全员一起动手，发起动员，生产起动机",
    "数据还原那么容易吗？是否那么重要",
    "自然气候良好，服从大局部署",
    "受强降雨影响，局部地区出现内涝",
    "帮助农民掌握实用技术",
    "县政府采纳了代表的意见建议",
    "救援人员迅速到达现场",
    "形势依然不容乐观",
    "保障生活必需品供应",
    "提升公民科学素养",
    "大力弘扬无私奉献精神",
    "为城市增添了一道风景",
    "严禁巧立名目乱收费",
    "在危急关头冲锋在前",
    "连续五年保持增长",
    "发布实施地方标准5项",
    "其意义不可估量",
  ];

  it.each(WORDING_WHITELIST.map((p) => [p]))("flags nothing in the whitelisted phrase %s", (phrase) => {
    expect(checkWording(`今年${phrase}工作`)).toEqual([]);
  });

  it.each(ORDINARY.map((s) => [s]))("flags nothing in %s", (sentence) => {
    expect(checkWording(sentence)).toEqual([]);
  });

  it("says why: the collocation that gave the spun word away", () => {
    expect(checkWording("推动经济开展")).toEqual([
      {
        start: 4,
        end: 6,
        wrong: "开展",
        right: "发展",
        note: expect.stringContaining("issue 13"),
        reason: "“经济发展”是常见搭配",
      },
    ]);
    expect(checkWording("坚持新进展理念")[0]?.reason).toBe("“发展理念”是常见搭配");
    expect(checkWording("提供优质效劳")[0]?.reason).toBe("“优质服务”是常见搭配");
    expect(checkWording("工作推进顺当。")[0]?.reason).toBe("“推进顺利”是常见搭配");
    expect(checkWording("这段笔墨较长")[0]?.reason).toBe("“笔墨”在规范文字中少见");
  });

  it("judges words, not characters: only the characters of a word are ever flagged", () => {
    // 起动 is not a word in 建立起/动态, 原那么 not in 高原/那么, 局部 not in 大局/部署
    expect(checkWording("建立起动态监测体系，二期工程起动")).toMatchObject([{ start: 14, end: 16, wrong: "起动" }]);
    expect(checkWording("高原那么大，坚持原那么")).toMatchObject([{ start: 8, end: 11, wrong: "原那么" }]);
    expect(checkWording("服从大局部署，全县大局部村庄")).toMatchObject([{ wrong: "大局部", right: "大部分" }]);
  });

  it.each(
    fs
      .readdirSync(path.join(__dirname, "..", "golden"))
      .filter((d) => fs.existsSync(path.join(__dirname, "..", "golden", d, "narrative.txt")))
      .map((d) => [d]),
  )("flags nothing in the golden text of %s", (dir) => {
    const text = fs.readFileSync(path.join(__dirname, "..", "golden", dir, "narrative.txt"), "utf8");
    expect(checkWording(text)).toEqual([]);
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

  it("never reports overlapping matches and slices out what it reports", () => {
    const seed = read("seed-report.txt");
    const matches = checkWording(seed);
    expect(matches.length).toBeGreaterThan(100);
    for (let i = 0; i < matches.length; i++) {
      expect(seed.slice(matches[i]!.start, matches[i]!.end)).toBe(matches[i]!.wrong);
      if (i > 0) expect(matches[i]!.start).toBeGreaterThanOrEqual(matches[i - 1]!.end);
    }
  });

  it("returns nothing for empty text and never throws on odd input", () => {
    expect(checkWording("")).toEqual([]);
    expect(checkWording("😀😀起动😀")).toMatchObject([{ start: 4, end: 6 }]);
    expect(checkWording(undefined as unknown as string)).toEqual([]);
  });

  it("is ready at once in Node", async () => {
    await expect(wordingLexiconReady()).resolves.toBeUndefined();
  });
});

describe("segmentSpan", () => {
  const words = (text: string): string[] => {
    const cuts = segmentSpan(text, 0, text.length, wordingLexicon().dictionary);
    return cuts.slice(1).map((end, i) => text.slice(cuts[i], end));
  };

  it("cuts text into the words a reader sees where a spun word's characters meet", () => {
    expect(words("建立起动态监测")).toEqual(["建立", "起", "动态", "监测"]);
    expect(words("服从大局部署")).toEqual(["服从", "大局", "部署"]);
    expect(words("二期工程明年春天起动")).toEqual(["二期", "工程", "明年", "春天", "起动"]);
  });

  it("segments only the span asked for and keeps unknown characters one by one", () => {
    expect(segmentSpan("ab建立起动态cd", 2, 7, wordingLexicon().dictionary)).toEqual([2, 4, 5, 7]);
    expect(words("😀")).toHaveLength(2);
  });
});

describe("applyWordingMatch", () => {
  it("replaces only the flagged word and leaves the input string as it was", () => {
    const text = "二期工程明年春天起动，估量年底完成";
    const [first, second] = checkWording(text);
    expect(applyWordingMatch(text, first!)).toBe("二期工程明年春天启动，估量年底完成");
    expect(applyWordingMatch(text, second!)).toBe("二期工程明年春天起动，预计年底完成");
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
        start: 10,
        end: 12,
        found: "状况",
        right: "情况",
        note: "“完成情况”是常见搭配",
      },
      { kind: "nonstandard-ordinal", paragraph: 1, start: 2, end: 4, found: "1、", right: "（1）", note: "" },
      { kind: "spun-wording", paragraph: 1, start: 6, end: 8, found: "起动", right: "启动", note: expect.any(String) },
    ]);
  });

  it("finds nothing in the golden paragraphs of the sample data", () => {
    expect(proofreadParagraphs(sampleSentences().filter((s) => !s.startsWith("|")))).toEqual([]);
  });
});
