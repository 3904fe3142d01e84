/**
 * Joining names the way Chinese prose does: A和B, A、B和C. Cells such as 合作方 hold several names
 * typed with any of 、，, ；; as separators.
 */

/** Splits "鑫达集团、华泰公司" (or "鑫达集团,华泰公司", "鑫达集团；华泰公司") into trimmed, non-empty names. */
export function splitNames(text: string): string[] {
  return text
    .split(/[、，,；;]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** A / A和B / A、B和C; `conjunction` may be 和, 及, 与 … */
export function joinNames(names: readonly string[], conjunction = "和"): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join("、")}${conjunction}${names[names.length - 1]}`;
}

/**
 * The partner clause of a project: "由鑫达集团和华泰公司共同合作" for two or more partners,
 * "与鑫达集团合作" for one ("由A共同合作" would be wrong: one party cannot co-operate alone).
 */
export function partnerPhrase(names: readonly string[]): string {
  if (names.length === 0) return "";
  if (names.length === 1) return `与${names[0]}合作`;
  return `由${joinNames(names)}共同合作`;
}
