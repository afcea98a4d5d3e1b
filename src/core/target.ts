/**
 * Target tracking (docs/FUNCTIONS.md, "Target tracking"): how far an indicator stands from its target (GAPTOTARGET),
 * how much of the way it has come (PROGRESS), where it should stand by now (EXPECTED), a status label (STATUS)
 * and the target of an indicator by year (TARGET).
 *
 * Two layers: the math on plain numbers (gap, progress, expected, status), and the cell layer
 * (gapToTarget, …) that reads what Excel passes (numbers, numeric text, dates, indicator IDs) and
 * resolves IDs through the CatalogIndex. docs/FUNCTIONS.md "Target tracking" is the user-facing
 * statement of these semantics; ./native/target.ts computes the same in native Excel formulas.
 */
import type { CatalogIndex } from "./catalogIndex";
import { finalMilestone } from "./catalogIndex";
import { parseTimePoint, parseYear } from "./dates";
import { badValue, finite, notAvailable } from "./errors";
import { parseDirection, type Direction } from "./directions";
import { clean, isBlank, parseNumber, shown, toHalfWidth } from "./parse";
import type { Indicator, TargetValue } from "./schema";

export type Path = "linear" | "cagr";

/** STATUS labels: fixed Chinese words, whatever the viewer's UI language. */
export const STATUS_LABELS = {
  met: "已达标",
  onTrack: "正常",
  warning: "预警",
  behind: "滞后",
  notMet: "未达标",
} as const;
export type StatusLabel = (typeof STATUS_LABELS)[keyof typeof STATUS_LABELS];

export const DEFAULT_TOLERANCE = 0.05;

/** +1 when higher is better, −1 when lower is better. */
export function sign(direction: Direction): 1 | -1 {
  return direction === "up" ? 1 : -1;
}

const POW10 = Array.from({ length: 23 }, (_, k) => Math.pow(10, k));

/** x rounded to `digits` significant digits of `scale` (x = 0 stays 0), −0 turned into 0. */
function roundAt(x: number, scale: number, digits: number): number {
  if (x === 0 || !Number.isFinite(x) || !(scale > 0)) return x + 0;
  const k = digits - 1 - Math.floor(Math.log10(scale));
  if (k >= 0 && k <= 22) return Math.round(x * POW10[k]) / POW10[k] + 0;
  if (k < 0 && k >= -22) return Math.round(x / POW10[-k]) * POW10[-k] + 0;
  return clean(x) + 0;
}

/**
 * A difference a − b without binary noise: 1050 − 900.1 is 149.9, and 8389591.18 − 8388591.19 is
 * 999.99. The noise of a subtraction is relative to the operands, not to the result, so the result is
 * rounded to 13 significant digits of the larger operand (the noise is below 1e-15 of it; typed
 * values have far fewer digits). Plain arithmetic, not clean()'s toPrecision (~0.5 µs a call; the bar in
 * docs/PERFORMANCE.md is 1,000,000 GAPTOTARGET calls in a second).
 */
function diff(a: number, b: number): number {
  return roundAt(a - b, Math.max(Math.abs(a), Math.abs(b)), 13);
}

// ---------------------------------------------------------------------------------------------
// The math on numbers.
// ---------------------------------------------------------------------------------------------

/** Shortfall, signed: up → target − actual, down → actual − target. > 0 still short, ≤ 0 met. */
export function gap(actual: number, target: number, direction: Direction): number {
  return finite(sign(direction) * diff(target, actual) + 0, "缺口", "gap");
}

/** A maintain indicator: the base already stands at the target (覆盖率 100% → 100%). */
export function isMaintain(target: number, base: number | undefined): boolean {
  return base !== undefined && base === target;
}

export function isMet(actual: number, target: number, direction: Direction): boolean {
  return gap(actual, target, direction) <= 0;
}

/**
 * Completion as a fraction. With a base: (actual − base)/(target − base) — for `down` the
 * sign-mirrored (base − actual)/(base − target) is the same number, so direction does not enter. A
 * maintain indicator (base = target) and no base: up → actual/target (needs target > 0); down →
 * target/actual (needs actual > 0 and target ≥ 0). A result that is not finite (1/1e-310) → #NUM!.
 */
export function progress(actual: number, target: number, base: number | undefined, direction: Direction): number {
  if (base !== undefined && !isMaintain(target, base)) {
    // Each difference must be finite too: the native formula's overflows there, as a spreadsheet's does.
    const done = finite(actual - base, "完成进度", "progress");
    const span = finite(target - base, "完成进度", "progress");
    return finite(done / span + 0, "完成进度", "progress");
  }
  if (direction === "up") {
    if (target <= 0)
      throw badValue(
        `无基期值时完成进度按“实际值÷目标值”计算，目标值须为正数（现为 ${target}）；请提供基期值`,
        `without a base, progress is actual ÷ target and needs a positive target (got ${target}); give a base`,
      );
    return finite(actual / target + 0, "完成进度", "progress");
  }
  if (actual <= 0 || target < 0)
    throw badValue(
      `无基期值时逆向指标的完成进度按“目标值÷实际值”计算，实际值须为正数、目标值不能为负（实际 ${actual}，目标 ${target}）；请提供基期值`,
      `without a base, progress of a lower-is-better indicator is target ÷ actual and needs a positive actual and a non-negative target (actual ${actual}, target ${target}); give a base`,
    );
  return finite(target / actual + 0, "完成进度", "progress");
}

/**
 * Where the indicator should stand at time point `asOf` (see dates.ts: a year = its end), moving
 * from `base` at `baseYear` to `target` at `targetYear`. The elapsed share is clamped to 0…1:
 * before the base year the plan expects the base, after the target year the target (a plan says
 * nothing beyond its horizon). linear: base·(1−f) + target·f; cagr: base^(1−f)·target^f, i.e.
 * base·(target/base)^f, which needs base > 0 and target > 0. Both forms give base and target
 * exactly at the ends.
 */
export function expected(
  base: number,
  target: number,
  baseYear: number,
  targetYear: number,
  asOf: number,
  path: Path,
): number {
  if (!(targetYear > baseYear))
    throw badValue(
      `目标年（${targetYear}）须晚于基期年（${baseYear}）`,
      `the target year (${targetYear}) must be later than the base year (${baseYear})`,
    );
  if (path === "cagr" && (base <= 0 || target <= 0))
    throw badValue(
      `按年均增速（cagr）推算要求基期值和目标值均为正数（基期 ${base}，目标 ${target}）；可改用 linear`,
      `the cagr path needs a positive base and target (base ${base}, target ${target}); use linear instead`,
    );
  const f = Math.min(1, Math.max(0, (asOf - baseYear) / (targetYear - baseYear)));
  const e = path === "cagr" ? Math.pow(base, 1 - f) * Math.pow(target, f) : base * (1 - f) + target * f;
  return finite(e, "预期值", "expected");
}

/**
 * STATUS in value terms (docs/FUNCTIONS.md gives the same in words):
 *   已达标  the target is met (gap ≤ 0), whatever else is given;
 *   a maintain indicator (base = target), not met: 预警 when the gap ≤ tolerance × |target|, else 滞后;
 *   未达标  not met and no expected value;
 *   正常    lag ≤ 0, where lag = expected − actual (up) or actual − expected (down);
 *   预警    0 < lag ≤ tolerance × span, span = |target − base| (|target| without a base);
 *   滞后    lag beyond that.
 * For a target on the better side of the base this is exactly "progress ≥ expected progress" and
 * "short of expected progress by ≤ tolerance" with progress = (actual − base)/(target − base);
 * written in values it also holds for a zero span (no warning band) and without a base.
 */
export function status(
  actual: number,
  target: number,
  base: number | undefined,
  expectedValue: number | undefined,
  direction: Direction,
  tolerance: number = DEFAULT_TOLERANCE,
): StatusLabel {
  if (isMet(actual, target, direction)) return STATUS_LABELS.met;
  if (isMaintain(target, base)) {
    // Nothing to expect along the way: only how far below the level to keep.
    const short = gap(actual, target, direction);
    const band = roundAt(tolerance * Math.abs(target), tolerance * Math.abs(target), 13);
    return short <= band ? STATUS_LABELS.warning : STATUS_LABELS.behind;
  }
  if (expectedValue === undefined) return STATUS_LABELS.notMet;
  const lag = finite(sign(direction) * diff(expectedValue, actual), "状态", "status");
  if (lag <= 0) return STATUS_LABELS.onTrack;
  // The band is a product: its noise is relative to itself.
  const span = finite(Math.abs(diff(target, base ?? 0)), "状态", "status");
  const band = roundAt(tolerance * span, tolerance * span, 13);
  return lag <= band ? STATUS_LABELS.warning : STATUS_LABELS.behind;
}

// ---------------------------------------------------------------------------------------------
// Indicator targets.
// ---------------------------------------------------------------------------------------------

/**
 * The number an actual value must reach: a number as is; a range 6–8 → its min for `up` (reaching
 * the range's floor meets it) and its max for `down`; null for a text target (nothing to compute).
 */
export function barOf(tv: TargetValue, direction: Direction): number | null {
  if (tv.kind === "number") return tv.value;
  if (tv.kind === "range") return direction === "up" ? tv.min : tv.max;
  return null;
}

/** A target as a reader sees it: a number, "6—8" for a range, or the text. */
export function targetText(tv: TargetValue): string | number {
  if (tv.kind === "number") return tv.value;
  if (tv.kind === "range") return `${tv.min}—${tv.max}`;
  return tv.text;
}

/** barOf, with a text target an #N/A naming the text. */
export function targetBar(ind: Indicator, tv: TargetValue, year: number, direction: Direction): number {
  if (tv.kind !== "text") return barOf(tv, direction) as number;
  throw notAvailable(
    `指标“${ind.id}”（${ind.name}）${year}年的目标为文字“${tv.text}”，不是数值；可用 INFO("${ind.id}","目标") 查看`,
    `the ${year} target of indicator "${ind.id}" is text ("${tv.text}"), not a number; INFO("${ind.id}","target") shows it`,
  );
}

/** The milestone of `year`, or the final one; #N/A naming the years there are. */
export function milestoneOf(ind: Indicator, year?: number): { year: number; target: TargetValue } {
  if (year === undefined) return finalMilestone(ind);
  const m = ind.milestones.find((x) => x.year === year);
  if (!m) {
    const years = ind.milestones.map((x) => x.year).join("、");
    throw notAvailable(
      `指标“${ind.id}”（${ind.name}）没有${year}年目标（有目标的年份：${years}）`,
      `indicator "${ind.id}" has no target for ${year} (targets exist for ${ind.milestones.map((x) => x.year).join(", ")})`,
    );
  }
  return m;
}

/** What a `target` argument resolved to: a number, or an indicator's final target. */
export interface ResolvedTarget {
  target: number;
  direction: Direction;
  /** Unit the actual is read in: the indicator's, when the target was an ID. */
  unit?: string;
  indicator?: Indicator;
}

// A user's source ID may start with a digit (2025-PLAN); a source part of digits only is a number ("12.5").
const ID_SHAPE = /^(?=[^.]*[A-Za-z-])[A-Za-z0-9][A-Za-z0-9-]*\.[A-Za-z0-9-]+$/;

/**
 * A `target` argument: a number, numeric text, or an indicator ID (its final target and
 * direction; an explicit direction argument wins). Unknown ID → #N/A; an ID of another kind of
 * entry → #N/A; other text → #VALUE!.
 */
export function resolveTarget(index: CatalogIndex, value: unknown, direction: unknown): ResolvedTarget {
  if (typeof value === "string" && !isBlank(value)) {
    // As typed first (the common case, no normalising cost), then with full-width forms folded.
    let id = value;
    let entry = index.find(id);
    if (!entry) entry = index.find((id = toHalfWidth(value)));
    if (entry) {
      if (entry.type !== "indicator")
        throw notAvailable(
          `“${id}”不是指标ID，目标应为数值或指标ID`,
          `"${id}" is not an indicator ID; the target must be a number or an indicator ID`,
        );
      const ind = entry.entry;
      const dir = parseDirection(direction, ind.direction);
      const m = finalMilestone(ind);
      return { target: targetBar(ind, m.target, m.year, dir), direction: dir, unit: ind.unit, indicator: ind };
    }
    if (ID_SHAPE.test(id)) throw notAvailable(`没有此指标ID：“${id}”`, `no indicator with ID "${id}"`);
  }
  if (typeof value === "boolean")
    throw badValue("目标应为数值或指标ID", "the target must be a number or an indicator ID");
  const target = parseNumber(value, { label: "目标 target", allowNegative: true });
  return { target, direction: parseDirection(direction, "up") };
}

// ---------------------------------------------------------------------------------------------
// The cell layer: what the custom functions call.
// ---------------------------------------------------------------------------------------------

function readActual(value: unknown, unit: string | undefined): number {
  return parseNumber(value, { label: "实际值 actual", unit, allowNegative: true });
}

function readOptional(value: unknown, label: string, unit?: string): number | undefined {
  return isBlank(value) ? undefined : parseNumber(value, { label, unit, allowNegative: true });
}

/** GAPTOTARGET(actual, target, [direction]). */
export function gapToTarget(index: CatalogIndex, actual: unknown, target: unknown, direction?: unknown): number {
  const t = resolveTarget(index, target, direction);
  return gap(readActual(actual, t.unit), t.target, t.direction);
}

/** PROGRESS(actual, target, [base], [direction]). */
export function progressOf(
  index: CatalogIndex,
  actual: unknown,
  target: unknown,
  base?: unknown,
  direction?: unknown,
): number {
  const t = resolveTarget(index, target, direction);
  return progress(readActual(actual, t.unit), t.target, readOptional(base, "基期值 base", t.unit), t.direction);
}

const PATHS: Record<string, Path> = {
  linear: "linear",
  线性: "linear",
  直线: "linear",
  匀速: "linear",
  等额: "linear",
  cagr: "cagr",
  复合: "cagr",
  复合增长: "cagr",
  年均增速: "cagr",
  年均增长: "cagr",
  几何: "cagr",
  等比: "cagr",
};

export function parsePath(value: unknown): Path {
  if (isBlank(value)) return "linear";
  const t = typeof value === "string" ? toHalfWidth(value).replace(/\s+/g, "").toLowerCase() : "";
  const p = PATHS[t];
  if (!p)
    throw badValue(
      `无法识别的推算方式：“${shown(value)}”（可用：linear 线性 / cagr 年均增速）`,
      `unknown path "${shown(value)}" (use linear or cagr)`,
    );
  return p;
}

/** EXPECTED(base, target, baseYear, targetYear, asOf, [path]). */
export function expectedAt(
  base: unknown,
  target: unknown,
  baseYear: unknown,
  targetYear: unknown,
  asOf: unknown,
  path?: unknown,
): number {
  const p = parsePath(path);
  const b = parseNumber(base, { label: "基期值 base", allowNegative: true });
  const t = parseNumber(target, { label: "目标值 target", allowNegative: true });
  const by = parseYear(baseYear, "基期年 baseYear");
  const ty = parseYear(targetYear, "目标年 targetYear");
  const at = parseTimePoint(asOf, "截至日期 asOf");
  return expected(b, t, by, ty, at, p);
}

/** STATUS(actual, target, [base], [expected], [direction], [tolerance]). */
export function statusOf(
  index: CatalogIndex,
  actual: unknown,
  target: unknown,
  base?: unknown,
  expectedValue?: unknown,
  direction?: unknown,
  tolerance?: unknown,
): StatusLabel {
  const t = resolveTarget(index, target, direction);
  const a = readActual(actual, t.unit);
  const b = readOptional(base, "基期值 base", t.unit);
  const e = readOptional(expectedValue, "预期值 expected", t.unit);
  let tol = DEFAULT_TOLERANCE;
  if (!isBlank(tolerance)) {
    tol = parseNumber(tolerance, { label: "容差 tolerance" });
    if (tol > 1)
      throw badValue(
        `容差是基期至目标跨度的比例，应在 0—1 之间（如 0.05 或 5%）：${tol}`,
        `the tolerance is a share of the base-to-target span, between 0 and 1 (such as 0.05 or 5%): ${tol}`,
      );
  }
  return status(a, t.target, b, e, t.direction, tol);
}

/** TARGET(indicatorId, [year]): a number; text targets are #N/A (INFO shows their text). */
export function targetOf(index: CatalogIndex, indicatorId: unknown, year?: unknown): number {
  if (typeof indicatorId !== "string" || isBlank(indicatorId))
    throw isBlank(indicatorId)
      ? notAvailable("缺少指标ID", "indicator ID is missing")
      : badValue(
          `指标ID应为文字，如 "DY-MFG-2024.01"：${shown(indicatorId)}`,
          `the indicator ID must be text such as "DY-MFG-2024.01": ${shown(indicatorId)}`,
        );
  const ind = index.indicator(toHalfWidth(indicatorId));
  const m = milestoneOf(ind, isBlank(year) ? undefined : parseYear(year, "年份 year"));
  return targetBar(ind, m.target, m.year, ind.direction);
}
