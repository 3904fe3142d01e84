/**
 * How the .xlsx adapters mark the add-in's highlights: a conditional format whose rule formula
 * carries OWNED_HIGHLIGHT_MARKER (always true, so it only colours), filled by the severity.
 */
import { OWNED_HIGHLIGHT_MARKER, type HighlightKind } from "../core/plan";

/** Custom rule formula that marks a conditional format as the add-in's own. */
export const OWNED_RULE_FORMULA = `N("${OWNED_HIGHLIGHT_MARKER}")=0`;

/** ARGB fills of the highlights. */
export const HIGHLIGHT_COLOURS: Readonly<Record<HighlightKind, string>> = { error: "FFFDE7E9", warning: "FFFFF4CE" };
