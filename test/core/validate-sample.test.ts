import { readWorkbook } from "../../src/core/read-workbook";
import { sampleRawWorkbook } from "../../src/core/sample-workbook";
import { validate } from "../../src/core/validate";

describe("validate", () => {
  it("finds no problem at all in the sample workbook", () => {
    expect(validate(readWorkbook(sampleRawWorkbook()))).toEqual([]);
  });
});
