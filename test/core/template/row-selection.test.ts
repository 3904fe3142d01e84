/**
 * Row selection — what 个数, 列举 and the aggregates do with the arguments after the table name:
 * conditions on columns (text, numbers with units, dates, blanks), the named condition
 * 投资亿元以上, and the options of 列举 (order, limit, numbering, separator). The rows chosen, the
 * cells the choice read, and the template errors a wrong argument gives.
 */
import { parseWorkbook, type WorkbookData } from "../../../src/core/parse-workbook";
import type { RawCell } from "../../../src/core/raw-cell";
import type { Table } from "../../../src/core/read-table";
import { sampleRawWorkbook } from "../../../src/core/sample-workbook";
import { parseTemplate } from "../../../src/core/template/parse-template";
import { EMPTY_PIECE, type Piece } from "../../../src/core/template/piece";
import { readSelection, selectRows, type Selection } from "../../../src/core/template/row-selection";
import type { Scope } from "../../../src/core/template/template-scope";
import { tableByName } from "../../../src/core/template/data-access";
import { rawSheet, sampleWith, set, withSheets } from "../rules/helpers";

const SAMPLE = parseWorkbook(sampleRawWorkbook());

function scope(data: WorkbookData): Scope {
  return {
    data,
    location: { row: 1, cell: "B2" },
    optional: false,
    listMarker: "（1）",
    evaluate: () => EMPTY_PIECE,
  };
}

/** The selection a call such as `列举(在建项目, 进度=滞后)` reads, and its table. */
function read(call: string, options: { data?: WorkbookData; allowOptions?: boolean } = {}) {
  const data = options.data ?? SAMPLE;
  const node = parseTemplate(`{${call}}`).nodes[0];
  if (node?.kind !== "placeholder" || node.expression.kind !== "call") throw new TypeError(`not a call: ${call}`);
  const [tableArg, ...args] = node.expression.args;
  const table = tableByName(data, tableArg?.name.join(".") ?? "") as Table;
  return { table, selection: readSelection(table, args, scope(data), options.allowOptions ?? true) };
}

const isSelection = (s: Selection | Piece): s is Selection => "tests" in s;

/** The names of the rows a call selects, and the cells it drew on. */
function rowsOf(call: string, data?: WorkbookData): { names: string[]; sources: string[] } {
  const { table, selection } = read(call, { data });
  if (!isSelection(selection)) throw new TypeError(`a template error: ${selection.text}`);
  const selected = selectRows(table, selection);
  if (!("rows" in selected)) throw new TypeError(`undecidable: ${selected.text}`);
  return {
    names: selected.rows.map((r) => String(r.cells["name"]?.raw)),
    sources: selected.sources.map((s) => `${s.sheet}!${s.cell}`),
  };
}

/** The marker written instead of the selection and its issue, for a wrong argument. */
function errorOf(call: string, allowOptions = true): string[] {
  const { selection } = read(call, { allowOptions });
  if (isSelection(selection)) return [];
  return [selection.text, ...selection.issues.map((i) => `${i.code} ${i.sheet}!${i.cell}: ${i.message}`)];
}

describe("readSelection and selectRows: conditions", () => {
  it("selects rows whose text equals, or does not equal, the value; | offers alternatives", () => {
    expect(rowsOf("列举(在建项目, 进度=滞后)")).toEqual({ names: ["华瑞重工生产基地"], sources: ["在建项目!F2:F8"] });
    expect(rowsOf("列举(在建项目, 进度!=滞后)").names).toHaveLength(6);
    expect(rowsOf("列举(在建项目, 建设阶段=设备安装|试生产)").names).toEqual([
      "鑫源机械工程",
      "宏达起重机",
      "明光玻璃生产",
    ]);
  });

  it("needs every condition to hold", () => {
    expect(rowsOf("列举(在建项目, 进度=正常, 建设阶段=厂房建设)").names).toEqual(["金桥物流园", "恒通电子"]);
  });

  it("compares numbers, by a column's header without its unit", () => {
    expect(rowsOf("列举(在建项目, 总投资≥30000)").names).toEqual(["华瑞重工生产基地", "鑫源机械工程"]);
    expect(rowsOf("列举(在建项目, 总投资<10000)").names).toEqual(["恒通电子"]);
  });

  it("converts each row's amount into the unit the condition states, dollars through 美元汇率", () => {
    const { names, sources } = rowsOf("列举(在谈项目, 拟投资≥1亿元)");
    expect(names).not.toContain("小型配套");
    expect(names).toHaveLength(9);
    // 1500万美元 × 7.05 = 1.0575亿元 passes; the rate's cell is among the sources
    expect(names).toContain("德国环保设备");
    expect(sources).toContain("参数!B5");
  });

  it('matches a blank cell with =""', () => {
    expect(rowsOf('列举(在谈项目, 签约场合="")').names).toEqual([
      "不锈钢生产",
      "汽车零部件",
      "国际影视文化旅游",
      "精密铸件",
      "铝型材加工",
      "德国环保设备",
    ]);
  });

  it("selects signed projects of at least 1亿元 with 投资亿元以上", () => {
    expect(rowsOf("列举(在谈项目, 状态=已签约, 投资亿元以上)").names).toEqual([
      "新能源电池",
      "美国医疗器械",
      "食品加工",
    ]);
  });

  it("compares dates in a column of the unit's own", () => {
    const negotiations = rawSheet("在谈项目", [
      ["项目名称", "拟投资", "投资单位", "状态", "签约场合", "签约日期"],
      ["甲项目", 100, "万元", "已签约", "洽谈会", 45108] as RawCell[],
      ["乙项目", 100, "万元", "已签约", "洽谈会", 45000],
    ]);
    const data = parseWorkbook(
      withSheets(sampleRawWorkbook(), {
        ...negotiations,
        numberFormats: negotiations.values.map((r, i) => r.map((_, c) => (i > 0 && c === 5 ? "yyyy/m/d" : "General"))),
      }),
    );
    // 45108 is 2023/7/1, 45000 is 2023/3/15
    expect(rowsOf("列举(在谈项目, 签约日期≥2023-07-01)", data).names).toEqual(["甲项目"]);
  });

  it("writes the marker of the first row it cannot decide in place of the whole selection", () => {
    const data = parseWorkbook(sampleWith(set("parameters", 3, "value", "待定")));
    const { table, selection } = read("列举(在谈项目, 投资亿元以上)", { data });
    expect(isSelection(selection)).toBe(true);
    const selected = selectRows(table, selection as Selection);
    expect("rows" in selected ? "" : selected.text).toBe("【待补：美元汇率】");
  });
});

describe("readSelection and selectRows: the options of 列举", () => {
  it("orders by a column and keeps the first rows", () => {
    expect(rowsOf("列举(在建项目, 降序=总投资, 前=2)").names).toEqual(["华瑞重工生产基地", "鑫源机械工程"]);
    expect(rowsOf("列举(在建项目, 升序=总投资, 前=2)").names).toEqual(["恒通电子", "佳美家具生产"]);
  });

  it("orders amounts of different units in one unit", () => {
    // 30亿美元 first; 30000万元 (3亿元) below 5000万美元 (3.5亿元)
    expect(rowsOf("列举(在谈项目, 降序=拟投资, 前=3)").names).toEqual(["国际影视文化旅游", "新能源电池", "汽车零部件"]);
  });

  it("reads numbering, separator and 去重 into the options", () => {
    const { selection } = read("列举(在建项目, 编号=1., 分隔=和, 去重)");
    expect(isSelection(selection) ? selection.options : undefined).toMatchObject({
      marker: "1.",
      separator: { kind: "names", conjunction: "和" },
      distinct: true,
    });
    const semicolon = read("列举(在建项目, 分隔=分号)").selection;
    expect(isSelection(semicolon) ? semicolon.options.separator : undefined).toEqual({ kind: "text", text: "；" });
  });
});

describe("readSelection: template errors", () => {
  it.each([
    ["an option outside 列举", "个数(在建项目, 前=2)", false, "【模板错误：“前”只能用于列举】"],
    [
      "an unknown column, with did-you-mean",
      "列举(在建项目, 进展=滞后)",
      true,
      "【模板错误：在建项目表没有“进展”列，是否指“进度”？】",
    ],
    [
      "a numbering outside the list",
      "列举(在建项目, 编号=A)",
      true,
      "【模板错误：编号“A”无效，可选（1）、1.、1、、①或无】",
    ],
    [
      "a limit that is not a positive whole number",
      "列举(在建项目, 前=0)",
      true,
      "【模板错误：“前=0”应为正整数，如 前=2】",
    ],
    ["a comparison with text", "列举(在建项目, 总投资>很多)", true, "【模板错误：“很多”不是数字或日期，无法比较大小】"],
    [
      "投资亿元以上 on a table without investments",
      "列举(荣誉, 投资亿元以上)",
      true,
      "【模板错误：“投资亿元以上”不适用于荣誉表】",
    ],
    ["an option without its value", "列举(在建项目, 降序)", true, "【模板错误：“降序”应写成 降序=…】"],
  ])("marks %s, with its issue on the 模板 cell", (_, call, allowOptions, marker) => {
    const [text, issue] = errorOf(call, allowOptions);
    expect(text).toBe(marker);
    expect(issue).toMatch(/^template-(bad-argument|unknown-field) 模板!B2: 模板!B2 第\d+个字符：/);
  });

  it("names an unknown condition, suggesting a close one", () => {
    expect(errorOf("列举(在谈项目, 投资亿元以下)")[0]).toBe(
      "【模板错误：未知的条件“投资亿元以下”，是否指“投资亿元以上”？】",
    );
  });
});
