/**
 * One module per rule kind (src/core/incentives/kinds): the table of kinds is checked by the compiler
 * against the schema's kind union, a kind the table lacks is an error rather than an award of 0, and
 * every kind's own sample applications give a finite award — the same in SUBSIDY and in the kind's
 * native formula evaluated as a spreadsheet would (test/support/excelFormula).
 */
import { builtInCatalog } from "../../../src/catalog";
import { compileRule } from "../../../src/core/incentives/compile";
import {
  RULE_KIND_SAMPLES,
  RULE_KINDS,
  ruleKind,
  samplesOf,
  type RuleKindTable,
} from "../../../src/core/incentives/kinds";
import { nativeFormula } from "../../../src/core/incentives/native";
import { evaluateRule } from "../../../src/core/incentives/subsidy";
import type { Computation, Rule } from "../../../src/core/schema";
import { evaluate, XlError } from "../../support/excelFormula";
import { ix } from "./support/engine";

const rules = builtInCatalog().rules;

describe("the table of rule kinds", () => {
  test("a table missing a kind does not compile", () => {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { perItem, ...withoutPerItem } = RULE_KINDS;
    // @ts-expect-error -- perItem is a kind of the schema: the table must have its module.
    const incomplete: RuleKindTable = withoutPerItem;
    expect(Object.keys(incomplete)).not.toContain("perItem");
  });

  test("a kind the schema does not have does not compile", () => {
    // @ts-expect-error -- "tieredRate" is no kind of the schema's Computation.
    const k: Computation["kind"] = "tieredRate";
    expect(k in RULE_KINDS).toBe(false);
  });

  test("a rule of a kind with no module is refused, never paid 0", () => {
    const rule = rules.find((r) => r.computation.kind === "rate")!;
    const odd = { ...rule, computation: { kind: "tieredRate", tiers: [] } } as unknown as Rule;
    expect(() => compileRule(odd)).toThrow(/unknown rule kind: tieredRate/);
    expect(() => nativeFormula(odd, { amount: "C2" })).toThrow(/unknown rule kind/);
    expect(() => ruleKind("tieredRate" as Computation["kind"])).toThrow(/unknown rule kind/);
  });

  test("every kind has a rule in the built-in catalog, so its module is exercised", () => {
    const used = new Set(rules.map((r) => r.computation.kind));
    for (const kind of Object.keys(RULE_KINDS))
      expect([kind, used.has(kind as Computation["kind"])]).toEqual([kind, true]);
  });
});

describe.each(rules.map((r) => [r.id, r] as const))("%s: the kind's sample applications", (_id, rule) => {
  const samples = samplesOf(rule, rule.computation);
  const formula = nativeFormula(rule, { amount: "C2", qualifier: "D2", bound: "E2" });

  test("are two cases", () => {
    expect(samples).toHaveLength(2);
  });

  test.each(samples.map((s, i) => [i, s] as const))(
    "case %i: finite award, the same in SUBSIDY and the native formula",
    (_i, s) => {
      const award = evaluateRule(ix, rule.id, s.amount, s.qualifier, s.bound).award;
      expect(Number.isFinite(award)).toBe(true);
      const cell = evaluate(formula, { C2: s.amount, D2: s.qualifier, E2: s.bound });
      if (cell instanceof XlError) throw new Error(`${rule.id}: the native formula gave ${cell.code}`);
      expect(cell).toBeCloseTo(award, 9);
    },
  );

  test("the rule sheet names the kind and its numbers", () => {
    const kind = ruleKind(rule.computation.kind);
    expect(kind.label).not.toBe("");
    expect(kind.sheetText(rule.computation, rule.outputUnit)).not.toBe("");
  });
});

test("every kind writes its sample applications (their own table, beside the kinds')", () => {
  expect(Object.keys(RULE_KIND_SAMPLES).sort()).toEqual(Object.keys(RULE_KINDS).sort());
});
