/** fast-check generators of valid SUBSIDY inputs for any rule, by the rule's own data. */
import fc from "fast-check";
import { ruleKind } from "../../../../src/core/incentives/kinds";
import type { Rule } from "../../../../src/core/schema";

export const bounds = fc.constantFrom("max", "min", "mid", null, "上限", "下限", "中值");

/** An amount in the rule's base unit: whole counts where the kind counts items, else any non-negative number. */
export function amounts(rule: Rule): fc.Arbitrary<number> {
  if (ruleKind(rule.computation.kind).wholeAmount) return fc.integer({ min: 0, max: 50 });
  const max = rule.amountUnit === "亿元" ? 300 : 100000;
  return fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true });
}

export function qualifiers(rule: Rule): fc.Arbitrary<unknown> {
  const q = rule.qualifier;
  switch (q.type) {
    case "none":
      return fc.constant(null);
    case "number": {
      const max = q.unit === "级" ? 5 : q.unit === "亿元" ? 300 : 100000;
      const n = fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true });
      return q.default !== undefined ? fc.oneof(n, fc.constant(null)) : n;
    }
    case "level":
      return fc.constantFrom(
        "国家级",
        "省级",
        "黄石市级",
        "大冶市级",
        "市级",
        "national",
        "provincial",
        "prefecture",
        "county",
      );
    case "flag":
      return fc.constantFrom(true, false, null, "是", "否", "已获");
    case "category":
      return fc.constantFrom(...q.options, ...Object.keys(q.aliases));
  }
}
