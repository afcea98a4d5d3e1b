/**
 * Native spreadsheet formulas that compute SCORE and TIER from cell references, for the portable
 * workbook (no add-in: Excel 2010+, LibreOffice, WPS). Only IF, MIN, MAX, INT, ROUND, AND, OR, NOT,
 * ISNUMBER, ISLOGICAL, ISNA, MATCH, TRIM, LOWER and FIND are used, and the #N/A and #VALUE! error literals. A
 * cell of nothing but spaces is blank, as to the engine (parse.ts isBlank); no N() (Gnumeric's N() of
 * an empty cell is #NUM!).
 * Formulas are returned without the leading "=".
 *
 * They agree with the engine on valid inputs, and give the engine's error code on invalid ones, with
 * the checks in the engine's order (docs/FUNCTIONS.md, "Error codes"): a blank required input (the actual, a citywide
 * average, a start-of-year rate, a task the text does not fix) → #N/A; text, TRUE/FALSE (ISLOGICAL first:
 * LibreOffice's ISNUMBER(TRUE) is TRUE), a negative amount or count, a fractional count, an unknown
 * word, an argument the item does not take, a task ≤ 0 → #VALUE!; a veto → #VALUE! (no points, no
 * rank); an overflow → #NUM! (the spreadsheet's own). Unlike the engine they read no numeric text and
 * no bank name as the task: give numbers (the bank sheet fills the annex task in).
 *
 * Step counting: the engine floors x/step after rounding to 12 significant digits (wholeSteps); the
 * formula floors after ROUND(…, 9) — the same for any input with fewer than 9 decimals.
 */
import { excelString as str } from "../native/text";
import type { Rubric, RubricItem } from "../schema";
import { itemKind } from "./kinds";
import { fraction, guarded, missing, notNumber, num, type Guard, type ScoreCells } from "./nativeParts";
import { VETO_WORDS } from "./tier";

export type { ScoreCells } from "./nativeParts";

export interface NativeOptions {
  /** Show "" while the actual cell is empty, instead of scoring an empty cell as 0. */
  blankWhenEmpty?: boolean;
}

/** The native formula of SCORE(item, actual, reference, extra) over the given cells. */
export function nativeScoreFormula(item: RubricItem, cells: ScoreCells, opts: NativeOptions = {}): string {
  const f = scoreExpression(item, cells);
  return opts.blankWhenEmpty ? `IF(${cells.actual}="","",${f})` : f;
}

function scoreExpression(item: RubricItem, cells: ScoreCells): string {
  return itemKind(item.params.kind).native(item.params, item, cells);
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
