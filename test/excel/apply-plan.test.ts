import fc from "fast-check";
import type { PlanStep, WritePlan } from "../../src/core/plan";
import { applyPlan, batchSteps, widthInPoints } from "../../src/excel/apply-plan";
import { estimateStepBytes } from "../../src/excel/request-size";
import { readWorkbook } from "../../src/excel/read-workbook";
import { detectSupport, fixedSupport } from "../../src/excel/requirements";
import { needsTextGuard } from "../../src/excel/text-guard";
import { SIM_API_LEVELS, SimExcelHost, type SimApiLevel } from "../../src/sim-excel";
import { withHost } from "./sim-helpers";

const MINOR: Record<SimApiLevel, number> = { "1.1": 1, "1.7": 7, "1.8": 8, latest: 20 };

function host(level: SimApiLevel = "latest", maxRequestBytes?: number): SimExcelHost {
  const h = new SimExcelHost({ level, maxRequestBytes });
  h.addSheet("Sheet1");
  return h;
}

async function apply(h: SimExcelHost, plan: WritePlan, maxRequestBytes?: number) {
  return withHost(h, () =>
    Excel.run(async (context) =>
      applyPlan(context, plan, detectSupport(), {
        maxRequestBytes,
        existingSheets: h.snapshot().sheets.map((s) => s.name),
      }),
    ),
  );
}

const EVERY_KIND: WritePlan = {
  steps: [
    { kind: "addSheet", sheet: "输出" },
    { kind: "setNumberFormats", sheet: "输出", address: "B2:B3", formats: [["0.00"], ["0.0%"]] },
    { kind: "setValues", sheet: "输出", address: "A1:B1", values: [["名称", "数值"]] },
    {
      kind: "setValues",
      sheet: "输出",
      address: "A2:B3",
      values: [
        ["甲", 1.5],
        ["乙", 0.25],
      ],
    },
    { kind: "setFormulas", sheet: "输出", address: "C2:C3", formulas: [["=B2*2"], ["=B3*2"]] },
    { kind: "setColumnWidths", sheet: "输出", widths: [{ column: 0, width: 12 }] },
    {
      kind: "setFont",
      sheet: "输出",
      address: "A1:B1",
      font: { bold: true, color: "#A4262C", size: 12, name: "黑体", italic: false },
    },
    { kind: "setFill", sheet: "输出", address: "A1", color: "#FDE7E9" },
    { kind: "setWrapText", sheet: "输出", address: "A2:A3", wrap: true },
    { kind: "setAlignment", sheet: "输出", address: "A1", horizontal: "Center" },
    { kind: "addTable", sheet: "输出", address: "A1:B3", name: "输出表", requires: "1.1" },
    { kind: "setValidationList", sheet: "输出", address: "D2:D3", list: ["正常", "滞后"], requires: "1.8" },
    { kind: "freezeRows", sheet: "输出", rows: 1, requires: "1.7" },
    { kind: "clearOwnedHighlights", sheets: ["Sheet1"], requires: "1.6" },
    { kind: "addOwnedHighlight", sheet: "输出", addresses: ["B2", "B3"], highlight: "error", requires: "1.6" },
    { kind: "activateSheet", sheet: "输出" },
  ],
};

describe("applyPlan", () => {
  it.each(SIM_API_LEVELS)(
    "applies every step kind in one sync on ExcelApi %s, skipping and reporting what the host lacks",
    async (level) => {
      const h = host(level);
      const result = await apply(h, EVERY_KIND);
      const minor = MINOR[level];
      // one write batch; on 1.6+ one read first, to find earlier highlights (readWorkbook passes them in)
      expect(result.syncs).toBe(minor >= 6 ? 2 : 1);
      expect(h.stats.syncCount).toBe(result.syncs);
      const sheet = h.snapshot().sheets.find((s) => s.name === "输出");
      expect(h.values("输出", "A1:C3")).toEqual([
        ["名称", "数值", ""],
        ["甲", 1.5, 3],
        ["乙", 0.25, 0.5],
      ]);
      expect(h.text("输出", "B2:B3")).toEqual([["1.50"], ["25.0%"]]);
      expect(sheet?.tables).toEqual([{ name: "输出表", address: "A1:B3" }]);
      expect(sheet?.cells["A1"]?.format).toEqual({
        bold: true,
        fill: "#FDE7E9",
        fontColor: "#A4262C",
        fontName: "黑体",
        fontSize: 12,
        horizontalAlignment: "Center",
        italic: false,
      });
      expect(h.snapshot().activeSheet).toBe("输出");
      expect(sheet?.columnWidths).toEqual(minor >= 2 ? { A: widthInPoints(12) } : {});
      expect(sheet?.frozenRows).toBe(minor >= 7 ? 1 : 0);
      expect(sheet?.validationLists).toEqual(minor >= 8 ? { "D2:D3": "正常,滞后" } : {});
      expect(sheet?.conditionalFormats.length).toBe(minor >= 6 ? 2 : 0);
      const expectedSkips = [
        ...(minor < 2 ? ["列宽"] : []),
        ...(minor < 8 ? ["下拉列表"] : []),
        ...(minor < 7 ? ["冻结首行"] : []),
        ...(minor < 6 ? ["问题单元格标记"] : []),
      ];
      expect([...result.skippedFeatures].sort()).toEqual(expectedSkips.sort());
    },
  );

  it("writes text beginning with = + - @ ' (and numbers or booleans stored as text) as text", async () => {
    const h = host();
    const texts = [
      "=SUM(A1)",
      "+1",
      "-5",
      "@x",
      "'quoted",
      "TRUE",
      "0012",
      "1/2",
      "12:30",
      "#DIV/0!",
      "50%",
      "1,200",
      " 7",
      "Jan 5",
      "５２",
    ];
    await apply(h, {
      steps: [{ kind: "setValues", sheet: "Sheet1", address: `A1:A${texts.length}`, values: texts.map((t) => [t]) }],
    });
    expect(h.values("Sheet1", `A1:A${texts.length}`)).toEqual(texts.map((t) => [t]));
    const cells = h.snapshot().sheets[0]?.cells ?? {};
    expect(Object.values(cells).some((c) => c.formula !== undefined)).toBe(false);
  });

  it("writes any string as the same text (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 8 }),
        async (texts) => {
          const h = host();
          await apply(h, {
            steps: [
              { kind: "setValues", sheet: "Sheet1", address: `A1:A${texts.length}`, values: texts.map((t) => [t]) },
            ],
          });
          expect(h.values("Sheet1", `A1:A${texts.length}`)).toEqual(texts.map((t) => [t]));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("writes text into cells the plan formatted as Text (@) without an apostrophe", async () => {
    const h = host();
    await apply(h, {
      steps: [
        { kind: "setNumberFormats", sheet: "Sheet1", address: "A1:A2", formats: [["@"], ["@"]] },
        { kind: "setValues", sheet: "Sheet1", address: "A1:A2", values: [["=1+1"], ["-5"]] },
      ],
    });
    expect(h.values("Sheet1", "A1:A2")).toEqual([["=1+1"], ["-5"]]);
  });

  it("keeps a formula live in cells the plan had formatted as Text (Excel would store it as text)", async () => {
    const h = host();
    await apply(h, {
      steps: [
        { kind: "setNumberFormats", sheet: "Sheet1", address: "A1:B1", formats: [["@", "@"]] },
        { kind: "setValues", sheet: "Sheet1", address: "A1", values: [["5"]] },
        { kind: "setFormulas", sheet: "Sheet1", address: "B1", formulas: [['=HYPERLINK("#Sheet1!A1","A1")']] },
      ],
    });
    expect(h.values("Sheet1", "A1:B1")).toEqual([["5", "A1"]]);
    const cells = h.snapshot().sheets[0]?.cells;
    expect(cells?.["B1"]?.formula).toBe('=HYPERLINK("#Sheet1!A1","A1")');
    expect(cells?.["A1"]?.format?.numberFormat).toBe("@");
  });

  it("clears a cell for null, and never guards strings that cannot be misread", () => {
    expect(needsTextGuard("工业销售收入")).toBe(false);
    expect(needsTextGuard("一、主要经济指标完成情况")).toBe(false);
    for (const s of ["=x", "+x", "-x", "@x", "'x", "1", "true", "False", "#N/A", " x"])
      expect(needsTextGuard(s)).toBe(true);
  });

  it("keeps a user's own conditional formats and fills while replacing its own highlights", async () => {
    const h = host();
    h.putCells("Sheet1", 0, 0, [[1, 2]]);
    h.putFormat("Sheet1", "A1", { fill: "#00B050" });
    h.putConditionalFormat("Sheet1", "A1:B1", "CellValue", "=1", "#FF0000");
    h.putConditionalFormat("Sheet1", "B1", "Custom", "=B1>1", "#0000FF");
    const plan: WritePlan = {
      steps: [
        { kind: "clearOwnedHighlights", sheets: ["Sheet1"], requires: "1.6" },
        { kind: "addOwnedHighlight", sheet: "Sheet1", addresses: ["A1"], highlight: "warning", requires: "1.6" },
      ],
    };
    await apply(h, plan);
    await apply(h, plan);
    const sheet = h.snapshot().sheets[0];
    expect(sheet?.conditionalFormats).toEqual([
      { address: "A1:B1", type: "CellValue", formula: "=1", fill: "#FF0000" },
      { address: "B1", type: "Custom", formula: "=B1>1", fill: "#0000FF" },
      { address: "A1", type: "Custom", formula: '=N("年度总结助手")=0', fill: "#FFEB9C" },
    ]);
    expect(sheet?.cells["A1"]?.format).toEqual({ fill: "#00B050" });
  });

  it("reads the sheet names itself when the caller did not pass them", async () => {
    const h = host();
    h.putConditionalFormat("Sheet1", "A1", "Custom", '=N("年度总结助手")=0', "#FFC7CE");
    const result = await withHost(h, () =>
      Excel.run((context) =>
        applyPlan(
          context,
          {
            steps: [
              { kind: "addSheet", sheet: "Sheet1" },
              { kind: "clearOwnedHighlights", sheets: ["Sheet1", "没有"], requires: "1.6" },
            ],
          },
          detectSupport(),
        ),
      ),
    );
    expect(result.syncs).toBe(3);
    expect(h.snapshot().sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(h.snapshot().sheets[0]?.conditionalFormats).toEqual([]);
  });

  it("does not add a sheet the workbook already has", async () => {
    const h = host();
    const result = await apply(h, { steps: [{ kind: "addSheet", sheet: "sheet1" }] });
    expect(result.syncs).toBe(1);
    expect(h.snapshot().sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});

describe("applyPlan under the request-size limit", () => {
  function bigPlan(rows: number, text: string): WritePlan {
    const steps: PlanStep[] = [
      { kind: "addSheet", sheet: "大表" },
      {
        kind: "setValues",
        sheet: "大表",
        address: `A1:B${rows}`,
        values: Array.from({ length: rows }, (_, i) => [`${text}${i}`, i]),
      },
      { kind: "setFont", sheet: "大表", address: "A1", font: { bold: true } },
    ];
    return { steps };
  }

  it("splits a plan whose writes exceed the limit into batches, none over it, all applied", async () => {
    const limit = 200 * 1024;
    const h = host("latest", limit);
    const plan = bigPlan(8000, "进展情况说明文字");
    const total = plan.steps.reduce((n, s) => n + estimateStepBytes(s), 0);
    expect(total).toBeGreaterThan(limit);
    const result = await apply(h, plan, limit);
    expect(result.syncs).toBeGreaterThan(1);
    expect(h.stats.maxRequestBytes).toBeLessThanOrEqual(limit);
    expect(h.stats.requests.every((r) => r.errorCode === undefined)).toBe(true);
    expect(h.values("大表", "A8000:B8000")).toEqual([["进展情况说明文字7999", 7999]]);
  });

  it("keeps a plan under the limit in one batch", () => {
    const steps = bigPlan(100, "短").steps;
    expect(batchSteps(steps, 1024 * 1024)).toHaveLength(1);
  });

  it("writes more than 5 MB against Excel on the web's real limit in several requests", async () => {
    const h = host("latest");
    const plan = bigPlan(
      40000,
      "在建项目进展情况：厂区厂房及生活区建设全部完成，设备搬迁工作已准备就绪，预计明年初可实现试生产。",
    );
    const result = await apply(h, plan);
    expect(result.syncs).toBeGreaterThan(1);
    const sent = h.stats.requests.reduce((n, r) => n + r.requestBytes, 0);
    expect(sent).toBeGreaterThan(5 * 1024 * 1024);
    expect(h.stats.maxRequestBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(h.values("大表", "B40000")).toEqual([[39999]]);
  }, 60000);

  it("estimates every batch at or above what Office.js sends, and not far above (so batches are not wasted)", async () => {
    const limit = 300 * 1024;
    const h = host("latest", limit);
    h.addSheet("大表");
    const cells = Array.from({ length: 3000 }, (_, i) => `C${2 * i + 2}`);
    const plan: WritePlan = {
      steps: [
        ...EVERY_KIND.steps,
        ...bigPlan(6000, "进展情况").steps.slice(1),
        {
          kind: "setFormulas",
          sheet: "大表",
          address: "C1:C4000",
          formulas: Array.from({ length: 4000 }, (_, i) => [`=B${i + 1}*2`]),
        },
        { kind: "addOwnedHighlight", sheet: "大表", addresses: cells, highlight: "warning", requires: "1.6" },
      ],
    };
    const result = await apply(h, plan, limit);
    // the write requests, after the read of last run's highlights
    const sent = h.stats.requests.map((r) => r.requestBytes).slice(-result.batchBytes.length);
    expect(result.batchBytes.length).toBeGreaterThan(3);
    result.batchBytes.forEach((estimate, i) => {
      expect(estimate).toBeGreaterThanOrEqual(sent[i] ?? Infinity);
      expect(estimate).toBeLessThan((sent[i] ?? 0) * 1.5);
    });
    expect(h.stats.maxRequestBytes).toBeLessThanOrEqual(limit);
  });

  it("fails with RequestPayloadSizeLimitExceeded when the host's limit is below what the adapter assumed", async () => {
    const h = host("latest", 10 * 1024);
    await expect(apply(h, bigPlan(2000, "文字"), 5 * 1024 * 1024)).rejects.toMatchObject({
      code: "RequestPayloadSizeLimitExceeded",
    });
  });
});

describe("readWorkbook", () => {
  it("reads sheet names, then every layout sheet's used range in one batch (2 syncs), without reading unloaded properties", async () => {
    const h = host("1.1");
    h.addSheet("主要指标");
    h.addSheet("在建项目");
    h.putCells(
      "主要指标",
      2,
      1,
      [
        ["指标", "单位"],
        ["财政收入", "亿元"],
      ],
      [
        ["General", "General"],
        ["General", "0.00"],
      ],
    );
    const read = await withHost(h, () => Excel.run((context) => readWorkbook(context, fixedSupport(1))));
    expect(read.syncs).toBe(2);
    expect(h.stats.syncCount).toBe(2);
    expect(read.workbook.sheetNames).toEqual(["Sheet1", "主要指标", "在建项目"]);
    const indicators = read.workbook.sheets.find((s) => s.name === "主要指标");
    expect(indicators?.origin).toEqual({ row: 2, column: 1 });
    expect(indicators?.values).toEqual([
      ["指标", "单位"],
      ["财政收入", "亿元"],
    ]);
    expect(indicators?.numberFormats).toEqual([
      ["General", "General"],
      ["General", "0.00"],
    ]);
    expect(read.workbook.sheets.find((s) => s.name === "在建项目")?.values).toEqual([[null]]);
    expect(read.workbook.sheets.find((s) => s.name === "Sheet1")).toBeUndefined();
  });

  it("finds only the add-in's own highlights (ExcelApi 1.6+)", async () => {
    const h = host("1.7");
    h.addSheet("主要指标");
    h.putConditionalFormat("主要指标", "A1", "Custom", '=N("年度总结助手")=0', "#FFC7CE");
    h.putConditionalFormat("主要指标", "A2", "Custom", "=A2>1", "#FFC7CE");
    h.putConditionalFormat("主要指标", "A3", "ColorScale", "", undefined);
    const read = await withHost(h, () => Excel.run((context) => readWorkbook(context, detectSupport())));
    expect(read.ownedHighlights.bySheet["主要指标"]).toHaveLength(1);
  });
});
