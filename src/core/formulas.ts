/**
 * The computed columns as A1-style Excel formulas, generated from the column positions found in
 * the user's sheet. They give exactly the numbers of metrics.ts: blank ("") unless both cells are
 * numbers (ISNUMBER is false for text, booleans and blanks) and the divisor is > 0. Functions are
 * those of Excel 2007 onwards, so Office 2016 computes them.
 */
import { columnLetters } from "./a1";

/** Formula for 完成率 on sheet row `row` (zero-based) given the zero-based columns of its inputs. */
export function completionFormula(row: number, estimateColumn: number, targetColumn: number): string {
  return ratioFormula(row, estimateColumn, targetColumn, "");
}

/** Formula for 同比增长 on sheet row `row` (zero-based). */
export function growthFormula(row: number, estimateColumn: number, lastYearColumn: number): string {
  return ratioFormula(row, estimateColumn, lastYearColumn, "-1");
}

function ratioFormula(row: number, numeratorColumn: number, denominatorColumn: number, offset: string): string {
  const n = `${columnLetters(numeratorColumn)}${row + 1}`;
  const d = `${columnLetters(denominatorColumn)}${row + 1}`;
  return `=IF(AND(ISNUMBER(${n}),ISNUMBER(${d})),IF(${d}>0,${n}/${d}${offset},""),"")`;
}
