/**
 * Every validation rule, in the order their issues are listed when they share a cell. Add a rule
 * here and to the README's table of issue codes; a test checks that codes are unique and all documented.
 */
import { amountRange } from "./amount-range";
import { cellValue } from "./cell-value";
import { computedCell } from "./computed-cell";
import { duplicateHeader } from "./duplicate-header";
import { enumeration } from "./enumeration";
import { indicators } from "./indicators";
import { missingHeader } from "./missing-header";
import { missingSheet } from "./missing-sheet";
import { negotiations } from "./negotiations";
import { ordinalStyle } from "./ordinal-style";
import { parameters } from "./parameters";
import { publishedRate } from "./published-rate";
import { requiredCell } from "./required-cell";
import type { Rule, RuleMessage } from "./rule";
import { spunWording } from "./spun-wording";
import { uniqueName } from "./unique-name";

export const RULES: readonly Rule[] = [
  missingSheet,
  missingHeader,
  duplicateHeader,
  requiredCell,
  cellValue,
  enumeration,
  uniqueName,
  parameters,
  indicators,
  publishedRate,
  computedCell,
  amountRange,
  negotiations,
  spunWording,
  ordinalStyle,
];

export interface IssueCode extends RuleMessage {
  readonly code: string;
  readonly rule: string;
}

/** Every issue code with its rule, severity and message templates (for the README table). */
export function issueCodes(rules: readonly Rule[] = RULES): IssueCode[] {
  const codes: IssueCode[] = [];
  for (const rule of rules) {
    for (const code of Object.keys(rule.messages)) {
      const m = rule.messages[code];
      if (m) codes.push({ code, rule: rule.id, severity: m.severity, message: m.message, suggestion: m.suggestion });
    }
  }
  return codes;
}

export { createRuleContext, report } from "./rule";
export type { Rule, RuleContext, RuleMessage, IssueData } from "./rule";
