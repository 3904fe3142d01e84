/**
 * What the command line agrees to read. A workbook past one of these ends at once with exit 2 and
 * one line naming the limit, instead of filling the memory (a zip whose parts inflate to hundreds
 * of megabytes, a stray cell at the last row, a million-row sheet). The figures keep the largest
 * accepted workbook under 1 GB of memory (measured by `npm run bench`); the README lists them.
 */
export const INPUT_LIMITS = {
  /** Size of the .xlsx file itself. */
  fileBytes: 100 * 1024 * 1024,
  /** Entries in its zip directory. */
  zipEntries: 20000,
  /** Inflated size of one part the command line reads as it inflates (a sheet, the shared strings). */
  partBytes: 128 * 1024 * 1024,
  /** Inflated size of a part it parses whole (workbook, relationships, content types, styles). */
  xmlPartBytes: 32 * 1024 * 1024,
  /** Inflated size of all the parts it reads together. */
  totalBytes: 256 * 1024 * 1024,
  /** Rows holding data in the columns the report uses, on one input sheet. */
  dataRows: 200000,
  /** Those rows times the sheet's headed columns (the cells the report reads) on one input sheet. */
  dataCells: 2000000,
} as const;

/** Bytes as the messages say them: “128 MB”. */
export function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
