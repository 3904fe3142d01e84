import { applyWordingSuggestion, convertTextNumbers } from "../../src/core/fix-actions";
import { readWorkbook } from "../../src/core/read-workbook";
import { checkWording } from "../../src/core/wording/check-wording";
import { rawSheet, sampleWith, set, withSheets } from "./rules/helpers";

describe("convertTextNumbers", () => {
  const data = readWorkbook(
    sampleWith(
      set("indicators", 0, "estimate", "52.36"),
      set("indicators", 1, "estimate", "１８．６"),
      set("indicators", 2, "estimate", "8650万美元"),
      set("indicators", 3, "estimate", "1,200"),
      set("indicators", 4, "estimate", "待定"),
      set("parameters", 0, "value", "2023"),
    ),
  );

  it("converts numbers stored as text and full-width digits in the cells named", () => {
    expect(convertTextNumbers(data, "主要指标", ["C2", "C3", "C5"])).toEqual({
      steps: [
        { kind: "setValues", sheet: "主要指标", address: "C2", values: [[52.36]] },
        { kind: "setValues", sheet: "主要指标", address: "C3", values: [[18.6]] },
        { kind: "setValues", sheet: "主要指标", address: "C5", values: [[1200]] },
      ],
    });
  });

  it("leaves cells that are not convertible, real numbers and cells not named alone", () => {
    expect(convertTextNumbers(data, "主要指标", ["C4", "C6", "D2", "A2", "Z99"])).toEqual({ steps: [] });
    expect(convertTextNumbers(data, "主要指标", ["C2"]).steps).toHaveLength(1);
  });

  it("accepts $-anchored, lower-case and sheet-qualified addresses, once each", () => {
    expect(convertTextNumbers(data, "主要指标", ["$C$2", "c2", "主要指标!C2"]).steps).toEqual([
      { kind: "setValues", sheet: "主要指标", address: "C2", values: [[52.36]] },
    ]);
  });

  it("works on the 参数 sheet and by layout key", () => {
    expect(convertTextNumbers(data, "parameters", ["B2"]).steps).toEqual([
      { kind: "setValues", sheet: "参数", address: "B2", values: [[2023]] },
    ]);
  });

  it("returns an empty plan for an unknown sheet or no addresses", () => {
    expect(convertTextNumbers(data, "别的表", ["C2"])).toEqual({ steps: [] });
    expect(convertTextNumbers(data, "主要指标", [])).toEqual({ steps: [] });
  });
});

describe("applyWordingSuggestion", () => {
  const text = "二期工程明年春天起动，估量年底完成";
  const workbook = withSheets(
    sampleWith(set("projects", 5, "status", text)),
    rawSheet("模板", [
      ["级别", "内容"],
      ["正文", "全面推动工作的顺当开展"],
    ]),
  );
  const data = readWorkbook(workbook);
  const [first, second] = checkWording(text);

  it("replaces one phrase in one cell and keeps the rest as typed", () => {
    expect(applyWordingSuggestion(data, "在建项目", "G7", first!.start, first!.end, first!.right)).toEqual({
      steps: [
        { kind: "setValues", sheet: "在建项目", address: "G7", values: [["二期工程明年春天启动，估量年底完成"]] },
      ],
    });
    expect(
      applyWordingSuggestion(data, "在建项目", "G7", second!.start, second!.end, second!.right).steps[0],
    ).toMatchObject({
      values: [["二期工程明年春天起动，预计年底完成"]],
    });
  });

  it("works on the 模板 sheet", () => {
    const [m] = checkWording("全面推动工作的顺当开展");
    expect(applyWordingSuggestion(data, "模板", "B2", m!.start, m!.end, m!.right).steps).toEqual([
      { kind: "setValues", sheet: "模板", address: "B2", values: [["全面推动工作的顺利开展"]] },
    ]);
  });

  it("does nothing when the match is stale, misplaced or not the checker's suggestion", () => {
    expect(applyWordingSuggestion(data, "在建项目", "G7", first!.start + 1, first!.end + 1, first!.right)).toEqual({
      steps: [],
    });
    expect(applyWordingSuggestion(data, "在建项目", "G7", first!.start, first!.end, "开动")).toEqual({ steps: [] });
    expect(applyWordingSuggestion(data, "在建项目", "G6", first!.start, first!.end, first!.right)).toEqual({
      steps: [],
    });
    expect(applyWordingSuggestion(data, "在建项目", "D7", 0, 1, "x")).toEqual({ steps: [] });
  });
});
