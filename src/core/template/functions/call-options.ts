/**
 * The arguments of the newer functions: positional ones (an indicator, a column, a comparison
 * word such as 较上年) and named options (用词=上涨|下降, 单位=亿元, 位数=1). An option the function
 * does not know is a template error naming the ones it does.
 */
import { didYouMean } from "../did-you-mean";
import type { Piece } from "../piece";
import type { Argument, CallExpression } from "../template-ast";
import { templateError, type Scope } from "../template-scope";

export interface CallOptions {
  /** Arguments without "=" (and conditions, for functions that take them), in order. */
  readonly positional: readonly Argument[];
  /** Named options by name, with where each was written. */
  readonly named: ReadonlyMap<string, { readonly value: string; readonly at: number }>;
}

/**
 * Splits a call's arguments. `allowed` names the options; with `conditions`, other arguments with
 * an operator are conditions and stay positional.
 */
export function callOptions(
  call: CallExpression,
  scope: Scope,
  allowed: readonly string[],
  conditions = false,
): CallOptions | Piece {
  const positional: Argument[] = [];
  const named = new Map<string, { value: string; at: number }>();
  for (const arg of call.args) {
    const name = arg.name.join(".");
    if (arg.operator === undefined || (conditions && !allowed.includes(name))) {
      positional.push(arg);
      continue;
    }
    if (!allowed.includes(name)) {
      const hint = didYouMean(name, allowed);
      const known = allowed.length > 0 ? `（可用：${allowed.join("、")}）` : "";
      return templateError(
        scope,
        "template-bad-argument",
        `${call.name}没有“${name}”这一选项${known}${hint}`,
        arg.span.start,
      );
    }
    if (arg.operator !== "=" || (arg.value ?? "") === "") {
      return templateError(scope, "template-bad-argument", `“${name}”应写成 ${name}=…`, arg.span.start);
    }
    named.set(name, { value: arg.value ?? "", at: arg.span.start });
  }
  return { positional, named };
}

/** 用词=上涨|下降 → { up: 上涨, down: 下降 }; a template error when it is not two words. */
export function wordsOption(
  options: CallOptions,
  scope: Scope,
  defaults: { readonly up: string; readonly down: string },
): { readonly up: string; readonly down: string } | Piece {
  const option = options.named.get("用词");
  if (!option) return defaults;
  const words = option.value.split(/[|｜]/).map((w) => w.trim());
  if (words.length !== 2 || words.some((w) => w === "")) {
    return templateError(
      scope,
      "template-bad-argument",
      `“用词=${option.value}”应为两个词，先升后降，如 用词=${defaults.up}|${defaults.down}`,
      option.at,
    );
  }
  return { up: words[0] as string, down: words[1] as string };
}

/** 位数=1 → 1; undefined when not given; a template error when not a whole number 0–6. */
export function decimalsOption(options: CallOptions, scope: Scope): number | undefined | Piece {
  const option = options.named.get("位数");
  if (!option) return undefined;
  const n = Number(option.value.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
  if (!Number.isInteger(n) || n < 0 || n > 6) {
    return templateError(scope, "template-bad-argument", `“位数=${option.value}”应为0至6的整数`, option.at);
  }
  return n;
}

/**
 * 百分号=无: a percentage written as a bare number (5.5 rather than 5.5%), for one's own wording
 * such as 三次产业结构为5.5∶36.8∶57.7. Returns the sign to write after the number.
 */
export function percentSignOption(options: CallOptions, scope: Scope): string | Piece {
  const option = options.named.get("百分号");
  if (!option || option.value === "有") return "%";
  if (option.value === "无") return "";
  return templateError(
    scope,
    "template-bad-argument",
    `“百分号=${option.value}”应为 百分号=无 或 百分号=有`,
    option.at,
  );
}

/** The comparison a change is stated against: 比上年 by default, 较上年, 同比 …; 无 for none. */
export function comparisonPrefix(arg: Argument | undefined, fallback: string): string {
  if (!arg) return fallback;
  const text = arg.name.join(".");
  return text === "无" ? "" : text;
}

/**
 * “Level with” in the period the comparison word names: 较上半年 → 与上半年持平, 比上月 → 与上月持平;
 * 同比, 无 and no word → 与上年持平.
 */
export function levelPhrase(arg: Argument | undefined): string {
  const m = /^[比较与]?(.+)$/.exec(comparisonPrefix(arg, "比上年"));
  const period = m?.[1] && m[1] !== "同比" ? m[1] : "上年";
  return `与${period}持平`;
}

export function isPiece(value: unknown): value is Piece {
  return typeof value === "object" && value !== null && "text" in value && "absent" in value;
}
