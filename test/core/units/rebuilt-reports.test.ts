/**
 * Two annual summaries of other units, written for these tests in official style (not copied from
 * published documents) — a district statistics bureau's and a county development zone's — rebuilt
 * by the product from their own workbooks with a 模板 written only in the syntax the README
 * documents. Each folder of test/fixtures/units/ holds workbook.json (the unit's sheets as it
 * typed them: its own headers, synonyms and extra columns), template.tsv (级别 TAB 内容) and
 * expected.txt (the report as the unit would send it, one paragraph a line).
 *
 * The measure is the issue's: of the expected report's numeric sentences (a digit other than a
 * year's), how many the product writes exactly; the ratio is in the test names. A sentence the
 * template language cannot express is listed in KNOWN_MISSES with the reason.
 *
 * The first two were written alongside the features, so they are no held-out measure. The third
 * (county-commerce-bureau) was written after them, text first, and the product was not changed for
 * its sake except for one rule its first template ran into (first-template.tsv, kept with its
 * misses in FIRST_TEMPLATE_MISSES): amounts in one sentence are restated in its largest unit
 * (issue 13), so 实际利用外资1860万美元 beside 4.76亿美元 read 0.186亿美元; now a unit the template asks
 * for with {换算(…, 万美元)} stays, and template.tsv is the first template with that fix.
 *
 * Two more were written the same way, text first, for unit types not tried before: a township
 * government's year-end summary (township-government, first template 11/14) and a county 发改局's
 * 前三季度 progress report (county-development-reform-bureau, first template 7/14; workbook.json names
 * its report type, 月度进展, so its template is the sheet 模板（月度进展）). The product gaps they found
 * were fixed for any unit (test/core/template/progress-and-township-gaps.test.ts); template.tsv is
 * each one's template after its author read the README again, first-template.tsv the first one.
 *
 * Two more, the same way: a county 住建局's annual summary (county-housing-bureau: 棚改 against tasks,
 * 燃气管网 typed in 米 and written in 公里, projects by 建设状态 竣工 / 在建 and by 类别, rank) and a
 * district 农业农村局's (district-agriculture-bureau: 可比价 growth, 亩产, the urban–rural gap and
 * ratio, counts with additions, honours by 级别). Their first templates wrote 15/16 and 15/15 of the
 * numeric sentences; what they and a probe of other natural ways of writing the same sentences
 * found is fixed in test/core/template/housing-and-agriculture-gaps.test.ts.
 */
import * as fs from "fs";
import * as path from "path";
import { toPlainText } from "../../../src/core/document";
import { generate } from "../../../src/core/generate";
import type { RawCell } from "../../../src/core/raw-cell";
import { numberOf, textOf } from "../../../src/core/parse-cell";
import { parseWorkbook } from "../../../src/core/parse-workbook";
import { renderNarrative } from "../../../src/core/narrative/render-narrative";
import { cellOf } from "../../../src/core/read-table";
import { unitSheet, unitWorkbook, type UnitWorkbook } from "./unit-workbook";

const ROOT = path.join(__dirname, "../../fixtures/units");

/** Sentences the template language cannot write, by unit, with why. */
const KNOWN_MISSES: Readonly<Record<string, Readonly<Record<string, string>>>> = {};

/** Sentences a unit's first template missed, before its author read the README once more. */
const FIRST_TEMPLATE_MISSES: Readonly<Record<string, readonly string[]>> = {
  // its two misses (1860万美元 and 1200万元 restated as 0.186亿美元 and 0.12亿元) went when the
  // rule became: a quantity of its own is restated in a larger unit only as one or more of it
  "county-commerce-bureau": [],
  // 11/14 with the product it was written for. Gone with fixes: 村集体经济收入合计1126.0万元 (the
  // 62.6 of 平均…位数=1 gave its decimal to the sum beside it: decimals a template chooses are its
  // own now). Still missed: 亩产 as {换算(比值(…), 公斤)} (a 比值 has no unit; 比值 now takes
  // 单位=公斤/亩, and the error says so), and 协议总投资4.30亿元 beside 1.86亿元 (money in General
  // cells shares its decimals in a sentence, as the README says; template.tsv writes 位数=1)
  "township-government": [
    "全年粮食播种面积12.36万亩，比上年增加0.42万亩；粮食总产量5.18万吨，增长3.2%，平均亩产419公斤。",
    "全年新签约招商项目5个，协议总投资4.3亿元；招商引资到位资金1.86亿元，完成年度任务的103.3%。",
  ],
  // 7/14 with the product it was written for. Gone with fixes: the 上半年排名 header (now an alias
  // of 上年位次, with 上期位次 …) and 位次与上半年持平 (持平 follows the comparison word), the GDP's
  // 累计同比 (now the 公布增速 where there is one: 5.6%, not the current-price 7.2%), 总投资 of a
  // 总投资（亿元） column (a layout column in another unit), 序时进度 of two values (now the
  // comparison alone), and 6.80亿元 (a 数据项 the unit formats 0.0). Still missed, as written:
  // {低于序时进度} joins with 和 and has no count (template.tsv lists 主要指标 with the new
  // condition 低于序时进度 and counts them), and the share of the project plan left unwritten
  // 15/16 with the product it was written for, and an error: its 在建项目 has no 建设阶段 (roads and
  // housing have no factory stages), then a required column. Now a sheet may go without it. Still
  // missed, as written: the 进展情况 cell reads 全线通车 and the text 已全线通车 (template.tsv writes 已)
  "county-housing-bureau": ["总投资最大的迎宾大道改造提升项目总投资8.6亿元，已全线通车。"],
  // 15/15 of its numeric sentences with the product it was written for, but the same 建设阶段
  // error and a template error in a sentence without figures: {荣誉列举(级别=国家级|省级)} (荣誉列举
  // took no arguments; now conditions pick the honours, as in 个数)
  "district-agriculture-bureau": [],
  "county-development-reform-bureau": [
    "从序时进度看，社会消费品零售总额、一般公共预算收入2项指标低于序时进度，需进一步加大工作力度。",
    "全县纳入市级重点项目15个，总投资126.8亿元，年度计划投资38.5亿元，前三季度完成投资30.2亿元，完成年度计划的78.4%，超序时进度3.4个百分点。",
  ],
};

function load(name: string, templateFile = "template.tsv") {
  const dir = path.join(ROOT, name);
  const workbook = JSON.parse(fs.readFileSync(path.join(dir, "workbook.json"), "utf8")) as UnitWorkbook & {
    /** The report type the template is for (月度进展: the sheet 模板（月度进展）); the annual 模板 when absent. */
    readonly report?: string;
  };
  const templateSheetName = workbook.report ? `模板（${workbook.report}）` : "模板";
  const template = fs
    .readFileSync(path.join(dir, templateFile), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => l.split("\t") as [string, string]);
  const raw = unitWorkbook(workbook);
  const templateSheet = unitSheet({ name: templateSheetName, rows: [["级别", "内容"], ...template] as RawCell[][] });
  const withTemplate = { sheetNames: [...raw.sheetNames, templateSheetName], sheets: [...raw.sheets, templateSheet] };
  const expected = fs.readFileSync(path.join(dir, "expected.txt"), "utf8");
  return { workbook: withTemplate, expected, templateSheet: templateSheetName };
}

/** A paragraph's sentences, each with its closing mark (a paragraph ending in “：” is one too). */
function sentences(text: string): string[] {
  return text
    .split("\n")
    .filter((p) => p !== "")
    .flatMap((p) => p.match(/[^。！？]+[。！？]?/g) ?? []);
}

/** A figure other than a year (2023年, 2024年度 are not figures of the report). */
const isNumeric = (sentence: string): boolean => /[0-9]/.test(sentence.replace(/[0-9]{4}年/g, ""));

const units = fs
  .readdirSync(ROOT)
  .filter((n) => fs.existsSync(path.join(ROOT, n, "workbook.json")))
  .sort();

describe.each(units)("the rebuilt report of %s", (name) => {
  const { workbook, expected, templateSheet } = load(name);
  const data = parseWorkbook(workbook, { templateSheet });
  const actual = toPlainText(renderNarrative(data).document);
  const written = new Set(sentences(actual));
  const wanted = sentences(expected);
  const numeric = wanted.filter(isNumeric);
  const exact = numeric.filter((s) => written.has(s));
  const ratio = exact.length / numeric.length;
  const label = `${exact.length}/${numeric.length} = ${(ratio * 100).toFixed(1)}%`;

  it(`writes ${label} of its numeric sentences exactly (goal ≥ 90%)`, () => {
    expect(numeric.length).toBeGreaterThanOrEqual(9);
    expect(ratio).toBeGreaterThanOrEqual(0.9);
  });

  it("misses only the sentences known to be out of reach, and writes every other sentence as expected", () => {
    const missed = wanted.filter((s) => !written.has(s));
    expect(missed).toEqual(Object.keys(KNOWN_MISSES[name] ?? {}));
  });

  const first = path.join(ROOT, name, "first-template.tsv");
  if (fs.existsSync(first)) {
    const firstLoaded = load(name, "first-template.tsv");
    const firstData = parseWorkbook(firstLoaded.workbook, { templateSheet: firstLoaded.templateSheet });
    const firstText = toPlainText(renderNarrative(firstData).document);
    const firstWritten = new Set(sentences(firstText));
    const firstExact = numeric.filter((s) => firstWritten.has(s));
    it(`wrote ${firstExact.length}/${numeric.length} = ${((firstExact.length / numeric.length) * 100).toFixed(1)}% with its first template`, () => {
      expect(wanted.filter((s) => !firstWritten.has(s))).toEqual(FIRST_TEMPLATE_MISSES[name] ?? []);
    });
  }

  it("leaves no marker and no template error in the text", () => {
    expect(actual).not.toMatch(/【待补|【模板错误/);
  });

  it("reports no error in the template or the data the text uses", () => {
    const issues = generate(workbook).issues.filter((i) => i.severity === "error" && i.code !== "missing-sheet");
    expect(issues).toEqual([]);
  });

  it("keeps in 数据项 only figures the tables do not hold", () => {
    // a figure of the tables, with its unit: “18亿元” is not the “18项” of a 数据项
    const text = (cell: Parameters<typeof textOf>[0]): string => textOf(cell, String);
    const tableFigures = new Set<string>();
    for (const row of data.tables.indicators.rows)
      for (const key of ["estimate", "target", "lastYear", "publishedGrowth"] as const) {
        const n = numberOf(cellOf(row, key).parsed);
        if (n !== undefined) tableFigures.add(`${n}${text(cellOf(row, "unit").parsed)}`);
      }
    for (const row of data.tables.projects.rows) {
      const n = numberOf(cellOf(row, "totalInvestment").parsed);
      if (n !== undefined) tableFigures.add(`${n}万元`);
    }
    const retyped = data.tables.dataItems.rows
      .map((row) => `${numberOf(cellOf(row, "value").parsed)}${text(cellOf(row, "unit").parsed)}`)
      .filter((figure) => tableFigures.has(figure));
    expect(retyped).toEqual([]);
  });
});
