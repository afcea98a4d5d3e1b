/**
 * fast-check generators of valid SCORE inputs for each item kind, written the way a user types them
 * (amounts with 2 decimals, rates and growths with 4, counts as whole numbers), so the engine and
 * the native formulas can be compared on inputs that occur.
 */
import fc from "fast-check";
import { unitRows } from "../../../src/core/rubric";
import type { Rubric, RubricItem } from "../../../src/core/schema";
import type { Cell } from "../../support/excelFormula";

export interface Args {
  actual: Cell;
  reference?: Cell;
  extra?: Cell;
}

/** Whole hundredths / ten-thousandths, as typed. */
const dec = (min: number, max: number, places: number) =>
  fc.integer({ min: Math.round(min * 10 ** places), max: Math.round(max * 10 ** places) }).map((n) => n / 10 ** places);

const flags = fc.constantFrom<Cell>(true, false, "是", "否");

/** The tasks an annex gives for an item, or made-up positive tasks where it has none. */
function tasks(rubric: Rubric, item: RubricItem): fc.Arbitrary<number> {
  const s = item.params;
  if (s.kind === "vsTask" && s.taskAnnex) {
    const annex = rubric.annexes.find((a) => a.id === s.taskAnnex!.annex)!;
    const values = unitRows(annex).map((r) => r[s.taskAnnex!.task] as number);
    return fc.constantFrom(...values);
  }
  if (s.kind === "vsTask" && s.unit === "%") return dec(0.01, 0.3, 4);
  return dec(0.01, 20, 2);
}

/** The actual value for a task-like reference: below, at, and well above it (past the bonus cap). */
function around(task: number, unit: string): fc.Arbitrary<number> {
  if (unit === "户") return fc.integer({ min: 0, max: Math.round(task * 3 + 200) });
  if (unit === "%") return dec(-0.1, task + 0.4, 4);
  return fc.oneof(
    dec(-5, task * 3 + 30, 2),
    fc.constant(task),
    fc.integer({ min: 0, max: 30 }).map((k) => Number((task + k).toFixed(2))),
  );
}

export function validArgs(rubric: Rubric, item: RubricItem): fc.Arbitrary<Args> {
  const s = item.params;
  switch (s.kind) {
    case "vsTask":
      return tasks(rubric, item).chain((task) =>
        fc.record({
          actual: around(task, s.unit),
          reference: fc.constant(task),
          ...(s.flagBonus ? { extra: flags } : {}),
        }),
      );
    case "vsAverage":
      return dec(-0.2, 0.4, 4).chain((avg) =>
        fc.record({ actual: fc.oneof(dec(-0.3, 0.8, 4), fc.constant(avg)), reference: fc.constant(avg) }),
      );
    case "perStep":
      if (s.measure === "decrease") return fc.record({ actual: dec(0, 0.1, 4), reference: dec(0, 0.1, 4) });
      if (s.extraWeight !== undefined)
        return fc.record({ actual: fc.integer({ min: 0, max: 15000 }), extra: fc.integer({ min: 0, max: 15000 }) });
      return fc.record({ actual: dec(0, 30, 2) });
    case "perEvent":
      return fc.record({ actual: fc.integer({ min: 0, max: 8 }) });
    case "averagePlusEvents":
      return (s.unit === "%" ? dec(-0.2, 0.4, 4) : dec(0.01, 10, 2)).chain((avg) =>
        fc.record({
          actual: fc.oneof(s.unit === "%" ? dec(-0.3, 0.8, 4) : dec(-2, 20, 2), fc.constant(avg)),
          reference: fc.constant(avg),
          extra: fc.integer({ min: 0, max: 6 }),
        }),
      );
    case "grade": {
      const bands = s.grades.map((g) =>
        g.negative ? { label: g.label, lo: -g.max, hi: -g.min } : { label: g.label, lo: g.min, hi: g.max },
      );
      const byNumber = fc
        .constantFrom(...bands)
        .chain((b) => fc.record({ actual: fc.integer({ min: b.lo, max: b.hi }) as fc.Arbitrary<Cell> }));
      const byLabel = fc.constantFrom(...bands).chain((b) =>
        fc.record({
          actual: fc.constant(b.label as Cell),
          reference: fc.option(fc.integer({ min: b.lo, max: b.hi }), { nil: null }) as fc.Arbitrary<Cell>,
        }),
      );
      return fc.oneof(byNumber, byLabel);
    }
    case "combined":
      return fc.record({ actual: dec(0, 10, 2), reference: dec(0, 10, 2) });
    case "veto":
      return fc.record({ actual: flags });
  }
}

/** Items whose points never fall as `actual` rises (all but the rate reduction, the grade and the veto). */
export function risesWithActual(item: RubricItem): boolean {
  const s = item.params;
  return !(s.kind === "grade" || s.kind === "veto" || (s.kind === "perStep" && s.measure === "decrease"));
}
