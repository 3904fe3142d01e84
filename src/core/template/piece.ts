/**
 * What evaluating part of a template gives: text with the cells it drew on and the issues met.
 * A piece is `absent` when a value in it does not exist (a blank optional cell, "—", an empty
 * list): the enclosing [ ] clause is then left out; outside any [ ], its `fallback` is written
 * instead (a 【待补：…】 marker, or nothing for an empty list).
 */
import type { SourceRef } from "../document";
import type { Issue } from "../issue";

export interface Piece {
  readonly text: string;
  readonly sources: readonly SourceRef[];
  readonly issues: readonly Issue[];
  readonly absent: boolean;
  /** Written instead of an absent piece outside any optional clause. */
  readonly fallback?: Piece;
  /** The number behind the text, where there is one (for {年度+1}). */
  readonly number?: number;
  /** The 单位 cell of the 主要指标 row the number came from, to check the unit the template writes after it. */
  readonly unit?: { readonly text: string; readonly sheet: string; readonly cell: string; readonly label: string };
  /** The text is a cell's name ending in 项目: a following literal "项目" is not repeated. */
  readonly endsWithProjectName?: boolean;
  /** The text is an ordinal 第N位: a 第 just before it and a 位 or 名 just after are not repeated. */
  readonly ordinal?: boolean;
}

export const EMPTY_PIECE: Piece = { text: "", sources: [], issues: [], absent: false };

/** Shared empty lists: pieces are read-only, and a list item makes several pieces per row. */
const NO_SOURCES: readonly SourceRef[] = [];
const NO_ISSUES: readonly Issue[] = [];

export function textPiece(text: string, sources: readonly SourceRef[] = NO_SOURCES, extra?: Partial<Piece>): Piece {
  return extra
    ? { text, sources, issues: NO_ISSUES, absent: false, ...extra }
    : { text, sources, issues: NO_ISSUES, absent: false };
}

/** 【待补：label】 with its issue. */
export function missingPiece(label: string, issue: Issue, source?: SourceRef): Piece {
  return { text: `【待补：${label}】`, sources: source ? [source] : [], issues: [issue], absent: false };
}

/** An absent value; outside [ ] the given fallback is written. */
export function absentPiece(fallback: Piece): Piece {
  return { text: "", sources: [], issues: [], absent: true, fallback };
}

/** 【模板错误：message】 with its issue. */
export function templateErrorPiece(message: string, issue: Issue): Piece {
  return { text: `【模板错误：${message}】`, sources: [], issues: [issue], absent: false };
}

/** Concatenation; absent when any part is. */
export function concatPieces(parts: readonly Piece[]): Piece {
  const sources: SourceRef[] = [];
  const issues: Issue[] = [];
  let absent = false;
  let text = "";
  for (const p of parts) {
    for (let i = 0; i < p.sources.length; i++) sources.push(p.sources[i] as SourceRef);
    for (let i = 0; i < p.issues.length; i++) issues.push(p.issues[i] as Issue);
    if (p.absent) absent = true;
    text += p.text;
  }
  return { text, sources, issues, absent };
}

/** Sources without repeats, in first-use order. */
export function uniqueSources(sources: readonly SourceRef[]): SourceRef[] {
  // cells seen, by sheet: no "sheet!cell" key string per source
  const seen = new Map<string, Set<string>>();
  const out: SourceRef[] = [];
  for (const s of sources) {
    if (s.cell === "") continue;
    let cells = seen.get(s.sheet);
    if (!cells) {
      cells = new Set<string>();
      seen.set(s.sheet, cells);
    }
    if (cells.has(s.cell)) continue;
    cells.add(s.cell);
    out.push(s);
  }
  return out;
}

/** Issues without repeats (same code, sheet, cell and message), in first-met order. */
export function uniqueIssues(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  const out: Issue[] = [];
  for (const i of issues) {
    const key = `${i.code}|${i.sheet}|${i.cell}|${i.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(i);
  }
  return out;
}
