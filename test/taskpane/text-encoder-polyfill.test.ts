/**
 * The TextEncoder stand-in that lets 导出Word run in Internet Explorer 11: its bytes must be the
 * standard encoder's for any text, or the Word file's XML parts would be corrupt.
 */
import fc from "fast-check";
import { TextEncoder as NodeTextEncoder } from "util";
import { encodeUtf8, installTextEncoder } from "../../src/taskpane/text-encoder-polyfill";

const standard = new NodeTextEncoder();

describe("TextEncoder polyfill", () => {
  it("encodes Chinese text, ASCII and a character outside the BMP as UTF-8", () => {
    expect(Array.from(encodeUtf8("年度A𠀀"))).toEqual([
      0xe5, 0xb9, 0xb4, 0xe5, 0xba, 0xa6, 0x41, 0xf0, 0xa0, 0x80, 0x80,
    ]);
  });

  it("gives the standard encoder's bytes for any string, lone surrogates included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(Array.from(encodeUtf8(text))).toEqual(Array.from(standard.encode(text)));
      }),
      { numRuns: 500 },
    );
  });

  it("is installed only where the browser has no TextEncoder", () => {
    const ie11: { TextEncoder?: unknown } = {};
    expect(installTextEncoder(ie11)).toBe(true);
    const Encoder = ie11.TextEncoder as new () => { encode(text: string): Uint8Array };
    expect(Array.from(new Encoder().encode("十"))).toEqual([0xe5, 0x8d, 0x81]);

    const modern = { TextEncoder: NodeTextEncoder };
    expect(installTextEncoder(modern)).toBe(false);
    expect(modern.TextEncoder).toBe(NodeTextEncoder);
  });
});
