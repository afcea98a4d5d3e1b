/**
 * How rule kinds write numbers: in EXPLAIN's sentence (fmt, pct, money, rangeText, boundNote) and
 * on the rule sheet (sheetPct, span, plain). Shared by every kind module in ./kinds.
 */
import { percentText } from "../format";
import type { Bound } from "../parse";
import type { BoundedRange } from "./arithmetic";
import type { Evaluation } from "./evaluate";

export const BOUND_ZH: Record<Bound, string> = { max: "上限", min: "下限", mid: "中值" };

/** A number as a reader expects it: no binary noise, at most 6 decimals, no exponent. */
export function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  // From 1e15 on there are no decimals to round, and n * 1e6 could overflow to Infinity.
  const r = Math.abs(n) >= 1e15 ? n : Math.round(n * 1e6) / 1e6;
  return Math.abs(r) >= 1e21 ? r.toExponential() : String(r);
}

/** A fraction as a percentage: 0.045 → "4.5%". */
export const pct = (f: number): string => percentText(f);

/** "区间40—50万元", or "最高10万元" where the clause gives only a ceiling (min recorded as 0). */
export function rangeText(p: BoundedRange, show: (n: number) => string, unit = ""): string {
  return p.min === 0 ? `最高${show(p.max)}${unit}` : `区间${show(p.min)}—${show(p.max)}${unit}`;
}

/** "（按上限，比例区间4%—4.5%）" when the bound chose the value; nothing for a single value. */
export function boundNote(p: BoundedRange, bound: Bound, show: (n: number) => string, what: string, unit = ""): string {
  return p.ranged ? `（按${BOUND_ZH[bound]}，${what}${rangeText(p, show, unit)}）` : "";
}

export function money(n: number, unit: string): string {
  return `${fmt(n)}${unit}`;
}

/** A fraction as the rule sheet shows it: 0.045 → "4.5%". */
export const sheetPct = (f: number): string => percentText(f, 4);

/** "40—50万元", or "40万元" for a single value. */
export function span(min: number, max: number, show: (n: number) => string, unit = ""): string {
  return min === max ? `${show(min)}${unit}` : `${show(min)}—${show(max)}${unit}`;
}

export const plain = (n: number) => String(Math.round(n * 1e6) / 1e6);

/** A range as INFO gives it: the number itself, or "min—max". */
export function infoRange(r: { min: number; max: number }): string | number {
  return r.min === r.max ? r.min : `${r.min}—${r.max}`;
}

/** What the qualifier means (上年度销售收入 …), or "" where the rule takes none. */
export function qualifierMeaning(e: Evaluation): string {
  const q = e.rule.rule.qualifier;
  return "meaning" in q ? q.meaning : "";
}
