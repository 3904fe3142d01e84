/**
 * What a value written through `range.values` / `range.formulas` becomes in a cell, by Excel's
 * entry rules: a string beginning with "'" is text without the apostrophe; "=…" is a formula;
 * per the Office.js docs a string beginning with "+" or "-" is read as a formula (or a number);
 * a numeric string in a General cell becomes a number; "TRUE"/"FALSE" become booleans; `null`
 * leaves the cell unchanged and "" clears it. Strings whose conversion the simulator does not
 * model (dates, times, percentages, thousands separators, currency, error literals, "@…") throw
 * NotSimulated: a test then shows the adapter wrote unguarded text.
 */
import { simError } from "./errors";

export type CellContent =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "formula"; readonly formula: string };

/** `keep`: leave the cell as it is (null in Office.js); `clear`: remove its content (""). */
export type Entry = CellContent | "keep" | "clear";

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const NOT_MODELLED: readonly RegExp[] = [
  /^[+-]?[\d.]+\s*%$/, // percentages: Excel stores value/100 and changes the format
  /^[+-]?[\d.]+(,\d{3})+(\.\d+)?$/, // thousands separators: Excel changes the format
  /^[$¥￥€£]/, // currency
  /^\d{1,4}[/\-.年]\d{1,2}/, // dates
  /^\d{1,2}[:：]\d{2}/, // times
  /^\d+\s*[年月日]/, // Chinese dates
  /^\d+\s+\d+\/\d+$/, // fractions "1 1/2"
  /^\(\s*[\d.]+\s*\)$/, // accounting negatives "(5)"
  /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[\s\-/]*\d/i, // month names
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!)$/i, // error literals
  /^[０-９＋－．]/, // full-width digits: the IME path of Chinese Excel may convert them
];

/** The content a written value gives; `isTextFormat` is true for a cell formatted "@". */
export function entryFor(value: unknown, isTextFormat: boolean, isValidFormula: (formula: string) => boolean): Entry {
  if (value === null || value === undefined) return "keep";
  if (typeof value === "number") {
    if (!isFinite(value)) throw simError("InvalidArgument", `non-finite number ${String(value)}`);
    return { kind: "number", value };
  }
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (typeof value !== "string") throw simError("InvalidArgument", `cell value of type ${typeof value}`);
  if (value === "") return "clear";
  if (value.charAt(0) === "'") return { kind: "text", value: value.slice(1) };
  if (isTextFormat) return { kind: "text", value };
  const first = value.charAt(0);
  if (first === "=") {
    if (!isValidFormula(value)) throw simError("InvalidArgument", `formula ${value}`);
    return { kind: "formula", formula: value };
  }
  if (NUMBER.test(value)) return { kind: "number", value: Number(value) };
  if (NUMBER.test(value.trim()))
    throw simError("NotSimulated", `whether Excel trims ${JSON.stringify(value)} into a number`);
  if (first === "+" || first === "-") {
    if (isValidFormula(`=${value}`)) return { kind: "formula", formula: `=${value}` };
    throw simError(
      "NotSimulated",
      `how Excel stores the unguarded string ${JSON.stringify(value)} (it begins with "${first}")`,
    );
  }
  if (first === "@")
    throw simError(
      "NotSimulated",
      `how Excel stores the unguarded string ${JSON.stringify(value)} (it begins with "@")`,
    );
  if (/^(true|false)$/i.test(value)) return { kind: "boolean", value: value.toUpperCase() === "TRUE" };
  for (const pattern of NOT_MODELLED) {
    if (pattern.test(value))
      throw simError("NotSimulated", `how Excel converts the unguarded string ${JSON.stringify(value)}`);
  }
  return { kind: "text", value };
}
