/**
 * TextEncoder for Internet Explorer 11 (Office 2016/2019 on Windows). The docx package zips each
 * XML part of the Word file as UTF-8 through `new TextEncoder().encode(...)`, which IE11 lacks.
 * Loaded with the Word export chunk only, so the pane's own bundle does not carry it.
 */

/** UTF-8 bytes of a string; a lone surrogate becomes U+FFFD, as the standard TextEncoder does. */
export function encodeUtf8(text: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else {
        code = 0xfffd;
      }
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      code = 0xfffd;
    }
    if (code < 0x80) {
      bytes.push(code);
    } else if (code < 0x800) {
      bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
      bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    } else {
      bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    }
  }
  return new Uint8Array(bytes);
}

/** The part of TextEncoder that docx uses. */
class Utf8Encoder {
  readonly encoding = "utf-8";
  encode(text = ""): Uint8Array {
    return encodeUtf8(text);
  }
}

/** Installs the encoder where the browser has none; returns true when it did. */
export function installTextEncoder(scope: { TextEncoder?: unknown }): boolean {
  if (typeof scope.TextEncoder === "function") return false;
  scope.TextEncoder = Utf8Encoder;
  return true;
}
