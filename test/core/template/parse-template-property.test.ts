import fc from "fast-check";
import { parseWorkbook } from "../../../src/core/parse-workbook";
import { sampleRawWorkbook } from "../../../src/core/sample-workbook";
import { evaluateTemplate } from "../../../src/core/template/evaluate-template";
import { parseTemplate } from "../../../src/core/template/parse-template";
import type { TemplateNode } from "../../../src/core/template/template-ast";

const PIECES = [
  "{",
  "}",
  "[",
  "]",
  "｛",
  "｝",
  "［",
  "］",
  "(",
  ")",
  "（",
  "）",
  "：",
  ":",
  "，",
  ",",
  "=",
  "!=",
  "\\",
  ".",
  "·",
  "年度",
  "同比",
  "列举",
  "在建项目",
  "项目名称",
  "工业销售收入",
  "全年预计",
  "+1",
  "甲",
  " ",
];
const templateArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(""));

function spansWithin(nodes: readonly TemplateNode[], length: number): boolean {
  return nodes.every((n) => {
    const ok = n.span.start >= 0 && n.span.end <= length && n.span.start <= n.span.end;
    if (n.kind === "optional") return ok && spansWithin(n.body, length);
    return ok;
  });
}

describe("parseTemplate over random text", () => {
  const data = parseWorkbook(sampleRawWorkbook());

  it("never throws, keeps every span inside the text, and evaluation never throws either", () => {
    fc.assert(
      fc.property(templateArb, (source) => {
        const parsed = parseTemplate(source);
        expect(spansWithin(parsed.nodes, source.length)).toBe(true);
        for (const e of parsed.errors) expect(e.at).toBeLessThanOrEqual(source.length);
        const result = evaluateTemplate(parsed, { data, location: { cell: "" } });
        // every syntax error is shown in the text and reported
        expect((result.text.match(/【模板错误：/g) ?? []).length).toBeGreaterThanOrEqual(
          parsed.errors.length > 0 ? 1 : 0,
        );
        expect(result.issues.filter((i) => i.code === "template-syntax")).toHaveLength(
          new Set(parsed.errors.map((e) => `${e.at}|${e.message}`)).size,
        );
      }),
      { numRuns: 500 },
    );
  });

  it("reads text without brackets or backslashes as itself", () => {
    fc.assert(
      fc.property(fc.string(), (source) => {
        fc.pre(!/[{}｛｝[\]［］\\＼]/.test(source));
        expect(evaluateTemplate(source, { data, location: { cell: "" } }).text).toBe(source);
      }),
    );
  });
});
