/**
 * Syntax tree + workbook → text, the cells drawn on, and issues. Evaluation is total and
 * deterministic: every problem becomes a marker in the text and an issue, never an exception.
 *
 * Resolution of a name {X}: a column of the current list row (a user's own column too), then a
 * 参数, then a function without arguments by its name (荣誉列举, 累计月份), then a 数据项, and only
 * then a function's other name (荣誉): an alias never hides a 数据项. {X.Y} is column Y of the
 * 主要指标 row X ({数据项.X} and {参数.X} say where to look explicitly). A name that is nowhere but
 * near a known one gets “是否指“…”？”.
 */
import type { SourceRef } from "../document";
import type { Issue } from "../issue";
import { formatGeneral } from "../format-number";
import { LAYOUT } from "../layout";
import { DEFAULT_LIST_MARKER, parseListMarker, type ListMarkerStyle } from "../phrases/list-marker";
import { normaliseHeader } from "../read-table";
import type { WorkbookData } from "../parse-workbook";
import { textOf } from "../parse-cell";
import { cellOf } from "../read-table";
import {
  columnByName,
  dataItemPiece,
  estimateHeader,
  hasDataItem,
  isParameter,
  namedRowField,
  parameterCell,
  parameterPiece,
  rowByName,
  rowLabel,
  cellPiece,
} from "./data-access";
import { parseTemplate, type ParsedTemplate } from "./parse-template";
import {
  concatPieces,
  EMPTY_PIECE,
  templateErrorPiece,
  textPiece,
  uniqueIssues,
  uniqueSources,
  type Piece,
} from "./piece";
import type { CallExpression, Expression, ReferenceExpression, TemplateNode } from "./template-ast";
import { finishQuantities } from "./quantities";
import { didYouMean } from "./did-you-mean";
import { fieldByName, fieldNames, fieldPiece } from "./fields";
import { callFunction, findFunction, TEMPLATE_FUNCTIONS } from "./template-functions";
import { parameterWarning, templateIssue, type TemplateLocation } from "./template-issues";
import { templateError, type Scope } from "./template-scope";

export interface EvaluationResult {
  readonly text: string;
  /** Cells drawn on, first use first, no repeats. */
  readonly sources: readonly SourceRef[];
  readonly issues: readonly Issue[];
}

const same = (a: string, b: string): boolean => normaliseHeader(a) === normaliseHeader(b);

function evaluateNodes(nodes: readonly TemplateNode[], scope: Scope): Piece {
  const parts: Piece[] = [];
  let afterProjectName = false;
  let afterOrdinal = false;
  for (const node of nodes) {
    switch (node.kind) {
      case "text": {
        // a name already ending in 项目 gets no second 项目
        const text = afterProjectName && node.text.startsWith("项目") ? node.text.slice(2) : node.text;
        // 第{位次(X)}位 / 第{位次(X)}名: the template's own 位 or 名 closes the ordinal
        if (afterOrdinal && /^[位名]/.test(text)) {
          const ordinal = parts.pop() as Piece;
          parts.push({ ...ordinal, text: ordinal.text.replace(/位$/, "") });
        }
        afterOrdinal = false;
        const previous = parts[parts.length - 1];
        // {X.完成率}% / {增速(X)}%: the value writes its own %, the template's is not repeated
        if (previous?.text.endsWith("%") && /^[%％]/.test(text)) {
          parts.push(textPiece(text.slice(1)));
          afterProjectName = false;
          break;
        }
        const mismatch = previous?.unit ? unitMismatch(previous.unit, text, scope.location) : undefined;
        parts.push(mismatch ? { ...textPiece(text), issues: [mismatch] } : textPiece(text));
        afterProjectName = false;
        break;
      }
      case "placeholder": {
        let piece = evaluateExpression(node.expression, scope);
        if (piece.absent && !scope.optional) piece = piece.fallback ?? EMPTY_PIECE;
        afterOrdinal = !piece.absent && piece.ordinal === true;
        // 第{位次(X)}: the template's own 第 opens the ordinal
        if (afterOrdinal && parts[parts.length - 1]?.text.endsWith("第"))
          piece = { ...piece, text: piece.text.replace(/^第/, "") };
        parts.push(piece);
        afterProjectName = !piece.absent && piece.endsWithProjectName === true;
        break;
      }
      case "optional": {
        const inner: Scope = { ...scope, optional: true };
        let body = evaluateNodes(node.body, inner);
        for (const alternative of node.alternatives) {
          if (!body.absent) break;
          body = evaluateNodes(alternative, inner);
        }
        parts.push(body.absent || repeatsMarkers(body, parts) ? droppedClause(body) : body);
        afterProjectName = false;
        afterOrdinal = false;
        break;
      }
      case "error":
        parts.push(
          templateErrorPiece(node.message, templateIssue("template-syntax", node.message, scope.location, node.at)),
        );
        afterProjectName = false;
        afterOrdinal = false;
        break;
      default: {
        const unreachable: never = node;
        return unreachable;
      }
    }
  }
  return concatPieces(parts);
}

/** Units a template may write after an amount, longest first. */
const AMOUNT_UNITS = [
  "亿美元",
  "万美元",
  "亿元",
  "万元",
  "美元",
  "元",
  "平方米",
  "公里",
  "万吨",
  "吨",
  "米",
  "亩",
  "%",
];

/** The unit written after an indicator's number differs from its 单位 cell: 52.36亿元 for a value in 万元. */
function unitMismatch(
  unit: NonNullable<Piece["unit"]>,
  following: string,
  location: TemplateLocation,
): Issue | undefined {
  const written = AMOUNT_UNITS.find((u) => following.startsWith(u));
  if (!written || written === unit.text.trim()) return undefined;
  const field = unit.label.replace(/·[^·]*$/, "");
  // the issue points at the 单位 cell; the message names the 模板 cell too, where the other side is
  const where = location.cell === "" ? "模板" : `${LAYOUT.template.name}!${location.cell}`;
  return {
    severity: "warning",
    code: "template-unit-mismatch",
    sheet: unit.sheet,
    cell: unit.cell,
    message: `${unit.sheet}!${unit.cell}（${unit.label}）为“${unit.text}”，但${where}中该数值后写的是“${written}”`,
    suggestion: `核对单位：修改${unit.label}，或修改模板中的单位；要换算成${written}，写{换算(${field}.全年预计, ${written})}`,
  };
}

const MARKER = /【待补：[^】]*】/g;
const SENTENCE_END = /[。！？!?]/;

/**
 * True when every 【待补】 marker of an optional clause is already in the sentence being written:
 * one missing 全年预计 is said once, not again in the 完成率 and 同比 clauses that need it.
 */
function repeatsMarkers(clause: Piece, before: readonly Piece[]): boolean {
  const markers = clause.text.match(MARKER);
  if (!markers) return false;
  let sentence = "";
  for (let i = before.length - 1; i >= 0; i--) {
    const text = (before[i] as Piece).text;
    let end = -1;
    for (let j = text.length - 1; j >= 0; j--) {
      if (SENTENCE_END.test(text.charAt(j))) {
        end = j;
        break;
      }
    }
    sentence = text.slice(end + 1) + sentence;
    if (end >= 0) break;
  }
  return markers.every((m) => sentence.includes(m));
}

/** A clause left out: nothing, except that errors in the template itself stay visible. */
function droppedClause(body: Piece): Piece {
  const issues = body.issues.filter((i) => i.code.startsWith("template-"));
  if (issues.length === 0) return EMPTY_PIECE;
  return { text: (body.text.match(/【模板错误：[^】]*】/g) ?? []).join(""), sources: [], issues, absent: false };
}

function evaluateExpression(expression: Expression, scope: Scope): Piece {
  switch (expression.kind) {
    case "reference":
      return resolveReference(expression, scope);
    case "number":
      return textPiece(formatGeneral(expression.value), [], { number: expression.value });
    case "binary": {
      const left = evaluateExpression(expression.left, scope);
      if (left.absent || left.issues.length > 0) return left;
      if (left.number === undefined) {
        return templateError(scope, "template-bad-argument", "只能对数字加减", expression.span.start);
      }
      const value =
        expression.operator === "+" ? left.number + expression.right.value : left.number - expression.right.value;
      return textPiece(formatGeneral(value), left.sources, { number: value });
    }
    case "call":
      return evaluateCall(expression, scope);
    default: {
      const unreachable: never = expression;
      return unreachable;
    }
  }
}

/** Every name and alias of a function, for did-you-mean. */
const FUNCTION_NAMES: readonly string[] = TEMPLATE_FUNCTIONS.flatMap((f) => [f.name, ...f.aliases]);

function evaluateCall(call: CallExpression, scope: Scope): Piece {
  const fn = findFunction(call.name);
  if (fn) return callFunction(fn, call, scope);
  // a name that merely contains brackets, such as 占地（亩）
  const asName = resolveName(call.source, call.span.start, scope);
  if (asName) return asName;
  const hint = didYouMean(call.name, FUNCTION_NAMES);
  return templateError(scope, "template-unknown-function", `未知函数“${call.name}”${hint}`, call.span.start);
}

/** A call without arguments standing for a name written at `at`. */
function syntheticCall(name: string, at: number, source: string): CallExpression {
  const span = { start: at, end: at + source.length };
  return { kind: "call", name, nameSpan: span, args: [], source, span };
}

/**
 * A single name: a column of the current row, a 参数, a function without arguments by its own
 * name, a 数据项, a function without arguments by an alias.
 */
function resolveName(name: string, at: number, scope: Scope): Piece | undefined {
  const { data, current } = scope;
  if (current) {
    const column = columnByName(current.table, name);
    if (column?.type === "computed") {
      // 完成率 / 同比增长 of the current 主要指标 row: computed, as {完成率()} / {同比()}
      const fn = findFunction(column.key === "completion" ? "完成率" : "同比");
      if (fn) return callFunction(fn, syntheticCall(fn.name, at, name), scope);
    }
    const field = column ? undefined : fieldByName(current.table, name);
    if (column)
      return column.type === "date"
        ? fieldPiece(
            current.table,
            current.row,
            { kind: "column", header: column.header, spec: column },
            `${rowLabel(current.table, current.row)}·${column.header}`,
            data,
          )
        : cellPiece(current.table, current.row, column, `${rowLabel(current.table, current.row)}·${column.header}`);
    if (field)
      return fieldPiece(
        current.table,
        current.row,
        field,
        `${rowLabel(current.table, current.row)}·${field.header}`,
        data,
      );
  }
  if (isParameter(data, name)) return parameterPiece(data, name);
  const fn = findFunction(name);
  const callable = fn !== undefined && fn.minArgs === 0 && !fn.body;
  if (callable && fn.name === name) return callFunction(fn, syntheticCall(name, at, name), scope);
  // a 数据项 named like a function's other name (荣誉) is that 数据项
  if (hasDataItem(data, name)) return dataItemPiece(data, name);
  if (callable) return callFunction(fn, syntheticCall(name, at, name), scope);
  return undefined;
}

/** Names a single {X} could have meant: columns of the current row, 参数, 数据项, indicators, functions. */
function nameCandidates(scope: Scope): string[] {
  const { data, current } = scope;
  const label = (table: (typeof data.tables)[keyof typeof data.tables]): string[] =>
    table.rows.map((r) => rowLabel(table, r));
  return [
    ...(current ? fieldNames(current.table) : []),
    ...data.tables.parameters.rows.map((r) => textOf(cellOf(r, "name").parsed, formatGeneral)),
    ...label(data.tables.dataItems),
    ...TEMPLATE_FUNCTIONS.filter((f) => f.minArgs === 0 && !f.body).map((f) => f.name),
  ];
}

/** Fields of an indicator that are computed, not columns: {X.完成率}, {X.同比增长}, {X.增速}. */
const VIRTUAL_FIELDS = ["完成率", "同比增长", "增速"];

function indicatorNames(scope: Scope): string[] {
  const table = scope.data.tables.indicators;
  return table.rows.map((r) => rowLabel(table, r));
}

function resolveReference(reference: ReferenceExpression, scope: Scope): Piece {
  const { data } = scope;
  const path = reference.path;
  const at = reference.span.start;
  const [first = "", ...rest] = path;
  if (rest.length === 0) {
    const found = resolveName(first, at, scope);
    if (found) return found;
    if (rowByName(data.tables.indicators, first)) {
      return templateError(
        scope,
        "template-unknown-field",
        `“${first}”是主要指标，请写明列名，如{${first}.${estimateHeader(data)}}`,
        at,
      );
    }
    const hint = didYouMean(first, [...nameCandidates(scope), ...indicatorNames(scope)]);
    if (scope.current) {
      return templateError(
        scope,
        "template-unknown-field",
        `${scope.current.table.sheetName}表没有“${first}”列，也没有名为“${first}”的参数或数据项${hint}`,
        at,
      );
    }
    // a name near a known one is a slip of the template, not a 数据项 still to fill in
    if (hint !== "")
      return templateError(scope, "template-unknown-field", `没有名为“${first}”的参数或数据项${hint}`, at);
    return dataItemPiece(data, first); // a data item not (yet) in the table: 【待补：名称】
  }
  if (same(first, "数据项")) return dataItemPiece(data, rest.join("."));
  if (same(first, "参数")) {
    const name = rest.join(".");
    return isParameter(data, name)
      ? parameterPiece(data, name)
      : templateError(scope, "template-unknown-field", `参数表中没有“${name}”`, at);
  }
  if (rest.length === 1) {
    const field = rest[0] ?? "";
    const indicators = data.tables.indicators;
    // {名称.数值} of a 数据项 (not a 主要指标 row): the 数据项 itself
    if ((same(field, "数值") || same(field, "值")) && !rowByName(data.tables.indicators, first)) {
      if (rowByName(data.tables.dataItems, first)) return dataItemPiece(data, first);
    }
    if (same(field, "完成率") || same(field, "同比增长") || same(field, "同比") || same(field, "增速")) {
      // {X.增速} is {增速(X)} (-4.7%), as 指标.增速 is a number in {比较}, {差}
      const fn = findFunction(same(field, "完成率") ? "完成率" : same(field, "增速") ? "增速" : "同比");
      const call: CallExpression = {
        kind: "call",
        name: fn?.name ?? field,
        nameSpan: reference.span,
        args: [{ kind: "argument", name: [first], span: reference.span }],
        source: path.join("."),
        span: reference.span,
      };
      return fn ? callFunction(fn, call, scope) : templateError(scope, "template-unknown-field", field, at);
    }
    const column = columnByName(indicators, field);
    if (column && !rowByName(indicators, first)) {
      const hint = didYouMean(first, indicatorNames(scope));
      if (hint !== "")
        return templateError(scope, "template-unknown-field", `主要指标表中没有“${first}”这一行${hint}`, at);
    }
    if (column) return namedRowField(indicators, first, column);
    // a column the unit added to 主要指标 (上年增速, 责任单位 …)
    const own = fieldByName(indicators, field);
    const ownRow = own ? rowByName(indicators, first) : undefined;
    if (own && ownRow) return fieldPiece(indicators, ownRow, own, `${first}·${own.header}`, data);
    const hint = didYouMean(field, [...fieldNames(indicators), ...VIRTUAL_FIELDS]);
    return templateError(scope, "template-unknown-field", `主要指标表没有“${field}”列${hint}`, at);
  }
  return templateError(scope, "template-unknown-field", `无法识别“${path.join(".")}”`, at);
}

/**
 * A clause left out takes its punctuation with it: where [ ] clauses dropped, the marks that met
 * are reduced to the stronger one (“，，” → “，”, “；。” → “。”, “：，” → “：”), and a paragraph
 * never starts with a comma.
 */
export function tidyPunctuation(text: string): string {
  const rank: Readonly<Record<string, number>> = { "、": 0, "，": 1, "；": 2, "：": 3, "。": 4, "！": 4, "？": 4 };
  // 【…】 markers quote what they are about (“可选1、、①”): leave them as they are
  return text
    .replace(/(【[^】]*】)|[、，；：。！？]{2,}/g, (run, marker: string | undefined) => {
      if (marker) return marker;
      // a run of marks from dropped clauses: keep the strongest
      let best = run.charAt(0);
      for (const ch of run) if ((rank[ch] ?? 0) > (rank[best] ?? 0)) best = ch;
      return best;
    })
    .replace(/^[、，；]+/, "");
}

/** The list numbering the 参数 列举序号 asks for, with a warning when it is not one of the styles. */
export function listMarkerOf(data: WorkbookData): { style: ListMarkerStyle; issues: Issue[] } {
  const cell = parameterCell(data, "列举序号");
  if (!cell || cell.parsed.kind === "blank") return { style: DEFAULT_LIST_MARKER, issues: [] };
  const text = textOf(cell.parsed, formatGeneral);
  const style = parseListMarker(text);
  if (style) return { style, issues: [] };
  return {
    style: DEFAULT_LIST_MARKER,
    issues: [
      parameterWarning(
        cell.address,
        `${LAYOUT.parameters.name}!${cell.address} 的列举序号“${text}”不是可选的样式，文字稿已按（1）编号`,
        "选择（1）、1.、1、或①",
      ),
    ],
  };
}

export interface EvaluationContext {
  readonly data: WorkbookData;
  readonly location: TemplateLocation;
  /** Defaults to the 参数 列举序号 (or （1）). */
  readonly listMarker?: ListMarkerStyle;
}

/** Evaluates one parsed paragraph (or template text, parsed first) against the workbook. */
export function evaluateTemplate(template: ParsedTemplate | string, context: EvaluationContext): EvaluationResult {
  const parsed = typeof template === "string" ? parseTemplate(template) : template;
  const scope: Scope = {
    data: context.data,
    location: context.location,
    optional: false,
    listMarker: context.listMarker ?? listMarkerOf(context.data).style,
    evaluate: evaluateNodes,
  };
  const piece = evaluateNodes(parsed.nodes, scope);
  return {
    text: tidyPunctuation(finishQuantities(piece.text)),
    sources: uniqueSources(piece.sources),
    issues: uniqueIssues(piece.issues),
  };
}
