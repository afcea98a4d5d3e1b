/**
 * Native Excel formulas for target tracking: the same results as the indicator sheet's add-in cells
 * (GAPTOTARGET, PROGRESS, EXPECTED and STATUS of ../target.ts inside the wrappers of
 * src/workbook/indicators.ts), written with functions every spreadsheet has had since Excel 2010
 * (IF, OR, AND, NOT, MIN, MAX, ABS, INT, YEAR, DATE, ISNUMBER, ISLOGICAL, ISERROR, TRIM, SUBSTITUTE,
 * LOWER, FIND), so portable workbooks and conditional formats compute without the add-in, in old
 * Excel, WPS and LibreOffice alike. No LET: it would shorten these formulas but needs Excel 2021.
 *
 * Formulas are built from operands the caller passes: a cell reference or defined name ("K5",
 * "K{r}", "DB_ReportDate", "'指标'!$B$2"), any other expression (wrapped in parentheses), or a
 * literal number. A direction is the literal "up" or "down", or else a reference to a cell holding
 * any word parseDirection accepts.
 *
 * In order, as the add-in cell: blank when the actual cell is empty (IF(actual="","",…)), for
 * EXPECTED when the base holds no number (IF(ISNUMBER(base),…,"")); an input's error value, the
 * first in argument order (Excel does not call a custom function with an error argument); then the
 * engine's checks in the engine's order — #N/A for a missing (blank or spaces-only) required input,
 * #VALUE! for anything the user can fix (docs/FUNCTIONS.md, "Error codes"): text or TRUE/FALSE where a number belongs
 * (ISLOGICAL first: LibreOffice counts TRUE as the number 1), an unknown direction word, a
 * non-positive value where a ratio or cagr needs a positive one, a target year not after the base
 * year, an as-of year that is not a whole year 1900–9999; #NUM! for a result that is not finite.
 * Unlike the engine the formulas read no numeric text ("900", "25亿元"): give numbers.
 * The error literals are written as such (#VALUE!): Excel, LibreOffice and WPS all read them, where
 * SQRT(-1) would give Err:502 in LibreOffice. A maintain indicator (base = target) computes as
 * docs/FUNCTIONS.md says: PROGRESS as without a base, STATUS 已达标 / 预警 within tolerance × |target| / 滞后.
 * Output is returned without the leading "=".
 */
import { DIRECTION_WORDS, type Direction } from "../directions";
import { excelString as str } from "./text";
import { MAX_SERIAL, MAX_YEAR, MIN_YEAR } from "../dates";
import { DEFAULT_TOLERANCE, STATUS_LABELS, type Path, type StatusLabel } from "../target";

export type Operand = string | number;

export interface TargetRefs {
  /** The actual value (required by gap, progress, status). */
  actual?: Operand;
  /** The target value (a number cell, or a literal). */
  target: Operand;
  base?: Operand;
  baseYear?: Operand;
  targetYear?: Operand;
  /** The row's as-of cell: a year (its end) or a date. */
  asOf?: Operand;
  /** The workbook's report date (a named cell), used when the as-of cell is blank. */
  reportDate?: Operand;
  /** A cell holding the expected value; without it STATUS computes it inline (when years are given). */
  expected?: Operand;
  /** "up" / "down" literally, or a reference to the row's direction cell. Default "up". */
  direction?: Operand;
  /** Share of the base→target span (default 0.05): a literal or a reference. */
  tolerance?: Operand;
  /** linear (default) or cagr: always a literal. */
  path?: Path;
  /** For statusConditionFormula: the cell already holding the STATUS result, if there is one. */
  status?: Operand;
}

/** What the engine's badValue gives: the #VALUE! error literal, read alike by every spreadsheet. */
export const VALUE_ERROR = "#VALUE!";

const SIMPLE =
  /^(?:'(?:[^']|'')+'!|[A-Za-z_][A-Za-z0-9_.]*!)?(?:\$?[A-Za-z]{1,3}\$?(?:\d+|\{r\})|[A-Za-z_\\][A-Za-z0-9_.]*)$/;

/** An operand as formula text: simple references and numbers as they are, expressions in parentheses. */
export function operand(x: Operand): string {
  if (typeof x === "number") {
    if (!Number.isFinite(x)) throw new Error(`not a finite number: ${x}`);
    return x < 0 ? `(${x})` : String(x);
  }
  const t = x.trim().replace(/^=/, "");
  if (t === "") throw new Error("empty operand");
  return SIMPLE.test(t) || /^\d+(\.\d+)?$/.test(t) ? t : `(${t})`;
}

const isRef = (x: Operand | undefined): x is string => typeof x === "string" && !/^-?\d+(\.\d+)?$/.test(x.trim());

/** TRUE when a cell is blank to the engine (parse.ts isBlank): empty, or nothing but spaces. */
const blankTest = (x: Operand) => `TRIM(${operand(x)})=""`;

/** "x holds something other than a number" (ISLOGICAL first: LibreOffice's ISNUMBER(TRUE) is TRUE). */
const nonNumberTests = (x: Operand) => [`ISLOGICAL(${operand(x)})`, `NOT(ISNUMBER(${operand(x)}))`];

/** IF(any test, #VALUE!, body), or body when there is nothing to test. */
function valueErrorIf(tests: string[], body: string): string {
  if (tests.length === 0) return body;
  return `IF(${tests.length === 1 ? tests[0] : `OR(${tests.join(",")})`},${VALUE_ERROR},${body})`;
}

/**
 * An error value in an input cell, passed on in argument order: Excel returns a custom function's
 * first error argument without calling it
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors), so the native
 * formula must not let its own order of evaluation pick another error.
 */
function passErrors(body: string, ...xs: (Operand | undefined)[]): string {
  return xs
    .filter(isRef)
    .reverse()
    .reduce((acc, x) => `IF(ISERROR(${operand(x)}),${operand(x)},${acc})`, body);
}

/**
 * A required number: #N/A when blank or only spaces (the engine's "missing" error), #VALUE! when it
 * holds anything else than a number or when one of `more` holds (checks the engine makes at the same
 * point, such as the direction word after the target).
 */
function required(x: Operand | undefined, body: string, more: string[] = []): string {
  if (!isRef(x)) return valueErrorIf(more, body);
  return `IF(${blankTest(x)},#N/A,${valueErrorIf([...nonNumberTests(x), ...more], body)})`;
}

/** An optional number holds something else (blank or spaces are allowed: the engine reads no value). */
const optionalNonNumber = (x: Operand | undefined): string[] =>
  isRef(x) ? [`AND(NOT(${blankTest(x)}),OR(${nonNumberTests(x).join(",")}))`] : [];

/** The largest double: Gnumeric computes in long double, where 1E308·10 is a number, not #NUM!. */
const MAX_DOUBLE = "1.7976931348623157e+308"; // lower-case e: HyperFormula reads no "E+"
/** #NUM! for a result beyond the double range in every spreadsheet (the others give #NUM! already). */
const finiteOnly = (x: string) => `IF(ABS(${x})>${MAX_DOUBLE},#NUM!,${x})`;

type Dir = Direction | { ref: string };

function dirOf(d: Operand | undefined): Dir {
  if (d === undefined || d === "up") return "up";
  if (d === "down") return "down";
  if (typeof d === "number") throw new Error(`direction must be "up", "down" or a reference: ${d}`);
  return { ref: operand(d) };
}

/**
 * Whether the direction cell's word, as parseDirection reads it (spaces removed, case ignored), is
 * one of `words`: found as ";word;" in ";w1;w2;…;" by FIND, which compares exactly, after LOWER.
 * Not MATCH or =: LibreOffice's MATCH also ignores the width of letters (ｄｏｗｎ), and one FIND is
 * far shorter than an OR of = per word (STATUS tests the direction four times).
 */
const squeezed = (ref: string) => `SUBSTITUTE(${ref}," ","")`;
const inWords = (ref: string, words: readonly string[]) =>
  `ISNUMBER(FIND(";"&LOWER(${squeezed(ref)})&";",${str(`;${words.join(";")};`)}))`;

/** TRUE when the direction cell says lower is better (any word parseDirection reads as down). */
export function isDownFormula(ref: Operand): string {
  return inWords(operand(ref), DIRECTION_WORDS.down);
}

/** `up` when higher is better, `down` when lower is better, chosen at run time for a direction cell. */
function byDirection(d: Dir, up: string, down: string): string {
  if (d === "up") return up;
  if (d === "down") return down;
  return up === down ? up : `IF(${isDownFormula(d.ref)},${down},${up})`;
}

/**
 * TRUE for a direction cell holding a word parseDirection does not know: a number, TRUE, an unknown
 * or full-width word, or text with the list's separator ";" (blank or spaces: up, its fallback).
 */
function directionBad(d: Dir): string[] {
  if (typeof d === "string") return [];
  const s = squeezed(d.ref);
  const all = [...DIRECTION_WORDS.up, ...DIRECTION_WORDS.down];
  return [`AND(${s}<>"",OR(ISNUMBER(FIND(";",${s})),NOT(${inWords(d.ref, all)})))`];
}

/**
 * The time point of a cell holding a year (its end) or a date: YEAR−1 + days since the previous
 * 31 December ÷ days in the year (dates.ts, timePointOfSerial). Numbers below 10000 are years and must
 * be whole years from 1900; text, TRUE/FALSE and a serial past 9999-12-31 are #VALUE!, as parseTimePoint.
 */
export function yearPositionFormula(x: Operand): string {
  if (typeof x === "number" && x < 10_000) return operand(x);
  return asOfChecked(x, yearPosition(x));
}

/** The position alone, for a value asOfChecked has let through. */
function yearPosition(x: Operand): string {
  if (typeof x === "number" && x < 10_000) return operand(x);
  const v = operand(x);
  const y = `YEAR(${v})`;
  const prevEnd = `DATE(${y}-1,12,31)`;
  return `IF(${v}<10000,${v},${y}-1+(${v}-${prevEnd})/(DATE(${y},12,31)-${prevEnd}))`;
}

/** #VALUE! unless the as-of value is a whole year 1900–9999 or a date serial up to 9999-12-31. */
function asOfChecked(x: Operand, body: string): string {
  if (typeof x === "number") return body;
  const v = operand(x);
  const bad = `OR(ISLOGICAL(${v}),NOT(ISNUMBER(${v})),${v}<${MIN_YEAR},${v}>=${MAX_SERIAL + 1},AND(${v}<10000,${v}<>INT(${v})))`;
  return `IF(${bad},${VALUE_ERROR},${body})`;
}

/** A required year (parseYear): #N/A when blank, #VALUE! unless a whole year 1900–9999. */
function yearRequired(x: Operand, body: string): string {
  if (!isRef(x)) return body;
  const v = operand(x);
  return `IF(${blankTest(x)},#N/A,IF(OR(ISLOGICAL(${v}),NOT(ISNUMBER(${v})),${v}<${MIN_YEAR},${v}>${MAX_YEAR},${v}<>INT(${v})),${VALUE_ERROR},${body}))`;
}

/** The as-of operand after the report-date fallback. */
function effectiveAsOf(refs: TargetRefs): Operand {
  const { asOf, reportDate } = refs;
  if (asOf !== undefined && reportDate !== undefined && isRef(asOf))
    return `IF(${operand(asOf)}="",${operand(reportDate)},${operand(asOf)})`;
  const x = asOf ?? reportDate;
  if (x === undefined) throw new Error("expected needs asOf or reportDate");
  return x;
}

function need<K extends keyof TargetRefs>(refs: TargetRefs, key: K, what: string): NonNullable<TargetRefs[K]> {
  const v = refs[key];
  if (v === undefined) throw new Error(`${what} needs refs.${key}`);
  return v as NonNullable<TargetRefs[K]>;
}

/**
 * The add-in form's wrapper IF(actual="","",POLICY.…) and then the engine's checks in its order:
 * input errors in argument order, the target (#N/A blank, #VALUE! not a number), the direction word,
 * the actual (#N/A only spaces, #VALUE! not a number) with the optional numbers `optional`.
 */
function targetChecks(
  refs: TargetRefs,
  d: Dir,
  body: string,
  optional: (Operand | undefined)[],
  errorsIn: (Operand | undefined)[],
): string {
  const actual = need(refs, "actual", "target functions");
  const checked = required(refs.target, required(actual, body, optional.flatMap(optionalNonNumber)), directionBad(d));
  const withErrors = passErrors(checked, refs.target, ...errorsIn, typeof d === "string" ? undefined : d.ref);
  return isRef(actual) ? `IF(${operand(actual)}="","",${withErrors})` : withErrors;
}

/** GAPTOTARGET: target − actual (up), actual − target (down); blank when the actual cell is empty. */
export function gapFormula(refs: TargetRefs): string {
  const a = operand(need(refs, "actual", "gap"));
  const t = operand(refs.target);
  const d = dirOf(refs.direction);
  const body = byDirection(d, finiteOnly(`${t}-${a}`), finiteOnly(`${a}-${t}`));
  return targetChecks(refs, d, body, [], []);
}

/**
 * PROGRESS: (actual − base)/(target − base) when the base cell is filled and differs from the target;
 * otherwise (no base, or a maintain indicator whose base equals its target) actual/target (up,
 * target > 0) or target/actual (down, actual > 0, target ≥ 0); #VALUE! where those do not hold.
 */
export function progressFormula(refs: TargetRefs): string {
  const a = operand(need(refs, "actual", "progress"));
  const t = operand(refs.target);
  const d = dirOf(refs.direction);
  const ratio = byDirection(
    d,
    `IF(${t}<=0,${VALUE_ERROR},${finiteOnly(`${a}/${t}`)})`,
    `IF(OR(${a}<=0,${t}<0),${VALUE_ERROR},${finiteOnly(`${t}/${a}`)})`,
  );
  let body = ratio;
  if (refs.base !== undefined) {
    const b = operand(refs.base);
    const withBase = `IF(${t}=${b},${ratio},${finiteOnly(`${finiteOnly(`${a}-${b}`)}/${finiteOnly(`${t}-${b}`)}`)})`;
    body = isRef(refs.base) ? `IF(${blankTest(refs.base)},${ratio},${withBase})` : withBase;
  }
  return targetChecks(refs, d, body, [refs.base], [refs.base]);
}

/**
 * EXPECTED at the row's as-of point (its as-of cell, or the report date when that is blank), from
 * base at the base year to target at the target year, the elapsed share clamped to 0…1:
 * linear base·(1−f)+target·f, cagr base^(1−f)·target^f. As the 预期值 column's add-in form
 * IF(ISNUMBER(base),POLICY.EXPECTED(…),""): blank when the base cell holds no number; then, as the
 * engine, an input's error, #N/A for a blank target, base year or as-of, #VALUE! for a bad one.
 */
export function expectedFormula(refs: TargetRefs): string {
  const b = operand(need(refs, "base", "expected"));
  const t = operand(refs.target);
  const byOp = need(refs, "baseYear", "expected");
  const tyOp = need(refs, "targetYear", "expected");
  const by = operand(byOp);
  const ty = operand(tyOp);
  const at = effectiveAsOf(refs);
  const f = `MIN(1,MAX(0,(${yearPosition(at)}-${by})/(${ty}-${by})))`;
  // Between base and target (f is 0…1): no overflow to guard.
  const value =
    refs.path === "cagr" ? `IF(OR(${b}<=0,${t}<=0),${VALUE_ERROR},${b}^(1-${f})*${t}^${f})` : `${b}*(1-${f})+${t}*${f}`;
  let body = asOfChecked(at, `IF(${ty}<=${by},${VALUE_ERROR},${value})`);
  if (isRef(at)) body = `IF(${blankTest(at)},#N/A,${body})`;
  body = required(refs.target, yearRequired(byOp, yearRequired(tyOp, body)));
  body = passErrors(body, refs.target, byOp, tyOp, at);
  return isRef(refs.base) ? `IF(OR(${nonNumberTests(refs.base).join(",")}),"",${body})` : body;
}

/**
 * STATUS (see ../target.ts status): 已达标 when met; for a maintain indicator (base = target) 预警 when
 * short by at most tolerance × |target|, else 滞后; 未达标 without an expected value; else 正常 when at
 * or ahead of the expected value, 预警 when behind it by at most tolerance × |target − base| (base 0
 * when blank), 滞后 beyond. Blank when the actual cell is empty.
 */
export function statusFormula(refs: TargetRefs): string {
  const a = operand(need(refs, "actual", "status"));
  const t = operand(refs.target);
  const d = dirOf(refs.direction);
  let e: string | undefined;
  if (refs.expected !== undefined) e = operand(refs.expected);
  else if (
    refs.base !== undefined &&
    refs.baseYear !== undefined &&
    refs.targetYear !== undefined &&
    (refs.asOf ?? refs.reportDate) !== undefined
  )
    e = `(${expectedFormula(refs)})`;
  const met = byDirection(d, `${finiteOnly(`${a}-${t}`)}>=0`, `${finiteOnly(`${t}-${a}`)}>=0`);
  const q = (l: StatusLabel) => str(l);
  const tol = operand(refs.tolerance ?? DEFAULT_TOLERANCE);
  const short = byDirection(d, `${t}-${a}`, `${a}-${t}`);
  const maintain = `IF(${short}<=${tol}*ABS(${t}),${q(STATUS_LABELS.warning)},${q(STATUS_LABELS.behind)})`;
  let rest = q(STATUS_LABELS.notMet);
  if (e !== undefined) {
    const b0 =
      refs.base === undefined
        ? "0"
        : isRef(refs.base)
          ? `IF(ISNUMBER(${operand(refs.base)}),${operand(refs.base)},0)`
          : operand(refs.base);
    // lag > 0: behind the expected value (sign-mirrored for down). Guarded once: the second use
    // cannot overflow when the first did not. An inline expected value lies between base and target
    // and is long (a quarter of the length limit): no guard, and no error pass-through for it below.
    const lag =
      typeof d === "string" ? (d === "up" ? `${e}-${a}` : `${a}-${e}`) : `IF(${isDownFormula(d.ref)},-1,1)*(${e}-${a})`;
    const lag1 = refs.expected !== undefined ? finiteOnly(lag) : lag;
    const span = finiteOnly(`ABS(${t}-${b0})`);
    const judged = `IF(${lag1}<=0,${q(STATUS_LABELS.onTrack)},IF(${lag}<=${tol}*${span},${q(STATUS_LABELS.warning)},${q(STATUS_LABELS.behind)}))`;
    rest = `IF(${blankTest(e)},${q(STATUS_LABELS.notMet)},${judged})`;
  }
  if (refs.base !== undefined) {
    const b = operand(refs.base);
    const isMaintain = isRef(refs.base) ? `AND(ISNUMBER(${b}),${b}=${t})` : `${b}=${t}`;
    rest = `IF(${isMaintain},${maintain},${rest})`;
  }
  const body = `IF(${met},${q(STATUS_LABELS.met)},${rest})`;
  return targetChecks(refs, d, body, [refs.base, refs.expected], [refs.base, refs.expected]);
}

/**
 * A boolean formula for a conditional-format rule: TRUE when the row's status is `label` (滞后 red,
 * 预警 amber, 已达标 green). Compares the status cell when refs.status is given, else the whole status
 * formula. Blank rows are FALSE.
 */
export function statusConditionFormula(refs: TargetRefs, label: StatusLabel): string {
  const s = refs.status !== undefined ? operand(refs.status) : `(${statusFormula(refs)})`;
  return `${s}=${str(label)}`;
}
