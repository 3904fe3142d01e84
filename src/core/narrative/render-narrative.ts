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
import type { WorkbookData } from "../read-workbook";
import { evaluateTemplate, listMarkerOf } from "../template/evaluate-template";
import { parseTemplate } from "../template/parse-template";
import { uniqueIssues } from "../template/piece";
import type { TemplateLocation } from "../template/template-issues";
import { DEFAULT_TEMPLATE, type TemplateRow } from "./default-template";
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
    rows.push({ level, content, location: { row: row.row, cell: contentCell.address } });
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
  return { document: { paragraphs }, issues: uniqueIssues(issues) };
}
