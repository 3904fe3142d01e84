/**
 * The items of a 列举 (or a 分组) joined into one piece: numbered in the list's marker style, or
 * not numbered where one item stands alone, and separated as the list asks (、 ； 和 …).
 */
import { joinNames } from "../phrases/join-names";
import { listMarker } from "../phrases/list-marker";
import { absentPiece, concatPieces, EMPTY_PIECE, type Piece } from "./piece";
import type { ListOptions } from "./row-selection";
import type { Scope } from "./template-scope";

/** The joined items, with their sources and issues; absent when there is no item. */
export function joinListItems(items: readonly Piece[], options: ListOptions, scope: Scope): Piece {
  if (items.length === 0) return absentPiece(EMPTY_PIECE);
  const { separator } = options;
  // one item is no enumeration: “（1）” only where a （2） follows
  const style =
    items.length === 1 ? "none" : (options.marker ?? (separator.kind === "names" ? "none" : scope.listMarker));
  const texts = items.map((item, i) => `${listMarker(style, i + 1)}${item.text}`);
  const joined = separator.kind === "names" ? joinNames(texts, separator.conjunction) : texts.join(separator.text);
  return { ...concatPieces(items), text: joined };
}
