/**
 * Points per full step of a quantity, capped: `actual` = actual × actualWeight + extra × extraWeight
 * (不良贷款: 核销 100%, 打包 50%); `decrease` = reference − actual (利率比年初每下降0.1个百分点).
 */
import { clean, isBlank } from "../../parse";
import type { RubricItem } from "../../schema";
import { amount, rate, required, unused } from "../inputs";
import {
  aNumber,
  guarded,
  missing,
  need,
  num,
  optionalNumber,
  orZero,
  steps,
  times,
  unusedArg,
  type Guard,
} from "../nativeParts";
import type { ScoreArgs } from "../score";
import { fin, wholeSteps, type Computed } from "../steps";
import { fmt, pct, pp, withUnit } from "../text";
import { typed } from "./samples";
import type { ItemKind, ScoringOf } from "./types";

type S = ScoringOf<"perStep">;

function scorePerStep(item: RubricItem, s: S, args: ScoreArgs): Computed {
  required(args.actual, "actual", item);
  let measure: number;
  const steps: string[] = [];
  if (s.measure === "decrease") {
    required(args.reference, "reference", item);
    unused(args.extra, "extra", item);
    const now = rate(args.actual, "actual", "当期利率");
    const start = rate(args.reference, "reference", "年初利率");
    measure = Math.max(0, clean(start - now));
    steps.push(`年初${pct(start)}，当期${pct(now)}，下降${pp(measure)}`);
  } else {
    unused(args.reference, "reference", item);
    const a = amount(args.actual, "actual", s.unit);
    const aw = s.actualWeight ?? 1;
    if (s.extraWeight !== undefined) {
      const e = isBlank(args.extra) ? 0 : amount(args.extra, "extra", s.unit, "附加值");
      measure = clean(fin(a * aw + e * s.extraWeight));
      steps.push(
        `计入 ${withUnit(a, s.unit)}×${pct(aw)} + ${withUnit(e, s.unit)}×${pct(s.extraWeight)} = ${withUnit(measure, s.unit)}`,
      );
    } else {
      unused(args.extra, "extra", item);
      measure = clean(fin(a * aw));
      steps.push(`计入${withUnit(measure, s.unit)}`);
    }
  }
  const n = wholeSteps(measure, s.step);
  const raw = clean(fin(n * s.points));
  const stepText = s.unit === "%" ? pp(s.step) : withUnit(s.step, s.unit);
  steps.push(
    `满${stepText}的${n}个 × ${fmt(s.points)}分 = ${fmt(raw)}分（上限${fmt(s.cap)}分${raw > s.cap ? "，已封顶" : ""}）`,
  );
  return { points: Math.min(raw, s.cap), steps };
}

export const perStep: ItemKind<S> = {
  score: (s, item, args) => scorePerStep(item, s, args),
  native(s, item, cells) {
    const A = cells.actual;
    const { reference: R, extra: E } = cells;
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
      x += `+${orZero(E)}*${num(s.extraWeight)}`;
      guards.push(...optionalNumber(E, false));
    } else guards.push(...unusedArg(E));
    return guarded(guards, `MIN(${num(s.cap)},${times(s.points, steps(x, s.step))})`);
  },
  bounds: (s) => ({ min: 0, max: s.cap }),
  nominalPoints: (s) => s.cap,
  unit: (s) => s.unit,
  disqualifies: false,
  countsInTotal: true,
  samples(s, item, { h }) {
    if (s.measure === "decrease") {
      const start = 0.045;
      return { actual: Number((start - (h % 12) * 0.0007).toFixed(5)), reference: start };
    }
    return {
      actual: typed(s.step * ((h % 90) / 10)),
      ...(item.inputs.extra ? { extra: typed(s.step * ((h % 40) / 10)) } : {}),
    };
  },
};
