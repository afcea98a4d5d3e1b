/**
 * The arithmetic every rubric item kind shares: finite intermediate results (a spreadsheet answers
 * #NUM! on overflow, so SCORE does too), full steps counted exactly in decimal terms, signed grade
 * bands, and what a kind's computation returns.
 */
import { notFinite } from "../errors";
import { wholeSteps as exactSteps } from "../parse";

/** Points of an item and the steps of its account, before SCORE rounds and cites the clause. */
export type Computed = { points: number; steps: string[] };

/**
 * An intermediate result that must be finite: the native formula computes the same step, and a
 * spreadsheet answers #NUM! when it overflows (1e308 − (−1e308)), so SCORE does too rather than let a
 * cap or MAX turn ±Infinity back into points.
 */
export function fin(x: number): number {
  if (Number.isFinite(x)) return x;
  throw notFinite("得分计算中的数值超出范围", "a step of the computation is not a finite number");
}

/** Full steps in x, as parse.ts wholeSteps (0.999亿 above a task is no full 1亿 step), x / step finite. */
export function wholeSteps(x: number, step: number): number {
  fin(x / step);
  return exactSteps(fin(x), step);
}

/** A band as signed points: 较差 stored as 1…5 with `negative` is −5…−1. */
export function signedBand(g: { min: number; max: number; negative?: boolean }): { lo: number; hi: number } {
  return g.negative ? { lo: -g.max, hi: -g.min } : { lo: g.min, hi: g.max };
}
