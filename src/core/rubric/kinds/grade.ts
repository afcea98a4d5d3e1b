/** Graded by the panel (好/较好/一般/较差/很差), each grade a band of points. */
import { badValue } from "../../errors";
import { excelString as str } from "../../native/text";
import { isBlank, parseNumber, toHalfWidth } from "../../parse";
import type { RubricItem } from "../../schema";
import { required, unused } from "../inputs";
import { blank, guarded, missing, num, unusedArg } from "../nativeParts";
import type { ScoreArgs } from "../score";
import { signedBand, type Computed } from "../steps";
import { fmt } from "../text";
import { GRADES } from "./samples";
import type { ItemKind, ScoringOf } from "./types";

type S = ScoringOf<"grade">;

function scoreGrade(item: RubricItem, s: S, args: ScoreArgs): Computed {
  required(args.actual, "actual", item);
  unused(args.extra, "extra", item);
  const bands = s.grades.map((g) => ({ label: g.label, ...signedBand(g) }));
  const list = bands.map((b) => `${b.label}${b.lo === b.hi ? fmt(b.lo) : `${fmt(b.lo)}至${fmt(b.hi)}`}分`).join("、");
  const label =
    typeof args.actual === "string"
      ? toHalfWidth(args.actual)
          .replace(/[\s"“”'‘’「」]/g, "")
          .replace(/档$/, "")
      : "";
  const named = bands.find((b) => b.label === label);
  if (named) {
    if (isBlank(args.reference)) {
      return { points: named.hi, steps: [`评定“${named.label}”，未给档内分值，取该档上限${fmt(named.hi)}分`] };
    }
    const v = parseNumber(args.reference, { label: "档内分值 reference", unit: "分", allowNegative: true });
    if (v < named.lo || v > named.hi)
      throw badValue(
        `档内分值${fmt(v)}不在“${named.label}”档（${fmt(named.lo)}至${fmt(named.hi)}分）内`,
        `score ${v} is outside the grade "${named.label}" (${named.lo} to ${named.hi})`,
      );
    return { points: v, steps: [`评定“${named.label}”，档内分值${fmt(v)}分`] };
  }
  if (typeof args.actual === "string" && !/^[\s\d０-９.+\-－]/.test(args.actual))
    throw badValue(`无法识别的档次：“${args.actual}”（可用：${list}）`, `unknown grade "${args.actual}"`);
  unused(args.reference, "reference", item);
  const v = parseNumber(args.actual, { label: "评分 actual", unit: "分", allowNegative: true });
  const band = bands.find((b) => v >= b.lo && v <= b.hi);
  if (!band) throw badValue(`评分${fmt(v)}不属于任何一档（${list}）`, `score ${v} lies in no grade band`);
  return { points: v, steps: [`评分${fmt(v)}分，属“${band.label}”档`] };
}

export const grade: ItemKind<S> = {
  score: (s, item, args) => scoreGrade(item, s, args),
  native(s, item, cells) {
    const A = cells.actual;
    const { reference: R, extra: E } = cells;
    // A grade label (its top, or the score given in reference within the band), or a score that
    // lies in some band. Anything else is #VALUE!.
    const bands = s.grades.map((g) => ({ label: g.label, ...signedBand(g) }));
    let byLabel = "#VALUE!";
    for (const b of [...bands].reverse()) {
      let value = num(b.hi);
      if (R) {
        const outside = `OR(ISLOGICAL(${R}),NOT(ISNUMBER(${R})),${R}<${num(b.lo)},${R}>${num(b.hi)})`;
        value = `IF(${blank(R)},${num(b.hi)},IF(${outside},#VALUE!,${R}))`;
      }
      // "较好" or "较好档", as the engine reads a grade.
      byLabel = `IF(OR(TRIM(${A})=${str(b.label)},TRIM(${A})=${str(`${b.label}档`)}),${value},${byLabel})`;
    }
    const inBand = `OR(${bands.map((b) => `AND(${A}>=${num(b.lo)},${A}<=${num(b.hi)})`).join(",")})`;
    const byScore = guarded([...unusedArg(R), [`NOT(${inBand})`, "#VALUE!"]], A);
    const f = `IF(ISLOGICAL(${A}),#VALUE!,IF(ISNUMBER(${A}),${byScore},${byLabel}))`;
    return guarded([missing(A), ...unusedArg(E)], f);
  },
  bounds(s) {
    const bands = s.grades.map(signedBand);
    return { min: Math.min(...bands.map((b) => b.lo)), max: Math.max(...bands.map((b) => b.hi)) };
  },
  nominalPoints: (s) => grade.bounds(s).max,
  unit: () => "分",
  disqualifies: false,
  countsInTotal: true,
  samples: (_s, _item, { h }) => ({ actual: GRADES[h % GRADES.length] }),
};
