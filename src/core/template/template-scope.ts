/**
 * What evaluation carries from node to node: the workbook, where the paragraph lives (for
 * template errors), whether we are inside an optional [ ] clause, and the current row of a list.
 */
import type { ListMarkerStyle } from "../phrases/list-marker";
import type { Table, TableRow } from "../read-table";
import type { WorkbookData } from "../parse-workbook";
import { templateErrorPiece, type Piece } from "./piece";
import type { TemplateNode } from "./template-ast";
import { templateIssue, type TemplateIssueCode, type TemplateLocation } from "./template-issues";

export interface Scope {
  readonly data: WorkbookData;
  readonly location: TemplateLocation;
  /** Inside [ ]: an absent value drops the clause instead of showing a marker. */
  readonly optional: boolean;
  /**
   * The row a list item is being written for; in an item of 分组, its group's first row and
   * `rows`, all the rows of the group (what {个数} and {合计(列)} count and add up there).
   */
  readonly current?: { readonly table: Table; readonly row: TableRow; readonly rows?: readonly TableRow[] };
  /** Numbering of lists (参数 列举序号, default （1）). */
  readonly listMarker: ListMarkerStyle;
  /** Evaluates nested template text (a list's item template). */
  readonly evaluate: (nodes: readonly TemplateNode[], scope: Scope) => Piece;
}

/** 【模板错误：…】 for a problem found at offset `at` of the paragraph. */
export function templateError(scope: Scope, code: TemplateIssueCode, message: string, at: number): Piece {
  return templateErrorPiece(message, templateIssue(code, message, scope.location, at));
}
