/** The Word export chunk: the .docx builder, with what it needs from the browser made present. */
import type { NarrativeDocument } from "../core/document";
import { buildDocx as buildDocxBytes } from "../export/docx-document";
import { installTextEncoder } from "./text-encoder-polyfill";

/** Builds the .docx; on a browser without TextEncoder (IE11) installs one first. */
export function buildDocx(document: NarrativeDocument): Promise<Uint8Array> {
  installTextEncoder(window as unknown as { TextEncoder?: unknown });
  return buildDocxBytes(document);
}
