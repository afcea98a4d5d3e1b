/**
 * "首次突破": paid for the highest milestone the amount is strictly above while the qualifier (the
 * previous best) is not; the qualifier is a number.
 */
import { snap } from "../arithmetic";
import { num } from "../nativeParts";
import { fmt, money, plain, qualifierMeaning } from "../text";
import { sampleInput, samplesByQualifier, typed } from "./samples";
import type { ComputationOf, KindSamples, RuleKind } from "./types";

export interface Milestone {
  above: number;
  award: number;
  note: string | undefined;
}

export interface CompiledMilestones {
  kind: "milestones";
  highestFirst: Milestone[];
  ascending: Milestone[];
}

export const milestones: RuleKind<ComputationOf<"milestones">, CompiledMilestones> = {
  label: "首次突破",
  compile(c) {
    const ascending = c.milestones
      .map((m) => ({ above: m.above, award: m.award, note: m.note }))
      .sort((a, b) => a.above - b.above);
    return { kind: "milestones", ascending, highestFirst: [...ascending].reverse() };
  },
  check(rule) {
    if (rule.qualifier.type !== "number") throw new Error(`${rule.id}: milestones needs a numeric qualifier`);
  },
  ranged: () => false,
  wholeAmount: false,
  evaluate(p, e) {
    const now = snap(e.amount);
    const before = snap(e.qualifierNumber!);
    for (let i = 0; i < p.highestFirst.length; i++) {
      const m = p.highestFirst[i];
      if (now > m.above && before <= m.above) {
        e.milestone = m;
        break;
      }
    }
    if (!e.milestone) {
      e.boundBy = "milestone";
      return false;
    }
    e.raw = e.milestone.award;
    return true;
  },
  explain(_p, e) {
    const m = e.milestone!;
    const r = e.rule;
    const u = r.rule.amountUnit;
    return (
      `${r.amountMeaning}${money(e.amount, u)}，${qualifierMeaning(e)}${money(e.qualifierNumber!, u)}，` +
      `首次突破${money(m.above, u)}（本次新突破的最高档，只奖一次）→ ${money(m.award, r.rule.outputUnit)}${m.note ? `（${m.note}）` : ""}`
    );
  },
  explainZero(p, e) {
    const r = e.rule;
    const u = r.rule.amountUnit;
    const all = p.ascending.map((m) => fmt(m.above)).join("、");
    return (
      `${r.amountMeaning}${money(e.amount, u)}，${qualifierMeaning(e)}${money(e.qualifierNumber!, u)}，` +
      `未新突破任何档位（${all}${u}，须严格大于该档且此前未突破），奖补0${r.rule.outputUnit}`
    );
  },
  native(p, { b, q, capped }) {
    let f = "0";
    for (const m of p.ascending)
      f = `IF(AND(ROUND(${b.A},9)>${num(m.above)},ROUND(${q},9)<=${num(m.above)}),${num(m.award)},${f})`;
    return capped(f);
  },
  sheetText: (c, outputUnit) =>
    c.milestones.map((m) => `超过${plain(m.above)} → ${plain(m.award)}${outputUnit}`).join("；"),
  info: { award: (c) => c.milestones.map((m) => `超过${m.above}：${m.award}`).join("；") },
};

/** Sample applications for the demo and the property tests (kept out of the functions bundle: see index.ts). */
export const milestonesSamples: KindSamples<ComputationOf<"milestones">> = (rule, c) => {
  if (rule.qualifier.type !== "number") return samplesByQualifier(rule, { ranged: false });
  // Revenue first crossing a milestone, and one that crossed it before.
  const m = [...c.milestones].sort((a, b) => a.above - b.above);
  const target = m[Math.min(1, m.length - 1)].above;
  return [sampleInput(target * 1.1, typed(target * 0.9)), sampleInput(target * 1.2, typed(target * 1.05))];
};
