/**
 * The add-in marks invalid cells with custom conditional formats (ExcelApi 1.6) whose rule
 * formula carries OWNED_HIGHLIGHT_MARKER, so it can find and remove exactly its own marks on the
 * next run. A user's conditional formats, fills and fonts are never touched.
 */
import type { HighlightKind } from "../core/plan";
import { OWNED_HIGHLIGHT_MARKER } from "../core/plan";

/** The custom rule: always true, and recognisable by the marker text. */
export const OWNED_HIGHLIGHT_FORMULA = `=N("${OWNED_HIGHLIGHT_MARKER}")=0`;

export const HIGHLIGHT_FILL: Readonly<Record<HighlightKind, string>> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
};

/** The add-in's own conditional formats found on each sheet (proxies valid in the run that found them). */
export interface OwnedHighlights {
  readonly bySheet: Readonly<Record<string, readonly Excel.ConditionalFormat[]>>;
}

export const NO_OWNED_HIGHLIGHTS: OwnedHighlights = { bySheet: {} };

/**
 * Queues the query for the sheets' conditional formats; call the returned function after the
 * sync. Loads only `type` and, through `customOrNullObject`, the rule formula, so other kinds of
 * conditional format are read safely.
 */
export function queueOwnedHighlightQuery(
  worksheets: Excel.WorksheetCollection,
  sheetNames: readonly string[],
): () => OwnedHighlights {
  const queried = sheetNames.map((name) => {
    const formats = worksheets.getItem(name).getRange().conditionalFormats;
    formats.load("items/type, items/customOrNullObject/rule/formula");
    return { name, formats };
  });
  return () => {
    const bySheet: Record<string, Excel.ConditionalFormat[]> = {};
    for (const { name, formats } of queried) {
      bySheet[name] = formats.items.filter(
        (cf) =>
          cf.type === "Custom" &&
          !cf.customOrNullObject.isNullObject &&
          cf.customOrNullObject.rule.formula.indexOf(OWNED_HIGHLIGHT_MARKER) >= 0,
      );
    }
    return { bySheet };
  };
}

/** Response bytes one conditional format's type and rule formula take, at most (its id included). */
const ITEM_RESPONSE_BYTES = 200;
/** Request bytes of reading one item by index: its path and instantiation, the load, the rule paths. */
const ITEM_REQUEST_BYTES = 600;

/**
 * Reads the sheets' conditional formats by index, in as many batches as keep each response and
 * request within `budget`: for when there are too many to list in one response (tens of thousands
 * of marks left by a run on a sheet full of scattered errors). Counts first (one sync), then pages.
 */
export async function readOwnedHighlightsPaged(
  context: Excel.RequestContext,
  sheetNames: readonly string[],
  budget: number,
): Promise<{ readonly highlights: OwnedHighlights; readonly syncs: number }> {
  const worksheets = context.workbook.worksheets;
  const collections = sheetNames.map((name) => ({
    name,
    formats: worksheets.getItem(name).getRange().conditionalFormats,
  }));
  const counts = collections.map((c) => c.formats.getCount());
  await context.sync();
  let syncs = 1;
  const perBatch = Math.max(1, Math.floor(budget / Math.max(ITEM_RESPONSE_BYTES, ITEM_REQUEST_BYTES)));
  const pending: { sheet: number; index: number }[] = [];
  collections.forEach((_, sheet) => {
    for (let index = 0; index < (counts[sheet]?.value ?? 0); index++) pending.push({ sheet, index });
  });
  const bySheet: Record<string, Excel.ConditionalFormat[]> = {};
  for (const c of collections) bySheet[c.name] = [];
  for (let start = 0; start < pending.length; start += perBatch) {
    const page = pending.slice(start, start + perBatch).map(({ sheet, index }) => {
      const collection = collections[sheet] as { name: string; formats: Excel.ConditionalFormatCollection };
      const cf = collection.formats.getItemAt(index);
      cf.load("type, customOrNullObject/rule/formula");
      return { name: collection.name, cf };
    });
    syncs++;
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per page: each response stays under the limit
    await context.sync();
    for (const { name, cf } of page) {
      if (
        cf.type === "Custom" &&
        !cf.customOrNullObject.isNullObject &&
        cf.customOrNullObject.rule.formula.indexOf(OWNED_HIGHLIGHT_MARKER) >= 0
      )
        bySheet[name]?.push(cf);
    }
  }
  return { highlights: { bySheet }, syncs };
}
