import { sampleRawWorkbook } from "../../src/core/sample-workbook";
import { hasNoInputData } from "../../src/taskpane/office-backend";

describe("hasNoInputData", () => {
  it("is true for a workbook without the input sheets, or with only blank ones", () => {
    expect(hasNoInputData({ sheetNames: ["Sheet1"], sheets: [] })).toBe(true);
    expect(
      hasNoInputData({
        sheetNames: ["参数"],
        sheets: [{ name: "参数", origin: { row: 0, column: 0 }, values: [[null, ""]], numberFormats: [] }],
      }),
    ).toBe(true);
  });

  it("is false once any input sheet holds a value", () => {
    expect(hasNoInputData(sampleRawWorkbook())).toBe(false);
  });
});
