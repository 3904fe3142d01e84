/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load, office-addins/no-empty-load, office-addins/no-context-sync-in-loop --
   these tests read properties before load and sync on purpose: the simulated host must throw as Excel does */
import { sampleRawWorkbook } from "../../src/core/sample-workbook";
import { SimExcelHost, SimRichApiError, utf8Bytes } from "../../src/sim-excel/index";

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(SimRichApiError);
    return (e as SimRichApiError).code;
  }
  throw new Error("expected a failure");
}

function codeOfSync(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect((e as Error).name).toBe("RichApi.Error");
    return (e as SimRichApiError).code;
  }
  throw new Error("expected a failure");
}

function hostWithSheet(level: "1.1" | "1.7" | "1.8" | "latest" = "latest"): SimExcelHost {
  const host = new SimExcelHost({ level });
  host.addSheet("数据");
  return host;
}

describe("SimExcelHost: proxies and load", () => {
  it("throws PropertyNotLoaded when a property is read without load, and before the sync that loads it", async () => {
    const host = hostWithSheet();
    host.putCells("数据", 0, 0, [[1, 2]]);
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("数据").getRange("A1:B1");
      expect(codeOfSync(() => range.values)).toBe("PropertyNotLoaded");
      range.load("values");
      expect(codeOfSync(() => range.values)).toBe("PropertyNotLoaded");
      expect(codeOfSync(() => range.address)).toBe("PropertyNotLoaded");
      await context.sync();
      expect(range.values).toEqual([[1, 2]]);
      expect(codeOfSync(() => range.numberFormat)).toBe("PropertyNotLoaded");
    });
  });

  it("reports the error as Office.js does: name RichApi.Error, a code and debugInfo", async () => {
    const host = hostWithSheet();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("数据");
      try {
        void sheet.name;
        throw new Error("unreachable");
      } catch (e) {
        const err = e as SimRichApiError;
        expect(err.name).toBe("RichApi.Error");
        expect(err.code).toBe("PropertyNotLoaded");
        expect(err.message).toContain("call the load method");
        expect(err.debugInfo.errorLocation).toBe("Worksheet.name");
      }
    });
  });

  it("refuses load() without property names rather than loading everything", async () => {
    const host = hostWithSheet();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("数据").getRange("A1");
      expect(codeOfSync(() => range.load())).toBe("NotSimulated");
    });
  });

  it("loads comma-separated names and paths through navigation properties", async () => {
    const host = hostWithSheet();
    host.putFormat("数据", "A1", { bold: true });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("数据").getRange("A1");
      range.load("address, rowIndex,columnIndex, format/font/bold");
      await context.sync();
      expect(range.address).toBe("数据!A1");
      expect(range.rowIndex).toBe(0);
      expect(range.format.font.bold).toBe(true);
    });
  });

  it("returns a set value locally before sync, as Office.js proxies do", async () => {
    const host = hostWithSheet();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("数据").getRange("A1");
      range.values = [["x"]];
      expect(range.values).toEqual([["x"]]);
      expect(host.values("数据", "A1")).toEqual([[""]]);
      await context.sync();
    });
  });
});

describe("SimExcelHost: queued writes and sync", () => {
  it("applies writes only at sync and counts every sync", async () => {
    const host = hostWithSheet();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("数据").getRange("A1:B1");
      range.values = [[1, "'a"]];
      expect(host.values("数据", "A1:B1")).toEqual([["", ""]]);
      await context.sync();
      expect(host.values("数据", "A1:B1")).toEqual([[1, "a"]]);
    });
    expect(host.stats.syncCount).toBe(1);
    expect(host.stats.runCount).toBe(1);
  });

  it("syncs what is still queued when the batch of Excel.run returns", async () => {
    const host = hostWithSheet();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("数据").getRange("A1").values = [[5]];
    });
    expect(host.values("数据", "A1")).toEqual([[5]]);
    expect(host.stats.syncCount).toBe(1);
  });

  it("stops a request at the first failing operation, keeping the ones before it", async () => {
    const host = hostWithSheet();
    const code = await codeOf(
      host.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.getItem("数据").getRange("A1").values = [[1]];
        sheets.getItem("没有").getRange("A1").values = [[2]];
        sheets.getItem("数据").getRange("A2").values = [[3]];
        await context.sync();
      }),
    );
    expect(code).toBe("ItemNotFound");
    expect(host.values("数据", "A1:A2")).toEqual([[1], [""]]);
  });

  it("fails getItem of a missing sheet at sync with ItemNotFound, and getItemOrNullObject gives a null object", async () => {
    const host = hostWithSheet();
    expect(
      await codeOf(
        host.run(async (context) => {
          context.workbook.worksheets.getItem("没有");
          await context.sync();
        }),
      ),
    ).toBe("ItemNotFound");
    await host.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("没有");
      const present = context.workbook.worksheets.getItemOrNullObject("数据");
      expect(codeOfSync(() => missing.isNullObject)).toBe("PropertyNotLoaded");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it("lists the worksheets after loading items/name", async () => {
    const host = hostWithSheet();
    host.addSheet("第二");
    await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(codeOfSync(() => sheets.items)).toBe("PropertyNotLoaded");
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["数据", "第二"]);
    });
  });

  it("adds sheets and refuses a duplicate name with ItemAlreadyExists", async () => {
    const host = hostWithSheet();
    await host.run(async (context) => {
      context.workbook.worksheets.add("新表");
      await context.sync();
    });
    expect(host.snapshot().sheets.map((s) => s.name)).toEqual(["数据", "新表"]);
    expect(
      await codeOf(
        host.run(async (context) => {
          context.workbook.worksheets.add("新表");
          await context.sync();
        }),
      ),
    ).toBe("ItemAlreadyExists");
  });

  it("reports a write to a protected sheet as AccessDenied", async () => {
    const host = hostWithSheet();
    host.protectSheet("数据");
    expect(
      await codeOf(
        host.run(async (context) => {
          context.workbook.worksheets.getItem("数据").getRange("A1").values = [[1]];
          await context.sync();
        }),
      ),
    ).toBe("AccessDenied");
  });

  it("reads a protected sheet and reports its protection from ExcelApi 1.2 (ApiNotFound on 1.1)", async () => {
    const host = hostWithSheet("1.7");
    host.putCells("数据", 0, 0, [["甲", 1]]);
    host.protectSheet("数据");
    const read = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("数据");
      sheet.load("protection/protected");
      const range = sheet.getRange("A1:B1");
      range.load("values");
      await context.sync();
      return { isProtected: sheet.protection.protected, values: range.values };
    });
    expect(read).toEqual({ isProtected: true, values: [["甲", 1]] });
    host.level = "1.1";
    expect(
      await codeOf(
        host.run(async (context) => {
          context.workbook.worksheets.getItem("数据").protection.load("protected");
          await context.sync();
        }),
      ),
    ).toBe("ApiNotFound");
  });

  it("refuses adding, renaming and deleting sheets of a structure-protected workbook, reporting it from ExcelApi 1.7", async () => {
    const host = hostWithSheet("1.7");
    host.addSheet("其他");
    host.protectStructure();
    const isProtected = await host.run(async (context) => {
      const protection = context.workbook.protection;
      protection.load("protected");
      await context.sync();
      return protection.protected;
    });
    expect(isProtected).toBe(true);
    for (const change of [
      (c: Excel.RequestContext) => c.workbook.worksheets.add("新表"),
      (c: Excel.RequestContext) => {
        c.workbook.worksheets.getItem("数据").name = "改名";
      },
      (c: Excel.RequestContext) => c.workbook.worksheets.getItem("其他").delete(),
    ]) {
      expect(
        await codeOf(
          host.run(async (context) => {
            change(context);
            await context.sync();
          }),
        ),
      ).toBe("InvalidOperation");
    }
    expect(host.snapshot().sheets.map((s) => s.name)).toEqual(["数据", "其他"]);
  });

  it("refuses to read more cells of one range than Excel allows (RangeExceedsLimit)", async () => {
    const host = new SimExcelHost({ level: "latest", maxCellsPerRange: 1000 });
    host.addSheet("数据");
    expect(
      await codeOf(
        host.run(async (context) => {
          context.workbook.worksheets.getItem("数据").getRange("A1:J101").load("values");
          await context.sync();
        }),
      ),
    ).toBe("RangeExceedsLimit");
    const values = await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("数据").getRange("A1:J100");
      range.load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toHaveLength(100);
  });

  it("rejects a value array whose shape differs from the range", async () => {
    const host = hostWithSheet();
    expect(
      await codeOf(
        host.run(async (context) => {
          context.workbook.worksheets.getItem("数据").getRange("A1:B2").values = [[1, 2]];
          await context.sync();
        }),
      ),
    ).toBe("InvalidArgument");
  });

  it("intersects ranges (an address or another range) and fails with ItemNotFound when they do not meet", async () => {
    const host = hostWithSheet();
    host.putCells("数据", 1, 1, [
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("数据");
      const used = sheet.getUsedRange();
      const top = used.getIntersection("1:3").load("address, values");
      const right = used.getIntersection(sheet.getRange("C1:Z9")).load("address");
      await context.sync();
      expect(top.address).toBe("数据!B2:D3");
      expect(top.values).toEqual([
        [1, 2, 3],
        [4, 5, 6],
      ]);
      expect(right.address).toBe("数据!C2:D4");
    });
    expect(
      await codeOf(
        host.run(async (context) => {
          context.workbook.worksheets.getItem("数据").getUsedRange().getIntersection("A9:A10").load("address");
          await context.sync();
        }),
      ),
    ).toBe("ItemNotFound");
  });

  it("returns the top-left cell as the used range of a blank sheet, and a null object from getUsedRangeOrNullObject", async () => {
    const host = hostWithSheet();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("数据");
      const used = sheet.getUsedRange().load("address");
      const orNull = sheet.getUsedRangeOrNullObject(true);
      await context.sync();
      expect(used.address).toBe("数据!A1");
      expect(orNull.isNullObject).toBe(true);
    });
    host.putCells("数据", 2, 1, [[1, null, "x"]]);
    host.putFormat("数据", "F9", { fill: "#FF0000" });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("数据");
      const values = sheet.getUsedRange(true).load("address");
      const all = sheet.getUsedRange().load("address");
      await context.sync();
      expect(values.address).toBe("数据!B3:D3");
      expect(all.address).toBe("数据!B3:F9");
    });
  });
});

describe("SimExcelHost: cell entry and formulas", () => {
  it("keeps apostrophe text as text and converts unguarded strings as Excel does", async () => {
    const host = hostWithSheet();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("数据").getRange("A1:F1");
      range.values = [["'=SUM(A1)", "'-5", "-5", "TRUE", "123", "'@x"]];
      await context.sync();
    });
    expect(host.values("数据", "A1:F1")).toEqual([["=SUM(A1)", "-5", -5, true, 123, "@x"]]);
    const cells = host.snapshot().sheets[0]?.cells ?? {};
    expect(cells["A1"]?.formula).toBeUndefined();
  });

  it("turns an unguarded '=' string into a formula and refuses to guess about '@'", async () => {
    const host = hostWithSheet();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("数据").getRange("A1:B1").values = [[2, "=A1*3"]];
      await context.sync();
    });
    expect(host.values("数据", "B1")).toEqual([[6]]);
    expect(
      await codeOf(
        host.run(async (context) => {
          context.workbook.worksheets.getItem("数据").getRange("C1").values = [["@x"]];
          await context.sync();
        }),
      ),
    ).toBe("NotSimulated");
  });

  it("leaves a cell unchanged for null and clears it for an empty string", async () => {
    const host = hostWithSheet();
    host.putCells("数据", 0, 0, [[1, 2]]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("数据").getRange("A1:B1").values = [[null, ""]];
      await context.sync();
    });
    expect(host.values("数据", "A1:B1")).toEqual([[1, ""]]);
  });

  it("computes formulas with HyperFormula, reads formulas back and renders text under the number format", async () => {
    const host = hostWithSheet();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("数据");
      sheet.getRange("A1:C1").values = [[52.36, 50, null]];
      sheet.getRange("C1").formulas = [['=IF(AND(ISNUMBER(A1),ISNUMBER(B1)),IF(B1>0,A1/B1,""),"")']];
      sheet.getRange("C1").numberFormat = [["0.0%"]];
      sheet.getRange("D1").formulas = [["=1/0"]];
      const range = sheet.getRange("A1:D1").load("values, formulas, text, numberFormat");
      await context.sync();
      expect(range.values[0]?.[2]).toBeCloseTo(1.0472, 10);
      expect(range.values[0]?.[3]).toBe("#DIV/0!");
      expect(range.text).toEqual([["52.36", "50", "104.7%", "#DIV/0!"]]);
      expect(range.formulas[0]?.[2]).toContain("=IF(");
      expect(range.numberFormat).toEqual([["General", "General", "0.0%", "General"]]);
    });
  });

  it("rejects a formula Excel could not parse with InvalidArgument", async () => {
    const host = hostWithSheet();
    expect(
      await codeOf(
        host.run(async (context) => {
          context.workbook.worksheets.getItem("数据").getRange("A1").formulas = [["=SUM("]];
          await context.sync();
        }),
      ),
    ).toBe("InvalidArgument");
  });

  it("stores a string written to a Text (@) cell verbatim", async () => {
    const host = hostWithSheet();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("数据").getRange("A1");
      range.numberFormat = [["@"]];
      range.values = [["=1+1"]];
      await context.sync();
    });
    expect(host.values("数据", "A1")).toEqual([["=1+1"]]);
  });
});

describe("SimExcelHost: requirement sets", () => {
  it("answers isSetSupported by level", () => {
    const host = new SimExcelHost({ level: "1.7" });
    expect(host.isSetSupported("ExcelApi", "1.1")).toBe(true);
    expect(host.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(host.isSetSupported("ExcelApi", "1.8")).toBe(false);
    host.level = "latest";
    expect(host.isSetSupported("ExcelApi", "1.12")).toBe(true);
    expect(host.isSetSupported("WordApi", "1.1")).toBe(false);
  });

  it.each([
    ["freezePanes", "1.1", "ApiNotFound"],
    ["freezePanes", "1.7", "ok"],
    ["dataValidation", "1.7", "ApiNotFound"],
    ["dataValidation", "1.8", "ok"],
    ["conditionalFormats", "1.1", "ApiNotFound"],
    ["conditionalFormats", "1.7", "ok"],
    ["columnWidth", "1.1", "ApiNotFound"],
    ["usedRangeValuesOnly", "1.1", "ApiNotFound"],
    ["suspendCalculation", "1.1", "ApiNotFound"],
    ["suspendCalculation", "1.7", "ok"],
    ["getItemOrNullObject", "1.1", "ApiNotFound"],
  ] as const)("%s on ExcelApi %s: %s", async (feature, level, expected) => {
    const host = hostWithSheet(level);
    const result = host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("数据");
      const range = sheet.getRange("A1:A3");
      switch (feature) {
        case "freezePanes":
          sheet.freezePanes.freezeRows(1);
          break;
        case "dataValidation":
          range.dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } };
          break;
        case "conditionalFormats":
          range.conditionalFormats.add("Custom").custom.rule.formula = "=TRUE";
          break;
        case "columnWidth":
          range.format.columnWidth = 60;
          break;
        case "usedRangeValuesOnly":
          sheet.getUsedRange(true).load("address");
          break;
        case "suspendCalculation":
          context.application.suspendApiCalculationUntilNextSync();
          break;
        case "getItemOrNullObject":
          context.workbook.worksheets.getItemOrNullObject("数据");
          break;
      }
      await context.sync();
    });
    if (expected === "ok") await result;
    else expect(await codeOf(result)).toBe(expected);
  });
});

describe("SimExcelHost: request size", () => {
  it("measures each request in UTF-8 bytes and refuses one over the limit, applying nothing", async () => {
    const host = new SimExcelHost({ maxRequestBytes: 2000 });
    host.addSheet("数据");
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("数据").getRange("A1:A10").values = Array.from({ length: 10 }, () => ["'短"]);
      await context.sync();
    });
    const small = host.stats.requests[0]?.requestBytes ?? 0;
    expect(small).toBeGreaterThan(10 * 4);
    expect(small).toBeLessThan(2000);
    const code = await codeOf(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("数据").getRange("B1:B100").values = Array.from({ length: 100 }, () => [
          "'中文中文中文",
        ]);
        await context.sync();
      }),
    );
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
    expect(host.values("数据", "B1")).toEqual([[""]]);
    expect(host.stats.requests[1]?.requestBytes).toBeGreaterThan(100 * 18);
  });

  it("counts UTF-8 bytes like TextEncoder", () => {
    for (const s of ["abc", "中文", "é", "😀", "【待补：工业销售收入·全年预计】"]) {
      expect(utf8Bytes(s)).toBe(new TextEncoder().encode(s).length);
    }
  });
});

describe("SimExcelHost: formats, tables, validation, conditional formats", () => {
  it("adds a named table over a header row and refuses a second one overlapping it", async () => {
    const host = hostWithSheet();
    host.putCells("数据", 0, 0, [
      ["名称", "数值"],
      ["a", 1],
    ]);
    await host.run(async (context) => {
      const table = context.workbook.worksheets.getItem("数据").tables.add("数据!A1:B2", true);
      table.name = "数据表";
      await context.sync();
    });
    expect(host.snapshot().sheets[0]?.tables).toEqual([{ name: "数据表", address: "A1:B2" }]);
    expect(
      await codeOf(
        host.run(async (context) => {
          context.workbook.worksheets.getItem("数据").tables.add("'数据'!B1:C2", true);
          await context.sync();
        }),
      ),
    ).toBe("InvalidArgument");
  });

  it("adds, lists and deletes custom conditional formats, and loads customOrNullObject as null on other types", async () => {
    const host = hostWithSheet();
    host.putConditionalFormat("数据", "A1:A5", "CellValue", "=0", "#00FF00");
    await host.run(async (context) => {
      const cf = context.workbook.worksheets.getItem("数据").getRange("B2").conditionalFormats.add("Custom");
      cf.custom.rule.formula = '=N("年度总结助手")=0';
      cf.custom.format.fill.color = "#ffc7ce";
      await context.sync();
    });
    await host.run(async (context) => {
      const cfs = context.workbook.worksheets.getItem("数据").getRange().conditionalFormats;
      cfs.load("items/type, items/customOrNullObject/rule/formula");
      const count = cfs.getCount();
      await context.sync();
      expect(count.value).toBe(2);
      expect(cfs.items.map((c) => c.type)).toEqual(["CellValue", "Custom"]);
      expect(cfs.items[0]?.customOrNullObject.isNullObject).toBe(true);
      expect(cfs.items[1]?.customOrNullObject.rule.formula).toBe('=N("年度总结助手")=0');
      cfs.items[1]?.delete();
      await context.sync();
    });
    expect(host.snapshot().sheets[0]?.conditionalFormats).toEqual([
      { address: "A1:A5", type: "CellValue", formula: "=0", fill: "#00FF00" },
    ]);
  });

  it("sets list validation (refusing to stack a second rule) and records widths, fonts and frozen rows", async () => {
    const host = hostWithSheet();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("数据");
      sheet.getRange("B2:B4").dataValidation.rule = { list: { inCellDropDown: true, source: "正常,滞后" } };
      sheet.getRange("A:A").format.columnWidth = 90;
      sheet.getRange("A1").format.font.bold = true;
      sheet.freezePanes.freezeRows(1);
      await context.sync();
    });
    const sheet = host.snapshot().sheets[0];
    expect(sheet?.validationLists).toEqual({ "B2:B4": "正常,滞后" });
    expect(sheet?.columnWidths).toEqual({ A: 90 });
    expect(sheet?.cells["A1"]?.format).toEqual({ bold: true });
    expect(sheet?.frozenRows).toBe(1);
    expect(
      await codeOf(
        host.run(async (context) => {
          context.workbook.worksheets.getItem("数据").getRange("B3").dataValidation.rule = {
            list: { inCellDropDown: true, source: "x" },
          };
          await context.sync();
        }),
      ),
    ).toBe("NotSimulated");
  });

  it("activates a sheet and selects a cell", async () => {
    const host = hostWithSheet();
    host.addSheet("第二");
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("第二");
      sheet.activate();
      sheet.getRange("C5").select();
      await context.sync();
    });
    expect(host.snapshot().activeSheet).toBe("第二");
    expect(host.snapshot().selection).toBe("第二!C5");
  });
});

describe("SimExcelHost: setup helpers", () => {
  it("builds a workbook from the core's sample RawWorkbook with values and number formats", () => {
    const host = SimExcelHost.fromRawWorkbook(sampleRawWorkbook());
    const snap = host.snapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual(["参数", "主要指标", "在建项目", "在谈项目", "荣誉", "数据项"]);
    expect(host.values("主要指标", "A2:C2")).toEqual([["工业销售收入", "亿元", 52.36]]);
    expect(host.text("主要指标", "C3")).toEqual([["18.60"]]);
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
  });

  it("installs Excel, Office and OfficeExtension as globals and restores them", async () => {
    const host = hostWithSheet("1.7");
    const restore = host.install();
    try {
      expect(Office.context.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
      expect(Office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(false);
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem("数据").getRange("A1").values = [[1]];
        await context.sync();
      });
      expect(host.values("数据", "A1")).toEqual([[1]]);
    } finally {
      restore();
    }
    expect((globalThis as Record<string, unknown>)["Excel"]).toBeUndefined();
  });
});
