import { applyTextReplacement, convertTextNumbers } from "../../src/core/fix-actions";
import { validateWorkbook } from "../../src/core/generate";
import { parseWorkbook } from "../../src/core/parse-workbook";
import { rawSheet, sampleWith, set, withSheets } from "./rules/helpers";

describe("convertTextNumbers", () => {
  const data = parseWorkbook(
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

describe("applyTextReplacement", () => {
  const text = "建立起动态监测机制，二期工程明年春天起动，估量年底完成";
  const template = "全面推动开发区工作的顺当开展";
  const workbook = withSheets(
    sampleWith(set("projects", 5, "status", text)),
    rawSheet("模板", [
      ["级别", "内容"],
      ["正文", template],
    ]),
  );
  const data = parseWorkbook(workbook);
  const issues = validateWorkbook(workbook).issues.filter((i) => i.code === "spun-wording");
  const inStatus = issues.filter((i) => i.sheet === "在建项目" && i.cell === "G7");
  const inTemplate = issues.find((i) => i.sheet === "模板" && i.cell === "B2");

  it("replaces only the flagged word, by its offset, and keeps the rest as typed", () => {
    // 起动 in 建立起动态 is no word: only the second 起动 and 估量 are issues
    expect(inStatus.map((i) => i.replacement && [i.replacement.start, i.replacement.replacement])).toEqual([
      [18, "启动"],
      [21, "预计"],
    ]);
    expect(applyTextReplacement(data, "在建项目", "G7", inStatus[0]!.replacement!)).toEqual({
      ok: true,
      plan: {
        steps: [
          {
            kind: "setValues",
            sheet: "在建项目",
            address: "G7",
            values: [["建立起动态监测机制，二期工程明年春天启动，估量年底完成"]],
          },
        ],
      },
    });
    expect(applyTextReplacement(data, "在建项目", "G7", inStatus[1]!.replacement!).plan.steps[0]).toMatchObject({
      values: [["建立起动态监测机制，二期工程明年春天起动，预计年底完成"]],
    });
  });

  it("works on the 模板 sheet", () => {
    expect(applyTextReplacement(data, "模板", "B2", inTemplate!.replacement!).plan.steps).toEqual([
      { kind: "setValues", sheet: "模板", address: "B2", values: [["全面推动开发区工作的顺利开展"]] },
    ]);
  });

  it("refuses, saying why, when the cell no longer holds the text that was checked", () => {
    const edited = parseWorkbook(
      withSheets(
        sampleWith(set("projects", 5, "status", `${text}。`)),
        rawSheet("模板", [
          ["级别", "内容"],
          ["正文", template],
        ]),
      ),
    );
    expect(applyTextReplacement(edited, "在建项目", "G7", inStatus[0]!.replacement!)).toEqual({
      ok: false,
      plan: { steps: [] },
      message: "在建项目!G7 的内容在校验后已改变，未作修改。请重新校验后再修正。",
    });
    expect(applyTextReplacement(data, "在建项目", "G6", inStatus[0]!.replacement!)).toMatchObject({
      ok: false,
      message: "在建项目!G6 的内容在校验后已改变，未作修改。请重新校验后再修正。",
    });
    expect(applyTextReplacement(data, "别的表", "G7", inStatus[0]!.replacement!)).toMatchObject({
      ok: false,
      message: "找不到单元格 别的表!G7，未作修改。",
    });
    const outside = { ...inStatus[0]!.replacement!, start: 40, end: 42 };
    expect(applyTextReplacement(data, "在建项目", "G7", outside)).toMatchObject({ ok: false, plan: { steps: [] } });
  });
});
