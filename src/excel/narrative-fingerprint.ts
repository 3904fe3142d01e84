/**
 * Where the fingerprint of the last 文字稿 written is kept: the document's add-in settings
 * (Office.context.document.settings, Office 2013 and later), saved with the workbook. Where the
 * host has no settings, nothing is kept and every 文字稿 with text counts as possibly edited.
 */
import { narrativeFingerprintSetting } from "../core/narrative-edits";

function documentSettings(): Office.Settings | undefined {
  if (typeof Office === "undefined" || !Office.context || !Office.context.document) return undefined;
  return Office.context.document.settings || undefined;
}

/** The fingerprint recorded after the last write of `outputSheet` (文字稿 by default), or undefined. */
export function readNarrativeFingerprint(outputSheet?: string): string | undefined {
  const settings = documentSettings();
  if (!settings) return undefined;
  const value: unknown = settings.get(narrativeFingerprintSetting(outputSheet));
  return typeof value === "string" ? value : undefined;
}

/** Records the fingerprint of the 文字稿 just written; resolves false where it could not be saved. */
export function saveNarrativeFingerprint(fingerprint: string, outputSheet?: string): Promise<boolean> {
  const settings = documentSettings();
  if (!settings) return Promise.resolve(false);
  settings.set(narrativeFingerprintSetting(outputSheet), fingerprint);
  return new Promise((resolve) => {
    settings.saveAsync((result) => resolve(String(result.status) === "succeeded"));
  });
}
