/**
 * Against the citywide average (增速): actual ≥ average → points + bonus steps; below → points −
 * penalty steps, not below the floor. actual = the unit's growth, reference = the average.
 */
import { clean } from "../../parse";
import type { RubricItem } from "../../schema";
import { required, signedAmount, unused } from "../inputs";
import { guarded, missing, need, notNumber, num, steps, times, unusedArg } from "../nativeParts";
import type { ScoreArgs } from "../score";
import { fin, wholeSteps, type Computed } from "../steps";
import { fmt, pct, pp } from "../text";
import { SAMPLE_AVERAGE } from "./samples";
import type { ItemKind, ScoringOf } from "./types";

type S = ScoringOf<"vsAverage">;

function scoreVsAverage(item: RubricItem, s: S, args: ScoreArgs): Computed {
  required(args.actual, "actual", item);
  required(args.reference, "reference", item);
  unused(args.extra, "extra", item);
  const actual = signedAmount(args.actual, "actual", "%", "本行增速");
  const average = signedAmount(args.reference, "reference", "%", "平均增速");
  const diff = clean(fin(actual - average));
  const steps = [`本行${pct(actual)}，${s.averageOf}${pct(average)}`];
  if (diff >= 0) {
    const n = wholeSteps(diff, s.bonus.step);
    const raw = clean(n * s.bonus.points);
    const bonus = s.bonus.cap === undefined ? raw : Math.min(raw, s.bonus.cap);
    steps.push(
      `达到平均得${fmt(s.points)}分，高${pp(diff)}，满${pp(s.bonus.step)}的${n}个 × ${fmt(s.bonus.points)}分 = ${fmt(raw)}分` +
        (s.bonus.cap !== undefined ? `（加分上限${fmt(s.bonus.cap)}分${raw > s.bonus.cap ? "，已封顶" : ""}）` : ""),
    );
    return { points: s.points + bonus, steps };
  }
  const n = wholeSteps(-diff, s.penalty.step);
  const raw = clean(s.points - n * s.penalty.points);
  steps.push(
    `低${pp(-diff)}，满${pp(s.penalty.step)}的${n}个 × ${fmt(s.penalty.points)}分，扣至${fmt(Math.max(raw, s.penalty.floor))}分` +
      (raw < s.penalty.floor ? `（扣完为止，最低${fmt(s.penalty.floor)}分）` : ""),
  );
  return { points: Math.max(raw, s.penalty.floor), steps };
}

export const vsAverage: ItemKind<S> = {
  score: (s, item, args) => scoreVsAverage(item, s, args),
  native(s, item, cells) {
    const A = cells.actual;
    const { reference: R, extra: E } = cells;
    const ref = need(R, "平均增速 reference", item);
    const up = times(s.bonus.points, steps(`${A}-${ref}`, s.bonus.step));
    const bonus = s.bonus.cap !== undefined ? `MIN(${num(s.bonus.cap)},${up})` : up;
    const down = times(s.penalty.points, steps(`${ref}-${A}`, s.penalty.step));
    const f = `IF(${A}>=${ref},${num(s.points)}+${bonus},MAX(${num(s.penalty.floor)},${num(s.points)}-${down}))`;
    return guarded([missing(A), missing(ref), ...unusedArg(E), notNumber(A), notNumber(ref)], f);
  },
  bounds: (s) => ({ min: s.penalty.floor, max: s.points + (s.bonus.cap ?? Infinity) }),
  nominalPoints: (s) => s.points,
  unit: () => "%",
  disqualifies: false,
  countsInTotal: true,
  samples: (_s, _item, { h }) => ({
    actual: Number((SAMPLE_AVERAGE + ((h % 13) - 6) / 100).toFixed(4)),
    reference: SAMPLE_AVERAGE,
  }),
};
