/**
 * Template text → syntax tree, with positions. The parser never throws on bad input: a syntax
 * error becomes an `ErrorNode` covering the bad part, and the rest of the paragraph is still
 * parsed, so one typo costs one marker, not the paragraph.
 *
 * Both ASCII and full-width brackets are accepted ({} ｛｝ [] ［］ () （）, : ：, , ，) because a
 * Chinese IME types the full-width ones. A backslash escapes a bracket: \{ \} \[ \] \\.
 */
import type {
  Argument,
  CallExpression,
  ComparisonOperator,
  ErrorNode,
  Expression,
  Span,
  TemplateNode,
} from "./template-ast";

export interface ParsedTemplate {
  readonly source: string;
  readonly nodes: readonly TemplateNode[];
  /** Every syntax error in source order (also present as ErrorNodes in `nodes`). */
  readonly errors: readonly ErrorNode[];
}

const OPEN_BRACE = "{｛";
const CLOSE_BRACE = "}｝";
const OPEN_OPTIONAL = "[［";
const CLOSE_OPTIONAL = "]］";
const ESCAPE = "\\＼";
/** Inside [ ]: separates alternatives, [A|B] = A where A is complete, else B. */
const ALTERNATIVE = "|｜";
const ESCAPABLE = OPEN_BRACE + CLOSE_BRACE + OPEN_OPTIONAL + CLOSE_OPTIONAL + ESCAPE + ALTERNATIVE;
const OPEN_PAREN = "(（";
const CLOSE_PAREN = ")）";
const COMMA = ",，";
const COLON = ":：";
const DOTS = ".·．・";
const QUOTES: Readonly<Record<string, string>> = { '"': '"', "“": "”", "＂": "＂" };
/** Characters that end a name. */
const NAME_STOP = new RegExp('[\\s\\u3000{}｛｝\\[\\]［］()（）,，:：=＝!！≠<>＜＞≥≤≧≦+＋\\-－\\\\＼"“”＂.·．・]');
/** A number at the start of a placeholder: {2023} or {3.5}, unless a name goes on ({5G基站数}). */
const LEADING_NUMBER = /^[0-9０-９]+(?:[.．][0-9０-９]+)?/;
/** The comparison operators, longest first (<> before <, >= before >). */
const OPERATORS: readonly (readonly [string, ComparisonOperator])[] = [
  ["!=", "!="],
  ["！=", "!="],
  ["!＝", "!="],
  ["！＝", "!="],
  ["<>", "!="],
  ["＜＞", "!="],
  ["==", "="],
  [">=", ">="],
  ["＞=", ">="],
  [">＝", ">="],
  ["＞＝", ">="],
  ["<=", "<="],
  ["＜=", "<="],
  ["<＝", "<="],
  ["＜＝", "<="],
  ["≥", ">="],
  ["≧", ">="],
  ["≤", "<="],
  ["≦", "<="],
  ["≠", "!="],
  [">", ">"],
  ["＞", ">"],
  ["<", "<"],
  ["＜", "<"],
  ["=", "="],
  ["＝", "="],
];

/** Internal: a syntax error found at `at`; caught where the parser can recover. */
class SyntaxFailure {
  constructor(
    readonly message: string,
    readonly at: number,
  ) {}
}

function isIn(set: string, ch: string | undefined): boolean {
  return ch !== undefined && ch !== "" && set.includes(ch);
}

function toAsciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

class Parser {
  private pos = 0;
  private readonly errors: ErrorNode[] = [];

  constructor(private readonly src: string) {}

  parse(): ParsedTemplate {
    const nodes = this.sequence("");
    // a terminator can only stop the top level when it is stray; sequence() handles that itself
    return { source: this.src, nodes, errors: [...this.errors].sort((a, b) => a.at - b.at) };
  }

  private peek(offset = 0): string | undefined {
    return this.src.charAt(this.pos + offset) || undefined;
  }

  private error(message: string, span: Span, at: number): ErrorNode {
    const node: ErrorNode = { kind: "error", message, span, at };
    this.errors.push(node);
    return node;
  }

  /** Text, placeholders and optional clauses until the end or a character in `stop`. */
  private sequence(stop: string): TemplateNode[] {
    const nodes: TemplateNode[] = [];
    let text = "";
    let textStart = this.pos;
    const flush = (): void => {
      if (text !== "") nodes.push({ kind: "text", text, span: { start: textStart, end: this.pos } });
      text = "";
      textStart = this.pos;
    };
    while (this.pos < this.src.length) {
      const ch = this.src.charAt(this.pos);
      if (isIn(stop, ch)) break;
      if (isIn(ESCAPE, ch)) {
        const next = this.peek(1);
        if (next !== undefined && ESCAPABLE.includes(next)) {
          text += next;
          this.pos += 2;
        } else {
          text += ch;
          this.pos += 1;
        }
        continue;
      }
      if (isIn(OPEN_BRACE, ch)) {
        flush();
        nodes.push(this.placeholder(stop));
        textStart = this.pos;
        continue;
      }
      if (isIn(OPEN_OPTIONAL, ch)) {
        flush();
        nodes.push(this.optional(stop));
        textStart = this.pos;
        continue;
      }
      if (isIn(CLOSE_BRACE, ch) || isIn(CLOSE_OPTIONAL, ch)) {
        flush();
        const open = isIn(CLOSE_BRACE, ch) ? "{" : "[";
        nodes.push(
          this.error(
            `多余的“${ch}”，前面没有对应的“${open}”（要写出“${ch}”本身，请写成\\${ch}）`,
            { start: this.pos, end: this.pos + 1 },
            this.pos,
          ),
        );
        this.pos += 1;
        textStart = this.pos;
        continue;
      }
      text += ch;
      this.pos += 1;
    }
    flush();
    return nodes;
  }

  private optional(stop: string): TemplateNode {
    const start = this.pos;
    this.pos += 1;
    const inner = stop + CLOSE_OPTIONAL + ALTERNATIVE;
    const body = this.sequence(inner);
    const alternatives: TemplateNode[][] = [];
    while (isIn(ALTERNATIVE, this.peek())) {
      this.pos += 1;
      alternatives.push(this.sequence(inner));
    }
    if (isIn(CLOSE_OPTIONAL, this.peek())) {
      this.pos += 1;
      return { kind: "optional", body, alternatives, span: { start, end: this.pos } };
    }
    // unclosed: only the "[" is wrong; parse what follows it again at the outer level
    this.errors.splice(0, this.errors.length, ...this.errors.filter((e) => e.at < start));
    this.pos = start + 1;
    return this.error(`“${this.src.charAt(start)}”没有对应的“]”`, { start, end: start + 1 }, start);
  }

  private placeholder(stop: string): TemplateNode {
    const start = this.pos;
    const errorsBefore = this.errors.length;
    this.pos += 1;
    try {
      const expression = this.expression(stop);
      this.skipSpace();
      if (!isIn(CLOSE_BRACE, this.peek())) {
        throw new SyntaxFailure(
          this.pos >= this.src.length ? "缺少“}”" : `此处应为“}”，却是“${this.peek()}”`,
          this.pos,
        );
      }
      this.pos += 1;
      return { kind: "placeholder", expression, span: { start, end: this.pos } };
    } catch (e) {
      if (!(e instanceof SyntaxFailure)) throw e;
      this.errors.splice(errorsBefore);
      const close = this.matchingClose(start);
      if (close < 0) {
        this.pos = start + 1;
        return this.error(`“${this.src.charAt(start)}”没有对应的“}”`, { start, end: start + 1 }, start);
      }
      this.pos = close + 1;
      return this.error(e.message, { start, end: close + 1 }, e.at);
    }
  }

  /** Index of the brace closing the one at `open` (nesting and escapes respected), or −1. */
  private matchingClose(open: number): number {
    let depth = 0;
    for (let i = open; i < this.src.length; i++) {
      const ch = this.src.charAt(i);
      if (isIn(ESCAPE, ch)) {
        i++;
        continue;
      }
      if (isIn(OPEN_BRACE, ch)) depth++;
      else if (isIn(CLOSE_BRACE, ch)) {
        depth--;
        if (depth === 0) return i;
      }
    }
    return -1;
  }

  private skipSpace(): void {
    while (this.pos < this.src.length && /[\s\u3000]/.test(this.src.charAt(this.pos))) this.pos++;
  }

  private expression(stop: string): Expression {
    this.skipSpace();
    let left = this.primary(stop);
    for (;;) {
      this.skipSpace();
      const ch = this.peek();
      if (ch !== "+" && ch !== "＋" && ch !== "-" && ch !== "－") break;
      const operator = ch === "+" || ch === "＋" ? "+" : "-";
      this.pos += 1;
      this.skipSpace();
      // {甲-乙} of two names: only a number may follow; say how two values are compared
      if (/^[\u4e00-\u9fffA-Za-z（(]/.test(this.src.slice(this.pos)))
        throw new SyntaxFailure(
          `“${operator}”后面只能是数字（如{年度+1}）；两个数的差写{差(甲, 乙)}，与上年相比写{增减(指标)}或{差额(指标)}`,
          this.pos,
        );
      const right = this.number();
      left = { kind: "binary", operator, left, right, span: { start: left.span.start, end: right.span.end } };
    }
    return left;
  }

  private number(): { kind: "number"; value: number; span: Span } {
    const start = this.pos;
    const m = /^[0-9０-９]+(?:[.．][0-9０-９]+)?/.exec(this.src.slice(this.pos));
    if (!m) throw new SyntaxFailure("此处应为数字", this.pos);
    this.pos += m[0].length;
    return { kind: "number", value: Number(toAsciiDigits(m[0]).replace("．", ".")), span: { start, end: this.pos } };
  }

  /**
   * One name. A bracketed part belongs to it (总投资（万元）, 地区生产总值（GDP）.全年预计,
   * 县（市、区）个数) where no call can stand: in arguments (`always`), and elsewhere when the name
   * goes on after the bracket or a "." follows it.
   */
  private name(brackets: "always" | "beforeDot" = "beforeDot"): { text: string; span: Span } {
    const start = this.pos;
    for (;;) {
      while (this.pos < this.src.length && !NAME_STOP.test(this.src.charAt(this.pos))) this.pos++;
      if (this.pos === start || !isIn(OPEN_PAREN, this.peek())) break;
      const close = this.closingParen(this.pos);
      if (close < 0) break;
      // {占地（亩）} and {同比(X)} end at the bracket: a call, or a name the call falls back to
      const next = this.src.charAt(close + 1);
      if (brackets === "beforeDot" && !isIn(DOTS, next) && (next === "" || NAME_STOP.test(next))) break;
      this.pos = close + 1;
    }
    if (this.pos === start) {
      const ch = this.peek();
      throw new SyntaxFailure(ch === undefined ? "缺少名称和“}”" : `此处应为名称，却是“${ch}”`, start);
    }
    return { text: this.src.slice(start, this.pos), span: { start, end: this.pos } };
  }

  /** Index of the parenthesis closing the one at `open` when only name characters stand between, or −1. */
  private closingParen(open: number): number {
    let depth = 0;
    for (let i = open; i < this.src.length; i++) {
      const ch = this.src.charAt(i);
      if (isIn(OPEN_PAREN, ch)) depth++;
      else if (isIn(CLOSE_PAREN, ch)) {
        depth--;
        if (depth === 0) return i;
      } else if (NAME_STOP.test(ch) && !/[、]/.test(ch)) return -1;
    }
    return -1;
  }

  /** A dotted name: 工业销售收入.全年预计 / 工业销售收入·全年预计 / 数据项.GDP（亿元）. */
  private path(brackets: "always" | "beforeDot" = "beforeDot"): { path: string[]; span: Span } {
    const first = this.name(brackets);
    const path = [first.text];
    let end = first.span.end;
    while (isIn(DOTS, this.peek())) {
      this.pos += 1;
      // after a dot no call can follow: a bracket there is part of the name
      const next = this.name("always");
      path.push(next.text);
      end = next.span.end;
    }
    return { path, span: { start: first.span.start, end } };
  }

  private primary(stop: string): Expression {
    const leading = LEADING_NUMBER.exec(this.src.slice(this.pos));
    if (leading) {
      const after = this.src.charAt(this.pos + leading[0].length);
      // {2023} is a number, {5G基站数} a name that starts with digits
      if (after === "" || NAME_STOP.test(after)) return this.number();
    }
    const start = this.pos;
    const { path, span } = this.path();
    this.skipSpace();
    if (!isIn(OPEN_PAREN, this.peek())) return { kind: "reference", path, span };
    if (path.length > 1) throw new SyntaxFailure(`函数名“${path.join(".")}”中不能有“.”`, span.start);
    const args = this.args();
    const afterArgs = this.pos;
    this.skipSpace();
    let body: TemplateNode[] | undefined;
    if (isIn(COLON, this.peek())) {
      this.pos += 1;
      body = this.sequence(stop + CLOSE_BRACE);
    } else {
      this.pos = afterArgs;
    }
    const call: CallExpression = {
      kind: "call",
      name: path[0] ?? "",
      nameSpan: span,
      args,
      body,
      source: this.src.slice(start, afterArgs),
      span: { start, end: this.pos },
    };
    return call;
  }

  private args(): Argument[] {
    this.pos += 1; // the opening parenthesis
    const args: Argument[] = [];
    this.skipSpace();
    if (isIn(CLOSE_PAREN, this.peek())) {
      this.pos += 1;
      return args;
    }
    for (;;) {
      args.push(this.argument());
      this.skipSpace();
      const ch = this.peek();
      if (isIn(COMMA, ch)) {
        this.pos += 1;
        continue;
      }
      if (isIn(CLOSE_PAREN, ch)) {
        this.pos += 1;
        return args;
      }
      if (ch === undefined || isIn(CLOSE_BRACE, ch)) throw new SyntaxFailure("缺少“)”", this.pos);
      throw new SyntaxFailure(`参数之间应以“，”分隔，却是“${ch}”`, this.pos);
    }
  }

  private argument(): Argument {
    this.skipSpace();
    const start = this.pos;
    const { path, span } = this.path("always");
    this.skipSpace();
    // a call as an argument: {差(比值(A, B), 比值(C, D))} — a name's own brackets were taken above
    if (isIn(OPEN_PAREN, this.peek()) && path.length === 1) {
      const args = this.args();
      const call: CallExpression = {
        kind: "call",
        name: path[0] ?? "",
        nameSpan: span,
        args,
        source: this.src.slice(start, this.pos),
        span: { start, end: this.pos },
      };
      return { kind: "argument", name: path, call, span: { start, end: this.pos } };
    }
    const operator = this.operator();
    if (!operator) return { kind: "argument", name: path, span: { start, end: this.pos } };
    this.skipSpace();
    const value = this.value();
    return { kind: "argument", name: path, operator, value, span: { start, end: this.pos } };
  }

  private operator(): ComparisonOperator | undefined {
    const rest = this.src.slice(this.pos, this.pos + 2);
    for (const [text, op] of OPERATORS) {
      if (rest.startsWith(text)) {
        this.pos += text.length;
        return op;
      }
    }
    return undefined;
  }

  /** A condition's or option's value: quoted, or raw up to "，" / ")" (balanced brackets kept). */
  private value(): string {
    const open = this.peek();
    if (open !== undefined && QUOTES[open] !== undefined) {
      const close = QUOTES[open] ?? open;
      const end = this.src.indexOf(close, this.pos + 1);
      if (end < 0) throw new SyntaxFailure(`引号${open}…没有结束`, this.pos);
      const text = this.src.slice(this.pos + 1, end);
      this.pos = end + 1;
      return text;
    }
    const start = this.pos;
    let depth = 0;
    while (this.pos < this.src.length) {
      const ch = this.src.charAt(this.pos);
      if (isIn(OPEN_PAREN, ch)) depth++;
      else if (isIn(CLOSE_PAREN, ch)) {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && (isIn(COMMA, ch) || isIn(CLOSE_BRACE, ch) || isIn(OPEN_BRACE, ch))) break;
      this.pos++;
    }
    const text = this.src.slice(start, this.pos).trim();
    if (text === "") throw new SyntaxFailure("“=”后缺少值（逗号请写作 逗号 或加引号）", start);
    return text;
  }
}

/** Parses one paragraph of template text. Total: every input gives a tree. */
export function parseTemplate(source: string): ParsedTemplate {
  return new Parser(source).parse();
}
