/**
 * Numbering of enumerations inside a paragraph (GB/T 15834): （1） takes nothing after it, 1. takes a
 * full stop; 1、 and ① are accepted because users ask for them. The 参数 列举序号 picks one.
 */
import type { ENUMERATIONS } from "../layout";

export type ListMarkerStyle = (typeof ENUMERATIONS.listMarker)[number] | "none";

export const DEFAULT_LIST_MARKER: ListMarkerStyle = "（1）";

/** Reads a style as typed (also "(1)", "1．", "1,", "无"); undefined when it is none of them. */
export function parseListMarker(text: string): ListMarkerStyle | undefined {
  const t = text.replace(/\s+/g, "");
  if (/^[（(]1[）)]$/.test(t)) return "（1）";
  if (/^1[.．]$/.test(t)) return "1.";
  if (/^1、$/.test(t)) return "1、";
  if (t === "①") return "①";
  if (t === "无" || t === "不编号") return "none";
  return undefined;
}

/** Circled numbers exist for 1–50 in Unicode; beyond that the bracketed form is used. */
function circled(n: number): string | undefined {
  if (n >= 1 && n <= 20) return String.fromCharCode(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCharCode(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCharCode(0x32b1 + n - 36);
  return undefined;
}

/** The marker of item `n` (one-based): （3）, 3., 3、, ③, or "" for none. */
export function listMarker(style: ListMarkerStyle, n: number): string {
  switch (style) {
    case "（1）":
      return `（${n}）`;
    case "1.":
      return `${n}.`;
    case "1、":
      return `${n}、`;
    case "①":
      return circled(n) ?? `（${n}）`;
    case "none":
      return "";
    default: {
      const unreachable: never = style;
      return unreachable;
    }
  }
}
