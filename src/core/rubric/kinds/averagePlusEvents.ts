/**
 * Base points for reaching the citywide average (below: proportional, or nothing), plus points per
 * event (extra = number of events), the whole capped ("直至加满8分").
 */
import { badValue } from "../../errors";
import { clean } from "../../parse";
import type { RubricItem } from "../../schema";
import { count, required, signedAmount } from "../inputs";
import {
  blank,
  finite,
  guarded,
  missing,
  need,
  notNumber,
  num,
  optionalNumber,
  orZero,
  times,
  type Guard,
} from "../nativeParts";
import type { ScoreArgs } from "../score";
import { fin, type Computed } from "../steps";
import { fmt, pct, withUnit } from "../text";
import { SAMPLE_AVERAGE } from "./samples";
import type { ItemKind, ScoringOf } from "./types";

type S = ScoringOf<"averagePlusEvents">;

function scoreAveragePlusEvents(item: RubricItem, s: S, args: ScoreArgs): Computed {
  required(args.actual, "actual", item);
  required(args.reference, "reference", item);
  const actual = signedAmount(args.actual, "actual", s.unit);
  const average = signedAmount(args.reference, "reference", s.unit, "全市平均");
  const events = count(args.extra, "extra", "加分事项数", true);
  const show = (x: number) => (s.unit === "%" ? pct(x) : withUnit(x, s.unit));
  const steps: string[] = [];
  let base: number;
  if (actual >= average) {
    base = s.points;
    steps.push(`本行${show(actual)} ≥ ${s.averageOf}${show(average)}，得${fmt(base)}分`);
  } else if (s.below === "proportional") {
    if (!(average > 0))
      throw badValue(`全市平均必须大于0：${average}`, `the citywide average must be greater than 0: ${average}`);
    base = Math.max(0, fin(s.points * fin(actual / average)));
    steps.push(
      `本行${show(actual)} < ${s.averageOf}${show(average)}，按比例 ${fmt(s.points)} × ${fmt(actual)}/${fmt(average)} = ${fmt(base)}分`,
    );
  } else {
    base = 0;
    steps.push(`本行${show(actual)} < ${s.averageOf}${show(average)}，不得分`);
  }
  const bonus = clean(fin(events * s.eventPoints));
  const total = clean(base + bonus);
  steps.push(
    `加分事项${events}项 × ${fmt(s.eventPoints)}分 = ${fmt(bonus)}分（合计上限${fmt(s.cap)}分${total > s.cap ? "，已封顶" : ""}）`,
  );
  return { points: Math.min(total, s.cap), steps };
}

export const averagePlusEvents: ItemKind<S> = {
  score: (s, item, args) => scoreAveragePlusEvents(item, s, args),
  native(s, item, cells) {
    const A = cells.actual;
    const { reference: R, extra: E } = cells;
    const ref = need(R, "全市平均 reference", item);
    const guards: Guard[] = [missing(A), missing(ref), notNumber(A), notNumber(ref)];
    if (E) guards.push(...optionalNumber(E, false), [`IF(${blank(E)},FALSE,${E}<>INT(${E}))`, "#VALUE!"]);
    let below = "0";
    if (s.below === "proportional") {
      below = `MAX(0,${finite(`${num(s.points)}*${finite(`${A}/${ref}`)}`)})`;
      guards.push([`AND(${A}<${ref},${ref}<=0)`, "#VALUE!"]);
    }
    const events = E ? `+${times(s.eventPoints, orZero(E))}` : "";
    return guarded(guards, `MIN(${num(s.cap)},IF(${A}>=${ref},${num(s.points)},${below})${events})`);
  },
  bounds: (s) => ({ min: 0, max: s.cap }),
  nominalPoints: (s) => s.cap,
  unit: (s) => s.unit,
  disqualifies: false,
  countsInTotal: true,
  samples: (_s, _item, { h }) => ({
    actual: Number((SAMPLE_AVERAGE + ((h % 11) - 5) / 100).toFixed(4)),
    reference: SAMPLE_AVERAGE,
    extra: h % 4,
  }),
};
