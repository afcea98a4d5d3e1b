/**
 * Native spreadsheet formulas that compute SCORE and TIER from cell references, for the portable
 * workbook (no add-in: Excel 2010+, LibreOffice, WPS). Only IF, MIN, MAX, INT, ROUND, AND, OR, NOT,
 * ISNUMBER, ISLOGICAL, ISNA, MATCH and TRIM are used, and the #N/A and #VALUE! error literals.
 * Formulas are returned without the leading "=".
 *
 * They agree with the engine on valid inputs, and give the engine's error code on invalid ones, with
 * the checks in the engine's order (SPEC §3): a blank required input (the actual, a citywide average,
 * a start-of-year rate, a task the text does not fix) → #N/A; text, TRUE/FALSE (ISLOGICAL first:
 * LibreOffice's ISNUMBER(TRUE) is TRUE), a negative amount or count, a fractional count, an unknown
 * word, an argument the item does not take, a task ≤ 0 → #VALUE!; a veto → #VALUE! (no points, no
 * rank); an overflow → #NUM! (the spreadsheet's own). Unlike the engine they read no numeric text and
 * no bank name as the task: give numbers (the bank sheet fills the annex task in).
 *
 * Step counting: the engine floors x/step after rounding to 12 significant digits (wholeSteps); the
 * formula floors after ROUND(…, 9) — the same for any input with fewer than 9 decimals.
 */
import { badValue } from "../errors";
import { excelString as str } from "../native/text";
import { FLAG_WORDS } from "../parse";
import type { Rubric, RubricItem } from "../schema";
import { signedBand } from "./score";
import { VETO_WORDS } from "./tier";

export interface ScoreCells {
  /** Cell of SCORE's actual, e.g. "D5" or "$D$5". */
  actual: string;
  /** Cell of the reference (task or citywide average); may be omitted where the item has a default. */
  reference?: string;
  /** Cell of extra (events, newcomer flag, packaged disposals). */
  extra?: string;
}

export interface NativeOptions {
  /** Show "" while the actual cell is empty, instead of scoring an empty cell as 0. */
  blankWhenEmpty?: boolean;
}

function num(x: number): string {
  const s = String(x);
  if (/e/i.test(s)) throw new Error(`number ${s} cannot be written plainly in a formula`);
  return s;
}

/** floor(x / step), rounding binary noise away first (mirrors wholeSteps). */
function steps(x: string, step: number): string {
  return step === 1 ? `INT(ROUND(${x},9))` : `INT(ROUND((${x})/${num(step)},9))`;
}

/** p × x, leaving out "1*". */
function times(p: number, x: string): string {
  return p === 1 ? x : `${num(p)}*${x}`;
}

/** A check made before computing: when `test` holds, the cell shows `error`. */
type Guard = [test: string, error: "#N/A" | "#VALUE!"];

/** IF(test₁, error₁, IF(test₂, error₂, … body)): the checks in the engine's order. */
function guarded(guards: Guard[], body: string): string {
  return guards.reduceRight((acc, [test, error]) => `IF(${test},${error},${acc})`, body);
}

const missing = (cell: string): Guard => [`${cell}=""`, "#N/A"];
/** Text or TRUE/FALSE where a number belongs. */
const notNumber = (cell: string): Guard => [`OR(ISLOGICAL(${cell}),NOT(ISNUMBER(${cell})))`, "#VALUE!"];
const negative = (cell: string): Guard => [`${cell}<0`, "#VALUE!"];
const fraction = (cell: string): Guard => [`${cell}<>INT(${cell})`, "#VALUE!"];
/** An argument the item does not take: blank or 0 only (unused() in ./inputs). */
const unusedArg = (cell: string | undefined): Guard[] =>
  cell ? [[`AND(${cell}<>"",OR(ISLOGICAL(${cell}),${cell}<>0))`, "#VALUE!"]] : [];
/** A number: as signedAmount (any sign) or amount (non-negative). */
const aNumber = (cell: string, signed: boolean): Guard[] =>
  signed ? [notNumber(cell)] : [notNumber(cell), negative(cell)];
/** An optional number: blank passes. */
const optionalNumber = (cell: string, signed: boolean): Guard[] =>
  aNumber(cell, signed).map(([t, e]): Guard => [`AND(${cell}<>"",${t})`, e]);

const FLAG_LIST = `{${[...FLAG_WORDS.yes, ...FLAG_WORDS.no].map(str).join(",")}}`;
const YES_LIST = `{${FLAG_WORDS.yes.map(str).join(",")}}`;

/** parseFlag: an unknown word → #VALUE! (a guard); Excel compares text case-insensitively. */
const flagWord = (cell: string): Guard => [
  `AND(NOT(ISLOGICAL(${cell})),NOT(ISNUMBER(${cell})),${cell}<>"",ISNA(MATCH(TRIM(${cell}),${FLAG_LIST},0)))`,
  "#VALUE!",
];

/** parseFlag in a formula, once flagWord has passed: TRUE, a non-zero number, or a yes word. */
function truthy(cell: string): string {
  return `IF(ISLOGICAL(${cell}),${cell},IF(ISNUMBER(${cell}),${cell}<>0,ISNUMBER(MATCH(TRIM(${cell}),${YES_LIST},0))))`;
}

function need(cell: string | undefined, what: string, item: RubricItem): string {
  if (!cell) throw badValue(`生成公式需要${what}单元格：${item.id}`, `${item.id}: the formula needs a ${what} cell`);
  return cell;
}

/** The native formula of SCORE(item, actual, reference, extra) over the given cells. */
export function nativeScoreFormula(item: RubricItem, cells: ScoreCells, opts: NativeOptions = {}): string {
  const f = scoreExpression(item, cells);
  return opts.blankWhenEmpty ? `IF(${cells.actual}="","",${f})` : f;
}

function scoreExpression(item: RubricItem, cells: ScoreCells): string {
  const s = item.params;
  const A = cells.actual;
  const { reference: R, extra: E } = cells;
  switch (s.kind) {
    case "vsTask": {
      // A blank task cell means the text's task, as in the engine.
      const text = s.defaultTask !== undefined ? num(s.defaultTask) : undefined;
      const taskGuards: Guard[] = [];
      let T: string;
      // Text where an annex gives the tasks: the engine looks it up as a bank name, which a formula
      // cannot; it answers as the engine does for a name the annex lacks (#N/A).
      const bankName = (c: string): Guard[] =>
        s.taskAnnex ? [[`AND(${c}<>"",NOT(ISLOGICAL(${c})),NOT(ISNUMBER(${c})))`, "#N/A"]] : [];
      if (R === undefined) T = text ?? need(undefined, "任务数 reference", item);
      else if (text === undefined) {
        T = R;
        taskGuards.push(missing(R), ...bankName(R), notNumber(R));
      } else {
        T = `IF(${R}="",${text},${R})`;
        taskGuards.push(...bankName(R), ...optionalNumber(R, true));
      }
      taskGuards.push([`${T}<=0`, "#VALUE!"]);
      const extraGuards: Guard[] = s.flagBonus ? (E ? [flagWord(E)] : []) : unusedArg(E);
      const raw = times(s.bonus.points, steps(`${A}-${T}`, s.bonus.step));
      const bonus = s.bonus.cap !== undefined ? `MIN(${num(s.bonus.cap)},${raw})` : raw;
      // points × (actual ÷ task): the ratio first, so that 40 × 1e308 cannot overflow.
      let f = `IF(${A}>=${T},${num(s.points)}+${bonus},MAX(0,${num(s.points)}*(${A}/${T})))`;
      if (s.flagBonus) f += `+IF(${truthy(need(E, "extra", item))},${num(s.flagBonus.points)},0)`;
      if (s.cap !== undefined) f = `MIN(${num(s.cap)},${f})`;
      return guarded([missing(A), notNumber(A), ...taskGuards, ...extraGuards], f);
    }
    case "vsAverage": {
      const ref = need(R, "平均增速 reference", item);
      const up = times(s.bonus.points, steps(`${A}-${ref}`, s.bonus.step));
      const bonus = s.bonus.cap !== undefined ? `MIN(${num(s.bonus.cap)},${up})` : up;
      const down = times(s.penalty.points, steps(`${ref}-${A}`, s.penalty.step));
      const f = `IF(${A}>=${ref},${num(s.points)}+${bonus},MAX(${num(s.penalty.floor)},${num(s.points)}-${down}))`;
      return guarded([missing(A), missing(ref), ...unusedArg(E), notNumber(A), notNumber(ref)], f);
    }
    case "perStep": {
      if (s.measure === "decrease") {
        const ref = need(R, "年初利率 reference", item);
        // rate(): a fraction in [0, 1].
        const rate = (c: string): Guard[] => [...aNumber(c, false), [`${c}>1`, "#VALUE!"]];
        const f = `MIN(${num(s.cap)},${times(s.points, `MAX(0,${steps(`${ref}-${A}`, s.step)})`)})`;
        return guarded([missing(A), missing(ref), ...unusedArg(E), ...rate(A), ...rate(ref)], f);
      }
      const aw = s.actualWeight ?? 1;
      let x = aw === 1 ? A : `${A}*${num(aw)}`;
      const guards: Guard[] = [missing(A), ...unusedArg(R), ...aNumber(A, false)];
      if (s.extraWeight !== undefined && E) {
        x += `+N(${E})*${num(s.extraWeight)}`;
        guards.push(...optionalNumber(E, false));
      } else guards.push(...unusedArg(E));
      return guarded(guards, `MIN(${num(s.cap)},${times(s.points, steps(x, s.step))})`);
    }
    case "perEvent":
      return guarded(
        [missing(A), ...unusedArg(R), ...unusedArg(E), ...aNumber(A, false), fraction(A)],
        `MIN(${num(s.cap)},${times(s.points, A)})`,
      );
    case "averagePlusEvents": {
      const ref = need(R, "全市平均 reference", item);
      const guards: Guard[] = [missing(A), missing(ref), notNumber(A), notNumber(ref)];
      if (E) guards.push(...optionalNumber(E, false), [`AND(${E}<>"",${E}<>INT(${E}))`, "#VALUE!"]);
      let below = "0";
      if (s.below === "proportional") {
        below = `MAX(0,${num(s.points)}*(${A}/${ref}))`;
        guards.push([`AND(${A}<${ref},${ref}<=0)`, "#VALUE!"]);
      }
      const events = E ? `+${times(s.eventPoints, `N(${E})`)}` : "";
      return guarded(guards, `MIN(${num(s.cap)},IF(${A}>=${ref},${num(s.points)},${below})${events})`);
    }
    case "grade": {
      // A grade label (its top, or the score given in reference within the band), or a score that
      // lies in some band. Anything else is #VALUE!.
      const bands = s.grades.map((g) => ({ label: g.label, ...signedBand(g) }));
      let byLabel = "#VALUE!";
      for (const b of [...bands].reverse()) {
        let value = num(b.hi);
        if (R) {
          const outside = `OR(ISLOGICAL(${R}),NOT(ISNUMBER(${R})),${R}<${num(b.lo)},${R}>${num(b.hi)})`;
          value = `IF(${R}="",${num(b.hi)},IF(${outside},#VALUE!,${R}))`;
        }
        // "较好" or "较好档", as the engine reads a grade.
        byLabel = `IF(OR(TRIM(${A})=${str(b.label)},TRIM(${A})=${str(`${b.label}档`)}),${value},${byLabel})`;
      }
      const inBand = `OR(${bands.map((b) => `AND(${A}>=${num(b.lo)},${A}<=${num(b.hi)})`).join(",")})`;
      const byScore = guarded([...unusedArg(R), [`NOT(${inBand})`, "#VALUE!"]], A);
      const f = `IF(ISLOGICAL(${A}),#VALUE!,IF(ISNUMBER(${A}),${byScore},${byLabel}))`;
      return guarded([missing(A), ...unusedArg(E)], f);
    }
    case "combined": {
      const guards: Guard[] = [missing(A), ...unusedArg(E), ...aNumber(A, false)];
      if (R) guards.push(...optionalNumber(R, false));
      return guarded(guards, `MIN(${num(s.cap)},${A}${R ? `+N(${R})` : ""})`);
    }
    case "veto":
      return guarded([missing(A), ...unusedArg(R), ...unusedArg(E), flagWord(A)], `IF(${truthy(A)},#VALUE!,0)`);
  }
}

/** The native formula of TIER(rubric, rank, count): rank cell and count cell (or a number). */
export function nativeTierFormula(rubric: Rubric, rank: string, count: string): string {
  const RK = rank;
  const N = count;
  // Tiers counted from the end come first: they win where both apply (see tierLabel).
  const ordered = [...rubric.tiers.filter((t) => t.fromEnd), ...rubric.tiers.filter((t) => !t.fromEnd)];
  let chain = str(rubric.otherLabel ?? "");
  for (const t of [...ordered].reverse()) {
    const cond = t.fromEnd
      ? `AND(${RK}>=${N}-${num(t.to - 1)},${RK}<=${t.from === 1 ? N : `${N}-${num(t.from - 1)}`})`
      : `AND(${RK}>=${num(t.from)},${RK}<=${num(t.to)})`;
    chain = `IF(${cond},${str(t.label)},${chain})`;
  }
  // tierLabel's checks in its order: the count, then the rank (a veto word stands for a rank).
  const countGuards: Guard[] = [missing(N), notNumber(N), fraction(N), [`${N}<1`, "#VALUE!"]];
  const rankGuards: Guard[] = [notNumber(RK), [`OR(${RK}<1,${RK}>${N},${RK}<>INT(${RK}))`, "#VALUE!"]];
  let ranked = guarded(rankGuards, chain);
  if (rubric.vetoLabel) {
    const veto = `OR(${VETO_WORDS.map((w) => `TRIM(${RK})=${str(w)}`).join(",")})`;
    ranked = `IF(${veto},${str(rubric.vetoLabel)},${ranked})`;
  }
  return guarded([...countGuards, missing(RK)], ranked);
}
