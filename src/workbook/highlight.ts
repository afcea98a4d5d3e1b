/**
 * The status highlights of an indicator table as native conditions (SPEC §1 job 3, §5): TRUE when
 * the row's status is 滞后 / 预警 / 已达标, computed from the row's inputs and catalog cells only —
 * never from a POLICY cell — so the colours work where the add-in is not loaded.
 *
 * Same semantics as STATUS (src/core/target.ts status) and its native form (src/core/native/target.ts
 * statusFormula); written compactly for a conditional format: the report date's time point is read
 * from the named cell DB_ReportPoint, and the expected value is computed once per condition instead
 * of being expanded inline several times (which made a 2,700-character rule).
 */
import { DEFAULT_TOLERANCE } from "../core/target";
import { REPORT_POINT_NAME } from "./layout";

export interface HighlightRefs {
  actual: string;
  target: string;
  base: string;
  baseYear: string;
  /** The final milestone year (a literal). */
  targetYear: number;
  /** The row's as-of cell (blank → the report date). */
  asOf: string;
  /** "up"/"down" for a table of one direction, or the row's 方向 cell (越大越好 / 越小越好). */
  direction: "up" | "down" | { ref: string };
}

export type HighlightLabel = "滞后" | "预警" | "已达标";

/** Time point of the as-of cell: blank → the report date's; a year; a date (dates.ts). */
export function asOfPoint(x: string): string {
  const y = `YEAR(${x})`;
  const prevEnd = `DATE(${y}-1,12,31)`;
  return `IF(${x}="",${REPORT_POINT_NAME},IF(${x}<10000,${x},${y}-1+(${x}-${prevEnd})/(DATE(${y},12,31)-${prevEnd})))`;
}

/** `s*(x)`: the shortfall-positive form of a difference for the row's direction. */
function signed(d: HighlightRefs["direction"], expr: string): string {
  if (d === "up") return `(${expr})`;
  if (d === "down") return `-(${expr})`;
  return `IF(OR(${d.ref}="越小越好",${d.ref}="down"),-1,1)*(${expr})`;
}

export function highlightCondition(r: HighlightRefs, label: HighlightLabel): string {
  const { actual: A, target: T, base: G, baseYear: F } = r;
  const numbers = `ISNUMBER(${A}),ISNUMBER(${T})`;
  const gap = signed(r.direction, `${T}-${A}`);
  if (label === "已达标") return `AND(${numbers},${gap}<=0)`;
  const expected = `${G}+(${T}-${G})*MIN(1,MAX(0,(${asOfPoint(r.asOf)}-${F})/(${r.targetYear}-${F})))`;
  const lag = signed(r.direction, `${expected}-${A}`);
  const band = `${DEFAULT_TOLERANCE}*ABS(${T}-${G})`;
  const test = label === "滞后" ? `${lag}>${band}` : `${lag}>0,${lag}<=${band}`;
  return `AND(${numbers},ISNUMBER(${G}),ISNUMBER(${F}),${gap}>0,${test})`;
}
