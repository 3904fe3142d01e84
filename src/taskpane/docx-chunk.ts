/**
 * The Word export chunk: the .docx builder, with what it needs from the browser made present.
 *
 * The docx package calls ES2015+ library members beyond those the pane's bundle brings
 * (polyfills.ts); Internet Explorer 11 (Office 2016/2019) has none of them, so they are
 * polyfilled here, with the chunk, and the pane's bundle does not carry them. All were found in
 * the built chunk. test/e2e/browser/ie11-runtime.test.ts exports the sample without IE11's
 * missing built-ins and reaches WeakSet and Int32Array.of (as the module loads), matchAll,
 * Array.prototype.flat and Object.fromEntries (docx's XML reader and its parts); the others sit
 * on docx paths that depend on the document: String.fromCodePoint (a character reference in
 * XML), trimStart/trimEnd (XML tags with spaces), padStart (theme colours, numbered fields),
 * Number.isNaN (a measure given with its unit), Uint8Array.from (a protection password). Its
 * `new RegExp(…, "u" | "s")` are transpiled at build time (scripts/es5-regexp-loader.js).
 * TextEncoder has no core-js polyfill; text-encoder-polyfill.ts supplies it. Not polyfilled:
 * what only docx's reading of existing files uses (TextDecoder, Blob.prototype.arrayBuffer, a
 * lookbehind in patchDocument), which the export never calls.
 */
import "core-js/es/weak-set";
import "core-js/es/typed-array/of";
import "core-js/es/typed-array/from";
import "core-js/es/string/match-all";
import "core-js/es/string/trim-start";
import "core-js/es/string/trim-end";
import "core-js/es/string/pad-start";
import "core-js/es/string/from-code-point";
import "core-js/es/array/flat";
import "core-js/es/object/from-entries";
import "core-js/es/number/is-nan";
import type { NarrativeDocument } from "../core/document";
import { buildDocx as buildDocxBytes } from "../export/docx-document";
import { installTextEncoder } from "./text-encoder-polyfill";

/** Builds the .docx; on a browser without TextEncoder (IE11) installs one first. */
export function buildDocx(document: NarrativeDocument): Promise<Uint8Array> {
  installTextEncoder(window as unknown as { TextEncoder?: unknown });
  return buildDocxBytes(document);
}
