/**
 * The pieces every rubric item's native formula is built of (see ./native for what the formulas
 * promise): guards in the engine's order, finite steps, blank and flag cells as the engine reads them.
 */
import { badValue } from "../errors";
import { excelString as str } from "../native/text";
import { FLAG_WORDS } from "../parse";
import type { RubricItem } from "../schema";

export interface ScoreCells {
  /** Cell of SCORE's actual, e.g. "D5" or "$D$5". */
  actual: string;
  /** Cell of the reference (task or citywide average); may be omitted where the item has a default. */
  reference?: string;
  /** Cell of extra (events, newcomer flag, packaged disposals). */
  extra?: string;
}

export function num(x: number): string {
  const s = String(x);
  if (/e/i.test(s)) throw new Error(`number ${s} cannot be written plainly in a formula`);
  return s;
}

/**
 * x, or #NUM! where it overflows a double. Excel, LibreOffice and HyperFormula give #NUM! on overflow
 * themselves; Gnumeric computes in long double (1e308*10 is a number there), and a later MIN, MAX or
 * INT would turn that into points where SCORE gives #NUM!. |x|/2 ≥ 2^1023 holds for no double (their
 * largest is just under 2^1024) and for every long double from 2^1024 on; written without exponent
 * notation, which not every formula reader parses.
 */
export function finite(x: string): string {
  return `IF(ABS(${x})/2>=2^1023,#NUM!,${x})`;
}

/** floor(x / step), rounding binary noise away first (mirrors wholeSteps); overflow is #NUM!. */
export function steps(x: string, step: number): string {
  return step === 1 ? `INT(ROUND(${finite(x)},9))` : `INT(ROUND(${finite(`${finite(x)}/${num(step)}`)},9))`;
}

/** p × x, leaving out "1*"; overflow is #NUM!. */
export function times(p: number, x: string): string {
  return p === 1 ? x : finite(`${num(p)}*${x}`);
}

/** A check made before computing: when `test` holds, the cell shows `error`. */
export type Guard = [test: string, error: "#N/A" | "#VALUE!"];

/** IF(test₁, error₁, IF(test₂, error₂, … body)): the checks in the engine's order. */
export function guarded(guards: Guard[], body: string): string {
  return guards.reduceRight((acc, [test, error]) => `IF(${test},${error},${acc})`, body);
}

/**
 * Blank to the engine (parse.ts isBlank): empty or nothing but spaces. A cell of spaces is text to
 * `x=""`, so TRIM it first (TRIM of a number is its text, of a blank "").
 */
export const blank = (cell: string) => `TRIM(${cell})=""`;
/** Not blank. Inside AND() only with comparisons: AND evaluates every argument, INT(" ") is #VALUE!. */
export const filled = (cell: string) => `TRIM(${cell})<>""`;
/** A checked optional number, blank as 0. Not N(): Gnumeric's N() of an empty cell is #NUM!. */
export const orZero = (cell: string) => `IF(${blank(cell)},0,${cell})`;
export const missing = (cell: string): Guard => [blank(cell), "#N/A"];
/** Text or TRUE/FALSE where a number belongs. */
export const notNumber = (cell: string): Guard => [`OR(ISLOGICAL(${cell}),NOT(ISNUMBER(${cell})))`, "#VALUE!"];
export const negative = (cell: string): Guard => [`${cell}<0`, "#VALUE!"];
export const fraction = (cell: string): Guard => [`${cell}<>INT(${cell})`, "#VALUE!"];
/** An argument the item does not take: blank or 0 only (unused() in ./inputs). */
export const unusedArg = (cell: string | undefined): Guard[] =>
  cell ? [[`AND(${filled(cell)},OR(ISLOGICAL(${cell}),${cell}<>0))`, "#VALUE!"]] : [];
/** A number: as signedAmount (any sign) or amount (non-negative). */
export const aNumber = (cell: string, signed: boolean): Guard[] =>
  signed ? [notNumber(cell)] : [notNumber(cell), negative(cell)];
/** An optional number: blank passes. */
export const optionalNumber = (cell: string, signed: boolean): Guard[] =>
  aNumber(cell, signed).map(([t, e]): Guard => [`AND(${filled(cell)},${t})`, e]);

/**
 * The word in `cell` (trimmed, case ignored) is one of `words`, compared exactly: found as ";word;" in
 * ";w1;w2;…;" by FIND. Not MATCH: LibreOffice's MATCH also folds full-width letters, and Gnumeric's
 * cannot find the text "true"/"false" in an array constant. flagWord refuses text holding ";".
 */
export const wordIn = (cell: string, words: readonly string[]) =>
  `ISNUMBER(FIND(";"&LOWER(TRIM(${cell}))&";",${str(`;${words.join(";")};`)}))`;

/** parseFlag: an unknown word → #VALUE! (a guard); Excel compares text case-insensitively. */
export const flagWord = (cell: string): Guard => [
  `AND(NOT(ISLOGICAL(${cell})),NOT(ISNUMBER(${cell})),${filled(cell)},OR(ISNUMBER(FIND(";",${cell})),NOT(${wordIn(cell, [...FLAG_WORDS.yes, ...FLAG_WORDS.no])})))`,
  "#VALUE!",
];

/** parseFlag in a formula, once flagWord has passed: TRUE, a non-zero number, or a yes word. */
export function truthy(cell: string): string {
  return `IF(ISLOGICAL(${cell}),${cell},IF(ISNUMBER(${cell}),${cell}<>0,${wordIn(cell, FLAG_WORDS.yes)}))`;
}

export function need(cell: string | undefined, what: string, item: RubricItem): string {
  if (!cell) throw badValue(`生成公式需要${what}单元格：${item.id}`, `${item.id}: the formula needs a ${what} cell`);
  return cell;
}
