import fc from "fast-check";
import { parseCellAddress } from "../../src/core/a1";
import { LAYOUT } from "../../src/core/layout";
import { planLayout } from "../../src/core/layout-plan";
import type { PlanStep } from "../../src/core/plan";
import type { RawCell, RawSheet, RawWorkbook } from "../../src/core/raw-cell";
import { sampleRawWorkbook } from "../../src/core/sample-workbook";

const TEMPLATE = [
  { level: "标题", content: "{年度}年{单位名称}年度工作总结" },
  { level: "正文", content: "正文" },
];

const EMPTY: RawWorkbook = { sheetNames: [], sheets: [] };

function cellsOf(step: PlanStep): { sheet: string; row: number; column: number }[] {
  if (!("address" in step)) return [];
  const [a, b] = step.address.split(":");
  const start = parseCellAddress(a ?? "");
  const end = parseCellAddress(b ?? a ?? "");
  if (!start || !end) throw new Error(step.address);
  const cells = [];
  for (let r = start.row; r <= end.row; r++)
    for (let c = start.column; c <= end.column; c++) cells.push({ sheet: step.sheet, row: r, column: c });
  return cells;
}

function valueAt(workbook: RawWorkbook, sheet: string, row: number, column: number): RawCell {
  const s = workbook.sheets.find((x) => x.name === sheet);
  if (!s) return null;
  return s.values[row - s.origin.row]?.[column - s.origin.column] ?? null;
}

/** Every write on a sheet the user already had lands on an empty cell. */
function expectNoUserCellTouched(workbook: RawWorkbook, steps: readonly PlanStep[]): void {
  const touched: string[] = [];
  for (const step of steps) {
    if (step.kind === "addSheet" || !workbook.sheetNames.includes("sheet" in step ? step.sheet : "")) continue;
    for (const cell of cellsOf(step)) {
      const v = valueAt(workbook, cell.sheet, cell.row, cell.column);
      if (v !== null && v !== "")
        touched.push(`${step.kind} ${cell.sheet} r${cell.row} c${cell.column} = ${String(v)}`);
    }
  }
  expect(touched).toEqual([]);
}

describe("planLayout", () => {
  it("creates every input sheet and the two template sheets on an empty workbook, with headers in layout order", () => {
    const { plan, changes } = planLayout(EMPTY, { templateRows: TEMPLATE });
    const added = plan.steps.filter((s) => s.kind === "addSheet").map((s) => ("sheet" in s ? s.sheet : ""));
    expect(added).toEqual(["参数", "主要指标", "在建项目", "在谈项目", "荣誉", "数据项", "模板", "模板（月度进展）"]);
    const header = plan.steps.find((s) => s.kind === "setValues" && s.sheet === "主要指标" && s.address === "A1:I1");
    expect(header).toEqual({
      kind: "setValues",
      sheet: "主要指标",
      address: "A1:I1",
      values: [["指标", "单位", "全年预计", "年度任务", "上年实际", "完成率", "同比增长", "截至本月累计", "备注"]],
    });
    expect(changes).toHaveLength(8);
  });

  it("writes the 参数 names and the default list marker into a new 参数 sheet", () => {
    const { plan } = planLayout(EMPTY, { templateRows: TEMPLATE });
    expect(plan.steps).toContainEqual({
      kind: "setValues",
      sheet: "参数",
      address: "A2:B6",
      values: [
        ["年度", null],
        ["单位名称", null],
        ["截至月份", null],
        ["美元汇率", null],
        ["列举序号", "（1）"],
      ],
    });
  });

  it("offers drop-down lists for the enumerations and freezes the header", () => {
    const { plan } = planLayout(EMPTY, { templateRows: TEMPLATE });
    expect(plan.steps).toContainEqual({
      kind: "setValidationList",
      sheet: "在建项目",
      address: "E2:E501",
      list: ["规划设计", "基础施工", "厂房建设", "设备安装", "试生产", "投产"],
      requires: "1.8",
    });
    expect(plan.steps).toContainEqual({
      kind: "setValidationList",
      sheet: "在谈项目",
      address: "E2:E501",
      list: ["万元", "亿元", "万美元", "亿美元"],
      requires: "1.8",
    });
    expect(plan.steps).toContainEqual({ kind: "freezeRows", sheet: "主要指标", rows: 1, requires: "1.7" });
  });

  const completionFormulas = (rows: readonly number[]): string[][] =>
    rows.map((r) => [`=IF(AND(ISNUMBER(C${r}),ISNUMBER(D${r})),IF(D${r}>0,C${r}/D${r},""),"")`]);
  const growthFormulas = (rows: readonly number[]): string[][] =>
    rows.map((r) => [`=IF(AND(ISNUMBER(C${r}),ISNUMBER(E${r})),IF(E${r}>0,C${r}/E${r}-1,""),"")`]);
  const preparedRows = Array.from({ length: 500 }, (_, i) => i + 2);

  it("fills the sample data with the computed columns as formulas, on every prepared row", () => {
    const { plan } = planLayout(EMPTY, { sample: true, templateRows: TEMPLATE });
    expect(plan.steps).toContainEqual({
      kind: "setFormulas",
      sheet: "主要指标",
      address: "F2:F501",
      formulas: completionFormulas(preparedRows),
    });
    const values = plan.steps.find((s) => s.kind === "setValues" && s.sheet === "主要指标" && s.address === "A2:I7");
    expect(values && "values" in values ? values.values[0] : undefined).toEqual([
      "工业销售收入",
      "亿元",
      52.36,
      50,
      45.12,
      null,
      null,
      null,
      null,
    ]);
  });

  it("gives an empty workbook its 完成率/同比增长 formulas and number formats before any data is typed", () => {
    const { plan } = planLayout(EMPTY, { templateRows: TEMPLATE });
    expect(plan.steps).toContainEqual({
      kind: "setFormulas",
      sheet: "主要指标",
      address: "F2:F501",
      formulas: completionFormulas(preparedRows),
    });
    expect(plan.steps).toContainEqual({
      kind: "setFormulas",
      sheet: "主要指标",
      address: "G2:G501",
      formulas: growthFormulas(preparedRows),
    });
    const formats = plan.steps.find((s) => s.kind === "setNumberFormats" && s.sheet === "主要指标");
    // 指标 单位 全年预计 年度任务 上年实际 完成率 同比增长 截至本月累计 备注: amounts alike, rates in percent
    const expected = ["General", "General", "0.00", "0.00", "0.00", "0.0%", "0.0%", "0.00", "General"];
    expect(formats && "formats" in formats ? [formats.address, formats.formats[0], formats.formats[499]] : []).toEqual([
      "A2:I501",
      expected,
      expected,
    ]);
  });

  it("writes the formulas of a computed column it adds to a user's sheet, on the rows the sheet has", () => {
    const indicators: RawSheet = {
      name: "主要指标",
      origin: { row: 0, column: 0 },
      values: [
        ["指标", "单位", "全年预计", "年度任务", "上年实际", "完成率"],
        ["工业销售收入", "亿元", 52.36, 50, 45.12, "手填"],
        [null, null, null, null, null, null],
        ["财政收入", "亿元", 3.21, 3, 2.87, null],
      ],
      numberFormats: [],
    };
    const workbook: RawWorkbook = { sheetNames: ["主要指标"], sheets: [indicators] };
    const { plan } = planLayout(workbook, { templateRows: TEMPLATE });
    const formulaSteps = plan.steps.filter((s) => s.kind === "setFormulas");
    expect(formulaSteps).toEqual([
      { kind: "setFormulas", sheet: "主要指标", address: "G2", formulas: growthFormulas([2]) },
      { kind: "setFormulas", sheet: "主要指标", address: "G4", formulas: growthFormulas([4]) },
    ]);
    expectNoUserCellTouched(workbook, plan.steps);
  });

  it("writes the default template into a new 模板 sheet", () => {
    const { plan } = planLayout(EMPTY, { templateRows: TEMPLATE });
    expect(plan.steps).toContainEqual({
      kind: "setValues",
      sheet: "模板",
      address: "A2:B3",
      values: [
        ["标题", "{年度}年{单位名称}年度工作总结"],
        ["正文", "正文"],
      ],
    });
  });

  it("adds nothing to a workbook that already has the whole layout", () => {
    const full: RawWorkbook = {
      sheetNames: [...sampleRawWorkbook().sheetNames, "模板", "模板（月度进展）"],
      sheets: [
        ...sampleRawWorkbook().sheets,
        { name: "模板", origin: { row: 0, column: 0 }, values: [["级别", "内容"]], numberFormats: [] },
        { name: "模板（月度进展）", origin: { row: 0, column: 0 }, values: [["级别", "内容"]], numberFormats: [] },
      ],
    };
    const { plan, changes } = planLayout(full, { templateRows: TEMPLATE });
    expect(plan.steps).toEqual([]);
    expect(changes).toEqual([]);
  });

  it("completes a user's partial sheet to the right of its data and below its 参数, touching no user cell", () => {
    const indicators: RawSheet = {
      name: "主要指标",
      origin: { row: 0, column: 0 },
      values: [
        ["2023年主要指标", null, null, null],
        ["指标", "单位", "本年预计", "年度任务"],
        ["工业销售收入", "亿元", 52.36, 50],
      ],
      numberFormats: [],
    };
    const parameters: RawSheet = {
      name: "参数",
      origin: { row: 0, column: 0 },
      values: [
        ["参数", "值"],
        ["年度", 2023],
      ],
      numberFormats: [],
    };
    const workbook: RawWorkbook = { sheetNames: ["参数", "主要指标", "我的表"], sheets: [parameters, indicators] };
    const { plan, changes } = planLayout(workbook, { templateRows: TEMPLATE });
    expect(plan.steps).toContainEqual({ kind: "setValues", sheet: "主要指标", address: "E2", values: [["上年实际"]] });
    expect(plan.steps).toContainEqual({ kind: "setValues", sheet: "主要指标", address: "I2", values: [["备注"]] });
    expect(plan.steps).toContainEqual({ kind: "setValues", sheet: "参数", address: "A3", values: [["单位名称"]] });
    expect(changes).toContain("在“主要指标”第2行末尾补充表头：上年实际、完成率、同比增长、截至本月累计、备注（E列起）");
    expectNoUserCellTouched(workbook, plan.steps);
  });

  it("leaves a sheet alone when it has content but no recognisable header", () => {
    const workbook: RawWorkbook = {
      sheetNames: ["荣誉"],
      sheets: [{ name: "荣誉", origin: { row: 0, column: 0 }, values: [["随便写的", 1]], numberFormats: [] }],
    };
    const { plan, warnings } = planLayout(workbook, { templateRows: TEMPLATE });
    expect(plan.steps.filter((s) => "sheet" in s && s.sheet === "荣誉")).toEqual([]);
    expect(warnings[0]).toContain("荣誉");
  });

  it("never writes into a non-empty cell of an existing sheet (random sheets)", () => {
    const cell = fc.oneof(
      fc.constant<RawCell>(null),
      fc.string({ maxLength: 4 }),
      fc.integer(),
      fc.constantFrom<RawCell>(...LAYOUT.indicators.columns.map((c) => c.header), "参数", "值", "年度"),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 6 }),
        fc.constantFrom("参数", "主要指标", "在建项目", "荣誉"),
        (values, name) => {
          const workbook: RawWorkbook = {
            sheetNames: [name],
            sheets: [{ name, origin: { row: 0, column: 0 }, values, numberFormats: [] }],
          };
          expectNoUserCellTouched(workbook, planLayout(workbook, { templateRows: TEMPLATE }).plan.steps);
        },
      ),
      { numRuns: 300 },
    );
  });
});
