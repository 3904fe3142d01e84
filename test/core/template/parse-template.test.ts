import { parseTemplate } from "../../../src/core/template/parse-template";
import type { TemplateNode } from "../../../src/core/template/template-ast";

/** The tree without positions, for readable expectations. */
function shape(nodes: readonly TemplateNode[]): unknown[] {
  return nodes.map((n) => {
    switch (n.kind) {
      case "text":
        return n.text;
      case "optional":
        return { optional: shape(n.body) };
      case "error":
        return { error: n.message };
      case "placeholder": {
        const e = n.expression;
        if (e.kind === "reference") return { ref: e.path };
        if (e.kind === "number") return { number: e.value };
        if (e.kind === "binary") return { binary: e.operator, right: e.right.value };
        return {
          call: e.name,
          args: e.args.map((a) => (a.operator ? `${a.name.join(".")}${a.operator}${a.value}` : a.name.join("."))),
          ...(e.body ? { body: shape(e.body) } : {}),
        };
      }
      default:
        return n;
    }
  });
}

describe("parseTemplate", () => {
  it("parses text and a parameter placeholder, with positions", () => {
    const parsed = parseTemplate("{年度}年总结");
    expect(shape(parsed.nodes)).toEqual([{ ref: ["年度"] }, "年总结"]);
    expect(parsed.nodes[0]?.span).toEqual({ start: 0, end: 4 });
    expect(parsed.nodes[1]?.span).toEqual({ start: 4, end: 7 });
    expect(parsed.errors).toEqual([]);
  });

  it.each([
    ["{工业销售收入.全年预计}"],
    ["{工业销售收入·全年预计}"],
    ["{工业销售收入．全年预计}"],
    ["｛工业销售收入.全年预计｝"],
    ["{ 工业销售收入 . 全年预计 }".replace(" . ", ".")],
  ])("reads %s as a dotted field reference", (source) => {
    expect(shape(parseTemplate(source).nodes)).toEqual([{ ref: ["工业销售收入", "全年预计"] }]);
  });

  it("parses {年度+1} and {年度－1} as arithmetic", () => {
    const parsed = parseTemplate("{年度+1}{年度－1}");
    expect(shape(parsed.nodes)).toEqual([
      { binary: "+", right: 1 },
      { binary: "-", right: 1 },
    ]);
  });

  it("parses a call with ASCII or full-width parentheses and commas", () => {
    expect(shape(parseTemplate("{个数（在建项目，进度=滞后）}").nodes)).toEqual([
      { call: "个数", args: ["在建项目", "进度=滞后"] },
    ]);
    expect(shape(parseTemplate("{同比(工业销售收入)}").nodes)).toEqual([{ call: "同比", args: ["工业销售收入"] }]);
  });

  it.each([
    ["进度!=滞后", "进度!=滞后"],
    ["进度！=滞后", "进度!=滞后"],
    ["进度≠滞后", "进度!=滞后"],
    ["进度<>滞后", "进度!=滞后"],
    ["进度＝滞后", "进度=滞后"],
    ["状态=已签约|在谈", "状态=已签约|在谈"],
    ["编号=（1）", "编号=（1）"],
    ["编号=(1)", "编号=(1)"],
    ["分隔=“，”", "分隔=，"],
    ['分隔="；"', "分隔=；"],
  ])("reads the condition %s", (arg, expected) => {
    expect(shape(parseTemplate(`{个数(在建项目, ${arg})}`).nodes)).toEqual([
      { call: "个数", args: ["在建项目", expected] },
    ]);
  });

  it("parses a list with its item template after the colon (ASCII or full-width)", () => {
    const expected = [
      {
        call: "列举",
        args: ["在建项目", "进度!=滞后"],
        body: [{ ref: ["项目名称"] }, "项目，", { ref: ["进展情况"] }],
      },
    ];
    expect(shape(parseTemplate("{列举(在建项目, 进度!=滞后)：{项目名称}项目，{进展情况}}").nodes)).toEqual(expected);
    expect(shape(parseTemplate("{列举(在建项目, 进度!=滞后):{项目名称}项目，{进展情况}}").nodes)).toEqual(expected);
  });

  it("parses optional clauses, nested, in ASCII or full-width brackets", () => {
    expect(shape(parseTemplate("甲[、占地{占地}亩［，{同比(X)}］]乙").nodes)).toEqual([
      "甲",
      { optional: ["、占地", { ref: ["占地"] }, "亩", { optional: ["，", { call: "同比", args: ["X"] }] }] },
      "乙",
    ]);
  });

  it("parses optional clauses inside a list item and lists inside an optional clause", () => {
    expect(shape(parseTemplate("[即：{列举(表)：a[b{c}]}]").nodes)).toEqual([
      { optional: ["即：", { call: "列举", args: ["表"], body: ["a", { optional: ["b", { ref: ["c"] }] }] }] },
    ]);
  });

  it("reads escaped brackets as literal text", () => {
    const parsed = parseTemplate("\\{年度\\}和\\[注\\]、\\\\");
    expect(shape(parsed.nodes)).toEqual(["{年度}和[注]、\\"]);
    expect(parsed.errors).toEqual([]);
  });

  it("keeps a backslash before an ordinary character", () => {
    expect(shape(parseTemplate("a\\b").nodes)).toEqual(["a\\b"]);
  });

  it("reports an unclosed brace at its position and parses the rest as text", () => {
    const parsed = parseTemplate("甲{年度乙");
    expect(shape(parsed.nodes)).toEqual(["甲", { error: "“{”没有对应的“}”" }, "年度乙"]);
    expect(parsed.errors.map((e) => [e.at, e.span])).toEqual([[1, { start: 1, end: 2 }]]);
  });

  it("reports a bad placeholder over its whole extent and goes on after it", () => {
    const parsed = parseTemplate("甲{年度 乙}丙{单位名称}");
    expect(shape(parsed.nodes)).toEqual(["甲", { error: "此处应为“}”，却是“乙”" }, "丙", { ref: ["单位名称"] }]);
    expect(parsed.errors[0]).toMatchObject({ at: 5, span: { start: 1, end: 7 } });
  });

  it.each([
    ["{}", "此处应为名称，却是“}”"],
    ["{同比(工业销售收入}", "缺少“)”"],
    ["{同比(工业销售收入 出口额)}", "参数之间应以“，”分隔，却是“出口额”".replace("出口额", "出")],
    ["{个数(在建项目, 进度=)}", "“=”后缺少值（逗号请写作 逗号 或加引号）"],
    // a bracket after a dot belongs to the name ({数据项.GDP（亿元）}); a call cannot follow a dot
    ["{a.b(1, 2)}", "函数名“a.b”中不能有“.”"],
    ["{年度+}", "此处应为数字"],
    ["{个数(表, 分隔=“，)}", "引号“…没有结束"],
  ])("reports %s as a syntax error: %s", (source, message) => {
    const parsed = parseTemplate(source);
    expect(parsed.errors.map((e) => e.message)).toEqual([message]);
  });

  it("reports stray closing brackets and unclosed optional clauses", () => {
    expect(parseTemplate("甲}乙").errors.map((e) => [e.message, e.at])).toEqual([
      ["多余的“}”，前面没有对应的“{”（要写出“}”本身，请写成\\}）", 1],
    ]);
    expect(parseTemplate("甲]乙").errors.map((e) => e.at)).toEqual([1]);
    const unclosed = parseTemplate("甲[乙{年度}");
    expect(shape(unclosed.nodes)).toEqual(["甲", { error: "“[”没有对应的“]”" }, "乙", { ref: ["年度"] }]);
  });

  it("reports an unclosed list body", () => {
    const parsed = parseTemplate("{列举(在建项目)：{项目名称}");
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]?.at).toBe(0);
  });

  it("never throws, whatever the input", () => {
    for (const source of [
      "{",
      "}",
      "[",
      "]",
      "{[}]",
      "{列举(",
      "{列举(a)：",
      "{{{",
      "｛｝［］",
      "\\",
      "{a=b}",
      "{(1)}",
    ]) {
      expect(() => parseTemplate(source)).not.toThrow();
    }
  });
});
