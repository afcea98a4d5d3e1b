/**
 * Properties every rule holds, checked on generated inputs: never above the cap, zero below a gate,
 * monotonic in the amount, min ≤ mid ≤ max, and an explanation for every case.
 */
import fc from "fast-check";
import { amounts, bounds, qualifiers } from "./support/arbitraries";
import { E, ix, S, SPEC_RULE_IDS } from "./support/engine";

const rules = SPEC_RULE_IDS.map((id) => ix.rule(id));
const RUNS = { numRuns: 300 };

describe.each(rules.map((r) => [r.id, r] as const))("%s", (_id, rule) => {
  const input = fc.record({ amount: amounts(rule), qualifier: qualifiers(rule), bound: bounds });

  test("the award is a finite number ≥ 0, never above the cap", () => {
    fc.assert(
      fc.property(input, ({ amount, qualifier, bound }) => {
        const award = S(rule.id, amount, qualifier, bound);
        expect(Number.isFinite(award)).toBe(true);
        expect(award).toBeGreaterThanOrEqual(0);
        if (rule.cap !== undefined) expect(award).toBeLessThanOrEqual(rule.cap);
      }),
      RUNS,
    );
  });

  test("min ≤ mid ≤ max", () => {
    fc.assert(
      fc.property(input, ({ amount, qualifier }) => {
        const min = S(rule.id, amount, qualifier, "min");
        const mid = S(rule.id, amount, qualifier, "mid");
        const max = S(rule.id, amount, qualifier, "max");
        expect(min).toBeLessThanOrEqual(mid);
        expect(mid).toBeLessThanOrEqual(max);
      }),
      RUNS,
    );
  });

  // A reserved share is not monotonic by design: 200万 of goods is reserved whole, 201万 only 40%.
  if (rule.computation.kind !== "reservedShare") {
    test("monotonic in the amount (qualifier and bound fixed)", () => {
      fc.assert(
        fc.property(input, amounts(rule), ({ amount, qualifier, bound }, other) => {
          const [lo, hi] = amount <= other ? [amount, other] : [other, amount];
          expect(S(rule.id, lo, qualifier, bound)).toBeLessThanOrEqual(S(rule.id, hi, qualifier, bound));
        }),
        RUNS,
      );
    });
  }

  for (const gate of rule.gates) {
    test(`zero below the gate “${gate.label}”`, () => {
      // Below by more than the binary-noise tolerance (values within 1e-9 of the gate count as on it).
      const below = fc.double({ min: 0, max: gate.value - 1e-6, noNaN: true });
      fc.assert(
        fc.property(input, below, ({ amount, qualifier, bound }, x) => {
          const args = gate.on === "amount" ? [x, qualifier] : [amount, x];
          expect(S(rule.id, args[0], args[1], bound)).toBe(0);
          expect(E(rule.id, args[0], args[1], bound)).toContain(gate.label);
        }),
        RUNS,
      );
    });
  }

  test("EXPLAIN is one line citing the clause, for any case", () => {
    const p = rule.provenance[0];
    fc.assert(
      fc.property(input, ({ amount, qualifier, bound }) => {
        const line = E(rule.id, amount, qualifier, bound);
        expect(line).not.toMatch(/\n/);
        expect(line.startsWith(rule.name)).toBe(true);
        expect(line).toContain(`${p.document} ${p.clause}`);
      }),
      { numRuns: 100 },
    );
  });
});

describe("kind-specific properties", () => {
  test("milestones: pays one milestone award, never one already crossed before", () => {
    const rule = ix.rule("DY-MFG-2024.R-REVENUE");
    const awards = new Set([0, 10, 20, 50, 100]);
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 300, noNaN: true }),
        fc.double({ min: 0, max: 300, noNaN: true }),
        (now, before) => {
          const award = S(rule.id, now, before);
          expect(awards.has(award)).toBe(true);
          if (award > 0) expect(before).toBeLessThanOrEqual(award); // award = threshold (亿) here
          if (now <= before) expect(award).toBe(0);
        },
      ),
    );
  });

  test("reserved share: never more than the budget, the whole budget at or below the threshold", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 5000, noNaN: true }),
        fc.constantFrom("货物", "服务", "工程"),
        (budget, cat) => {
          const reserved = S("EZ-IND-2027.R-PROCUREMENT", budget, cat);
          expect(reserved).toBeLessThanOrEqual(Math.round(budget * 1e6) / 1e6);
          const threshold = cat === "工程" ? 400 : 200;
          if (budget <= threshold) expect(reserved).toBe(Math.round(budget * 1e6) / 1e6);
          else expect(reserved).toBe(Math.round(budget * 0.4 * 1e6) / 1e6);
        },
      ),
    );
  });

  test("not paid again: an already-paid flag always gives 0", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.constantFrom(true, "是", "已获", 1),
        (amount, flag) => {
          expect(S("HS-QUALITY-2024.R-NOMINEE", amount, flag)).toBe(0);
        },
      ),
    );
  });
});
