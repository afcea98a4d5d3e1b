/** Sum of its parts' points (actual, reference), capped ("两项加分合计最高不超过10分"). */
import { clean, isBlank, parseNumber } from "../../parse";
import type { RubricItem } from "../../schema";
import { required, unused } from "../inputs";
import { aNumber, finite, guarded, missing, optionalNumber, orZero, num, unusedArg, type Guard } from "../nativeParts";
import type { ScoreArgs } from "../score";
import { fin, type Computed } from "../steps";
import { fmt } from "../text";
import type { ItemKind, ScoringOf } from "./types";

type S = ScoringOf<"combined">;

function scoreCombined(item: RubricItem, s: S, args: ScoreArgs): Computed {
  required(args.actual, "actual", item);
  unused(args.extra, "extra", item);
  const a = parseNumber(args.actual, { label: "第一项得分 actual", unit: "分" });
  const b = isBlank(args.reference) ? 0 : parseNumber(args.reference, { label: "第二项得分 reference", unit: "分" });
  const sum = clean(fin(a + b));
  return {
    points: Math.min(sum, s.cap),
    steps: [
      `两项得分 ${fmt(a)} + ${fmt(b)} = ${fmt(sum)}分（合计上限${fmt(s.cap)}分${sum > s.cap ? "，已封顶" : ""}）`,
    ],
  };
}

export const combined: ItemKind<S> = {
  score: (s, item, args) => scoreCombined(item, s, args),
  native(s, item, cells) {
    const A = cells.actual;
    const { reference: R, extra: E } = cells;
    const guards: Guard[] = [missing(A), ...unusedArg(E), ...aNumber(A, false)];
    if (R) guards.push(...optionalNumber(R, false));
    return guarded(guards, `MIN(${num(s.cap)},${R ? finite(`${A}+${orZero(R)}`) : A})`);
  },
  bounds: (s) => ({ min: 0, max: s.cap }),
  nominalPoints: (s) => s.cap,
  unit: () => "分",
  disqualifies: false,
  countsInTotal: true,
  parts: (s) => s.parts,
  howToFill: (s) => `由${s.parts.join("、")}的得分合计，上限${s.cap}分`,
  // Two parts' points (on the bank sheet they come from the parts' rows).
  samples: (_s, _item, { h }) => ({ actual: h % 9, reference: (h >>> 4) % 7 }),
};
