/**
 * The CLI's Word export: the .docx of src/export written to a file.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type { NarrativeDocument } from "../core/document";
import { buildDocx } from "../export/docx-document";

/** Writes `document` as a GB/T 9704 .docx at `outPath`, creating its folder if needed. */
export async function writeDocx(document: NarrativeDocument, outPath: string): Promise<void> {
  const bytes = await buildDocx(document);
  await fs.mkdir(path.dirname(path.resolve(outPath)), { recursive: true });
  await fs.writeFile(outPath, bytes);
}
