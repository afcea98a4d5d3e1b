/** rate × (amount − share × qualifier): R&D spending above 5% of sales revenue. */
import { pickOf, pickValue, snap, type BoundedRange } from "../arithmetic";
import { clean } from "../../parse";
import { num } from "../nativeParts";
import { boundNote, money, pct, qualifierMeaning, sheetPct, span } from "../text";
import { sampleInput, samplesByQualifier } from "./samples";
import type { ComputationOf, KindSamples, RuleKind } from "./types";

export interface CompiledRateOnExcess {
  kind: "rateOnExcess";
  rate: BoundedRange;
  share: number;
}

export const rateOnExcess: RuleKind<ComputationOf<"rateOnExcess">, CompiledRateOnExcess> = {
  label: "超出部分按比例",
  compile: (c) => ({ kind: "rateOnExcess", rate: pickOf(c.rate), share: c.share }),
  check(rule) {
    if (rule.qualifier.type !== "number") throw new Error(`${rule.id}: rateOnExcess needs a numeric qualifier`);
  },
  ranged: (p) => p.rate.ranged,
  wholeAmount: false,
  evaluate(p, e) {
    e.rate = pickValue(p.rate, e.bound);
    const excess = snap(e.amount - p.share * e.qualifierNumber!);
    e.base = excess;
    if (excess <= 0) {
      e.boundBy = "excess";
      return false;
    }
    e.raw = e.rate * excess;
    return true;
  },
  explain(p, e) {
    const r = e.rule;
    const rule = r.rule;
    const q = rule.qualifier.type === "number" ? rule.qualifier.unit : "";
    const meaning = qualifierMeaning(e);
    return (
      `${r.amountMeaning}${money(e.amount, rule.amountUnit)} − ${meaning}${money(e.qualifierNumber!, q)} × ${pct(p.share)}` +
      ` = 超出部分${money(e.base!, rule.amountUnit)}，× ${pct(e.rate!)}${boundNote(p.rate, e.bound, pct, "比例")} = ${money(e.raw, rule.outputUnit)}`
    );
  },
  explainZero(p, e) {
    const r = e.rule;
    const rule = r.rule;
    const u = rule.amountUnit;
    const meaning = qualifierMeaning(e);
    return (
      `${r.amountMeaning}${money(e.amount, u)}未超过${meaning}${money(e.qualifierNumber!, u)}的${pct(p.share)}` +
      `（${money(clean(p.share * e.qualifierNumber!), u)}），无超出部分，补贴0${rule.outputUnit}`
    );
  },
  native(p, { b, q, capped }) {
    const excess = `ROUND(${b.A}-${num(p.share)}*${q},9)`;
    return `IF(${excess}<=0,0,${capped(`${b.pick(p.rate)}*${excess}`)})`;
  },
  sheetText: (c) => `超出${sheetPct(c.share)}的部分 × ${span(c.rate.min, c.rate.max, sheetPct)}`,
  info: { rate: (c) => c.rate },
};

/** Sample applications for the demo and the property tests (kept out of the functions bundle: see index.ts). */
export const rateOnExcessSamples: KindSamples<ComputationOf<"rateOnExcess">> = (rule, c) => {
  const ranged = c.rate.min !== c.rate.max;
  if (rule.qualifier.type !== "number") return samplesByQualifier(rule, { ranged });
  // R&D spending of 7.5% and of 4% of sales revenue (the second below the share: nothing to pay).
  return [sampleInput(600, 8000, ranged ? "上限" : null), sampleInput(320, 8000, ranged ? "下限" : null)];
};
