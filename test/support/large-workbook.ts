/**
 * Workbooks of any size for benchmarks and scaling tests: the sample data with the 在建项目
 * table grown to `projectRows` rows (unique names, a few slow ones, every stage and progress).
 */
import { ENUMERATIONS } from "../../src/core/layout";
import type { RawWorkbook } from "../../src/core/raw-cell";
import type { SampleRow } from "../../src/core/sample-data";
import { sampleRawWorkbook } from "../../src/core/sample-workbook";

export function largeProjectRows(count: number): SampleRow[] {
  const rows: SampleRow[] = [];
  const stages = ENUMERATIONS.constructionStage;
  for (let i = 0; i < count; i++) {
    const slow = i % 97 === 0;
    rows.push({
      index: i + 1,
      name: `测试重点项目${i + 1}号`,
      builder: `测试建设单位${(i % 500) + 1}有限公司`,
      totalInvestment: 1000 + ((i * 7919) % 90000),
      stage: stages[i % stages.length] ?? "投产",
      progress: slow ? "滞后" : "正常",
      status: slow ? "仍处于规划设计阶段" : `一期已完成${(i % 9) + 1}万平方米的厂房建设，二期工程正在推进`,
    });
  }
  return rows;
}

/** The sample workbook with `projectRows` rows in 在建项目. */
export function largeRawWorkbook(projectRows: number): RawWorkbook {
  return sampleRawWorkbook({ projects: { rows: largeProjectRows(projectRows) } });
}

/**
 * Workbooks with many flagged cells, for the request-size budget of 校验 on Excel on the web:
 * "column" — `count` 在建项目 rows whose 总投资 is a number stored as text, one error a row, all
 * in column D; "scattered" — `count` / 2 rows with two errors each and no two flagged cells side by
 * side or one above the other (even rows 总投资 and 进度, odd rows 项目名称 and 建设阶段).
 */
export function flaggedCellsWorkbook(kind: "column" | "scattered", count: number): RawWorkbook {
  const rows =
    kind === "column"
      ? largeProjectRows(count).map((row) => ({ ...row, totalInvestment: String(row["totalInvestment"]) }))
      : largeProjectRows(Math.ceil(count / 2)).map((row, i): SampleRow =>
          i % 2 === 0 ? { ...row, totalInvestment: "约一千", progress: "未知" } : { ...row, name: null, stage: "未知" },
        );
  return sampleRawWorkbook({ projects: { rows } });
}
