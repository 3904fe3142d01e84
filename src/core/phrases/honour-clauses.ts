/**
 * The honours clause: one "被【授予单位】评为“【称号】”" per row, consecutive rows with the same
 * 授予单位 and 方式 sharing one "被…评为" (juxtaposed quotations take no 顿号 between them, GB/T 15834),
 * clauses joined with "，". A blank 方式 means 评为; 授予 reads "被…授予“…”称号".
 */

export interface HonourEntry {
  readonly grantor: string;
  /** 评为 / 命名为 / 授予, or "" for the default 评为. */
  readonly method: string;
  readonly title: string;
}

/** Strips quotation marks a user typed around a title: “市级文明单位” → 市级文明单位. */
export function bareTitle(title: string): string {
  return title
    .trim()
    .replace(/^[“"「『]+/, "")
    .replace(/[”"」』]+$/, "");
}

/** Groups consecutive entries with the same grantor and method (blank method = 评为). */
export function groupHonours(entries: readonly HonourEntry[]): { grantor: string; method: string; titles: string[] }[] {
  const groups: { grantor: string; method: string; titles: string[] }[] = [];
  for (const e of entries) {
    const method = e.method.trim() === "" ? "评为" : e.method.trim();
    const grantor = e.grantor.trim();
    const last = groups[groups.length - 1];
    if (last && last.grantor === grantor && last.method === method) last.titles.push(e.title);
    else groups.push({ grantor, method, titles: [e.title] });
  }
  return groups;
}

/** "被市委、市政府命名为“市级文明单位”，被县总工会评为“县优秀工会”“县先进职工之家”". */
export function honourClauses(entries: readonly HonourEntry[]): string {
  return groupHonours(entries)
    .map((g) => {
      const titles = g.titles.map((t) => `“${bareTitle(t)}”`).join("");
      return g.method === "授予" ? `被${g.grantor}授予${titles}称号` : `被${g.grantor}${g.method}${titles}`;
    })
    .join("，");
}
