/** An amount (fixed or ranged) by level — 国家级/省级/市级 — the level being the qualifier. */
import { pickOf, pickValue, type BoundedRange } from "../arithmetic";
import { CITY_LEVEL_WORDS, LEVELS, LEVEL_WORDS, LEVEL_ZH, type Level } from "../../levels";
import { arrayOf, blank, BOUND_ORDER, groupIndex, num } from "../nativeParts";
import { BOUND_ZH, fmt, infoRange, money, plain, rangeText, span } from "../text";
import { samplesByQualifier } from "./samples";
import type { ComputationOf, KindSamples, RuleKind } from "./types";

export interface CompiledByLevel {
  kind: "byLevel";
  levels: Record<Level, BoundedRange | undefined>;
  /** The levels the rule pays for, highest first. */
  covered: Level[];
}

export const byLevel: RuleKind<ComputationOf<"byLevel">, CompiledByLevel> = {
  label: "按级别",
  compile(c) {
    const levels = {} as Record<Level, BoundedRange | undefined>;
    for (const l of LEVELS) levels[l] = c.levels[l] ? pickOf(c.levels[l]!) : undefined;
    return { kind: "byLevel", levels, covered: LEVELS.filter((l) => levels[l] !== undefined) };
  },
  check(rule) {
    if (rule.qualifier.type !== "level") throw new Error(`${rule.id}: byLevel needs a level qualifier`);
  },
  ranged: (p) => p.covered.some((l) => p.levels[l]!.ranged),
  wholeAmount: false,
  evaluate(p, e) {
    const level = p.levels[e.level!];
    if (!level) {
      e.boundBy = "level";
      return false;
    }
    e.unitAward = e.raw = pickValue(level, e.bound);
    return true;
  },
  explain(p, e) {
    const out = e.rule.rule.outputUnit;
    const level = p.levels[e.level!]!;
    return level.ranged
      ? `${LEVEL_ZH[e.level!]}奖补${rangeText(level, fmt, out)}，按${BOUND_ZH[e.bound]}取${money(e.raw, out)}`
      : `${LEVEL_ZH[e.level!]}定额奖补${money(e.raw, out)}`;
  },
  explainZero(p, e) {
    const covered = p.covered.map((l) => LEVEL_ZH[l]).join("、");
    return `本条款未设${LEVEL_ZH[e.level!]}奖补（只有${covered}），奖补0${e.rule.rule.outputUnit}`;
  },
  native(p, { b, rule, compiled, capped }) {
    const groups = LEVELS.map((l) => [...LEVEL_WORDS[l], ...(l === rule.cityLevel ? CITY_LEVEL_WORDS : [])]);
    const row = (bound: (typeof BOUND_ORDER)[number]) =>
      arrayOf(LEVELS.map((l) => num(p.levels[l] ? p.levels[l]![bound] : 0)));
    const level = groupIndex(b.Q, groups);
    const table = compiled.ranged ? `{${BOUND_ORDER.map((bd) => row(bd).slice(1, -1)).join(";")}}` : row("max");
    const value = compiled.ranged ? `INDEX(${table},${b.boundRow()},${level})` : `INDEX(${table},1,${level})`;
    return `IF(${blank(b.Q)},#N/A,${capped(value)})`;
  },
  sheetText: (c, outputUnit) =>
    (Object.keys(c.levels) as (keyof typeof c.levels)[])
      .filter((k) => c.levels[k])
      .map((k) => `${LEVEL_ZH[k]} ${span(c.levels[k]!.min, c.levels[k]!.max, plain, outputUnit)}`)
      .join("；"),
  info: {
    award: (c) =>
      Object.entries(c.levels)
        .filter(([, v]) => v)
        .map(([k, v]) => `${LEVEL_ZH[k as Level]} ${infoRange(v!)}`)
        .join("；"),
  },
};

/** Sample applications for the demo and the property tests (kept out of the functions bundle: see index.ts). */
export const byLevelSamples: KindSamples<ComputationOf<"byLevel">> = (rule, c) =>
  samplesByQualifier(rule, {
    ranged: Object.values(c.levels).some((r) => r && r.min !== r.max),
    levels: (Object.keys(c.levels) as Level[]).filter((l) => c.levels[l]),
  });
