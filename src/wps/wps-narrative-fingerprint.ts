/**
 * Where the WPS edition keeps the fingerprint of the last 文字稿 written: a custom document property
 * of the workbook (文件 → 属性 → 自定义), saved with the file like Office's add-in settings, under
 * the same name the Excel edition uses for its setting — so either edition recognises the other's
 * 文字稿. Where WPS refuses custom properties (a format that has none), the add-in's PluginStorage
 * keeps it for the WPS session, keyed by the workbook's full name; nothing is kept past it, and the
 * 文字稿 then counts as possibly edited next time, never as unedited.
 */
import { narrativeFingerprintSetting } from "../core/narrative-edits";
import { MSO_PROPERTY_TYPE_STRING, type EtWorkbook, type WpsPluginStorage } from "./et-api";

function storageKey(workbook: EtWorkbook, name: string): string {
  return `${name}@${workbook.FullName}`;
}

/** The fingerprint recorded after the last write of `outputSheet` (文字稿 by default), or undefined. */
export function readWpsFingerprint(
  workbook: EtWorkbook,
  outputSheet: string | undefined,
  storage: WpsPluginStorage | undefined,
): string | undefined {
  const name = narrativeFingerprintSetting(outputSheet);
  try {
    const value = workbook.CustomDocumentProperties.Item(name).Value;
    if (typeof value === "string") return value;
  } catch {
    // no such property (WPS raises an error for a missing name), or no custom properties at all
  }
  const kept = storage ? storage.getItem(storageKey(workbook, name)) : undefined;
  return typeof kept === "string" && kept !== "" ? kept : undefined;
}

/** Records the fingerprint of the 文字稿 just written; false where neither the workbook nor the session could keep it. */
export function saveWpsFingerprint(
  workbook: EtWorkbook,
  fingerprint: string,
  outputSheet: string | undefined,
  storage: WpsPluginStorage | undefined,
): boolean {
  const name = narrativeFingerprintSetting(outputSheet);
  try {
    const properties = workbook.CustomDocumentProperties;
    try {
      properties.Item(name).Value = fingerprint;
    } catch {
      properties.Add(name, false, MSO_PROPERTY_TYPE_STRING, fingerprint);
    }
    return true;
  } catch {
    if (!storage) return false;
    storage.setItem(storageKey(workbook, name), fingerprint);
    return true;
  }
}
