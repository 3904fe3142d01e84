/**
 * “是否指‘社会消费品零售总额’？”: the nearest known name to one a template misspells — an
 * indicator, a column, a data item, a function. Near means a few characters typed wrong, missed
 * or added (同笔 → 同比), or an abbreviation whose characters stand in order in the name
 * (社零总额 → 社会消费品零售总额). Deterministic: ties go to the first candidate given.
 */
import { normaliseHeader } from "../read-table";

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
      current.push(
        Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** Whether every character of `short` stands in `long`, in order. */
function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const ch of short) {
    at = long.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

const key = (name: string): string => normaliseHeader(name).toLowerCase();

/** The candidate nearest to `name`, or undefined when none is near enough to suggest. */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const a = key(name);
  if (a === "") return undefined;
  const allowed = a.length <= 2 ? 1 : a.length <= 5 ? 2 : 3;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const b = key(candidate);
    if (b === "" || b === a) continue;
    const d = editDistance(a, b);
    // an edit counts only where the names share most of their characters
    let score = d <= allowed && d < Math.max(a.length, b.length) / 2 + 0.5 ? d : Infinity;
    if (score === Infinity && a.length >= 2 && b.length > a.length && a.length * 3 >= b.length && isSubsequence(a, b))
      score = allowed + (b.length - a.length) / 100;
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}

/** “，是否指“社会消费品零售总额”？” after a message, or "" when nothing is near. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const found = closestName(name, candidates);
  return found === undefined ? "" : `，是否指“${found}”？`;
}
