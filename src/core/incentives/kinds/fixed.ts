/** A fixed or ranged one-off amount (认定奖励一次性奖补). */
import { pickOf, pickValue, type BoundedRange } from "../arithmetic";
import { BOUND_ZH, fmt, money, plain, rangeText, span, infoRange } from "../text";
import { samplesByQualifier } from "./samples";
import type { ComputationOf, KindSamples, RuleKind } from "./types";

export interface CompiledFixed {
  kind: "fixed";
  amount: BoundedRange;
}

export const fixed: RuleKind<ComputationOf<"fixed">, CompiledFixed> = {
  label: "定额",
  compile: (c) => ({ kind: "fixed", amount: pickOf(c.amount) }),
  check: () => {},
  ranged: (p) => p.amount.ranged,
  wholeAmount: false,
  evaluate(p, e) {
    e.unitAward = e.raw = pickValue(p.amount, e.bound);
    return true;
  },
  explain(p, e) {
    const out = e.rule.rule.outputUnit;
    return p.amount.ranged
      ? `奖补${rangeText(p.amount, fmt, out)}，按${BOUND_ZH[e.bound]}取${money(e.raw, out)}`
      : `定额奖补${money(e.raw, out)}`;
  },
  native: (p, { b, capped }) => capped(b.pick(p.amount)),
  sheetText: (c, outputUnit) => span(c.amount.min, c.amount.max, plain, outputUnit),
  info: { award: (c) => infoRange(c.amount) },
};

/** Sample applications for the demo and the property tests (kept out of the functions bundle: see index.ts). */
export const fixedSamples: KindSamples<ComputationOf<"fixed">> = (rule, c) =>
  samplesByQualifier(rule, { ranged: c.amount.min !== c.amount.max });
