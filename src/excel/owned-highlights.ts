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
