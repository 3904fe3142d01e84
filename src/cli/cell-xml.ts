/**
 * One cell as worksheet XML (<c>), for the cells a plan writes. Text is written inline (no shared
 * string table to keep in step) and XML-safe; a formula is written without a cached value, and the
 * workbook asks Excel to calculate on open; a string is always text, never a formula.
 */
import type { PlanValue } from "../core/plan";
import { escapeText } from "./xml-tree";

export type CellContent =
  | { readonly kind: "value"; readonly value: PlanValue }
  /** Without the leading "=". */
  | { readonly kind: "formula"; readonly formula: string };

/** `<c r="A1" s="3" …>…</c>`; `prefix` is the sheet's namespace prefix ("" or "x:"). */
export function cellXml(ref: string, style: number | undefined, content: CellContent | undefined, prefix = ""): string {
  const s = style ? ` s="${style}"` : "";
  const c = `${prefix}c`;
  if (!content) return `<${c} r="${ref}"${s}/>`;
  if (content.kind === "formula")
    return `<${c} r="${ref}"${s}><${prefix}f>${escapeText(content.formula)}</${prefix}f></${c}>`;
  const value = content.value;
  if (value === null || value === "") return `<${c} r="${ref}"${s}/>`;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return `<${c} r="${ref}"${s} t="e"><${prefix}v>#NUM!</${prefix}v></${c}>`;
    return `<${c} r="${ref}"${s}><${prefix}v>${String(value)}</${prefix}v></${c}>`;
  }
  if (typeof value === "boolean") return `<${c} r="${ref}"${s} t="b"><${prefix}v>${value ? 1 : 0}</${prefix}v></${c}>`;
  return `<${c} r="${ref}"${s} t="inlineStr"><${prefix}is><${prefix}t xml:space="preserve">${escapeText(escapeXString(value))}</${prefix}t></${prefix}is></${c}>`;
}

/**
 * Excel reads "_x0041_" in cell text as the character U+0041, so text that happens to contain
 * such a sequence gets its underscore escaped (_x005F_) to come back as typed.
 */
export function escapeXString(text: string): string {
  return text.indexOf("_x") < 0 ? text : text.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
}
