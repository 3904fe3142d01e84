/**
 * The simulated WPS 表格 keeps the semantics of WPS's object model that the adapter depends on, so
 * that an adapter bug fails here as it would in WPS: 1-based collections, a block's Value2 as rows
 * and one cell's as a value, UsedRange, a block's NumberFormat as one string or null, errors as
 * exceptions from the member that failed, Select only on the active sheet, a second validation rule
 * refused, Sheets.Add activating the new sheet — and every call counted.
 */
import { SimWpsHost } from "../../src/sim-wps/host";
import { SimWpsError, SimWpsNotSimulated } from "../../src/sim-wps/errors";

function host(): SimWpsHost {
  const h = new SimWpsHost();
  h.addSheet("表一");
  h.addSheet("表二");
  h.putCells(
    "表一",
    1,
    1,
    [
      ["名称", "数值"],
      ["甲", 1.5],
      ["乙", null],
    ],
    [
      ["General", "General"],
      ["General", "0.00"],
      ["General", "0.0%"],
    ],
  );
  h.model.activeSheet = h.model.sheets[0];
  return h;
}

describe("the simulated WPS 表格", () => {
  it("counts sheets from 1, by position or name, and raises 下标越界 for a missing one", () => {
    const sheets = host().application.ActiveWorkbook.Sheets;
    expect(sheets.Count).toBe(2);
    expect(sheets.Item(1).Name).toBe("表一");
    expect(sheets.Item("表二").Name).toBe("表二");
    expect(() => sheets.Item(0)).toThrow(/^下标越界/);
    expect(() => sheets.Item("表三")).toThrow(SimWpsError);
  });

  it("gives the used range from its first to its last used cell, 1-based", () => {
    const used = host().application.ActiveWorkbook.Sheets.Item("表一").UsedRange;
    expect([used.Row, used.Column]).toEqual([2, 2]);
    expect(used.Value2).toEqual([
      ["名称", "数值"],
      ["甲", 1.5],
      ["乙", undefined],
    ]);
  });

  it("gives one cell's Value2 as a value, a block's as rows; writes rows and a single value", () => {
    const sheet = host().application.ActiveWorkbook.Sheets.Item("表二");
    sheet.Range("A1:B2").Value2 = [
      ["x", 2],
      ["'=SUM(1)", true],
    ];
    expect(sheet.Range("B1").Value2).toBe(2);
    expect(sheet.Range("A2").Value2).toBe("=SUM(1)");
    sheet.Range("C1:C2").Value2 = 7;
    expect(sheet.Range("C1:C2").Value2).toEqual([[7], [7]]);
    expect(() => {
      sheet.Range("A1:B2").Value2 = [["too", "short"]];
    }).toThrow(SimWpsNotSimulated);
  });

  it("computes formulas, and gives an error cell as VBA's error value", () => {
    const sheet = host().application.ActiveWorkbook.Sheets.Item("表二");
    sheet.Range("A1:B1").Formula = [["=1+1", "=1/0"]];
    expect(sheet.Range("A1:B1").Value2).toEqual([[2, -2146826281]]);
    expect(sheet.Range("A1:B1").Formula).toEqual([["=1+1", "=1/0"]]);
  });

  it("gives a block's NumberFormat as one string where the cells agree, null where they differ", () => {
    const sheet = host().application.ActiveWorkbook.Sheets.Item("表一");
    expect(sheet.Range("B2:B4").NumberFormat).toBe("General");
    expect(sheet.Range("C3:C4").NumberFormat).toBeNull();
    sheet.Range("C3:C4,E1").NumberFormat = "0.00";
    expect(sheet.Range("C3:C4").NumberFormat).toBe("0.00");
    expect(sheet.Range("E1").NumberFormat).toBe("0.00");
  });

  it("refuses a write into a protected sheet with WPS's words, and lets it be read", () => {
    const h = host();
    h.protectSheet("表一");
    const sheet = h.application.ActiveWorkbook.Sheets.Item("表一");
    expect(sheet.ProtectContents).toBe(true);
    expect(sheet.Range("B3").Value2).toBe("甲");
    expect(() => {
      sheet.Range("B3").Value2 = "丙";
    }).toThrow(/受保护的工作表/);
  });

  it("selects only on the active sheet; Activate first", () => {
    const h = host();
    const other = h.application.ActiveWorkbook.Sheets.Item("表二");
    expect(() => other.Range("A1").Select()).toThrow(SimWpsError);
    other.Activate();
    other.Range("A1").Select();
    expect(h.snapshot().selection).toBe("表二!A1");
  });

  it("adds a sheet after the one given and activates it", () => {
    const h = host();
    const sheets = h.application.ActiveWorkbook.Sheets;
    const added = sheets.Add(undefined, sheets.Item(2));
    added.Name = "新表";
    expect(h.snapshot().sheets.map((s) => s.name)).toEqual(["表一", "表二", "新表"]);
    expect(h.snapshot().activeSheet).toBe("新表");
  });

  it("keeps one validation rule per cell: a second Add is refused until Delete", () => {
    const sheet = host().application.ActiveWorkbook.Sheets.Item("表二");
    const validation = sheet.Range("A2:A5").Validation;
    validation.Add(3, 1, 1, "正常,滞后");
    expect(() => validation.Add(3, 1, 1, "正常")).toThrow(SimWpsError);
    validation.Delete();
    validation.Add(3, 1, 1, "正常");
  });

  it("lists a format condition over several blocks as one rule, and deletes it whole", () => {
    const h = host();
    const sheet = h.application.ActiveWorkbook.Sheets.Item("表一");
    const rule = sheet.Range("B3,C4:C5").FormatConditions.Add(2, undefined, '=N("x")=0');
    rule.Interior.Color = 0xcec7ff;
    expect(h.snapshot().sheets[0]?.conditionalFormats).toEqual([
      { address: "B3", type: "Custom", formula: '=N("x")=0', fill: "#FFC7CE" },
      { address: "C4:C5", type: "Custom", formula: '=N("x")=0', fill: "#FFC7CE" },
    ]);
    const all = sheet.Cells.FormatConditions;
    expect(all.Count).toBe(1);
    expect([all.Item(1).Type, all.Item(1).Formula1]).toEqual([2, '=N("x")=0']);
    all.Item(1).Delete();
    expect(sheet.Cells.FormatConditions.Count).toBe(0);
  });

  it("freezes the rows above SplitRow on the active sheet's window", () => {
    const h = host();
    const window = h.application.ActiveWindow;
    window.SplitRow = 1;
    window.FreezePanes = true;
    expect(h.snapshot().sheets[0]?.frozenRows).toBe(1);
  });

  it("keeps custom document properties with the file, and raises an error for a missing one", () => {
    const h = host();
    const properties = h.application.ActiveWorkbook.CustomDocumentProperties;
    expect(() => properties.Item("指纹")).toThrow(SimWpsError);
    properties.Add("指纹", false, 4, "abc");
    expect(properties.Item("指纹").Value).toBe("abc");
    expect(h.documentProperties.get("指纹")).toBe("abc");
  });

  it("counts every call into WPS, by member", () => {
    const h = host();
    h.resetCalls();
    const sheet = h.application.ActiveWorkbook.Sheets.Item(1);
    void sheet.UsedRange.Value2;
    expect(h.wpsStats).toEqual({
      calls: 5,
      byMember: {
        "Application.ActiveWorkbook": 1,
        "Workbook.Sheets": 1,
        "Sheets.Item": 1,
        "Worksheet.UsedRange": 1,
        "Range.Value2": 1,
      },
    });
  });
});
