/**
 * The template's data access: the table, row, column and 参数 a template names, each cell turned
 * into a piece of text — the number as the cell holds it (its format kept for later), or a
 * 【待补：…】 marker with an issue at that cell saying why, or an absent value a [ ] clause leaves out.
 */
import { columnSpec } from "../../../src/core/layout";
import { parseWorkbook, type WorkbookData } from "../../../src/core/parse-workbook";
import { SAMPLE_DATA } from "../../../src/core/sample-data";
import { cellOf } from "../../../src/core/read-table";
import {
  cellNumber,
  cellPiece,
  columnByName,
  columnRange,
  dataItemPiece,
  hasDataItem,
  isParameter,
  labelColumnKey,
  namedRowField,
  numberPiece,
  parameterCell,
  parameterKey,
  parameterNumber,
  parameterPiece,
  rowByName,
  rowLabel,
  tableByName,
} from "../../../src/core/template/data-access";
import type { Piece } from "../../../src/core/template/piece";
import { distinctToken, quantityToken } from "../../../src/core/template/quantities";
import { rawSheet, sampleWith, sampleWithCell, set, withoutSheets, type Edit } from "../rules/helpers";
import { sampleRawWorkbook } from "../../../src/core/sample-workbook";

const SAMPLE = parseWorkbook(sampleRawWorkbook());
const indicators = SAMPLE.tables.indicators;
const projects = SAMPLE.tables.projects;
const estimate = columnSpec("indicators", "estimate");

const parsed = (...edits: Edit[]): WorkbookData => parseWorkbook(sampleWith(...edits));

/** A piece as a user would see it: its text, whether it is absent, its cells and its issues' messages. */
const shown = (p: Piece) => ({
  text: p.text,
  absent: p.absent,
  sources: p.sources,
  issues: p.issues.map((i) => `${i.code} ${i.sheet}!${i.cell} ${i.message} / ${i.suggestion}`),
});

describe("tableByName", () => {
  it("finds an input table by its sheet name, with or without 表, ignoring white space", () => {
    expect(tableByName(SAMPLE, "在建项目")?.sheetKey).toBe("projects");
    expect(tableByName(SAMPLE, "在谈项目表")?.sheetKey).toBe("negotiations");
    expect(tableByName(SAMPLE, " 荣誉 ")?.sheetKey).toBe("honours");
  });

  it("finds nothing for a name no sheet has, nor for an output sheet", () => {
    expect(tableByName(SAMPLE, "在建工程")).toBeUndefined();
    expect(tableByName(SAMPLE, "文字稿")).toBeUndefined();
  });
});

describe("columnByName", () => {
  it("finds a column by its header, an alias, or half-width brackets", () => {
    expect(columnByName(projects, "总投资（万元）")?.key).toBe("totalInvestment");
    expect(columnByName(projects, "总投资(万元)")?.key).toBe("totalInvestment");
    expect(columnByName(indicators, "本年预计")?.key).toBe("estimate");
  });

  it("finds nothing for a header of another sheet", () => {
    expect(columnByName(indicators, "项目名称")).toBeUndefined();
  });
});

describe("columnRange", () => {
  it("is a column's data cells as one range", () => {
    expect(columnRange(projects, "totalInvestment")).toEqual({ sheet: "在建项目", cell: "D2:D8" });
  });

  it("is a single cell for a table of one row, and nothing for an empty table", () => {
    const one = parseWorkbook(
      sampleWith(...SAMPLE_DATA.projects.rows.slice(1).map(() => ({ sheet: "projects" as const, dropRow: 1 }))),
    );
    expect(one.tables.projects.rows).toHaveLength(1);
    expect(columnRange(one.tables.projects, "name")).toEqual({ sheet: "在建项目", cell: "B2" });
    const none = parseWorkbook(withoutSheets(sampleRawWorkbook(), "在建项目"));
    expect(columnRange(none.tables.projects, "name")).toBeUndefined();
  });
});

describe("row labels and lookups", () => {
  it("names rows by the sheet's label column: 指标, 项目名称, 荣誉称号", () => {
    expect(labelColumnKey(indicators)).toBe("name");
    expect(labelColumnKey(SAMPLE.tables.honours)).toBe("title");
    expect(rowLabel(SAMPLE.tables.honours, SAMPLE.tables.honours.rows[0]!)).toBe("市级文明单位");
  });

  it("names a row without a name by its sheet and row number", () => {
    const data = parsed(set("projects", 2, "name", null));
    expect(rowLabel(data.tables.projects, data.tables.projects.rows[2]!)).toBe("在建项目第4行");
  });

  it("finds a row by its name, ignoring white space, and nothing for a name it does not have", () => {
    expect(rowByName(indicators, "出口额")?.row).toBe(3);
    expect(rowByName(indicators, " 出口额 ")?.row).toBe(3);
    expect(rowByName(indicators, "进口额")).toBeUndefined();
  });
});

describe("cellNumber", () => {
  const row = (data: WorkbookData, i: number) => data.tables.indicators.rows[i]!;

  it("gives the number with the cell's format and the cell as its source", () => {
    expect(cellNumber(indicators, indicators.rows[0]!, estimate, "工业销售收入·全年预计")).toEqual({
      ok: true,
      value: 52.36,
      format: "0.00",
      source: { sheet: "主要指标", cell: "C2" },
    });
  });

  it.each([
    [
      "a number stored as text",
      "52.36",
      "主要指标!C2（工业销售收入·全年预计）是以文本形式存储的数字“52.36”，文字稿中以【待补：工业销售收入·全年预计】标出 / 将该单元格转换为数字",
    ],
    [
      "a unit typed in",
      "52亿元",
      "主要指标!C2（工业销售收入·全年预计）的数值中带了单位“52亿元”，文字稿中以【待补：工业销售收入·全年预计】标出 / 只填数字，单位不写在数值中",
    ],
    [
      "an Excel error",
      "#N/A",
      "主要指标!C2（工业销售收入·全年预计）是错误值“#N/A”，文字稿中以【待补：工业销售收入·全年预计】标出 / 修正公式或填写数值",
    ],
    [
      "a blank required cell",
      null,
      "主要指标!C2（工业销售收入·全年预计）为空，文字稿中以【待补：工业销售收入·全年预计】标出 / 填写该单元格",
    ],
  ])("marks %s, with the issue at its cell", (_, value, issue) => {
    const data = parsed(set("indicators", 0, "estimate", value));
    const n = cellNumber(data.tables.indicators, row(data, 0), estimate, "工业销售收入·全年预计");
    expect(n.ok).toBe(false);
    if (n.ok) return;
    expect(shown(n.piece)).toEqual({
      text: "【待补：工业销售收入·全年预计】",
      absent: false,
      sources: [{ sheet: "主要指标", cell: "C2" }],
      issues: [`missing-value 主要指标!C2 ${issue}`],
    });
  });

  it("marks a date typed into a figure instead of writing its day number", () => {
    const data = parseWorkbook(sampleWithCell({ row: 1, column: 2 }, 44927, "yyyy/m/d"));
    const n = cellNumber(data.tables.indicators, row(data, 0), estimate, "工业销售收入·全年预计");
    expect(n.ok ? "" : n.piece.issues[0]?.message).toBe(
      "主要指标!C2（工业销售收入·全年预计）是日期“2023/1/1”，不是数字，文字稿中以【待补：工业销售收入·全年预计】标出",
    );
  });

  it("is absent for “—” and for a blank optional cell, the marker kept for outside a [ ] clause", () => {
    const data = parsed(set("indicators", 1, "estimate", "—"), set("indicators", 1, "target", null));
    const dash = cellNumber(data.tables.indicators, row(data, 1), estimate, "引进内资·全年预计");
    const blank = cellNumber(
      data.tables.indicators,
      row(data, 1),
      columnSpec("indicators", "target"),
      "引进内资·年度任务",
    );
    for (const n of [dash, blank]) {
      expect(n.ok).toBe(false);
      if (n.ok) continue;
      expect(n.piece.absent).toBe(true);
      expect(n.piece.text).toBe("");
    }
    expect(dash.ok ? "" : dash.piece.fallback?.text).toBe("【待补：引进内资·全年预计】");
    expect(dash.ok ? "" : dash.piece.fallback?.issues[0]?.message).toContain(
      "填的是“—”（不适用），但模板中此处不可省略",
    );
    expect(blank.ok ? "" : blank.piece.fallback?.text).toBe("【待补：引进内资·年度任务】");
  });

  it("marks a column the sheet does not have, at the sheet", () => {
    const data = parseWorkbook({
      ...sampleRawWorkbook(),
      sheets: sampleRawWorkbook().sheets.map((s) =>
        s.name === "主要指标"
          ? rawSheet("主要指标", [
              ["指标", "单位", "全年预计"],
              ["工业销售收入", "亿元", 52.36],
            ])
          : s,
      ),
    });
    const n = cellNumber(
      data.tables.indicators,
      row(data, 0),
      columnSpec("indicators", "lastYear"),
      "工业销售收入·上年实际",
    );
    expect(n.ok ? [] : shown(n.piece).issues).toEqual([
      "missing-value 主要指标! 主要指标（工业销售收入·上年实际）不存在（表中没有“上年实际”列），文字稿中以【待补：工业销售收入·上年实际】标出 / 在“主要指标”表中补上这一项；本单位没有这一项时，在模板中删去或改写这一句",
    ]);
  });
});

describe("numberPiece and cellPiece", () => {
  it("writes a number as a quantity the paragraph finishes later, with its cell", () => {
    const p = numberPiece(52.36, "0.00", { sheet: "主要指标", cell: "C2" });
    expect(p).toMatchObject({ text: quantityToken(52.36, "0.00"), number: 52.36, absent: false });
    expect(p.sources).toEqual([{ sheet: "主要指标", cell: "C2" }]);
  });

  it("makes a zero that means none (占地0亩) absent, and writes other zeros", () => {
    expect(numberPiece(0, "0", undefined, true).absent).toBe(true);
    expect(numberPiece(0, "0").absent).toBe(false);
  });

  it("writes a text cell as typed, trimmed, noting a name that ends in 项目", () => {
    const data = parsed(set("projects", 0, "name", " 华瑞重工生产基地项目 "));
    const p = cellPiece(
      data.tables.projects,
      data.tables.projects.rows[0]!,
      columnSpec("projects", "name"),
      "项目名称",
    );
    expect(p).toMatchObject({ text: "华瑞重工生产基地项目", endsWithProjectName: true, absent: false });
    expect(p.sources).toEqual([{ sheet: "在建项目", cell: "B2" }]);
  });

  it("leaves a blank optional text cell out, and marks a blank required one", () => {
    const negotiations = SAMPLE.tables.negotiations;
    const partners = cellPiece(negotiations, negotiations.rows[3]!, columnSpec("negotiations", "partners"), "合作方");
    expect(partners.absent).toBe(true);
    const data = parsed(set("projects", 0, "status", null));
    const status = cellPiece(
      data.tables.projects,
      data.tables.projects.rows[0]!,
      columnSpec("projects", "status"),
      "进展情况",
    );
    expect(shown(status)).toMatchObject({ text: "【待补：进展情况】", absent: false });
    expect(status.issues[0]?.cell).toBe("G2");
  });
});

describe("namedRowField", () => {
  it("gives a 主要指标 figure with the 单位 cell of its row, to check the unit the template writes", () => {
    const p = namedRowField(indicators, "出口额", estimate);
    expect(p.number).toBe(8650);
    expect(p.unit).toEqual({ text: "万美元", sheet: "主要指标", cell: "B4", label: "出口额·单位" });
  });

  it("marks a row the table does not have, at the sheet", () => {
    expect(shown(namedRowField(indicators, "进口额", estimate))).toEqual({
      text: "【待补：进口额·全年预计】",
      absent: false,
      sources: [],
      issues: [
        "missing-value 主要指标! 主要指标（进口额·全年预计）不存在（主要指标表中没有“进口额”这一行），文字稿中以【待补：进口额·全年预计】标出 / 在“主要指标”表中补上这一项；本单位没有这一项时，在模板中删去或改写这一句",
      ],
    });
  });

  it("says when the whole sheet is missing", () => {
    const data = parseWorkbook(withoutSheets(sampleRawWorkbook(), "主要指标"));
    expect(namedRowField(data.tables.indicators, "出口额", estimate).issues[0]?.message).toBe(
      "主要指标（出口额·全年预计）不存在（工作簿中没有“主要指标”工作表），文字稿中以【待补：出口额·全年预计】标出",
    );
  });
});

describe("dataItemPiece", () => {
  it("gives a 数据项 value with its cell", () => {
    const p = dataItemPiece(SAMPLE, "天然气主管道长度");
    // a 数据项 is a quantity of its own (restated in a larger unit only as one or more of it)
    expect(p).toMatchObject({ text: distinctToken(12000, "General"), number: 12000, absent: false });
    expect(p.sources).toEqual([{ sheet: "数据项", cell: "B2" }]);
    expect(hasDataItem(SAMPLE, "天然气主管道长度")).toBe(true);
  });

  it("leaves out a count of nothing (0名), but writes a zero length", () => {
    const data = parsed(set("dataItems", 4, "value", 0), set("dataItems", 1, "value", 0));
    expect(dataItemPiece(data, "新发展预备党员人数").absent).toBe(true);
    expect(dataItemPiece(data, "输水管线长度").absent).toBe(false);
  });

  it("marks a 数据项 the table does not have, saying it may be a misspelt name", () => {
    expect(hasDataItem(SAMPLE, "燃气管道长度")).toBe(false);
    expect(dataItemPiece(SAMPLE, "燃气管道长度").issues[0]?.message).toBe(
      "数据项（燃气管道长度）不存在（数据项表中没有“燃气管道长度”这一行；若不是数据项，请检查模板中的名称），文字稿中以【待补：燃气管道长度】标出",
    );
  });
});

describe("参数", () => {
  it("knows a parameter by its name or an alias", () => {
    expect(parameterKey("年度")).toBe("year");
    expect(parameterKey("年份")).toBe("year");
    expect(parameterKey("截至月份")).toBe("month");
    expect(parameterKey("负责人")).toBeUndefined();
  });

  it("reads a parameter of the unit's own by its name", () => {
    const data = parsed({ sheet: "parameters", addRow: { name: "负责人", value: "张三" } });
    expect(isParameter(data, "负责人")).toBe(true);
    expect(isParameter(SAMPLE, "负责人")).toBe(false);
    expect(parameterCell(data, "负责人")?.address).toBe("B7");
    expect(parameterPiece(data, "负责人")).toMatchObject({ text: "张三", sources: [{ sheet: "参数", cell: "B7" }] });
  });

  it("gives 年度, 截至月份 and 美元汇率 as checked numbers", () => {
    expect(parameterNumber(SAMPLE, "截至月份")).toEqual({
      ok: true,
      value: 10,
      format: "General",
      source: { sheet: "参数", cell: "B4" },
    });
    expect(parameterPiece(SAMPLE, "年度")).toMatchObject({ text: "2023", number: 2023 });
    expect(parameterPiece(SAMPLE, "单位名称")).toMatchObject({ text: "开发区管委会" });
  });

  it.each([
    ["截至月份", 2, 13, "参数!B4（截至月份）为“13”，应为1至12的整数，文字稿中以【待补：截至月份】标出"],
    ["年度", 0, 2023.5, "参数!B2（年度）为“2023.5”，应为四位年份，文字稿中以【待补：年度】标出"],
    ["美元汇率", 3, -7.05, "参数!B5（美元汇率）为“-7.05”，应为大于0的数，文字稿中以【待补：美元汇率】标出"],
  ])("marks a %s out of range", (name, index, value, message) => {
    const n = parameterNumber(parsed(set("parameters", index, "value", value)), name);
    expect(n.ok ? "" : n.piece.issues[0]?.message).toBe(message);
  });

  it("leaves out a blank optional 美元汇率, and marks a parameter row that is missing", () => {
    const blank = parameterNumber(parsed(set("parameters", 3, "value", null)), "美元汇率");
    expect(blank.ok ? undefined : blank.piece.absent).toBe(true);
    const missing = parameterNumber(parsed({ sheet: "parameters", dropRow: 2 }), "截至月份");
    expect(missing.ok ? "" : missing.piece.issues[0]?.message).toBe(
      "参数（截至月份）不存在（参数表中没有“截至月份”这一行），文字稿中以【待补：截至月份】标出",
    );
  });

  it("reads the 值 cell through cellOf like any row", () => {
    expect(cellOf(SAMPLE.tables.parameters.rows[1]!, "value").address).toBe("B3");
  });
});
