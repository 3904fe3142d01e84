/**
 * Property: whatever an adapter hands over — numbers, NaN/Infinity, booleans, null, Excel
 * errors, very long strings, emoji, formula-like text — reading and validating never throws, and
 * every issue points at a cell inside the array it came from (or "" for a whole-sheet problem).
 */
import fc from "fast-check";
import { parseCellAddress } from "../../src/core/a1";
import { LAYOUT, SHEET_ORDER } from "../../src/core/layout";
import { EXCEL_ERRORS, type RawCell, type RawSheet, type RawWorkbook } from "../../src/core/raw-cell";
import { parseWorkbook } from "../../src/core/parse-workbook";
import { sampleRawWorkbook } from "../../src/core/sample-workbook";
import { validate } from "../../src/core/validate";

const rawCell: fc.Arbitrary<RawCell> = fc.oneof(
  fc.constant(null),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0, -0, 1e308, -1e-308),
  fc.integer({ min: -100, max: 3000 }),
  fc.boolean(),
  fc.constantFrom(...EXCEL_ERRORS),
  fc.constantFrom(
    "",
    " ",
    "—",
    "-",
    "/",
    "无",
    "52亿元",
    "５２．３６",
    "1,200",
    "16%",
    "已签约",
    "万美元",
    "投产",
    "评为",
    "1、",
    "（一）、",
  ),
  fc.constantFrom("=cmd|' /C calc'!A0", "=SUM(A1:A2)", "+1", "-1", "@A1", "=1+1", "{{sheet}}", "\u0000", "\r\n"),
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom("😀", "👨‍👩‍👧", "起动😀平安生产"),
  fc.string({ minLength: 1000, maxLength: 5000 }),
  fc.constantFrom(...SHEET_ORDER.flatMap((k) => LAYOUT[k].columns.map((c) => c.header))),
);

/** Rectangular 2-D arrays (as range.values gives). */
const grid = (maxRows: number, maxColumns: number): fc.Arbitrary<RawCell[][]> =>
  fc
    .tuple(fc.integer({ min: 0, max: maxRows }), fc.integer({ min: 1, max: maxColumns }))
    .chain(([rows, columns]) =>
      fc.array(fc.array(rawCell, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
    );

const origin = fc.record({ row: fc.integer({ min: 0, max: 30 }), column: fc.integer({ min: 0, max: 30 }) });

function sheetOf(name: string, values: RawCell[][], at: { row: number; column: number }): RawSheet {
  return { name, origin: at, values, numberFormats: values.map((r) => r.map(() => "General")) };
}

function workbookOf(sheets: RawSheet[]): RawWorkbook {
  return { sheetNames: sheets.map((s) => s.name), sheets };
}

/** Every issue is on a sheet of the input and inside its used range, or whole-sheet (""). */
function assertInBounds(workbook: RawWorkbook): void {
  const issues = validate(parseWorkbook(workbook));
  for (const issue of issues) {
    expect(typeof issue.message).toBe("string");
    expect(typeof issue.suggestion).toBe("string");
    if (issue.cell === "") continue;
    const sheet = workbook.sheets.find((s) => s.name === issue.sheet);
    expect(sheet).toBeDefined();
    if (!sheet) continue;
    const at = parseCellAddress(issue.cell);
    expect(at).not.toBeNull();
    if (!at) continue;
    const width = Math.max(0, ...sheet.values.map((r) => r.length));
    expect(at.row).toBeGreaterThanOrEqual(sheet.origin.row);
    expect(at.row).toBeLessThan(sheet.origin.row + sheet.values.length);
    expect(at.column).toBeGreaterThanOrEqual(sheet.origin.column);
    expect(at.column).toBeLessThan(sheet.origin.column + width);
  }
}

const INPUT_AND_TEMPLATE = ["参数", "主要指标", "在建项目", "在谈项目", "荣誉", "数据项", "模板"];

describe("validate (property)", () => {
  it("never throws and points only at cells of the input when whole sheets are random", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...INPUT_AND_TEMPLATE), grid(12, 10), origin), { maxLength: 7 }),
        (sheets) => {
          const unique = new Map<string, RawSheet>();
          for (const [name, values, at] of sheets) unique.set(name, sheetOf(name, values, at));
          assertInBounds(workbookOf(Array.from(unique.values())));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("never throws and points only at cells of the input when data rows under valid headers are random", () => {
    const sample = sampleRawWorkbook();
    fc.assert(
      fc.property(
        fc.constantFrom(...INPUT_AND_TEMPLATE),
        grid(15, 12),
        origin,
        fc.boolean(),
        (name, rows, at, reversed) => {
          const spec = SHEET_ORDER.map((k) => LAYOUT[k]).find((s) => s.name === name)!;
          const headers: RawCell[] = spec.columns.map((c) => c.header);
          if (reversed) headers.reverse();
          const width = Math.max(headers.length, rows[0]?.length ?? 0);
          const pad = (r: RawCell[]): RawCell[] =>
            [...r, ...new Array<RawCell>(width - r.length).fill(null)].slice(0, width);
          const values = [pad(headers), ...rows.map(pad)];
          const others = sample.sheets.filter((s) => s.name !== name);
          assertInBounds(workbookOf([...others, sheetOf(name, values, at)]));
        },
      ),
      { numRuns: 300 },
    );
  });
});
