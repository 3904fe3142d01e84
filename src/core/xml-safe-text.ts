/**
 * Text that every output can carry. A cell may hold characters XML 1.0 forbids — C0 control
 * characters other than tab, line feed and carriage return, U+FFFE and U+FFFF (Excel stores them
 * escaped as _xFFFE_), or half of a surrogate pair — and one of them written into an .xlsx or
 * .docx part makes the whole file unreadable. They show nothing on paper, so the XML outputs leave
 * them out; plain-text outputs keep everything but replace a lone surrogate, which UTF-8 cannot
 * encode, with U+FFFD.
 */

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Leaves out the characters `forbidden` marks and replaces each lone surrogate with `replacement`;
 * a surrogate pair passes whole.
 */
function rewrite(text: string, forbidden: (code: number) => boolean, replacement: string): string {
  if (!SUSPECT.test(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isHigh(code) && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) {
      out += text.charAt(i) + text.charAt(i + 1);
      i++;
    } else if (isHigh(code) || isLow(code)) {
      out += replacement;
    } else if (forbidden(code)) {
      // left out
    } else {
      out += text.charAt(i);
    }
  }
  return out;
}

function notXmlChar(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff;
}

/** `text` without the characters XML 1.0 forbids (for .xlsx and .docx parts). */
export function xmlSafeText(text: string): string {
  return rewrite(text, notXmlChar, "");
}

/** `text` with every lone surrogate replaced by U+FFFD, so it encodes as UTF-8 (for .txt, .json). */
export function wellFormedText(text: string): string {
  return rewrite(text, () => false, "\uFFFD");
}
