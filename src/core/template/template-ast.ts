/**
 * The syntax tree of one template paragraph. Parsing (text → this tree, with positions) is kept
 * apart from evaluation (tree + data → text, sources, issues) so that another back end — a live
 * Excel formula for the paragraph — can walk the same tree.
 *
 * Positions are zero-based offsets into the paragraph's source text, `end` exclusive.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Literal text, escapes already resolved. */
export interface TextNode {
  readonly kind: "text";
  readonly text: string;
  readonly span: Span;
}

/** `{…}`: a value, a phrase function or a list, written in place. */
export interface PlaceholderNode {
  readonly kind: "placeholder";
  readonly expression: Expression;
  readonly span: Span;
}

/**
 * `[…]`: written only when every value inside exists (is not blank-and-optional, "—" or a count of
 * zero). `[A|B]`: A where it is complete, else B (else nothing).
 */
export interface OptionalNode {
  readonly kind: "optional";
  readonly body: readonly TemplateNode[];
  /** What follows each `|`, tried in order when the body is incomplete. */
  readonly alternatives: readonly (readonly TemplateNode[])[];
  readonly span: Span;
}

/** A syntax error; evaluation writes 【模板错误：message】 in its place. */
export interface ErrorNode {
  readonly kind: "error";
  readonly message: string;
  /** The part of the source the error replaces. */
  readonly span: Span;
  /** Where the problem was found (for the message's position). */
  readonly at: number;
}

export type TemplateNode = TextNode | PlaceholderNode | OptionalNode | ErrorNode;

/** `年度`, `工业销售收入.全年预计`, `数据项.天然气主管道长度`: a dotted name (separators . · ．). */
export interface ReferenceExpression {
  readonly kind: "reference";
  readonly path: readonly string[];
  readonly span: Span;
}

/** `年度+1`: integer arithmetic on a number. */
export interface BinaryExpression {
  readonly kind: "binary";
  readonly operator: "+" | "-";
  readonly left: Expression;
  readonly right: NumberExpression;
  readonly span: Span;
}

export interface NumberExpression {
  readonly kind: "number";
  readonly value: number;
  readonly span: Span;
}

/**
 * `同比(工业销售收入)`, `个数(在建项目, 进度=滞后)`, `列举(在建项目, 进度!=滞后)：{项目名称}…`.
 * A call without parentheses (`{荣誉列举}`) is parsed as a reference and resolved as a call.
 */
export interface CallExpression {
  readonly kind: "call";
  readonly name: string;
  readonly nameSpan: Span;
  readonly args: readonly Argument[];
  /** The item template after "：" (lists only). */
  readonly body?: readonly TemplateNode[];
  /** The whole call as written, for messages and for names that merely contain brackets. */
  readonly source: string;
  readonly span: Span;
}

export type Expression = ReferenceExpression | BinaryExpression | NumberExpression | CallExpression;

/** How a condition compares: = and != on text or numbers; the others on numbers and dates. */
export type ComparisonOperator = "=" | "!=" | ">" | ">=" | "<" | "<=";

/**
 * One argument: a name (`工业销售收入`, `投资亿元以上`, `去重`, `总投资（万元）`) or a condition/option
 * (`进度!=滞后`, `编号=无`, `总投资≥100000`).
 */
export interface Argument {
  readonly kind: "argument";
  readonly name: readonly string[];
  readonly operator?: ComparisonOperator;
  /** A call standing as the argument: 比值(A, B) in {差(比值(A, B), 比值(C, D))}. */
  readonly call?: CallExpression;
  readonly value?: string;
  readonly span: Span;
}
