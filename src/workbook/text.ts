/**
 * Text that must stay text. Excel reads a string written through office.js the way it reads typing:
 * "=…", "+…", "-…" and "@…" become formulas, "1,050" a number, "6-8" or "3月5日" a date, "TRUE" a
 * boolean, "#N/A" an error. Catalog text (and a user's text kept on re-inject) must never change
 * like that (docs/WORKBOOK.md, "Columns"), so such strings get Excel's text prefix, a leading apostrophe: Excel stores
 * the rest verbatim as text, hides the apostrophe, and `values` reads the string back without it.
 * (A text number format "@" was the other candidate; it changes how the user's own later typing is
 * read and is not what `values` assignments are documented against, so it is not relied on.)
 * The .xlsx renderer needs none of this: a file stores strings typed as strings.
 */

/** First characters Excel treats as the start of a formula, a prefix or an error literal. */
const SPECIAL_START = /^[=+\-@'#＝＋－]/;
/** Only digits, separators, signs, currency, percent and date/time words: Excel may read a number or a date. */
const NUMERIC_LOOKING = /^[\s0-9０-９.,:/%()$¥￥€+\-eE．，：／％（）＋－年月日时分秒点午上下AaPpMm]*$/;
const BOOLEAN = /^\s*(true|false|真|假)\s*$/i;

/** True when Excel would not store `s`, typed as is, as exactly this text. */
export function needsTextPrefix(s: string): boolean {
  if (s === "") return false;
  if (SPECIAL_START.test(s)) return true;
  if (BOOLEAN.test(s)) return true;
  return /[0-9０-９]/.test(s) && NUMERIC_LOOKING.test(s);
}

/** What to assign to a cell so that Excel stores the string `s` as this exact text. */
export function asExcelText(s: string): string {
  return needsTextPrefix(s) ? `'${s}` : s;
}
