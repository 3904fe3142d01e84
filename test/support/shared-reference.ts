/**
 * The reference documents the tests read: the seed report, the restored report and the sample
 * data. Tests read the copies in test/fixtures/reference, so a clean clone tests itself; where the
 * team's shared/reference folder sits beside the clone, a test keeps the copies identical to it.
 */
import * as fs from "fs";
import * as path from "path";

export const REFERENCE_COPIES = path.join(__dirname, "..", "fixtures", "reference");

/** The team's shared/reference folder beside the clone, or null where it is not there (CI). */
export const SHARED_REFERENCE: string | null = ((): string | null => {
  const dir = process.env.SHARED_REFERENCE ?? path.join(__dirname, "..", "..", "..", "shared", "reference");
  return fs.existsSync(dir) ? dir : null;
})();

/** A reference document's text (from the copies kept in the repository). */
export function readReference(name: string): string {
  return fs.readFileSync(path.join(REFERENCE_COPIES, name), "utf8");
}
