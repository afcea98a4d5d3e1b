/**
 * Sample applications shared by the kinds: a typical amount for the rule's unit and gates, and two
 * cases by the qualifier's type (a gate passed and one failed, another level or bound). A kind module
 * passes what differs (its range, its levels) or writes its own cases.
 */
import { LEVEL_ZH, type Level } from "../../levels";
import { assertNever } from "../../never";
import type { Rule } from "../../schema";
import type { SampleInput } from "./types";

/** Four significant digits, so the numbers look typed rather than computed. */
export function typed(x: number): number {
  return Number(x.toPrecision(4));
}

/** A typical amount in the rule's unit, above any amount gate. */
export function typicalAmount(rule: Rule): number {
  const amountGate = rule.gates.find((g) => g.on === "amount");
  let amount = rule.amountUnit === "亿元" ? 25 : /个|件|项|款|家/.test(rule.amountUnit) ? 2 : 850;
  if (amountGate) amount = Math.max(amount, amountGate.value * 1.6);
  return amount;
}

export interface SampleOptions {
  /** Whether the bound changes the award: the samples then name one. */
  ranged: boolean;
  amount?: number;
  /** The second case's amount where the qualifier is unused (default 4 × amount). */
  secondAmount?: number;
  /** The levels the rule pays for (default 省级). */
  levels?: Level[];
}

const input = (amount: number, qualifier: SampleInput["qualifier"], bound: string | null = null): SampleInput => ({
  amount,
  qualifier,
  bound,
});

/** Two cases by the qualifier's type. */
export function samplesByQualifier(rule: Rule, o: SampleOptions): SampleInput[] {
  const q = rule.qualifier;
  const amount = o.amount ?? typicalAmount(rule);
  const ranged = o.ranged;
  switch (q.type) {
    case "none":
      return [
        input(amount, null, ranged ? "上限" : null),
        input(o.secondAmount ?? amount * 4, null, ranged ? "下限" : null),
      ];
    case "flag":
      return [input(1, "否"), input(1, "是")];
    case "level": {
      const levels = o.levels ?? ["provincial"];
      const first = levels[0] ?? "provincial";
      const second = levels[1] ?? first;
      return [input(1, LEVEL_ZH[first], ranged ? "上限" : null), input(1, LEVEL_ZH[second], ranged ? "中值" : null)];
    }
    case "category":
      return [input(150, q.options[0]), input(2000, q.options[q.options.length > 1 ? 1 : 0])];
    case "number": {
      const qualifierGate = rule.gates.find((g) => g.on === "qualifier");
      if (qualifierGate) {
        const pass = Math.max(qualifierGate.value * 2, amount * 1.5);
        const fail = qualifierGate.op.startsWith(">") ? qualifierGate.value * 0.8 : qualifierGate.value * 1.5;
        // A level-like qualifier (等级) takes whole numbers.
        const whole = /级/.test(q.unit);
        return [
          input(amount, whole ? Math.ceil(qualifierGate.value) + 1 : typed(pass)),
          input(amount, whole ? Math.max(0, Math.floor(qualifierGate.value) - 1) : typed(fail)),
        ];
      }
      return [input(amount, typed(amount * 2)), input(amount * 3, typed(amount * 6))];
    }
    default:
      return assertNever(q, "qualifier type");
  }
}

export { input as sampleInput };
