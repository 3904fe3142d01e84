/**
 * A formula moved by some rows and columns, as Excel fills a formula down or across: relative
 * references move, $-anchored parts stay. Used when a cell the plan overwrites was the first cell
 * of a shared formula: the cells that shared it get the formula written out, moved to where they
 * are. Text in quotes, sheet names, function names, defined names and structured references
 * ([@列]) are left alone; a reference moved off the sheet becomes #REF!.
 */
import { columnIndex, columnLetters } from "../core/a1";

const MAX_ROW = 1048576;
const MAX_COLUMN = 16384;

const REFERENCE =
  /^(?:(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?::(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7}))?|(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})|(\$?)(\d{1,7}):(\$?)(\d{1,7}))/;

function isNameChar(ch: string): boolean {
  return /[A-Za-z0-9_.\\\u00C0-\uFFFF]/.test(ch);
}

function moveRow(anchor: string, row: string, by: number): string | undefined {
  if (anchor === "$") return `$${row}`;
  const moved = Number(row) + by;
  return moved >= 1 && moved <= MAX_ROW ? String(moved) : undefined;
}

function moveColumn(anchor: string, letters: string, by: number): string | undefined {
  if (anchor === "$") return `$${letters.toUpperCase()}`;
  const moved = columnIndex(letters) + by;
  return moved >= 0 && moved < MAX_COLUMN ? columnLetters(moved) : undefined;
}

export function shiftFormula(formula: string, rows: number, columns: number): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula.charAt(i);
    // string literals and quoted sheet names are copied as they are
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < formula.length) {
        if (formula.charAt(j) === ch) {
          if (formula.charAt(j + 1) === ch) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "[") {
      let depth = 0;
      let j = i;
      for (; j < formula.length; j++) {
        if (formula.charAt(j) === "[") depth++;
        else if (formula.charAt(j) === "]" && --depth === 0) break;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (i > 0 && isNameChar(formula.charAt(i - 1))) {
      out += ch;
      i++;
      continue;
    }
    const m = REFERENCE.exec(formula.slice(i));
    const next = m ? formula.charAt(i + m[0].length) : "";
    if (!m || isNameChar(next) || next === "(" || next === "!") {
      // a function or defined name ("LOG10(", "Tax2023"), or a sheet name before "!"
      let j = i + 1;
      while (j < formula.length && isNameChar(formula.charAt(j))) j++;
      out += formula.slice(i, isNameChar(ch) ? j : i + 1);
      i = isNameChar(ch) ? j : i + 1;
      continue;
    }
    const parts: (string | undefined)[] = [];
    if (m[2] !== undefined) {
      parts.push(moveColumn(m[1] ?? "", m[2], columns), moveRow(m[3] ?? "", m[4] ?? "", rows));
      if (m[6] !== undefined)
        parts.push(":", moveColumn(m[5] ?? "", m[6], columns), moveRow(m[7] ?? "", m[8] ?? "", rows));
    } else if (m[10] !== undefined) {
      parts.push(moveColumn(m[9] ?? "", m[10], columns), ":", moveColumn(m[11] ?? "", m[12] ?? "", columns));
    } else {
      parts.push(moveRow(m[13] ?? "", m[14] ?? "", rows), ":", moveRow(m[15] ?? "", m[16] ?? "", rows));
    }
    out += parts.some((p) => p === undefined) ? "#REF!" : parts.join("");
    i += m[0].length;
  }
  return out;
}
