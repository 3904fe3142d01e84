/**
 * Non-standard ordinals in running text (GB/T 15834-2011, conventions.md): 一、 takes a 顿号,
 * but （一） and （1） take nothing after them and an Arabic ordinal takes a full stop — so
 * "（一）、", "（1）、" and "1、" are non-standard. These are hints (info), never rewrites.
 */

export interface OrdinalMatch {
  /** UTF-16 offsets of the non-standard marker in the text. */
  readonly start: number;
  readonly end: number;
  /** The marker as written, e.g. "1、" or "（一）、". */
  readonly found: string;
  /** The standard form to suggest, e.g. "（1）" or "（一）". */
  readonly right: string;
}

export interface OrdinalOptions {
  /**
   * Accept "1、" (the user chose it as 参数 列举序号). "（一）、" is reported regardless.
   * Default false.
   */
  readonly allowArabicComma?: boolean;
}

const BRACKETED_WITH_COMMA = /[（(]([一二三四五六七八九十]{1,3}|\d{1,2})[）)]、/g;
const ARABIC_WITH_COMMA = /\d{1,2}、/g;
/** Characters after which a number starts a new list item (start of text also counts). */
const ITEM_BOUNDARY = /[\s，。；：,.;:！？!?]/;

/** Finds "（一）、", "（1）、" and list items numbered "1、" in `text`, in text order. */
export function checkOrdinals(text: string, options: OrdinalOptions = {}): OrdinalMatch[] {
  const found: OrdinalMatch[] = [];
  if (typeof text !== "string" || text === "") return found;
  let m: RegExpExecArray | null;
  BRACKETED_WITH_COMMA.lastIndex = 0;
  while ((m = BRACKETED_WITH_COMMA.exec(text)) !== null) {
    const inner = m[1] ?? "";
    found.push({ start: m.index, end: m.index + m[0].length, found: m[0], right: `（${inner}）` });
  }
  if (!options.allowArabicComma) {
    ARABIC_WITH_COMMA.lastIndex = 0;
    while ((m = ARABIC_WITH_COMMA.exec(text)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      const before = start === 0 ? "" : text.charAt(start - 1);
      const after = text.charAt(end);
      // "2022、2023年" and "1、2、3季度" list numbers, not items: skip digits on either side
      if (before !== "" && !ITEM_BOUNDARY.test(before)) continue;
      if (/\d/.test(after)) continue;
      const digits = m[0].slice(0, -1);
      // at the very start the item is a heading (1.); inside a paragraph an enumeration (（1）)
      found.push({ start, end, found: m[0], right: start === 0 ? `${digits}.` : `（${digits}）` });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
