/**
 * One module per rubric item kind (src/core/rubric/kinds): the table of kinds is checked by the
 * compiler against the schema's kind union, a kind the table lacks is an error rather than 0 points,
 * and every kind's own sample inputs give finite points — the same in SCORE and in the kind's native
 * formula evaluated as a spreadsheet would (test/support/excelFormula).
 */
import { fnv1a32 as hash } from "../../../src/core/hash";
import {
  bankEvaluationRows,
  itemKind,
  nativeScoreFormula,
  RUBRIC_KINDS,
  scoreItem,
  type ItemKindTable,
} from "../../../src/core/rubric";
import type { RubricItem, RubricKind } from "../../../src/core/schema";
import { evaluate, XlError } from "../../support/excelFormula";
import { rubric } from "./support";

describe("the table of rubric item kinds", () => {
  test("a table missing a kind does not compile", () => {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { grade, ...withoutGrade } = RUBRIC_KINDS;
    // @ts-expect-error -- grade is a kind of the schema: the table must have its module.
    const incomplete: ItemKindTable = withoutGrade;
    expect(Object.keys(incomplete)).not.toContain("grade");
  });

  test("an item of a kind with no module is refused, never scored 0", () => {
    const some = rubric.items[0];
    const odd = { ...some, params: { kind: "tiered", points: 5 } } as unknown as RubricItem;
    expect(() => scoreItem(rubric, odd, { actual: 1 })).toThrow(/unknown rubric item kind: tiered/);
    expect(() => nativeScoreFormula(odd, { actual: "D2" })).toThrow(/unknown rubric item kind/);
  });

  test("every kind has an item in the built-in rubric, so its module is exercised", () => {
    const used = new Set(rubric.items.map((i) => i.params.kind));
    for (const kind of Object.keys(RUBRIC_KINDS)) expect([kind, used.has(kind as RubricKind)]).toEqual([kind, true]);
  });
});

/** Each bank × item row of the bank sheet, with the task the sheet fills in. */
const rows = bankEvaluationRows(rubric);
const items = new Map(rubric.items.map((i) => [i.id, i]));

describe.each(rubric.items.map((it) => [it.id, it] as const))("%s: the kind's sample inputs", (id, item) => {
  const kind = itemKind(item.params.kind);
  const cases = rows
    .filter((r) => r.itemId === id)
    .flatMap((r) =>
      [0.3, 0.9, 1.2].map((f) => {
        const key = `${r.bank}|${id}`;
        const task = r.referenceSource === "annex" || r.referenceSource === "default" ? r.reference : null;
        const s = kind.samples(item.params, items.get(id)!, { task, h: hash(key), f });
        // The sheet's 任务数 column gives the reference where the annex or the text fixes it.
        return { key, f, actual: s.actual ?? null, reference: s.reference ?? task, extra: s.extra ?? null };
      }),
    );
  const cells = {
    actual: "D2",
    reference: item.inputs.reference || cases.some((c) => c.reference !== null) ? "E2" : undefined,
    extra: item.inputs.extra ? "F2" : undefined,
  };
  const formula = nativeScoreFormula(item, cells);

  test("give finite points, the same in SCORE and the native formula", () => {
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) {
      const points = scoreItem(rubric, item, c).points;
      expect([c.key, Number.isFinite(points)]).toEqual([c.key, true]);
      const cell = evaluate(formula, { D2: c.actual, E2: c.reference, F2: c.extra });
      if (cell instanceof XlError) throw new Error(`${c.key}: the native formula gave ${cell.code}`);
      expect([c.key, cell]).toEqual([c.key, expect.closeTo(points, 9)]);
    }
  });

  test("points within the kind's bounds", () => {
    const { min, max } = kind.bounds(item.params);
    for (const c of cases) {
      const points = scoreItem(rubric, item, c).points;
      expect(points).toBeGreaterThanOrEqual(min);
      expect(points).toBeLessThanOrEqual(max);
    }
  });
});
