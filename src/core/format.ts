/** Numbers as explanations and sheets show them. */
import { clean } from "./parse";

/**
 * A fraction as a percentage with at most `decimals` decimals: 0.045 → "4.5%", 0.123456789 with 4
 * decimals → "12.3457%". Binary noise is removed first (0.07 × 100 is 7.000000000000001 in binary).
 */
export function percentText(fraction: number, decimals = 6): string {
  // + 0 turns -0 (a tiny negative rounded away) into 0.
  return `${Number(clean(fraction * 100).toFixed(decimals)) + 0}%`;
}
