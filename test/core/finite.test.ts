/**
 * docs/FUNCTIONS.md, "Error codes": never NaN or Infinity, never a JavaScript exception. For adversarial inputs every
 * engine entry point returns a finite number, a label, or a PolicyError (#NUM! only when the result would not
 * be finite), and EXPLAIN and SCORE's explanation never print Infinity or NaN.
 */
import fc from "fast-check";
import { activeCatalog } from "../../src/catalog/active";
import { isPolicyError } from "../../src/core/errors";
import { explain, subsidy } from "../../src/core/incentives/subsidy";
import { explainScore, score, tier } from "../../src/core/rubric";
import { expectedAt, gapToTarget, progressOf, statusOf, targetOf } from "../../src/core/target";

const ix = activeCatalog();
const odd = fc.oneof(
  fc.constantFrom<unknown>(null, "", true, false, 0, -0, 1e308, -1e308, 1e-310, -1e-310, 5e-324, 2024.5, 1899, 24),
  fc.constantFrom<unknown>(
    "abc",
    "8.5e2",
    "8 50",
    "1e999",
    "850%",
    "12%",
    "25亿元",
    "１０５０",
    "0024-06-30",
    "是",
    "省级",
  ),
  fc.constantFrom<unknown>({ code: "#N/A" }, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** A finite number, a string without Infinity/NaN, or a PolicyError; anything else fails. */
function ok(f: () => unknown): void {
  let v: unknown;
  try {
    v = f();
  } catch (e) {
    if (isPolicyError(e)) return;
    throw e;
  }
  if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
  else if (typeof v === "string") expect(v).not.toMatch(/Infinity|NaN|\[object/);
  else throw new Error(`unexpected result ${String(v)}`);
}

const rules = ix.catalog.rules.map((r) => r.id);
const items = ix.catalog.rubrics.flatMap((r) => r.items.map((i) => i.id));
const ids = fc.constantFrom<unknown>("DY-MFG-2024.01", "DY-MFG-2024.31", "DY-MFG-2024.41", "DY-MFG-2024.33");

test("target tracking", () => {
  fc.assert(
    fc.property(odd, fc.oneof(odd, ids), odd, odd, odd, odd, (a, t, b, e, d, tol) => {
      ok(() => gapToTarget(ix, a, t, d));
      ok(() => progressOf(ix, a, t, b, d));
      ok(() => statusOf(ix, a, t, b, e, d, tol));
      ok(() => expectedAt(a, t, b, e, d, tol));
      ok(() => targetOf(ix, t, b));
    }),
    { numRuns: 2000 },
  );
});

test("incentives: SUBSIDY and EXPLAIN", () => {
  fc.assert(
    fc.property(fc.constantFrom(...rules), odd, odd, odd, (rule, amount, q, bound) => {
      ok(() => subsidy(ix, rule, amount, q, bound));
      ok(() => explain(ix, rule, amount, q, bound));
    }),
    { numRuns: 2000 },
  );
});

test("rubric: SCORE, its explanation and TIER", () => {
  fc.assert(
    fc.property(fc.constantFrom(...items), odd, odd, odd, (item, a, r, x) => {
      ok(() => score(ix, item, a, r, x));
      ok(() => explainScore(ix, item, a, r, x));
      ok(() => tier(ix, "HS-BANK-2024", a, r));
    }),
    { numRuns: 2000 },
  );
});
