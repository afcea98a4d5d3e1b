/**
 * Properties of SCORE over every item of HS-BANK-2024: points stay within the item's bounds (never
 * above full + bonus cap, never below the floor), rise with `actual` where more is better, and count
 * bonus steps exactly in decimal terms.
 */
import fc from "fast-check";
import { itemBounds, scoreItem } from "../../../src/core/rubric";
import { risesWithActual, validArgs } from "./arbitraries";
import { item, rubric } from "./support";

const scored = rubric.items.filter((it) => it.params.kind !== "veto");

describe("bounds", () => {
  test.each(scored.map((it) => [it.id, it] as const))("%s: min ≤ points ≤ max", (_id, it) => {
    const { min, max } = itemBounds(it);
    fc.assert(
      fc.property(validArgs(rubric, it), (a) => {
        const p = scoreItem(rubric, it, a).points;
        expect(p).toBeGreaterThanOrEqual(min);
        expect(p).toBeLessThanOrEqual(max);
      }),
      { numRuns: 300 },
    );
  });

  test("bounds as the text gives them", () => {
    const b = (n: string) => itemBounds(item(n));
    expect(b("S-LOAN-INC")).toEqual({ min: 0, max: 60 });
    expect(b("S-LOAN-GROWTH")).toEqual({ min: 0, max: 15 });
    expect(b("S-SME-RATE")).toEqual({ min: 0, max: 2 });
    expect(b("S-DONGCHU-HOUSEHOLDS")).toEqual({ min: 0, max: 3 });
    expect(b("S-POLICY-SERVICE")).toEqual({ min: -10, max: 10 });
    expect(b("S-GUARANTEE")).toEqual({ min: 0, max: 10 });
    expect(b("S-GUARANTEE-STARTUP")).toEqual({ min: 0, max: 10 });
  });
});

describe("monotonic", () => {
  const up = scored.filter(risesWithActual);
  test.each(up.map((it) => [it.id, it] as const))("%s: more actual never scores less", (_id, it) => {
    fc.assert(
      fc.property(validArgs(rubric, it), fc.integer({ min: 0, max: 5000 }), (a, bump) => {
        const step = typeof a.actual === "number" && Number.isInteger(a.actual) ? Math.ceil(bump / 100) : bump / 1000;
        const more = { ...a, actual: (a.actual as number) + step };
        expect(scoreItem(rubric, it, more).points).toBeGreaterThanOrEqual(scoreItem(rubric, it, a).points);
      }),
      { numRuns: 300 },
    );
  });

  test("降成本: a lower rate never scores less", () => {
    const it = item("S-SME-RATE");
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        (now, cut, start) => {
          const a = { actual: now / 10000, reference: start / 10000 };
          const lower = { ...a, actual: Math.max(0, now - cut) / 10000 };
          expect(scoreItem(rubric, it, lower).points).toBeGreaterThanOrEqual(scoreItem(rubric, it, a).points);
        },
      ),
    );
  });
});

describe("exact bonus steps", () => {
  const stepItems = rubric.items.filter((it) => it.params.kind === "vsTask" && it.params.taskAnnex);
  test.each(stepItems.map((it) => [it.id, it] as const))(
    "%s: task + k full steps gives k steps; a hundredth short gives k − 1",
    (_id, it) => {
      const s = it.params as Extract<typeof it.params, { kind: "vsTask" }>;
      const places = s.unit === "户" ? 0 : 2;
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 9000 }), fc.integer({ min: 1, max: 12 }), (t, k) => {
          const task = t / 10 ** places;
          // The sum written as a user would type it (decimal), not as binary arithmetic leaves it.
          const at = Number((task + k * s.bonus.step).toFixed(places));
          const short = Number((at - 10 ** -places).toFixed(places));
          const cap = s.bonus.cap ?? Infinity;
          expect(scoreItem(rubric, it, { actual: at, reference: task }).points).toBeCloseTo(
            s.points + Math.min(cap, k * s.bonus.points),
            12,
          );
          expect(scoreItem(rubric, it, { actual: short, reference: task }).points).toBeCloseTo(
            s.points + Math.min(cap, (k - 1) * s.bonus.points),
            12,
          );
        }),
      );
    },
  );
});
