/**
 * The arithmetic every rule kind shares: ranges with the three bounds SUBSIDY can pick, and the
 * rounding of thresholds (snap) and of awards (roundAward), which the native formulas mirror with
 * ROUND(x, 9) and ROUND(x, 6).
 */
import { clean, type Bound } from "../parse";
import type { Range } from "../schema";

/** A range with the three bounds SUBSIDY can pick. */
export interface BoundedRange {
  min: number;
  max: number;
  mid: number;
  /** min < max: the bound argument changes the result. */
  ranged: boolean;
}

export function pickOf(r: Range): BoundedRange {
  return { min: r.min, max: r.max, mid: clean((r.min + r.max) / 2), ranged: r.min < r.max };
}

export function pickValue(p: BoundedRange, bound: Bound): number {
  return bound === "max" ? p.max : bound === "min" ? p.min : p.mid;
}

/** Round away binary noise before comparing with a threshold (ROUND(x, 9) in native formulas). */
export function snap(x: number): number {
  // From 1e15 on a double has no digits left at 9 decimals, and x * 1e9 could overflow.
  return Math.abs(x) >= 1e15 ? x : Math.round(x * 1e9) / 1e9;
}

/** Money to the fen: 6 decimals of 万元 (ROUND(x, 6) in native formulas). */
export function roundAward(x: number): number {
  return Math.abs(x) >= 1e15 ? x : Math.round(x * 1e6) / 1e6;
}
