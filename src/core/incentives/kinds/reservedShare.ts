/**
 * Reserved share (government procurement for SMEs): up to a threshold by category the whole budget;
 * above it `share` of the budget, of which `smallMicroShare` for small and micro enterprises. The
 * qualifier is the category.
 */
import { roundAward, snap } from "../arithmetic";
import { arrayOf, blank, groupIndex, num } from "../nativeParts";
import { fmt, money, pct, plain, sheetPct } from "../text";
import { samplesByQualifier } from "./samples";
import type { ComputationOf, KindSamples, RuleKind } from "./types";

export interface CompiledReservedShare {
  kind: "reservedShare";
  /** Category → budget up to which the whole budget is reserved. */
  wholeUpTo: Map<string, number>;
  share: number;
  smallMicroShare: number;
}

export const reservedShare: RuleKind<ComputationOf<"reservedShare">, CompiledReservedShare> = {
  label: "预留份额",
  compile: (c) => ({
    kind: "reservedShare",
    wholeUpTo: new Map(Object.entries(c.wholeUpTo)),
    share: c.share,
    smallMicroShare: c.smallMicroShare,
  }),
  check(rule, p) {
    if (rule.qualifier.type !== "category") throw new Error(`${rule.id}: reservedShare needs a category qualifier`);
    for (const o of rule.qualifier.options)
      if (!p.wholeUpTo.has(o)) throw new Error(`${rule.id}: no threshold for category ${o}`);
  },
  ranged: () => false,
  wholeAmount: false,
  evaluate(p, e) {
    const threshold = p.wholeUpTo.get(e.category!)!;
    e.threshold = threshold;
    if (snap(e.amount) <= threshold) {
      e.boundBy = "wholeBudget";
      e.raw = e.amount;
    } else {
      // The small/micro share is written for the above-threshold case only.
      e.rate = p.share;
      e.base = e.amount;
      e.raw = p.share * e.amount;
      e.smallMicro = roundAward(p.smallMicroShare * e.raw);
    }
    return true;
  },
  explain(p, e) {
    const r = e.rule;
    const rule = r.rule;
    const out = rule.outputUnit;
    const head = `${e.category}类${r.amountMeaning}${money(e.amount, rule.amountUnit)}`;
    if (e.boundBy === "wholeBudget")
      return `${head}，不超过${money(e.threshold!, rule.amountUnit)}，原则上全部预留给中小企业：${money(e.raw, out)}`;
    return (
      `${head}，超过${money(e.threshold!, rule.amountUnit)}，预留不少于${pct(p.share)}给中小企业：` +
      `${fmt(e.amount)} × ${pct(p.share)} = ${money(e.raw, out)}，其中预留给小微企业不低于${pct(p.smallMicroShare)}即${money(e.smallMicro!, out)}`
    );
  },
  native(p, { b, rule, capped }) {
    const qual = rule.qualifier;
    if (qual.type !== "category") throw new Error(`${rule.id}: reservedShare needs a category qualifier`);
    const groups = qual.options.map((o) => [o, ...Object.keys(qual.aliases).filter((a) => qual.aliases[a] === o)]);
    const thresholds = qual.options.map((o) => num(p.wholeUpTo.get(o)!));
    const threshold = `INDEX(${arrayOf(thresholds)},1,${groupIndex(b.Q, groups)})`;
    const A = b.A;
    return `IF(${blank(b.Q)},#N/A,IF(ROUND(${A},9)<=${threshold},${capped(A)},${capped(`${A}*${num(p.share)}`)}))`;
  },
  sheetText: (c) =>
    Object.entries(c.wholeUpTo)
      .map(([k, v]) => `${k}≤${plain(v)}全部预留`)
      .join("；") + `；以上预留${sheetPct(c.share)}（其中小微${sheetPct(c.smallMicroShare)}）`,
  info: {},
};

/** Sample applications for the demo and the property tests (kept out of the functions bundle: see index.ts). */
export const reservedShareSamples: KindSamples<ComputationOf<"reservedShare">> = (rule) =>
  samplesByQualifier(rule, { ranged: false });
