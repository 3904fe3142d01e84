/**
 * The layout is the single source of truth, and typed: each table's column keys form a union, so
 * a mistyped key is a compile error (ts-jest type-checks this file; an unused @ts-expect-error
 * fails it too). Columns a user adds are carried as data beside the typed ones.
 */
import { columnSpec, INPUT_SHEET_KEYS, LAYOUT, READ_SHEET_KEYS, type ColumnKey } from "../../src/core/layout";
import { cellOf, readTable } from "../../src/core/read-table";
import { parseWorkbook } from "../../src/core/parse-workbook";
import { sampleRawWorkbook } from "../../src/core/sample-workbook";

describe("the typed layout", () => {
  it("refuses a column key a table does not have, at compile time", () => {
    const data = parseWorkbook(sampleRawWorkbook());
    const row = data.tables.indicators.rows[0]!;
    expect(cellOf(row, "estimate").address).toBe("C2");
    // @ts-expect-error 主要指标 has no such column
    expect(cellOf(row, "no-such-column").address).toBe("");
    // @ts-expect-error 建设单位 is a column of 在建项目, not of 主要指标
    expect(cellOf(row, "builder").address).toBe("");
    // @ts-expect-error a key is checked against its sheet
    expect(() => columnSpec("honours", "estimate")).toThrow();
    const key: ColumnKey<"projects"> = "totalInvestment";
    expect(columnSpec("projects", key).header).toBe("总投资（万元）");
  });

  it("declares the input sheets once, by their role", () => {
    expect(INPUT_SHEET_KEYS).toEqual(["parameters", "indicators", "projects", "negotiations", "honours", "dataItems"]);
    expect(INPUT_SHEET_KEYS.every((k) => LAYOUT[k].role === "input")).toBe(true);
    expect(READ_SHEET_KEYS).toEqual([...INPUT_SHEET_KEYS, "template"]);
  });

  it("names each input sheet's label column and free-text columns in the layout", () => {
    expect(INPUT_SHEET_KEYS.map((k) => LAYOUT[k].labelColumn)).toEqual([
      "name",
      "name",
      "name",
      "name",
      "title",
      "name",
    ]);
    const freeText = READ_SHEET_KEYS.flatMap((k) =>
      LAYOUT[k].columns.filter((c) => c.freeText).map((c) => `${LAYOUT[k].name}.${c.header}`),
    );
    expect(freeText).toEqual([
      "主要指标.备注",
      "在建项目.进展情况",
      "在谈项目.补充说明",
      "荣誉.荣誉称号",
      "数据项.说明",
      "模板.内容",
    ]);
  });

  it("keeps a column a user added, with its cells, beside the known ones", () => {
    const table = readTable("projects", {
      name: "在建项目",
      origin: { row: 0, column: 0 },
      values: [
        ["项目名称", "类别", "建设阶段", "进度", "进展情况", "责任单位"],
        ["华瑞重工生产基地", "装备制造", "规划设计", "滞后", "正在办理手续", "经发局"],
        [null, "仅填了类别", null, null, null, null],
      ],
      numberFormats: [],
    });
    expect(table.extraColumns).toEqual([
      { header: "类别", column: 1, address: "B1" },
      { header: "责任单位", column: 5, address: "F1" },
    ]);
    // a row is data by the layout's columns (as before user columns were kept): row 3 is not one
    expect(table.rows.map((r) => [r.extra["类别"]?.raw, r.extra["责任单位"]?.address])).toEqual([["装备制造", "F2"]]);
    expect(cellOf(table.rows[0]!, "name").raw).toBe("华瑞重工生产基地");
  });
});
