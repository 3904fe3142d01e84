/**
 * Telling a generated text that the workbook no longer gives: the pane checks before 复制全文 and
 * 导出Word. A changed figure is stale and named by its cell; a change the text does not show
 * (a 备注) is not; nothing changed is decided by hashing alone. Cells the text drew on are named
 * before others that changed with them.
 */
import { generate } from "../../src/core/generate";
import { checkNarrativeInputs, narrativeInputs } from "../../src/core/narrative-inputs";
import type { RawCell, RawSheet, RawWorkbook } from "../../src/core/raw-cell";
import { parseCellAddress } from "../../src/core/a1";
import { sampleRawWorkbook } from "../../src/core/sample-workbook";

/** `raw` with one cell set (the sheet grows to hold it). */
function withCell(raw: RawWorkbook, sheetName: string, address: string, value: RawCell): RawWorkbook {
  const at = parseCellAddress(address);
  if (!at) throw new Error(address);
  return {
    sheetNames: raw.sheetNames,
    sheets: raw.sheets.map((s): RawSheet => {
      if (s.name !== sheetName) return s;
      const values = s.values.map((row) => row.slice());
      const formats = s.numberFormats.map((row) => row.slice());
      while (values.length <= at.row) values.push([]);
      while (formats.length <= at.row) formats.push([]);
      const row = values[at.row] as RawCell[];
      while (row.length < at.column) row.push(null);
      row[at.column] = value;
      return { ...s, values, numberFormats: formats };
    }),
  };
}

const raw = sampleRawWorkbook();
const generated = generate(raw).document;
const inputs = narrativeInputs(raw);

describe("checkNarrativeInputs", () => {
  it("finds the text current when nothing changed, and keeps the same fingerprint", () => {
    const check = checkNarrativeInputs(sampleRawWorkbook(), inputs, generated);
    expect(check).toEqual({ stale: false, inputs });
  });

  it("names the cell of a changed figure (主要指标!C2, 全年预计 of the first indicator)", () => {
    const check = checkNarrativeInputs(withCell(raw, "主要指标", "C2", 60), inputs, generated);
    expect(check.stale).toBe(true);
    if (!check.stale) return;
    expect(check.cells.map((c) => `${c.sheet}!${c.cell}`)).toEqual(["主要指标!C2"]);
    expect(check.cellCount).toBe(1);
    expect(check.sheets).toEqual(["主要指标"]);
  });

  it("finds a cell emptied after generation (the text would now carry a 【待补】 marker)", () => {
    const check = checkNarrativeInputs(withCell(raw, "主要指标", "C3", null), inputs, generated);
    expect(check.stale).toBe(true);
    if (check.stale) expect(check.cells[0]).toEqual({ sheet: "主要指标", cell: "C3" });
  });

  it("is not stale when only a cell the text does not show changed (备注), and fingerprints the new state", () => {
    const changed = withCell(raw, "主要指标", "I2", "口径调整，见说明");
    const check = checkNarrativeInputs(changed, inputs, generated);
    expect(check.stale).toBe(false);
    if (check.stale) return;
    expect(check.inputs).not.toEqual(inputs);
    expect(checkNarrativeInputs(changed, check.inputs, generated)).toEqual({ stale: false, inputs: check.inputs });
  });

  it("finds a number format that changes what the cell shows (52.36 shown as 52.4)", () => {
    const changed: RawWorkbook = {
      ...raw,
      sheets: raw.sheets.map((s) =>
        s.name === "主要指标"
          ? {
              ...s,
              numberFormats: s.numberFormats.map((row, r) =>
                r === 1 ? row.map((f, c) => (c === 2 ? "0.0" : f)) : row,
              ),
            }
          : s,
      ),
    };
    const check = checkNarrativeInputs(changed, inputs, generated);
    expect(check.stale).toBe(true);
    if (check.stale) expect(check.cells[0]).toEqual({ sheet: "主要指标", cell: "C2" });
  });

  it("finds a project added to a list the text draws on, naming its cell", () => {
    const projects = raw.sheets.find((s) => s.name === "在建项目");
    if (!projects) throw new Error("no 在建项目");
    const row = projects.values.length + 1;
    let changed = withCell(raw, "在建项目", `A${row}`, row - 1);
    const template = projects.values[1] ?? [];
    template.forEach((v, c) => {
      if (c > 0) changed = withCell(changed, "在建项目", `${String.fromCharCode(65 + c)}${row}`, v);
    });
    changed = withCell(changed, "在建项目", `B${row}`, "新建智能装备产业园项目");
    const check = checkNarrativeInputs(changed, inputs, generated);
    expect(check.stale).toBe(true);
    if (!check.stale) return;
    expect(check.sheets).toEqual(["在建项目"]);
    expect(check.cells.map((c) => `${c.sheet}!${c.cell}`)).toContain(`在建项目!B${row}`);
  });

  it("names only the changed cells the text drew on, not a 备注 or a computed rate changed with them", () => {
    let changed = withCell(raw, "主要指标", "I2", "口径调整");
    changed = withCell(changed, "主要指标", "C3", 20);
    changed = withCell(changed, "主要指标", "F3", 1); // 完成率, as Excel recalculates it
    const check = checkNarrativeInputs(changed, inputs, generated);
    expect(check.stale).toBe(true);
    if (!check.stale) return;
    expect(check.cells.map((c) => `${c.sheet}!${c.cell}`)).toEqual(["主要指标!C3"]);
    expect(check.cellCount).toBe(1);
    expect(check.sheets).toEqual(["主要指标"]);
  });

  it("finds a sheet the text drew on removed, and names the sheet", () => {
    const without: RawWorkbook = {
      sheetNames: raw.sheetNames.filter((n) => n !== "荣誉"),
      sheets: raw.sheets.filter((s) => s.name !== "荣誉"),
    };
    const check = checkNarrativeInputs(without, inputs, generated);
    expect(check).toMatchObject({ stale: true, sheets: ["荣誉"], cells: [], cellCount: 0 });
  });

  it("finds a changed 模板 row and names its cell", () => {
    const templateSheet: RawSheet = {
      name: "模板",
      origin: { row: 0, column: 0 },
      values: [
        ["级别", "内容"],
        ["标题", "{年度}年{单位名称}年度工作总结"],
      ],
      numberFormats: [],
    };
    const withTemplate: RawWorkbook = {
      sheetNames: [...raw.sheetNames, "模板"],
      sheets: [...raw.sheets, templateSheet],
    };
    const document = generate(withTemplate).document;
    const before = narrativeInputs(withTemplate);
    const edited = withCell(withTemplate, "模板", "B2", "{年度}年{单位名称}工作总结");
    const check = checkNarrativeInputs(edited, before, document);
    expect(check.stale).toBe(true);
    if (!check.stale) return;
    expect(check.sheets).toEqual(["模板"]);
    expect(check.cells).toEqual([{ sheet: "模板", cell: "B2" }]);
  });
});
