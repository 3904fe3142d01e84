/** missing-sheet: every input sheet of the layout exists. */
import { missingSheet } from "../../../src/core/rules/missing-sheet";
import { sampleRawWorkbook } from "../../../src/core/sample-workbook";
import { invalid, rawSheet, testRule, valid, withoutSheets } from "./helpers";

testRule(missingSheet, {
  valid: [
    valid("the input sheets in another order, beside a sheet of the user's", {
      sheetNames: ["封面", ...[...sampleRawWorkbook().sheetNames].reverse()],
      sheets: [rawSheet("封面", [["2023年工作总结数据"]]), ...[...sampleRawWorkbook().sheets].reverse()],
    }),
  ],
  invalid: [
    invalid(
      "a missing input sheet",
      withoutSheets(sampleRawWorkbook(), "在建项目"),
      "error",
      "missing-sheet",
      "在建项目",
      "",
      "在建项目",
    ),
    invalid(
      "a missing 参数 sheet",
      withoutSheets(sampleRawWorkbook(), "参数"),
      "error",
      "missing-sheet",
      "参数",
      "",
      "参数",
    ),
  ],
});
