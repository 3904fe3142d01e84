import { LAYOUT } from "../../src/core/layout";
import { completionRate, growthRate } from "../../src/core/metrics";
import { parseCell } from "../../src/core/parse-cell";
import { SAMPLE_DATA } from "../../src/core/sample-data";
import { sampleRawWorkbook } from "../../src/core/sample-workbook";
import { checkTextAction } from "../../src/core/actions/check-text-action";
import { fixAction } from "../../src/core/actions/fix-action";
import { layoutAction } from "../../src/core/actions/layout-action";
import { settingsAction } from "../../src/core/actions/settings-action";
import { createLayout, generate, runAction, validate } from "../../src/excel/run-actions";
import { goToCell } from "../../src/excel/go-to-cell";
import { SIM_API_LEVELS, SimExcelHost, type SimApiLevel } from "../../src/sim-excel";
import { GOLDEN } from "../golden/golden-sentences";
import { cellsOf, manyProjects, pick, withHost } from "./sim-helpers";

const MINOR: Record<SimApiLevel, number> = { "1.1": 1, "1.7": 7, "1.8": 8, latest: 20 };
const OWNED = '=N("年度总结助手")=0';
const INDICATORS = LAYOUT.indicators.name;

function sampleHost(level: SimApiLevel, overrides: Parameters<typeof sampleRawWorkbook>[0] = {}): SimExcelHost {
  return SimExcelHost.fromRawWorkbook(sampleRawWorkbook(overrides), { level });
}

function ok<T extends { ok: boolean }>(outcome: T): Extract<T, { ok: true }> {
  if (!outcome.ok) throw new Error(`action failed: ${JSON.stringify(outcome)}`);
  return outcome as Extract<T, { ok: true }>;
}

function columnText(host: SimExcelHost, sheet: string): string[] {
  const snap = host.snapshot().sheets.find((s) => s.name === sheet);
  if (!snap) return [];
  return Object.keys(snap.cells)
    .filter((a) => /^A\d+$/.test(a))
    .map((a) => String(snap.cells[a]?.value ?? ""));
}

function ownedHighlights(host: SimExcelHost): { sheet: string; address: string; fill?: string }[] {
  return host
    .snapshot()
    .sheets.flatMap((s) =>
      s.conditionalFormats
        .filter((f) => f.formula === OWNED)
        .map((f) => ({ sheet: s.name, address: f.address, fill: f.fill })),
    );
}

describe.each(SIM_API_LEVELS)("on ExcelApi %s", (level) => {
  const minor = MINOR[level];

  it("creates the layout on an empty workbook in 2 syncs (names, then one write)", async () => {
    const host = new SimExcelHost({ level });
    host.addSheet("Sheet1");
    const result = ok(await withHost(host, () => createLayout()));
    expect(host.stats.syncCount).toBe(2);
    expect(result.syncs).toBe(host.stats.syncCount);
    const snap = host.snapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      "参数",
      "主要指标",
      "在建项目",
      "在谈项目",
      "荣誉",
      "数据项",
      "模板",
      "模板（月度进展）",
    ]);
    const indicators = snap.sheets.find((s) => s.name === INDICATORS);
    expect(host.values(INDICATORS, "A1:I1")).toEqual([LAYOUT.indicators.columns.map((c) => c.header)]);
    expect(indicators?.tables).toEqual([{ name: LAYOUT.indicators.tableName, address: "A1:I2" }]);
    expect(indicators?.frozenRows).toBe(minor >= 7 ? 1 : 0);
    const projects = snap.sheets.find((s) => s.name === LAYOUT.projects.name);
    expect(Object.keys(projects?.validationLists ?? {}).length > 0).toBe(minor >= 8);
    expect(Object.keys(indicators?.columnWidths ?? {}).length > 0).toBe(minor >= 2);
    expect(result.skipped.length > 0).toBe(minor < 8);
    expect(columnText(host, LAYOUT.template.name).length).toBeGreaterThan(10);
  });

  it("completes a partial workbook without changing any cell a user typed", async () => {
    const host = new SimExcelHost({ level });
    host.addSheet("我的表");
    host.putCells("我的表", 0, 0, [["=SUM(1)", "-5", "@备注"]]);
    host.addSheet(INDICATORS);
    host.putCells(INDICATORS, 0, 0, [
      ["指标", "单位", "全年预计", "自定义列"],
      ["工业销售收入", "亿元", 52.36, "保留"],
      ["出口额", "万美元", "8650", null],
    ]);
    host.putFormat(INDICATORS, "A2", { fill: "#FFFF00", bold: true });
    host.putConditionalFormat(INDICATORS, "C2:C3", "CellValue", "=0", "#FF0000");
    host.addSheet("参数");
    host.putCells("参数", 0, 0, [
      ["参数", "值"],
      ["年度", 2024],
    ]);
    const before = host.snapshot();
    const userCells = cellsOf(before);
    ok(await withHost(host, () => createLayout()));
    const after = host.snapshot();
    expect(pick(cellsOf(after), Object.keys(userCells))).toEqual(userCells);
    expect(after.sheets.find((s) => s.name === INDICATORS)?.conditionalFormats).toEqual(
      before.sheets.find((s) => s.name === INDICATORS)?.conditionalFormats,
    );
    expect(host.values(INDICATORS, "E1")).toEqual([["年度任务"]]);
    expect(host.stats.syncCount).toBeLessThanOrEqual(3);
  });

  it("generates on the sample workbook: golden sentences in 文字稿, computed columns equal the code's rates", async () => {
    const host = sampleHost(level);
    const result = ok(await withHost(host, () => generate()));
    expect(host.stats.syncCount).toBeLessThanOrEqual(3);
    const text = columnText(host, LAYOUT.narrative.name);
    for (const sentence of [GOLDEN.sectionOne, GOLDEN.projects, GOLDEN.negotiations, GOLDEN.signed]) {
      expect(text.some((t) => t.indexOf(sentence) >= 0)).toBe(true);
    }
    expect(text.some((t) => t.indexOf(GOLDEN.honours) >= 0)).toBe(true);
    expect(result.document.paragraphs.length).toBe(text.length - 1);

    const rows = SAMPLE_DATA.indicators.rows;
    const values = host.values(INDICATORS, `F2:G${rows.length + 1}`);
    rows.forEach((row, i) => {
      const completion = completionRate(parseCell(row["estimate"] ?? null), parseCell(row["target"] ?? null));
      const growth = growthRate(parseCell(row["estimate"] ?? null), parseCell(row["lastYear"] ?? null));
      expect(values[i]?.[0]).toBe(completion === undefined ? "" : completion);
      expect(values[i]?.[1]).toBe(growth === undefined ? "" : growth);
    });
    expect(host.text(INDICATORS, "F2:G7")).toEqual([
      ["104.7%", "16.0%"],
      ["93.0%", "14.8%"],
      ["96.1%", "-5.2%"],
      ["107.0%", "11.8%"],
      ["107.2%", "19.6%"],
      ["100.0%", "12.2%"],
    ]);
  });

  it("gives an identical workbook when generate runs twice", async () => {
    const host = sampleHost(level);
    ok(await withHost(host, () => generate()));
    const first = host.snapshot();
    ok(await withHost(host, () => generate()));
    expect(host.snapshot()).toEqual(first);
  });

  it("lists errors in 校验结果 with links to the cells, and marks them where the host can (1.6+) until fixed", async () => {
    const host = sampleHost(level);
    host.putCells(INDICATORS, 1, 2, [["52.36"]]);
    const userBefore = cellsOf(host.snapshot(), ["在建项目", "在谈项目", "荣誉", "数据项", "参数"]);
    const result = ok(await withHost(host, () => validate()));
    const issue = result.issues.find((i) => i.sheet === INDICATORS && i.cell === "C2");
    expect(issue?.severity).toBe("error");

    const issuesSheet = host.snapshot().sheets.find((s) => s.name === LAYOUT.issues.name);
    const rowOf = Object.keys(issuesSheet?.cells ?? {}).find(
      (a) =>
        /^B\d+$/.test(a) &&
        issuesSheet?.cells[a]?.value === INDICATORS &&
        issuesSheet?.cells[`C${a.slice(1)}`]?.value === "C2",
    );
    expect(rowOf).toBeDefined();
    const link = issuesSheet?.cells[`C${(rowOf ?? "B0").slice(1)}`];
    expect(link?.formula).toBe(`=HYPERLINK("#'${INDICATORS}'!C2","C2")`);
    expect(link?.value).toBe("C2");

    if (minor >= 6) {
      expect(ownedHighlights(host)).toContainEqual({ sheet: INDICATORS, address: "C2", fill: "#FFC7CE" });
    } else {
      expect(ownedHighlights(host)).toEqual([]);
      expect(result.skipped).toContain("问题单元格标记");
    }
    expect(pick(cellsOf(host.snapshot()), Object.keys(userBefore))).toEqual(userBefore);

    host.putCells(INDICATORS, 1, 2, [[52.36]]);
    const fixed = ok(await withHost(host, () => validate()));
    expect(fixed.issues.some((i) => i.sheet === INDICATORS && i.cell === "C2" && i.severity === "error")).toBe(false);
    expect(ownedHighlights(host).filter((h) => h.sheet === INDICATORS && h.address === "C2")).toEqual([]);
  });

  it("stays within 3 syncs and under 5 MB per request with 10,000 project rows", async () => {
    const host = sampleHost(level, { projects: manyProjects(10000) });
    host.resetStats();
    ok(await withHost(host, () => generate()));
    expect(host.stats.syncCount).toBeLessThanOrEqual(3);
    expect(host.stats.maxRequestBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(host.stats.maxResponseBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
  }, 60000);
});

describe("errors reach the caller as a typed result in Chinese", () => {
  it("names a protected sheet and what it kept out, without failing the action (test/excel/protection.test.ts)", async () => {
    const host = sampleHost("latest");
    host.protectSheet(INDICATORS);
    const outcome = ok(await withHost(host, () => generate()));
    expect(outcome.blocked.map((b) => b.sheet)).toEqual([INDICATORS]);
    expect(outcome.blocked[0]?.message).toMatch(/^工作表“主要指标”受保护，完成率、同比增长公式/);
  });

  it("reports a request over the host's limit", async () => {
    const host = SimExcelHost.fromRawWorkbook(sampleRawWorkbook(), { maxRequestBytes: 4000 });
    const outcome = await withHost(host, () => generate({ maxRequestBytes: 5 * 1024 * 1024 }));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.kind).toBe("request-too-large");
  });

  it("splits the write instead when told the limit", async () => {
    const host = SimExcelHost.fromRawWorkbook(sampleRawWorkbook(), { maxRequestBytes: 20000 });
    const outcome = ok(await withHost(host, () => generate({ maxRequestBytes: 20000 })));
    expect(outcome.syncs).toBeGreaterThan(3);
    expect(host.stats.maxRequestBytes).toBeLessThanOrEqual(20000);
  });
});

describe("runAction: every pane action is one Excel.run", () => {
  it("converts a number stored as text in one run: read (2 syncs), the core's plan, one write", async () => {
    const host = sampleHost("latest");
    host.putCells(INDICATORS, 1, 2, [["52.36"]]);
    host.resetStats();
    const outcome = ok(
      await withHost(host, () => runAction(fixAction({ kind: "textNumber", sheet: INDICATORS, cells: ["C2"] }))),
    );
    expect(outcome.changed).toBe(1);
    expect(host.values(INDICATORS, "C2")).toEqual([[52.36]]);
    expect(host.stats.syncCount).toBe(3);
    expect(outcome.syncs).toBe(3);
  });

  it("writes a changed 参数 to its 值 cell in one run, and nothing while a value is invalid", async () => {
    const host = sampleHost("latest");
    const settings = { year: "2024", month: "10", usdRate: "7.05", listMarker: "（1）" };
    const saved = ok(await withHost(host, () => runAction(settingsAction(settings))));
    expect(saved).toMatchObject({ kind: "saved", names: ["年度"], syncs: 3 });
    expect(host.values("参数", "B2")).toEqual([[2024]]);
    const before = host.snapshot();
    const refused = ok(await withHost(host, () => runAction(settingsAction({ ...settings, year: "24" }))));
    expect(refused).toMatchObject({ kind: "invalid", errors: [{ key: "year" }], syncs: 2 });
    expect(host.snapshot()).toEqual(before);
  });

  it("checks a generated text before a copy by reading once and writing nothing", async () => {
    const host = sampleHost("latest");
    const generated = ok(await withHost(host, () => generate()));
    const before = host.snapshot();
    host.resetStats();
    const check = ok(await withHost(host, () => runAction(checkTextAction(generated))));
    expect(check.stale).toBe(false);
    expect(host.stats.syncCount).toBe(2);
    expect(host.snapshot()).toEqual(before);
    host.putCells(INDICATORS, 1, 2, [[60]]);
    const changed = ok(await withHost(host, () => runAction(checkTextAction(generated))));
    expect(changed).toMatchObject({ stale: true, cells: [{ sheet: INDICATORS, cell: "C2" }] });
  });

  it("stops 建立表格 on an empty workbook before writing when the pane offers the sample", async () => {
    const host = new SimExcelHost({ level: "latest" });
    host.addSheet("Sheet1");
    const before = host.snapshot();
    const outcome = ok(await withHost(host, () => runAction(layoutAction({ offerSample: true }))));
    expect(outcome.emptyWorkbook).toBe(true);
    expect(host.snapshot()).toEqual(before);
    expect(host.stats.syncCount).toBe(1);
  });
});

describe("goToCell", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const host = sampleHost("1.1");
    await withHost(host, () => Excel.run((context) => goToCell(context, "在建项目", "C5")));
    expect(host.snapshot().activeSheet).toBe("在建项目");
    expect(host.snapshot().selection).toBe("在建项目!C5");
    expect(host.stats.syncCount).toBe(1);
  });
});
