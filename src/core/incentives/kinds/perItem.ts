/** Per item: amount = the number of items (a whole number), the per-provider ceiling in `cap`. */
import { pickOf, pickValue, type BoundedRange } from "../arithmetic";
import { boundNote, fmt, infoRange, money, plain, span } from "../text";
import { samplesByQualifier } from "./samples";
import type { ComputationOf, KindSamples, RuleKind } from "./types";

export interface CompiledPerItem {
  kind: "perItem";
  perItem: BoundedRange;
}

export const perItem: RuleKind<ComputationOf<"perItem">, CompiledPerItem> = {
  label: "按件数",
  compile: (c) => ({ kind: "perItem", perItem: pickOf(c.perItem) }),
  check: () => {},
  ranged: (p) => p.perItem.ranged,
  wholeAmount: true,
  evaluate(p, e) {
    e.unitAward = pickValue(p.perItem, e.bound);
    e.base = e.amount;
    e.raw = e.unitAward * e.amount;
    return true;
  },
  explain(p, e) {
    const rule = e.rule.rule;
    const out = rule.outputUnit;
    return `${fmt(e.amount)}${rule.amountUnit} × 每个${money(e.unitAward!, out)}${boundNote(p.perItem, e.bound, fmt, "每个", out)} = ${money(e.raw, out)}`;
  },
  native: (p, { b, capped }) =>
    `IF(ROUND(${b.A},9)<>INT(ROUND(${b.A},9)),#VALUE!,${capped(`${b.A}*${b.pick(p.perItem)}`)})`,
  sheetText: (c, outputUnit) => `每件 ${span(c.perItem.min, c.perItem.max, plain, outputUnit)}`,
  info: { award: (c) => infoRange(c.perItem) },
};

/** Sample applications for the demo and the property tests (kept out of the functions bundle: see index.ts). */
export const perItemSamples: KindSamples<ComputationOf<"perItem">> = (rule, c) =>
  samplesByQualifier(rule, { ranged: c.perItem.min !== c.perItem.max, amount: 2 });
