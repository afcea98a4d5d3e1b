/** Points per event (each first-of-its-kind product), capped; actual = the number of events. */
import { clean } from "../../parse";
import type { RubricItem } from "../../schema";
import { count, required, unused } from "../inputs";
import { aNumber, fraction, guarded, missing, num, times, unusedArg } from "../nativeParts";
import type { ScoreArgs } from "../score";
import { fin, type Computed } from "../steps";
import { fmt } from "../text";
import type { ItemKind, ScoringOf } from "./types";

type S = ScoringOf<"perEvent">;

function scorePerEvent(item: RubricItem, s: S, args: ScoreArgs): Computed {
  required(args.actual, "actual", item);
  unused(args.reference, "reference", item);
  unused(args.extra, "extra", item);
  const n = count(args.actual, "actual", "单数", false);
  const raw = clean(fin(n * s.points));
  return {
    points: Math.min(raw, s.cap),
    steps: [
      `${s.event}${n}单 × ${fmt(s.points)}分 = ${fmt(raw)}分（上限${fmt(s.cap)}分${raw > s.cap ? "，已封顶" : ""}）`,
    ],
  };
}

export const perEvent: ItemKind<S> = {
  score: (s, item, args) => scorePerEvent(item, s, args),
  native(s, item, cells) {
    const A = cells.actual;
    const { reference: R, extra: E } = cells;
    return guarded(
      [missing(A), ...unusedArg(R), ...unusedArg(E), ...aNumber(A, false), fraction(A)],
      `MIN(${num(s.cap)},${times(s.points, A)})`,
    );
  },
  bounds: (s) => ({ min: 0, max: s.cap }),
  nominalPoints: (s) => s.cap,
  unit: () => "单",
  disqualifies: false,
  countsInTotal: true,
  samples: (_s, _item, { h }) => ({ actual: h % 6 }),
};
