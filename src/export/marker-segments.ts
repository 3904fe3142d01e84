/**
 * Splits a paragraph's text into plain text and the markers the renderer leaves where data is
 * missing (【待补：…】) or the template is wrong (【模板错误：…】), so the Word export can show
 * the markers in red.
 */
import { MISSING_MARKER, TEMPLATE_ERROR_MARKER } from "../core/document";

export interface TextSegment {
  readonly text: string;
  readonly marker: boolean;
}

/** Both marker patterns as one fresh global regex (the shared ones keep `lastIndex` state). */
function markerPattern(): RegExp {
  return new RegExp(`${MISSING_MARKER.source}|${TEMPLATE_ERROR_MARKER.source}`, "g");
}

/** The text in order, markers as segments of their own; empty segments left out. */
export function markerSegments(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  const pattern = markerPattern();
  let at = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    if (match.index > at) segments.push({ text: text.slice(at, match.index), marker: false });
    segments.push({ text: match[0], marker: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marker: false });
  return segments;
}
