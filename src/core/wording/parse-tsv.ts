/** Rows of a TSV text with a header line; blank lines are skipped, a trailing "\r" is dropped. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  const lines = text.split("\n");
  for (let i = 1; i < lines.length; i++) {
    const line = (lines[i] ?? "").replace(/\r$/, "");
    if (line.trim() === "") continue;
    rows.push(line.split("\t"));
  }
  return rows;
}
