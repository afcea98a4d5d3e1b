/**
 * Native Excel formulas for target tracking: the same numbers as GAPTOTARGET, PROGRESS, EXPECTED and
 * STATUS (../target.ts), written with functions every spreadsheet has had since Excel 2010 (IF, OR,
 * AND, NOT, MIN, MAX, ABS, INT, YEAR, DATE, ISNUMBER, ISLOGICAL, ISNA, MATCH, TRIM), so portable workbooks and conditional formats compute
 * without the add-in, in old Excel, WPS and LibreOffice alike. No LET: it would shorten these
 * formulas but needs Excel 2021.
 *
 * Formulas are built from operands the caller passes: a cell reference or defined name ("K5",
 * "K{r}", "DB_ReportDate", "'指标'!$B$2"), any other expression (wrapped in parentheses), or a
 * literal number. A direction is the literal "up" or "down", or else a reference to a cell holding
 * any word parseDirection accepts.
 *
 * Where the engine raises an error, the formulas give:
 * - a blank required input (actual, target, base/years/as-of for EXPECTED) → "" (blank), not #N/A:
 *   in a table a row not yet filled in is normal, and a blank 预期值 lets STATUS fall back to 未达标;
 * - anything the user can fix → #VALUE!, as the engine (SPEC §3): a cell holding text or TRUE/FALSE
 *   where a number belongs (ISLOGICAL first: LibreOffice counts TRUE as the number 1, and arithmetic
 *   on TRUE is 1 in every spreadsheet), an unknown direction word, a non-positive value where a ratio
 *   or cagr needs a positive one, a target year not after the base year, an as-of year that is not a
 *   whole year 1900–9999. Unlike the engine the formulas read no numeric text ("900", "25亿元"):
 *   give numbers.
 * - a result that is not finite → #NUM!, which the spreadsheet gives by itself for an overflow.
 * The error literals are written as such (#VALUE!): Excel, LibreOffice and WPS all read them, where
 * SQRT(-1) would give Err:502 in LibreOffice. A maintain indicator (base = target) computes as SPEC §4
 * says: PROGRESS as without a base, STATUS 已达标 / 预警 within tolerance × |target| / 滞后.
 * Output is returned without the leading "=".
 */
import { DIRECTION_WORDS } from "../parse";
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

const isRef = (x: Operand | undefined): x is string => typeof x === "string";

/** Conditions "x is blank" for the references among the operands (literals are never blank). */
function anyBlank(...xs: (Operand | undefined)[]): string | undefined {
  const tests = xs.filter(isRef).map((x) => `${operand(x)}=""`);
  if (tests.length === 0) return undefined;
  return tests.length === 1 ? tests[0] : `OR(${tests.join(",")})`;
}

/** IF(any blank, "", body). */
function unlessBlank(body: string, ...xs: (Operand | undefined)[]): string {
  const cond = anyBlank(...xs);
  return cond ? `IF(${cond},"",${body})` : body;
}

/**
 * TRUE when a reference holds something other than a number: text, TRUE/FALSE (ISLOGICAL first, as
 * LibreOffice's ISNUMBER(TRUE) is TRUE). Blank cells are caught before (unlessBlank).
 */
function notNumbers(...xs: (Operand | undefined)[]): string | undefined {
  const tests = xs.filter(isRef).flatMap((x) => [`ISLOGICAL(${operand(x)})`, `NOT(ISNUMBER(${operand(x)}))`]);
  if (tests.length === 0) return undefined;
  return `OR(${tests.join(",")})`;
}

/** IF(any reference is not a number, #VALUE!, body). */
function numbersOnly(body: string, ...xs: (Operand | undefined)[]): string {
  const cond = notNumbers(...xs);
  return cond ? `IF(${cond},${VALUE_ERROR},${body})` : body;
}

/** IF(a reference that is not blank holds something other than a number, #VALUE!, body). */
function optionalNumbersOnly(body: string, ...xs: (Operand | undefined)[]): string {
  const tests = xs
    .filter(isRef)
    .map(operand)
    .map((v) => `AND(${v}<>"",OR(ISLOGICAL(${v}),NOT(ISNUMBER(${v}))))`);
  if (tests.length === 0) return body;
  return `IF(${tests.length === 1 ? tests[0] : `OR(${tests.join(",")})`},${VALUE_ERROR},${body})`;
}

type Dir = "up" | "down" | { ref: string };

function dirOf(d: Operand | undefined): Dir {
  if (d === undefined || d === "up") return "up";
  if (d === "down") return "down";
  if (typeof d === "number") throw new Error(`direction must be "up", "down" or a reference: ${d}`);
  return { ref: operand(d) };
}

/** TRUE when the direction cell says lower is better (any word parseDirection reads as down). */
export function isDownFormula(ref: Operand): string {
  const r = operand(ref);
  return `OR(${DIRECTION_WORDS.down.map((w) => `${r}=${str(w)}`).join(",")})`;
}

/** `up` when higher is better, `down` when lower is better, chosen at run time for a direction cell. */
function byDirection(d: Dir, up: string, down: string): string {
  if (d === "up") return up;
  if (d === "down") return down;
  return up === down ? up : `IF(${isDownFormula(d.ref)},${down},${up})`;
}

/**
 * #VALUE! for a direction cell holding a word parseDirection does not know (a blank cell is up, its
 * fallback). MATCH compares text ignoring case, as parseDirection lower-cases.
 */
function directionChecked(d: Dir, body: string): string {
  if (typeof d === "string") return body;
  const words = [...DIRECTION_WORDS.up, ...DIRECTION_WORDS.down].map(str).join(",");
  return `IF(AND(${d.ref}<>"",ISNA(MATCH(TRIM(${d.ref}),{${words}},0))),${VALUE_ERROR},${body})`;
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

/** #VALUE! unless a year reference holds a whole year 1900–9999 (parseYear). */
function yearChecked(body: string, ...xs: Operand[]): string {
  const tests = xs
    .filter(isRef)
    .map(operand)
    .map((v) => `ISLOGICAL(${v}),NOT(ISNUMBER(${v})),${v}<${MIN_YEAR},${v}>${MAX_YEAR},${v}<>INT(${v})`);
  return tests.length === 0 ? body : `IF(OR(${tests.join(",")}),${VALUE_ERROR},${body})`;
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

/** GAPTOTARGET: target − actual (up), actual − target (down); blank when actual or target is blank. */
export function gapFormula(refs: TargetRefs): string {
  const a = operand(need(refs, "actual", "gap"));
  const t = operand(refs.target);
  const d = dirOf(refs.direction);
  const body = byDirection(d, `${t}-${a}`, `${a}-${t}`);
  return unlessBlank(directionChecked(d, numbersOnly(body, refs.target, refs.actual)), refs.actual, refs.target);
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
    `IF(${t}<=0,${VALUE_ERROR},${a}/${t})`,
    `IF(OR(${a}<=0,${t}<0),${VALUE_ERROR},${t}/${a})`,
  );
  let body = numbersOnly(ratio, refs.target, refs.actual);
  if (refs.base !== undefined) {
    const b = operand(refs.base);
    const withBase = `IF(${t}=${b},${ratio},(${a}-${b})/(${t}-${b}))`;
    body = numbersOnly(withBase, refs.target, refs.actual, refs.base);
    if (isRef(refs.base)) body = `IF(${b}="",${numbersOnly(ratio, refs.target, refs.actual)},${body})`;
  }
  return unlessBlank(directionChecked(d, body), refs.actual, refs.target);
}

/**
 * EXPECTED at the row's as-of point (its as-of cell, or the report date when that is blank), from
 * base at the base year to target at the target year, the elapsed share clamped to 0…1:
 * linear base·(1−f)+target·f, cagr base^(1−f)·target^f. Blank when an input is blank.
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
  const value =
    refs.path === "cagr" ? `IF(OR(${b}<=0,${t}<=0),${VALUE_ERROR},${b}^(1-${f})*${t}^${f})` : `${b}*(1-${f})+${t}*${f}`;
  const body = numbersOnly(
    yearChecked(asOfChecked(at, `IF(${ty}<=${by},${VALUE_ERROR},${value})`), byOp, tyOp),
    refs.base,
    refs.target,
  );
  return unlessBlank(body, refs.base, refs.target, refs.baseYear, refs.targetYear, at);
}

/**
 * STATUS (see ../target.ts status): 已达标 when met; for a maintain indicator (base = target) 预警 when
 * short by at most tolerance × |target|, else 滞后; 未达标 without an expected value; else 正常 when at
 * or ahead of the expected value, 预警 when behind it by at most tolerance × |target − base| (base 0
 * when blank), 滞后 beyond. Blank when actual or target is blank.
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
  const met = byDirection(d, `${a}-${t}>=0`, `${t}-${a}>=0`);
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
    const ahead = byDirection(d, `${a}-${e}>=0`, `${e}-${a}>=0`);
    const lag = byDirection(d, `${e}-${a}`, `${a}-${e}`);
    const judged = `IF(${ahead},${q(STATUS_LABELS.onTrack)},IF(${lag}<=${tol}*ABS(${t}-${b0}),${q(STATUS_LABELS.warning)},${q(STATUS_LABELS.behind)}))`;
    rest = `IF(${e}="",${q(STATUS_LABELS.notMet)},${judged})`;
  }
  if (refs.base !== undefined) {
    const b = operand(refs.base);
    const isMaintain = isRef(refs.base) ? `AND(ISNUMBER(${b}),${b}=${t})` : `${b}=${t}`;
    rest = `IF(${isMaintain},${maintain},${rest})`;
  }
  const judgedAll = optionalNumbersOnly(`IF(${met},${q(STATUS_LABELS.met)},${rest})`, refs.base, refs.expected);
  const body = numbersOnly(judgedAll, refs.target, refs.actual);
  return unlessBlank(directionChecked(d, body), refs.actual, refs.target);
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
