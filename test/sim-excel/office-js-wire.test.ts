/**
 * The simulated host measures a request as Office.js serialises it: the same batches, built by the
 * real office.js request builder (test/support/office-js-request.ts) and sent to the simulator,
 * come to the same number of bytes within 1% (0.3% measured). Without this, the simulator would pass
 * requests that Excel on the web refuses (RequestPayloadSizeLimitExceeded).
 */
import { officeJsRequest } from "../support/office-js-request";
import { SimExcelHost } from "../../src/sim-excel/index";

type Batch = (context: Excel.RequestContext) => void;

async function simRequest(host: SimExcelHost, batch: Batch): Promise<number> {
  host.resetStats();
  const context = host.newContext();
  batch(context as unknown as Excel.RequestContext);
  await context.sync();
  const [request] = host.stats.requests;
  if (!request || host.stats.syncCount !== 1) throw new Error("expected one request");
  return request.requestBytes;
}

function newHost(): SimExcelHost {
  const host = new SimExcelHost({ level: "latest" });
  host.addSheet("主要指标");
  host.putCells("主要指标", 0, 0, [["指标", "单位", "全年预计"]]);
  return host;
}

const OWNED = '=N("年度总结助手")=0';

const BATCHES: Record<string, Batch> = {
  "one conditional format per cell, 2,000 cells": (context) => {
    const sheet = context.workbook.worksheets.getItem("主要指标");
    for (let r = 2; r < 2002; r++) {
      const cf = sheet.getRange(`C${r}`).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
      cf.custom.rule.formula = OWNED;
      cf.custom.format.fill.color = "#FFC7CE";
    }
  },
  "values, formulas and number formats of 2,000 rows": (context) => {
    const sheet = context.workbook.worksheets.getItem("主要指标");
    const rows = Array.from({ length: 2000 }, (_, i) => [`项目${i}`, "亿元", i * 1.5]);
    sheet.getRange("A2:C2001").values = rows;
    sheet.getRange("D2:D2001").formulas = rows.map((_, i) => [`=IF(C${i + 2}>0,C${i + 2}/2,"")`]);
    sheet.getRange("D2:D2001").numberFormat = rows.map(() => ["0.0%"]);
  },
  "column widths, fonts, fills and a sheet": (context) => {
    const added = context.workbook.worksheets.add("校验结果");
    for (let c = 0; c < 6; c++) {
      const letter = String.fromCharCode(65 + c);
      added.getRange(`${letter}:${letter}`).format.columnWidth = 60 + c;
    }
    const sheet = context.workbook.worksheets.getItem("主要指标");
    for (let r = 2; r < 500; r++) {
      sheet.getRange(`A${r}`).format.font.bold = true;
      sheet.getRange(`B${r}`).format.fill.color = "#FDE7E9";
      sheet.getRange(`C${r}:C${r + 1}`).format.wrapText = true;
    }
  },
  "the read batch: names, used ranges, first rows, conditional formats": (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    for (let i = 0; i < 200; i++) {
      const sheet = worksheets.getItem("主要指标");
      const used = sheet.getUsedRange(true);
      used.load("rowIndex, columnIndex, rowCount, columnCount");
      used.getIntersection("1:12000").load("values, numberFormat");
      sheet.getRange().conditionalFormats.load("items/type, items/customOrNullObject/rule/formula");
    }
  },
};

describe("the simulated host's request size", () => {
  it.each(Object.keys(BATCHES))("is Office.js's within 1%%: %s", async (name) => {
    const batch = BATCHES[name] as Batch;
    const real = officeJsRequest(batch).bytes;
    const simulated = await simRequest(newHost(), batch);
    expect(Math.abs(simulated - real) / real).toBeLessThan(0.01);
  });

  it("counts about 1.3 KB of Office.js request per conditional format (20,000 cells are ~26 MB)", async () => {
    const one = await simRequest(newHost(), BATCHES["one conditional format per cell, 2,000 cells"] as Batch);
    expect(one / 2000).toBeGreaterThan(1200);
    expect(one / 2000).toBeLessThan(1500);
  });
});
