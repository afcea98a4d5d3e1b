/**
 * The native formulas (portable workbook) give what the engine gives, for every item of
 * HS-BANK-2024 and for TIER, evaluated by HyperFormula (test/support/excelFormula), refusing any
 * function outside the portable set.
 */
import fc from "fast-check";
import { nativeScoreFormula, nativeTierFormula, scoreItem, tierLabel } from "../../../src/core/rubric";
import { isPolicyError } from "../../../src/core/errors";
import { validArgs } from "./arbitraries";
import { evaluate as evaluateFormula, XlError, functionsUsed, type Cells } from "../../support/excelFormula";
import { item, rubric } from "./support";

const PORTABLE = [
  "IF",
  "MIN",
  "MAX",
  "INT",
  "ROUND",
  "AND",
  "OR",
  "NOT",
  "N",
  "ISNUMBER",
  "ISLOGICAL",
  "ISNA",
  "MATCH",
  "TRIM",
  "NA",
];
const CELLS = { actual: "D2", reference: "E2", extra: "F2" };
/** Evaluates like Excel, and throws on any function outside the portable set. */
const evaluate = (formula: string, cells: Cells) => evaluateFormula(formula, cells, { functions: PORTABLE });

function cellsFor(it: (typeof rubric.items)[number]) {
  return {
    actual: CELLS.actual,
    reference: it.inputs.reference ? CELLS.reference : undefined,
    extra: it.inputs.extra ? CELLS.extra : undefined,
  };
}

/** The engine's result as the cell would show it: a number or an error code. */
function engine(it: (typeof rubric.items)[number], a: { actual: unknown; reference?: unknown; extra?: unknown }) {
  try {
    return scoreItem(rubric, it, a).points;
  } catch (e) {
    if (isPolicyError(e)) return e.code;
    throw e;
  }
}

function sheet(formula: string, a: { actual: unknown; reference?: unknown; extra?: unknown }) {
  const v = evaluate(formula, {
    D2: a.actual as never,
    E2: (a.reference ?? null) as never,
    F2: (a.extra ?? null) as never,
  });
  return v instanceof XlError ? v.code : v;
}

describe("native SCORE formulas", () => {
  test.each(rubric.items.map((it) => [it.id, it] as const))("%s uses only portable functions", (_id, it) => {
    const f = nativeScoreFormula(it, cellsFor(it));
    expect(functionsUsed(f).filter((fn) => !PORTABLE.includes(fn))).toEqual([]);
    expect(f.startsWith("=")).toBe(false);
  });

  test.each(rubric.items.map((it) => [it.id, it] as const))("%s: formula = engine on valid inputs", (_id, it) => {
    const f = nativeScoreFormula(it, cellsFor(it));
    fc.assert(
      fc.property(validArgs(rubric, it), (a) => {
        const want = engine(it, a);
        const got = sheet(f, a);
        if (typeof want === "number") {
          expect(typeof got).toBe("number");
          expect(got as number).toBeCloseTo(want, 9);
        } else expect(got).toBe(want);
      }),
      { numRuns: 300 },
    );
  });

  // Inputs a careless user types, as cells hold them: the engine's error code or number, natively too.
  const odd = fc.constantFrom<unknown>(
    null,
    true,
    false,
    -1,
    0,
    1,
    1.5,
    3,
    0.05,
    -0.02,
    42.3,
    "abc",
    "是",
    "否",
    "较好",
    "较好档",
    "很差",
    1e308,
    -1e308,
  );
  test.each(rubric.items.map((it) => [it.id, it] as const))("%s: formula = engine on odd inputs", (_id, it) => {
    const f = nativeScoreFormula(it, cellsFor(it));
    fc.assert(
      fc.property(odd, odd, odd, (actual, reference, extra) => {
        const a = { actual, reference: it.inputs.reference ? reference : null, extra: it.inputs.extra ? extra : null };
        const want = engine(it, a);
        const got = sheet(f, a);
        if (typeof want === "number") {
          expect([a, typeof got]).toEqual([a, "number"]);
          expect(got as number).toBeCloseTo(want, 9);
        } else expect([a, got]).toEqual([a, want]);
      }),
      { numRuns: 200 },
    );
  });

  test("growth items with 参照值 left blank are #N/A in both forms, never points", () => {
    for (const id of ["S-LOAN-GROWTH", "S-INCLUSIVE-GROWTH", "S-MFG-GROWTH", "S-SME-RATE", "S-SCI-TECH"]) {
      const it = item(id);
      const f = nativeScoreFormula(it, cellsFor(it));
      const a = { actual: 0.15, reference: null, extra: null };
      expect([id, engine(it, a)]).toEqual([id, "#N/A"]);
      expect([id, sheet(f, a)]).toEqual([id, "#N/A"]);
    }
  });

  test("negative amounts are #VALUE! in both forms, never negative points", () => {
    for (const id of ["S-NPL", "S-BOND", "S-CARBON-PRODUCT"]) {
      const it = item(id);
      const f = nativeScoreFormula(it, cellsFor(it));
      expect([id, engine(it, { actual: -3 })]).toEqual([id, "#VALUE!"]);
      expect([id, sheet(f, { actual: -3 })]).toEqual([id, "#VALUE!"]);
    }
  });

  test("worked cases: 1亿 above → +1, 0.999亿 above → 0, cap, proportional", () => {
    const f = nativeScoreFormula(item("S-LOAN-INC"), CELLS);
    expect(sheet(f, { actual: 43.3, reference: 42.3 })).toBe(41);
    expect(sheet(f, { actual: 43.299, reference: 42.3 })).toBe(40);
    expect(sheet(f, { actual: 99, reference: 42.3 })).toBe(60);
    expect(sheet(f, { actual: 21.15, reference: 42.3 })).toBeCloseTo(20, 12);
    expect(sheet(f, { actual: -3, reference: 42.3 })).toBe(0);
  });

  test("the veto raises #VALUE! natively too (the #VALUE! literal, as SCORE); no veto is 0", () => {
    const f = nativeScoreFormula(item("S-VETO"), CELLS);
    expect(sheet(f, { actual: "是" })).toBe("#VALUE!");
    expect(sheet(f, { actual: true })).toBe("#VALUE!");
    expect(sheet(f, { actual: "否" })).toBe(0);
  });

  test("扩面 without a reference cell uses the text's 12%", () => {
    const f = nativeScoreFormula(item("S-SME-COVERAGE"), { actual: "D2" });
    expect(f).toContain("0.12");
    expect(sheet(f, { actual: 0.14 })).toBe(3.5);
  });

  test("a flag cell holding any non-zero number is yes, as parseFlag reads it", () => {
    const it = item("S-GUARANTEE-STARTUP");
    const f = nativeScoreFormula(it, cellsFor(it));
    for (const extra of [3, 0.5, -1, 1, 0]) {
      const a = { actual: 0, reference: 1, extra };
      expect([extra, sheet(f, a)]).toEqual([extra, engine(it, a)]);
    }
    expect(sheet(nativeScoreFormula(item("S-VETO"), CELLS), { actual: 2 })).toBe("#VALUE!");
  });

  test("a blank task cell means the text's task, as in the engine", () => {
    const it = item("S-SME-COVERAGE");
    const f = nativeScoreFormula(it, CELLS);
    for (const actual of [0, 0.14, 0.06, -0.01])
      for (const reference of [null, ""]) {
        const want = engine(it, { actual, reference });
        expect(typeof want).toBe("number");
        expect(sheet(f, { actual, reference }) as number).toBeCloseTo(want as number, 12);
      }
  });

  test('blankWhenEmpty shows "" for an empty actual, and the score otherwise', () => {
    const f = nativeScoreFormula(item("S-BOND"), { actual: "D2" }, { blankWhenEmpty: true });
    expect(sheet(f, { actual: null })).toBe("");
    expect(sheet(f, { actual: 3 })).toBe(1.5);
  });

  test("an item that needs a reference cell refuses to build without one", () => {
    expect(() => nativeScoreFormula(item("S-LOAN-GROWTH"), { actual: "D2" })).toThrow(/reference/);
    expect(() => nativeScoreFormula(item("S-LOAN-INC"), { actual: "D2" })).toThrow(/reference/);
  });

  test("absolute references are kept as given", () => {
    const f = nativeScoreFormula(item("S-LOAN-INC"), { actual: "$D$2", reference: "Tasks!$E$2" });
    expect(f).toContain("$D$2");
    expect(f).toContain("Tasks!$E$2");
  });
});

describe("native TIER formula", () => {
  const f = nativeTierFormula(rubric, "G2", "H1");

  test("uses only portable functions", () => {
    expect(functionsUsed(f).filter((fn) => !PORTABLE.includes(fn))).toEqual([]);
  });

  test("equals TIER for every rank of every count from 1 to 25", () => {
    for (let n = 1; n <= 25; n++)
      for (let r = 1; r <= n; r++) expect(evaluate(f, { G2: r, H1: n })).toBe(tierLabel(rubric, r, n));
  });

  test("odd ranks and counts give TIER's result or error code", () => {
    const odd = [null, true, false, 0, 1, 2.5, 3, 16, 17, -1, "abc", "否决", " veto "];
    for (const r of odd)
      for (const n of [null, true, 0, 2.5, 16, "x"]) {
        let want: unknown;
        try {
          want = tierLabel(rubric, r, n);
        } catch (e) {
          want = (e as { code: string }).code;
        }
        const got = evaluate(f, { G2: r as never, H1: n as never });
        expect([r, n, got instanceof XlError ? got.code : got]).toEqual([r, n, want]);
      }
  });

  test("a vetoed bank gets the veto label; a rank outside 1..count or not whole is #VALUE!", () => {
    expect(evaluate(f, { G2: "否决", H1: 15 })).toBe("取消考评资格（一票否决）");
    for (const r of [0, 17, 2.5, -1]) expect((evaluate(f, { G2: r, H1: 16 }) as XlError).code).toBe("#VALUE!");
  });
});

describe("the test evaluator itself follows Excel", () => {
  test("ROUND half away from zero, INT floors, text compares without case, empty cells adapt", () => {
    expect(evaluate("ROUND(2.5,0)", {})).toBe(3);
    expect(evaluate("ROUND(-2.5,0)", {})).toBe(-3);
    expect(evaluate("INT(-0.5)", {})).toBe(-1);
    expect(evaluate('A1="yes"', { A1: "YES" })).toBe(true);
    expect(evaluate("A1=0", {})).toBe(true);
    expect(evaluate('A1=""', {})).toBe(true);
    expect(evaluate("A1>5", { A1: "abc" })).toBe(true);
    expect(evaluate("IF(TRUE,1,NA())", {})).toBe(1);
    expect(() => evaluate("IFS(TRUE,1)", {})).toThrow(/not allowed/);
  });
});
