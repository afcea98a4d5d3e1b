/** rate × amount (招商引资、技改投资按比例奖补): the rate may be a range, picked by the bound. */
import { pickOf, pickValue, type BoundedRange } from "../arithmetic";
import { boundNote, money, pct, sheetPct, span } from "../text";
import { samplesByQualifier } from "./samples";
import type { ComputationOf, KindSamples, RuleKind } from "./types";

export interface CompiledRate {
  kind: "rate";
  rate: BoundedRange;
}

export const rate: RuleKind<ComputationOf<"rate">, CompiledRate> = {
  label: "按比例",
  compile: (c) => ({ kind: "rate", rate: pickOf(c.rate) }),
  check: () => {},
  ranged: (p) => p.rate.ranged,
  wholeAmount: false,
  evaluate(p, e) {
    e.rate = pickValue(p.rate, e.bound);
    e.base = e.amount;
    e.raw = e.rate * e.amount;
    return true;
  },
  explain(p, e) {
    const r = e.rule;
    return `${r.amountMeaning}${money(e.amount, r.rule.amountUnit)} × ${pct(e.rate!)}${boundNote(p.rate, e.bound, pct, "比例")} = ${money(e.raw, r.rule.outputUnit)}`;
  },
  native: (p, { b, capped }) => capped(`${b.A}*${b.pick(p.rate)}`),
  sheetText: (c) => span(c.rate.min, c.rate.max, sheetPct),
  info: { rate: (c) => c.rate },
};

/** Sample applications for the demo and the property tests (kept out of the functions bundle: see index.ts). */
export const rateSamples: KindSamples<ComputationOf<"rate">> = (rule, c) =>
  samplesByQualifier(rule, {
    ranged: c.rate.min !== c.rate.max,
    // At the cap: three times the amount the cap is reached at.
    secondAmount: rule.cap !== undefined ? (rule.cap / c.rate.max) * 3 : undefined,
  });
