/** 一票否决: disqualifies from the evaluation (no points, no rank); actual = whether it applies. */
import { badValue } from "../../errors";
import type { RubricItem } from "../../schema";
import { flag, required, unused } from "../inputs";
import { flagWord, guarded, missing, truthy, unusedArg } from "../nativeParts";
import type { ScoreArgs } from "../score";
import type { Computed } from "../steps";
import type { ItemKind, ScoringOf } from "./types";

type S = ScoringOf<"veto">;

function scoreVeto(item: RubricItem, args: ScoreArgs): Computed {
  required(args.actual, "actual", item);
  unused(args.reference, "reference", item);
  unused(args.extra, "extra", item);
  if (flag(args.actual, "actual", "是否一票否决"))
    throw badValue(
      "一票否决：直接取消考评资格，不计分、不排名（名次填“否决”，TIER 给出结果）",
      "vetoed: disqualified from the evaluation (no points, no rank)",
    );
  return { points: 0, steps: ["未触发一票否决，不影响得分"] };
}

export const veto: ItemKind<S> = {
  score: (_s, item, args) => scoreVeto(item, args),
  native(s, item, cells) {
    const A = cells.actual;
    const { reference: R, extra: E } = cells;
    return guarded([missing(A), ...unusedArg(R), ...unusedArg(E), flagWord(A)], `IF(${truthy(A)},#VALUE!,0)`);
  },
  bounds: () => ({ min: 0, max: 0 }),
  nominalPoints: () => 0,
  unit: () => undefined,
  disqualifies: true,
  countsInTotal: false,
  // Mostly not vetoed (the bank sheet asks for the veto once per unit, in its summary).
  samples: () => ({ actual: "否" }),
};
