/**
 * Sentences a county reviewer would send back, case by case (issue 13): each row is the data a
 * unit might have and the sentence the default template must give for it — or what it must
 * never say. Written as a 公文 editor would mark up a proof.
 */
import { toPlainText } from "../../../src/core/document";
import { renderNarrative } from "../../../src/core/narrative/render-narrative";
import type { RawWorkbook } from "../../../src/core/raw-cell";
import { parseWorkbook } from "../../../src/core/parse-workbook";
import { rawSheet, sampleWith, set, withSheets, type Edit } from "../rules/helpers";

interface Case {
  readonly name: string;
  readonly edits?: readonly Edit[];
  /** A template of one paragraph instead of the default one. */
  readonly template?: string;
  /** Number formats by sheet and cell address, e.g. { "主要指标!C2": "#,##0" }. */
  readonly formats?: Readonly<Record<string, string>>;
  readonly says?: readonly string[];
  readonly neverSays?: readonly (string | RegExp)[];
}

function workbookOf(c: Case): RawWorkbook {
  let workbook = sampleWith(...(c.edits ?? []));
  if (c.formats) {
    const sheets = workbook.sheets.map((sheet) => {
      const numberFormats = sheet.values.map((row, r) =>
        row.map((_, col) => sheet.numberFormats[r]?.[col] ?? "General"),
      );
      for (const [where, format] of Object.entries(c.formats ?? {})) {
        const [name, cell] = where.split("!");
        if (name !== sheet.name || !cell) continue;
        const m = /^([A-Z]+)(\d+)$/.exec(cell);
        if (!m) continue;
        const col = (m[1] as string).charCodeAt(0) - 65;
        const row = Number(m[2]) - 1;
        (numberFormats[row] as string[])[col] = format;
      }
      return { ...sheet, numberFormats };
    });
    workbook = { ...workbook, sheets };
  }
  if (c.template)
    workbook = withSheets(
      workbook,
      rawSheet("模板", [
        ["级别", "内容"],
        ["正文", c.template],
      ]),
    );
  return workbook;
}

function textOf(c: Case): string {
  return toPlainText(renderNarrative(parseWorkbook(workbookOf(c))).document);
}

const projects = (progress: readonly string[]): Edit[] => progress.map((p, i) => set("projects", i, "progress", p));

const CASES: readonly Case[] = [
  // ---- the period: 截至月份 = 12 is the year's end -------------------------------------------
  {
    name: "at year end the figures are the year's, not an estimate to December",
    edits: [set("parameters", 2, "value", 12)],
    says: ["全年实现工业销售收入52.36亿元，占年任务104.7%，同比增长16.0%；", "全年实际利用外资已完成1850万美元。"],
    neverSays: ["1—12月份", "预计到12月底", "预计到年底"],
  },
  {
    name: "part-way through the year the figures are cumulative and the year is estimated",
    edits: [set("parameters", 2, "value", 9)],
    says: [
      "预计到12月底，实现工业销售收入",
      "前三季度实际利用外资已完成1850万美元，预计到年底可完成2200万美元的任务。",
    ],
  },
  // ---- claims the numbers do not show ------------------------------------------------------------
  {
    name: "an estimate below the annual task is not said to complete it",
    edits: [set("indicators", 5, "estimate", 2100)],
    says: ["1—10月份实际利用外资已完成1850万美元，预计全年可完成2100万美元，占年任务95.5%。"],
    neverSays: ["可完成2200万美元的任务"],
  },
  // ---- negative amounts --------------------------------------------------------------------------
  {
    name: "a negative amount is a loss in words, with no completion and no minus sign",
    edits: [set("indicators", 3, "estimate", -0.2)],
    says: ["完成财政收入亏损0.20亿元，由盈转亏；"],
    neverSays: ["-0.20", "−0.20", "占年任务-", /占年任务[^；]*财政收入/],
  },
  {
    name: "from a loss to zero is 盈亏平衡, not a smaller loss",
    edits: [set("indicators", 3, "lastYear", -0.5), set("indicators", 3, "estimate", 0)],
    says: ["完成财政收入0.00亿元，占年任务0.0%，实现盈亏平衡；"],
    neverSays: ["减亏"],
  },
  // ---- precision ---------------------------------------------------------------------------------
  {
    name: "a nonzero amount never reads as zero, whatever the cell's decimals",
    edits: [set("indicators", 3, "estimate", 0.004), set("indicators", 3, "target", 0.003)],
    says: ["完成财政收入0.004亿元，占年任务133.3%"],
    neverSays: ["0.00亿元"],
  },
  {
    name: "twice last year is 翻一番",
    edits: [set("indicators", 0, "lastYear", 26.18)],
    says: ["实现工业销售收入52.36亿元，占年任务104.7%，同比翻一番；"],
    neverSays: ["1.00倍"],
  },
  {
    name: "倍 has no trailing zeros",
    edits: [set("indicators", 0, "lastYear", 20.944)],
    says: ["同比增长1.5倍；"],
    neverSays: ["1.50倍"],
  },
  {
    name: "no thousands separators in Chinese text, whatever the cell's format",
    formats: { "主要指标!C4": "#,##0", "主要指标!D4": "#,##0" },
    says: ["出口额8650万美元，占年任务96.1%"],
    neverSays: ["8,650"],
  },
  {
    name: "10,000亿 and more read in 万亿",
    edits: [set("indicators", 0, "estimate", 12000), set("indicators", 0, "target", 11000)],
    says: ["实现工业销售收入1.2万亿元，占年任务109.1%"],
    neverSays: ["12000.00亿元"],
  },
  {
    name: "an amount beyond 15 digits reads as Excel shows it, not as hundreds of digits",
    edits: [set("dataItems", 0, "value", 1e308)],
    template: "全长{天然气主管道长度}米。",
    says: ["全长1E+308米。"],
  },
  // ---- counts and lists --------------------------------------------------------------------------
  {
    name: "when every project lags there is no 其余0个",
    edits: projects(["滞后", "滞后", "滞后", "滞后", "滞后", "滞后", "滞后"]),
    says: ["目前，全区共有7个在建重点项目，其中"],
    neverSays: ["其余0个", "0个项目"],
  },
  {
    name: "when no project lags they all go well, with no 其余",
    edits: projects(["正常", "正常", "正常", "正常", "正常", "正常", "正常"]),
    says: ["目前，全区共有7个在建重点项目，均进展顺利，即：（1）华瑞重工生产基地项目，"],
    neverSays: ["其余", "其中"],
  },
  {
    name: "a zero count of people is left out, not printed",
    edits: [set("dataItems", 3, "value", 0)],
    says: ["2名积极分子转为预备党员"],
    neverSays: ["0名预备党员"],
  },
  {
    name: "占地0亩 is no land: the clause goes",
    edits: [set("negotiations", 0, "area", 0)],
    says: ["（1）拟投资30000万元，由鑫达集团和华泰公司共同合作的不锈钢生产项目；"],
    neverSays: ["占地0亩"],
  },
  {
    name: "no project in talks: no count of zero",
    edits: [0, 1, 2, 3, 4, 5].map((i) => set("negotiations", i, "status", "已签约")),
    neverSays: ["现在谈重点项目有0个", "有0个"],
  },
  {
    name: "one item is not numbered",
    edits: [1, 2, 3, 4, 5].map((i) => set("negotiations", i, "status", "已签约")),
    says: ["现在谈重点项目有1个，即：拟投资30000万元、占地150亩，由鑫达集团和华泰公司共同合作的不锈钢生产项目。"],
    neverSays: ["（1）拟投资"],
  },
  {
    name: "one signed project: no 等 and no 这几个项目",
    edits: [set("negotiations", 6, "status", "在谈"), set("negotiations", 7, "status", "在谈")],
    says: ["另外还有1个投资亿元以上项目在今年“京津冀投资洽谈会”上成功签约，即总投资1.2亿元的食品加工项目，"],
    neverSays: ["等，", "这几个项目"],
  },
  // ---- one marker per gap ------------------------------------------------------------------------
  {
    name: "one missing 全年预计 is marked once in its sentence",
    edits: [set("indicators", 0, "estimate", null)],
    says: ["预计到12月底，实现工业销售收入【待补：工业销售收入·全年预计】亿元；引进内资18.60亿元"],
    neverSays: [/【待补：工业销售收入·全年预计】[^。]*【待补：工业销售收入·全年预计】/],
  },
  // ---- units and decimals in one sentence --------------------------------------------------------
  {
    name: "万元 beside 亿元 in one list reads in 亿元",
    edits: [set("negotiations", 8, "status", "在谈")],
    says: ["（1）拟投资3亿元、占地150亩", "拟投资1.2亿元的食品加工项目"],
    neverSays: ["30000万元"],
  },
  {
    name: "an indicator reads in a larger unit another uses only where it is at least one of it",
    edits: [
      set("indicators", 2, "estimate", 4.76),
      set("indicators", 2, "unit", "亿美元"),
      set("indicators", 5, "estimate", 1860),
      set("indicators", 3, "estimate", 32100),
      set("indicators", 3, "unit", "万元"),
    ],
    formats: { "主要指标!C4": "0.00" },
    template:
      "出口额{出口额.全年预计}亿美元，实际利用外资{实际利用外资.全年预计}万美元；" +
      "工业销售收入{工业销售收入.全年预计}亿元，财政收入{财政收入.全年预计}万元。",
    says: ["出口额4.76亿美元，实际利用外资1860万美元；工业销售收入52.36亿元，财政收入3.21亿元。"],
  },
  {
    name: "米 beside 公里 in one sentence reads in 公里",
    template: "铺设天然气主管道{天然气主管道长度}米、输水管线{输水管线长度}公里。",
    says: ["铺设天然气主管道12公里、输水管线8.5公里。"],
  },
  {
    name: "amounts of one unit in one enumeration keep one number of decimals",
    edits: [
      set("indicators", 0, "estimate", 58.2),
      set("indicators", 3, "estimate", 3.45),
      set("indicators", 4, "estimate", 30),
    ],
    formats: { "主要指标!C2": "General", "主要指标!C5": "General", "主要指标!C6": "General", "主要指标!C3": "General" },
    says: ["实现工业销售收入58.20亿元", "完成财政收入3.45亿元", "固定资产投资30.00亿元"],
  },
  // ---- the sample report's own errors ------------------------------------------------------------
  {
    name: "the fixed phrases and sentences a 开发区 report must get right",
    says: [
      "拒腐防变的能力",
      "“安全第一、预防为主、综合治理”",
      "目前，全区共有7个在建重点项目，其中华瑞重工生产基地项目进展缓慢，仍处于规划设计阶段，其余6个项目进展顺利，即：",
      "由燃气公司投资建设的天然气供气工程主管道全长12000米，已贯通全区，",
    ],
    neverSays: ["防腐拒变", "预防为主，安全第一", "我县", /即[^。]*等，这几个/, "目前，7个在建重点项目，除"],
  },
];

describe("sentences of the default template on a unit's data", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const text = textOf(c);
    for (const sentence of c.says ?? []) expect(text).toContain(sentence);
    for (const wrong of c.neverSays ?? []) {
      if (typeof wrong === "string") expect(text).not.toContain(wrong);
      else expect(text).not.toMatch(wrong);
    }
  });
});
