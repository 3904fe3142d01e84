import { parseWorkbook } from "../../src/core/parse-workbook";
import { SAMPLE_DATA } from "../../src/core/sample-data";
import { sampleRawWorkbook } from "../../src/core/sample-workbook";
import { readSettings, settingsPlan, settingValue } from "../../src/core/settings-plan";

const data = parseWorkbook(sampleRawWorkbook());

describe("readSettings", () => {
  it("reads 年度, 截至月份, 美元汇率 and 列举序号 from the 参数 sheet", () => {
    expect(readSettings(data)).toEqual({ year: "2023", month: "10", usdRate: "7.05", listMarker: "（1）" });
  });
});

describe("settingsPlan", () => {
  it("writes only the 值 cells of the settings that changed", () => {
    const result = settingsPlan(data, { year: "2024", month: "10", usdRate: "7.1", listMarker: "①" });
    expect(result).toEqual({
      kind: "plan",
      names: ["年度", "美元汇率", "列举序号"],
      plan: {
        steps: [
          { kind: "setValues", sheet: "参数", address: "B2", values: [[2024]] },
          { kind: "setValues", sheet: "参数", address: "B5", values: [[7.1]] },
          { kind: "setValues", sheet: "参数", address: "B6", values: [["①"]] },
        ],
      },
    });
  });

  it("writes nothing when nothing changed", () => {
    expect(settingsPlan(data, readSettings(data))).toEqual({ kind: "plan", names: [], plan: { steps: [] } });
  });

  it("refuses values that are not valid", () => {
    expect(settingsPlan(data, { ...readSettings(data), year: "23" })).toEqual({
      kind: "invalid",
      errors: [{ key: "year" }],
    });
    expect(settingsPlan(data, { ...readSettings(data), month: "13" })).toEqual({
      kind: "invalid",
      errors: [{ key: "month" }],
    });
    expect(settingsPlan(data, { ...readSettings(data), usdRate: "-1" })).toEqual({
      kind: "invalid",
      errors: [{ key: "usdRate" }],
    });
  });

  it("reports every invalid field at once, in the form's order, and writes none of the valid ones", () => {
    expect(settingsPlan(data, { year: "23", month: "10", usdRate: "abc", listMarker: "a)" })).toEqual({
      kind: "invalid",
      errors: [{ key: "year" }, { key: "usdRate" }, { key: "listMarker" }],
    });
    expect(settingsPlan(data, { year: "2024", month: "10", usdRate: "abc", listMarker: "（1）" })).toEqual({
      kind: "invalid",
      errors: [{ key: "usdRate" }],
    });
  });

  it("reports missing 参数 rows instead of creating them", () => {
    const rows = SAMPLE_DATA.parameters.rows.filter((r) => r.name !== "美元汇率");
    const partial = parseWorkbook(sampleRawWorkbook({ parameters: { rows } }));
    expect(settingsPlan(partial, { ...readSettings(partial), usdRate: "7.2" })).toEqual({
      kind: "missingRows",
      names: ["美元汇率"],
    });
  });
});

describe("settingValue", () => {
  it.each([
    ["year", "２０２４", 2024],
    ["month", " 9 ", 9],
    ["month", "0", undefined],
    ["usdRate", "", null],
    ["usdRate", "7.05", 7.05],
    ["usdRate", "abc", undefined],
    ["listMarker", "1、", "1、"],
    ["listMarker", "a)", undefined],
  ] as const)("%s %j → %j", (key, text, value) => {
    expect(settingValue(key, text)).toBe(value);
  });
});
