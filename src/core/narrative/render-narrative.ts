/**
 * The narrative: every 模板 row (or the built-in default template when the 模板 sheet is missing
 * or empty) parsed and evaluated against the workbook into a paragraph of the document model,
 * with the cells it drew on and its issues. Deterministic: the same workbook gives the same
 * document, byte for byte.
 */
import { PARAGRAPH_LEVELS, type NarrativeDocument, type Paragraph, type ParagraphLevel } from "../document";
import { formatGeneral } from "../format-number";
import type { Issue } from "../issue";
import { textOf } from "../parse-cell";
import { cellOf } from "../read-table";
import type { WorkbookData } from "../parse-workbook";
import { evaluateTemplate, listMarkerOf } from "../template/evaluate-template";
import { parseTemplate } from "../template/parse-template";
import { uniqueIssues } from "../template/piece";
import type { TemplateLocation } from "../template/template-issues";
import { DEFAULT_TEMPLATE, type TemplateRow } from "./default-template";
import { HEADING_NUMBER_TOKEN, headingNumber } from "../phrases/heading-number";
import type { ListMarkerStyle } from "../phrases/list-marker";

export interface RenderOptions {
  /** Use these rows instead of the 模板 sheet (or the default template). */
  readonly template?: readonly TemplateRow[];
  /** Override the 参数 列举序号. */
  readonly listMarker?: ListMarkerStyle;
}

export interface RenderResult {
  readonly document: NarrativeDocument;
  /** All paragraphs' issues (without repeats) plus problems of the 模板 rows themselves. */
  readonly issues: readonly Issue[];
}

/** A template row to render, with where it lives on the 模板 sheet (if it does). */
interface SourceRow {
  readonly level: ParagraphLevel;
  readonly content: string;
  readonly location: TemplateLocation;
}

function isLevel(text: string): text is ParagraphLevel {
  return (PARAGRAPH_LEVELS as readonly string[]).includes(text);
}

/** The rows of the 模板 sheet, or undefined when it is missing or has no rows. */
function sheetRows(data: WorkbookData, issues: Issue[]): SourceRow[] | undefined {
  const table = data.tables.template;
  if (!table.present || table.rows.length === 0) return undefined;
  const rows: SourceRow[] = [];
  for (const row of table.rows) {
    const levelCell = cellOf(row, "level");
    const contentCell = cellOf(row, "content");
    const content = contentCell.parsed.kind === "blank" ? "" : textOf(contentCell.parsed, formatGeneral);
    const levelText = textOf(levelCell.parsed, formatGeneral);
    let level: ParagraphLevel = "正文";
    if (isLevel(levelText)) level = levelText;
    else {
      issues.push({
        severity: "warning",
        code: "template-level",
        sheet: table.sheetName,
        cell: levelCell.address,
        message: `${table.sheetName}!${levelCell.address} 的级别“${levelText}”不是标题、一级、二级、三级或正文，已按正文处理`,
        suggestion: "从下拉列表中选择级别",
      });
    }
    if (content === "") continue;
    rows.push({ level, content, location: { sheet: table.sheetName, row: row.row, cell: contentCell.address } });
  }
  return rows;
}

/** Renders the whole narrative. */
export function renderNarrative(data: WorkbookData, options: RenderOptions = {}): RenderResult {
  const issues: Issue[] = [];
  const marker = options.listMarker ? { style: options.listMarker, issues: [] } : listMarkerOf(data);
  issues.push(...marker.issues);
  const rows: SourceRow[] =
    (options.template
      ? options.template.map((r) => ({
          level: isLevel(r.level) ? r.level : "正文",
          content: r.content,
          location: { cell: "" },
        }))
      : sheetRows(data, issues)) ??
    DEFAULT_TEMPLATE.map((r) => ({ level: r.level, content: r.content, location: { cell: "" } }));
  const paragraphs: Paragraph[] = rows.map((row) => {
    const result = evaluateTemplate(parseTemplate(row.content), {
      data,
      location: row.location,
      listMarker: marker.style,
    });
    issues.push(...result.issues);
    const paragraph: Paragraph = {
      level: row.level,
      text: result.text,
      sources: result.sources,
      issues: result.issues,
    };
    return row.location.row === undefined ? paragraph : { ...paragraph, templateRow: row.location.row };
  });
  return { document: { paragraphs: numberHeadings(withoutEmptySections(paragraphs)) }, issues: uniqueIssues(issues) };
}

const LEVEL_RANK: Readonly<Record<ParagraphLevel, number>> = { 标题: 0, 一级: 1, 二级: 2, 三级: 3, 正文: 4 };

/** Nothing to read: no letter, digit or marker, only punctuation and space. */
function isEmptyText(text: string): boolean {
  return /^[\s\u3000、，；：。！？]*$/.test(text.replace(HEADING_NUMBER_TOKEN, ""));
}

/**
 * A paragraph all of whose clauses were left out is not written, and neither is a heading with
 * nothing under it before the next heading of its level or above: a unit without 在谈项目 gets
 * no empty “在谈项目” section. The title stays.
 */
function withoutEmptySections(paragraphs: readonly Paragraph[]): Paragraph[] {
  const kept: Paragraph[] = [];
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i] as Paragraph;
    if (p.level === "标题") {
      kept.push(p);
      continue;
    }
    if (p.level === "正文") {
      if (!isEmptyText(p.text)) kept.push(p);
      continue;
    }
    const next = kept[kept.length - 1];
    const hasContent = next !== undefined && LEVEL_RANK[next.level] > LEVEL_RANK[p.level];
    if (hasContent && !isEmptyText(p.text)) kept.push(p);
  }
  return kept.reverse();
}

/** {序号} in headings: 一、二、… per 一级, （一）（二）… per 二级 under it, 1. 2. … per 三级. */
function numberHeadings(paragraphs: readonly Paragraph[]): Paragraph[] {
  const counters: Record<ParagraphLevel, number> = { 标题: 0, 一级: 0, 二级: 0, 三级: 0, 正文: 0 };
  return paragraphs.map((p) => {
    if (p.level === "一级" || p.level === "二级" || p.level === "三级") {
      counters[p.level]++;
      if (p.level === "一级") counters["二级"] = counters["三级"] = 0;
      if (p.level === "二级") counters["三级"] = 0;
    }
    if (!p.text.includes(HEADING_NUMBER_TOKEN)) return p;
    return { ...p, text: p.text.split(HEADING_NUMBER_TOKEN).join(headingNumber(p.level, counters[p.level])) };
  });
}
