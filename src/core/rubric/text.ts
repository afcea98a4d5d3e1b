/** How SCORE's explanations write numbers, shared by the item kinds in ./kinds. */
import { percentText } from "../format";
import { clean } from "../parse";

/** Number for explanations: binary noise removed, at most 4 decimals. */
export function fmt(x: number): string {
  return String(Number(clean(x).toFixed(4)) + 0);
}

export function pct(x: number): string {
  // x × 100 may overflow for a huge fraction: then the fraction itself.
  return Number.isFinite(x * 100) ? percentText(x, 4) : fmt(x);
}

/** A difference of two percentages, in percentage points (0.02 → 2个百分点). */
export function pp(x: number): string {
  return Number.isFinite(x * 100) ? `${fmt(x * 100)}个百分点` : fmt(x);
}

export function withUnit(x: number, unit: string): string {
  return unit === "%" ? pct(x) : `${fmt(x)}${unit}`;
}
