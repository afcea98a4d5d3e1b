/**
 * Native target-tracking formulas: what functions they use (Excel 2010+ only, never POLICY.*), and
 * what they compute, evaluated by HyperFormula (test/support/excelFormula) and compared with the engine.
 */
import fc from "fast-check";
import { serialFromYmd } from "../../../src/core/dates";
import { PolicyError } from "../../../src/core/errors";
import {
  expectedFormula,
  gapFormula,
  progressFormula,
  statusConditionFormula,
  statusFormula,
  yearPositionFormula,
  type TargetRefs,
} from "../../../src/core/native/target";
import { DIRECTION_WORDS } from "../../../src/core/directions";
import { expectedAt, gapToTarget, progressOf, statusOf } from "../../../src/core/target";
import { testIndex as idx } from "../fixtures/targetCatalog";
import { evaluate, XlError, type Cell, type Cells, type XlValue } from "../../support/excelFormula";

/** A table row: 方向 E, 基期年 F, 基期值 G, 目标 I, 实际值 K, 截至日期 L, 预期值 M; the report date is a name. */
const ROW: TargetRefs = {
  actual: "K5",
  target: "I5",
  base: "G5",
  baseYear: "F5",
  targetYear: 2026,
  asOf: "L5",
  reportDate: "DB_ReportDate",
  direction: "E5",
};
const cells = (
  c: Partial<Record<"E5" | "F5" | "G5" | "I5" | "K5" | "L5" | "M5" | "DB_ReportDate", XlValue>>,
): Cells => ({
  E5: "up",
  F5: 2023,
  G5: null,
  I5: null,
  K5: null,
  L5: null,
  M5: null,
  DB_ReportDate: null,
  ...c,
});

/** The engine's answer as the evaluator would show it. */
function engine(f: () => unknown): XlValue {
  try {
    return f() as XlValue;
  } catch (e) {
    if (e instanceof PolicyError) return new XlError(e.code);
    throw e;
  }
}

function expectSame(native: XlValue, eng: XlValue) {
  if (eng instanceof XlError) {
    expect(native).toBeInstanceOf(XlError);
    expect((native as XlError).code).toBe(eng.code);
  } else if (typeof eng === "number") {
    expect(typeof native).toBe("number");
    expect(native as number).toBeCloseTo(eng, 9);
  } else {
    expect(native).toBe(eng);
  }
}

describe("structure", () => {
  const all = [
    gapFormula(ROW),
    progressFormula(ROW),
    expectedFormula(ROW),
    expectedFormula({ ...ROW, path: "cagr" }),
    statusFormula(ROW),
    statusFormula({ ...ROW, expected: "M5" }),
    statusConditionFormula(ROW, "滞后"),
  ];
  const ALLOWED = new Set([
    "IF",
    "OR",
    "AND",
    "NOT",
    "MIN",
    "MAX",
    "ABS",
    "INT",
    "YEAR",
    "DATE",
    "ISNUMBER",
    "ISLOGICAL",
    "ISNA",
    "MATCH",
    "TRIM",
    "SUBSTITUTE",
    "ISERROR",
    "FIND",
    "LOWER",
  ]);
  test("only functions every spreadsheet has had since Excel 2010; never POLICY.*", () => {
    for (const f of all) {
      const code = f.replace(/"(?:[^"]|"")*"/g, '""');
      const fns = [...code.matchAll(/([A-Za-z_.]+)\(/g)].map((m) => m[1].toUpperCase());
      expect(fns.filter((n) => !ALLOWED.has(n))).toEqual([]);
      expect(f).not.toMatch(/POLICY\./i);
      expect(f.startsWith("=")).toBe(false);
      expect(f.length).toBeLessThan(8192);
    }
  });
  test("parentheses balance outside strings", () => {
    for (const f of all) {
      let depth = 0;
      let lowest = 0;
      for (const ch of f.replace(/"(?:[^"]|"")*"/g, '""')) {
        depth += ch === "(" ? 1 : ch === ")" ? -1 : 0;
        lowest = Math.min(lowest, depth);
      }
      expect({ depth, lowest }).toEqual({ depth: 0, lowest: 0 });
    }
  });
  test("row placeholders and defined names pass through; expressions are parenthesized", () => {
    const f = gapFormula({ actual: "K{r}", target: "$I{r}", direction: "'指标 表'!E{r}" });
    expect(f).toContain("K{r}");
    expect(f).toContain("$I{r}");
    expect(f).toContain("'指标 表'!E{r}");
    expect(gapFormula({ actual: "K5", target: 1050 })).toBe(
      'IF(K5="","",IF(TRIM(K5)="",#N/A,IF(OR(ISLOGICAL(K5),NOT(ISNUMBER(K5))),#VALUE!,IF(ABS(1050-K5)>1.7976931348623157e+308,#NUM!,1050-K5))))',
    );
    expect(gapFormula({ actual: "K5", target: "I5*1.1" })).toContain("(I5*1.1)-K5");
  });
  test("a literal direction needs no run-time test; the down words are exactly parseDirection's", () => {
    expect(gapFormula({ actual: "K5", target: "I5", direction: "down" })).toMatch(/,K5-I5\)\)+$/);
    expect(gapFormula({ actual: "K5", target: "I5", direction: "down" })).not.toContain("SUBSTITUTE");
    const withRef = gapFormula({ actual: "K5", target: "I5", direction: "E5" });
    expect(withRef).toContain(`FIND(";"&LOWER(SUBSTITUTE(E5," ",""))&";",";${DIRECTION_WORDS.down.join(";")};")`);
  });
  test("text literals are Excel strings", () => {
    expect(statusConditionFormula({ ...ROW, status: "P5" }, "预警")).toBe('P5="预警"');
  });
});

describe("blank inputs show blank, not an error or 0", () => {
  test("blank actual", () => {
    const c = cells({ I5: 1050, G5: 557, L5: 2024 });
    expect(evaluate(gapFormula(ROW), c)).toBe("");
    expect(evaluate(progressFormula(ROW), c)).toBe("");
    expect(evaluate(statusFormula(ROW), c)).toBe("");
    for (const l of ["滞后", "预警", "已达标"] as const)
      expect(evaluate(statusConditionFormula(ROW, l), c)).toBe(false);
  });
  test("as the add-in form: a blank base blanks the expected value; a blank target or as-of is #N/A", () => {
    // The add-in form blanks a row without an actual (IF(actual="","",…)) and 预期值 without a numeric
    // base (IF(ISNUMBER(base),…,"")); any other missing input is the function's #N/A.
    expect(evaluate(gapFormula(ROW), cells({ K5: 900 }))).toEqual(new XlError("#N/A"));
    expect(engine(() => gapToTarget(idx, 900, null))).toEqual(new XlError("#N/A"));
    expect(evaluate(expectedFormula(ROW), cells({ I5: 1050, L5: 2024 }))).toBe("");
    expect(evaluate(expectedFormula(ROW), cells({ I5: 1050, G5: 557 }))).toEqual(new XlError("#N/A"));
    expect(engine(() => expectedAt(557, 1050, 2023, 2026, null))).toEqual(new XlError("#N/A"));
  });
  test("a blank base makes progress a ratio and the status span start at 0", () => {
    expect(evaluate(progressFormula(ROW), cells({ K5: 900, I5: 1050 }))).toBeCloseTo(900 / 1050, 12);
    // No base → no inline expected value → 未达标.
    expect(evaluate(statusFormula(ROW), cells({ K5: 900, I5: 1050, L5: 2024 }))).toBe("未达标");
    // An expected cell with no base: band = 0.05 × 1050 = 52.5.
    expect(evaluate(statusFormula({ ...ROW, expected: "M5" }), cells({ K5: 680, I5: 1050, M5: 721.33 }))).toBe("预警");
  });
});

describe("the worked examples, natively", () => {
  test("gap 150, expected 721.33 (linear) and 557·(1050/557)^(1/3) (cagr)", () => {
    const c = cells({ K5: 900, I5: 1050, G5: 557, L5: 2024 });
    expect(evaluate(gapFormula(ROW), c)).toBe(150);
    expect(evaluate(expectedFormula(ROW), c)).toBeCloseTo(721.3333333333, 9);
    expect(evaluate(expectedFormula({ ...ROW, path: "cagr" }), c)).toBeCloseTo(557 * Math.pow(1050 / 557, 1 / 3), 9);
  });
  test("as-of a date in the cell, or the report date when the cell is blank", () => {
    const d = serialFromYmd(2024, 6, 30);
    const want = 557 + (493 * (182 / 366)) / 3;
    expect(evaluate(expectedFormula(ROW), cells({ I5: 1050, G5: 557, L5: d }))).toBeCloseTo(want, 9);
    expect(evaluate(expectedFormula(ROW), cells({ I5: 1050, G5: 557, DB_ReportDate: d }))).toBeCloseTo(want, 9);
    expect(evaluate(expectedFormula(ROW), cells({ I5: 1050, G5: 557, L5: 2025, DB_ReportDate: d }))).toBeCloseTo(
      557 + (493 * 2) / 3,
      9,
    );
  });
  test("status labels and conditional-format conditions", () => {
    const at = (k: number) => cells({ K5: k, I5: 1050, G5: 557, L5: 2024 });
    expect(evaluate(statusFormula(ROW), at(1060))).toBe("已达标");
    expect(evaluate(statusFormula(ROW), at(730))).toBe("正常");
    expect(evaluate(statusFormula(ROW), at(700))).toBe("预警");
    expect(evaluate(statusFormula(ROW), at(690))).toBe("滞后");
    expect(evaluate(statusConditionFormula(ROW, "滞后"), at(690))).toBe(true);
    expect(evaluate(statusConditionFormula(ROW, "预警"), at(690))).toBe(false);
    expect(evaluate(statusConditionFormula(ROW, "已达标"), at(1060))).toBe(true);
  });
  test("a down indicator written as 越小越好 in its direction cell", () => {
    // 0.8 (2023) → 0.6 (2026): expected at the end of 2024 is 0.7333, band 0.05 × 0.2 = 0.01.
    const at = (k: number) => cells({ E5: "越小越好", K5: k, I5: 0.6, G5: 0.8, L5: 2024 });
    expect(evaluate(gapFormula(ROW), at(0.75))).toBeCloseTo(0.15, 12);
    expect(evaluate(statusFormula(ROW), at(0.72))).toBe("正常");
    expect(evaluate(statusFormula(ROW), at(0.74))).toBe("预警");
    expect(evaluate(statusFormula(ROW), at(0.75))).toBe("滞后");
    expect(evaluate(statusFormula(ROW), at(0.6))).toBe("已达标");
  });
  test("errors the user can fix are #VALUE!, as the function's (bad years, non-positive cagr inputs)", () => {
    expect(evaluate(expectedFormula({ ...ROW, targetYear: 2023 }), cells({ I5: 1050, G5: 557, L5: 2024 }))).toEqual(
      new XlError("#VALUE!"),
    );
    expect(evaluate(expectedFormula({ ...ROW, path: "cagr" }), cells({ I5: 1050, G5: 0, L5: 2024 }))).toEqual(
      new XlError("#VALUE!"),
    );
    expect(evaluate(progressFormula({ ...ROW, base: undefined }), cells({ K5: 90, I5: 0 }))).toEqual(
      new XlError("#VALUE!"),
    );
  });
});

describe("maintain indicators (base = target), as the engine", () => {
  // DY-MFG-2024.31 规上工业企业研发机构覆盖率 100 → 100.
  const maintain = (K5: number, extra: Partial<Record<"M5" | "E5", Cell>> = {}) =>
    cells({ K5, I5: 100, G5: 100, L5: 2024, ...extra });
  test("PROGRESS is actual ÷ target, not #NUM!", () => {
    expect(evaluate(progressFormula(ROW), maintain(96))).toBeCloseTo(0.96, 12);
    expect(engine(() => progressOf(idx, 96, 100, 100))).toBeCloseTo(0.96, 12);
  });
  test("STATUS: 已达标 when met, 预警 within tolerance × |target|, else 滞后 — with or without an expected value", () => {
    for (const [a, want] of [
      [100, "已达标"],
      [101, "已达标"],
      [95, "预警"],
      [94.99, "滞后"],
    ] as const) {
      expect(engine(() => statusOf(idx, a, 100, 100))).toBe(want);
      expect(engine(() => statusOf(idx, a, 100, 100, 100))).toBe(want);
      expect(evaluate(statusFormula(ROW), maintain(a))).toBe(want);
      expect(evaluate(statusFormula({ ...ROW, expected: "M5" }), maintain(a, { M5: 100 }))).toBe(want);
      expect(evaluate(statusFormula({ ...ROW, expected: "M5" }), maintain(a, { M5: null }))).toBe(want);
    }
  });
  test("a lower-is-better maintain indicator", () => {
    const c = cells({ K5: 10.4, I5: 10, G5: 10, E5: "down", L5: 2024 });
    expect(evaluate(statusFormula(ROW), c)).toBe("预警");
    expect(engine(() => statusOf(idx, 10.4, 10, 10, undefined, "down"))).toBe("预警");
    expect(evaluate(progressFormula(ROW), c)).toBeCloseTo(10 / 10.4, 12);
  });
});

describe("inputs the engine refuses are #VALUE! natively too", () => {
  test("TRUE/FALSE as a number (LibreOffice and Excel arithmetic count TRUE as 1)", () => {
    for (const f of [gapFormula(ROW), progressFormula(ROW), statusFormula(ROW)])
      expect(evaluate(f, cells({ K5: true, I5: 1, G5: 1, L5: 2024 }))).toEqual(new XlError("#VALUE!"));
    for (const f of [gapFormula(ROW), progressFormula(ROW), statusFormula(ROW), expectedFormula(ROW)])
      expect(evaluate(f, cells({ K5: 1, I5: true, G5: 0.5, L5: 2024 }))).toEqual(new XlError("#VALUE!"));
    // 预期值's add-in form IF(ISNUMBER(base),…,"") is blank for a base that is no number.
    expect(evaluate(expectedFormula(ROW), cells({ I5: 2, G5: false, L5: 2024 }))).toBe("");
    expect(engine(() => expectedAt(false, 2, 2023, 2026, 2024))).toEqual(new XlError("#VALUE!"));
    expect(engine(() => gapToTarget(idx, true, 1))).toEqual(new XlError("#VALUE!"));
    expect(engine(() => gapToTarget(idx, 1, true))).toEqual(new XlError("#VALUE!"));
    expect(evaluate(progressFormula(ROW), cells({ K5: 1, I5: 2, G5: true }))).toEqual(new XlError("#VALUE!"));
    expect(evaluate(statusFormula({ ...ROW, expected: "M5" }), cells({ K5: 1, I5: 2, M5: true }))).toEqual(
      new XlError("#VALUE!"),
    );
    expect(engine(() => statusOf(idx, 1, 2, undefined, true))).toEqual(new XlError("#VALUE!"));
  });
  test("an unknown direction word", () => {
    for (const f of [gapFormula(ROW), progressFormula(ROW), statusFormula(ROW)])
      expect(evaluate(f, cells({ K5: 900, I5: 1050, E5: "sideways" }))).toEqual(new XlError("#VALUE!"));
    expect(engine(() => gapToTarget(idx, 900, 1050, "sideways"))).toEqual(new XlError("#VALUE!"));
    expect(evaluate(gapFormula(ROW), cells({ K5: 900, I5: 1050, E5: null }))).toBe(150);
  });
  test("as-of: a fractional year, a year before 1900, text, TRUE; base year not a whole year", () => {
    const f = expectedFormula(ROW);
    for (const L5 of [2024.5, 1899, 24, true, "2024-06-30"] as const) {
      expect(evaluate(f, cells({ I5: 1050, G5: 557, L5 }))).toEqual(new XlError("#VALUE!"));
    }
    for (const at of [2024.5, 1899, 24, true])
      expect(engine(() => expectedAt(557, 1050, 2023, 2026, at))).toEqual(new XlError("#VALUE!"));
    expect(evaluate(f, cells({ I5: 1050, G5: 557, L5: 2024, F5: 2023.5 }))).toEqual(new XlError("#VALUE!"));
    expect(engine(() => expectedAt(557, 1050, 2023.5, 2026, 2024))).toEqual(new XlError("#VALUE!"));
  });
});

describe("yearPositionFormula", () => {
  test("a year stays, a date becomes its position between year ends", () => {
    const f = yearPositionFormula("A1");
    expect(evaluate(f, { A1: 2024 })).toBe(2024);
    expect(evaluate(f, { A1: serialFromYmd(2024, 12, 31) })).toBe(2024);
    expect(evaluate(f, { A1: serialFromYmd(2024, 6, 30) })).toBeCloseTo(2023 + 182 / 366, 12);
    expect(yearPositionFormula(2024)).toBe("2024");
  });
});

describe("native formulas agree with the engine", () => {
  // Values on a 0.01 grid, as typed into a table; a few directions as users write them.
  const v = fc.integer({ min: -200000, max: 200000 }).map((x) => x / 100);
  const pos = fc.integer({ min: 1, max: 200000 }).map((x) => x / 100);
  const dir = fc.constantFrom("up", "down", "≥", "≤", "越大越好", "越小越好", "<=");
  const asOf = fc.oneof(
    fc.integer({ min: 2018, max: 2030 }),
    fc.integer({ min: serialFromYmd(2019, 1, 1), max: serialFromYmd(2029, 12, 31) }),
  );

  test("gap", () => {
    fc.assert(
      fc.property(v, v, dir, (a, t, d) => {
        const n = evaluate(gapFormula(ROW), cells({ K5: a, I5: t, E5: d }));
        expectSame(
          n,
          engine(() => gapToTarget(idx, a, t, d)),
        );
      }),
    );
  });
  test("progress, with and without a base", () => {
    fc.assert(
      fc.property(v, v, fc.option(v, { nil: null }), dir, (a, t, b, d) => {
        const n = evaluate(progressFormula(ROW), cells({ K5: a, I5: t, G5: b, E5: d }));
        expectSame(
          n,
          engine(() => progressOf(idx, a, t, b, d)),
        );
      }),
    );
  });
  test("expected, linear and cagr, as-of a year or a date or the report date", () => {
    fc.assert(
      fc.property(
        pos,
        pos,
        fc.integer({ min: 2015, max: 2025 }),
        fc.integer({ min: 1, max: 8 }),
        asOf,
        fc.boolean(),
        fc.constantFrom("linear" as const, "cagr" as const),
        (b, t, by, span, at, inCell, path) => {
          const refs = { ...ROW, targetYear: "H5", path };
          const c = {
            ...cells({ I5: t, G5: b, F5: by }),
            H5: by + span,
            ...(inCell ? { L5: at } : { DB_ReportDate: at }),
          };
          const n = evaluate(expectedFormula(refs), c);
          expectSame(
            n,
            engine(() => expectedAt(b, t, by, by + span, at, path)),
          );
        },
      ),
    );
  });
  test("status, with an expected cell or the expected value computed inline", () => {
    fc.assert(
      fc.property(
        v,
        v,
        fc.option(v, { nil: null }),
        fc.option(v, { nil: null }),
        dir,
        fc.constantFrom(0.05, 0.1, 0),
        (a, t, b, e, d, tol) => {
          const n = evaluate(
            statusFormula({ ...ROW, expected: "M5", tolerance: tol }),
            cells({ K5: a, I5: t, G5: b, M5: e, E5: d }),
          );
          expectSame(
            n,
            engine(() => statusOf(idx, a, t, b, e, d, tol)),
          );
        },
      ),
    );
    fc.assert(
      fc.property(pos, pos, pos, asOf, dir, (a, t, b, at, d) => {
        const c = cells({ K5: a, I5: t, G5: b, L5: at, E5: d });
        const eng = engine(() => statusOf(idx, a, t, b, expectedAt(b, t, 2023, 2026, at), d));
        expectSame(evaluate(statusFormula(ROW), c), eng);
      }),
    );
  });
});

describe("errors the LibreOffice recalculation found", () => {
  test("a text actual is #VALUE!, as in the engine, not 已达标", () => {
    const native = evaluate(statusFormula(ROW), cells({ K5: "abc", I5: 1050, G5: 557, L5: 2024 }));
    expectSame(
      native,
      engine(() => statusOf(idx, "abc", 1050, 557)),
    );
    expect((native as XlError).code).toBe("#VALUE!");
  });

  test("an input error is the #VALUE! literal (LibreOffice reads SQRT(-1) as Err:502)", () => {
    const f = progressFormula({ ...ROW, base: undefined });
    expect(f).toContain("#VALUE!");
    expect(f).not.toContain("SQRT");
    // #NUM! only where a result leaves the double range (Gnumeric computes in long double).
    expect(f.split("#NUM!").length).toBe(f.split("e+308,#NUM!").length);
  });
});

describe("results that are not finite are #NUM! in both forms, never Infinity or NaN", () => {
  test("GAPTOTARGET(-1e308, 1e308)", () => {
    expect(engine(() => gapToTarget(idx, -1e308, 1e308))).toEqual(new XlError("#NUM!"));
    expect(evaluate(gapFormula(ROW), cells({ K5: -1e308, I5: 1e308 }))).toEqual(new XlError("#NUM!"));
  });
  test("PROGRESS(1e308, 1e308, -1e308) and PROGRESS(1e308, 1e-300)", () => {
    expect(engine(() => progressOf(idx, 1e308, 1e308, -1e308))).toEqual(new XlError("#NUM!"));
    expect(evaluate(progressFormula(ROW), cells({ K5: 1e308, I5: 1e308, G5: -1e308 }))).toEqual(new XlError("#NUM!"));
    expect(engine(() => progressOf(idx, 1e308, 1e-300))).toEqual(new XlError("#NUM!"));
    expect(evaluate(progressFormula(ROW), cells({ K5: 1e308, I5: 1e-300 }))).toEqual(new XlError("#NUM!"));
  });
  test("PROGRESS(1, 1e-310): a subnormal target", () => {
    expect(engine(() => progressOf(idx, 1, 1e-310))).toEqual(new XlError("#NUM!"));
  });
});

describe("odd inputs: the native formula gives the engine's result or error code", () => {
  // What a careless user leaves in cells (numeric text aside: the formulas read numbers only).
  const odd = fc.constantFrom<Cell>(true, false, -1, 0, 1, 95, 100, 1050, 2024.5, 1e308, -1e308, 1e-300, "abc", "是");
  const oddDir = fc.constantFrom<Cell>(null, "up", "down", "越小越好", "sideways", true, 1);
  const oddYear = fc.constantFrom<Cell>(2023, 2026, 2023.5, 1899, 24, true, "abc", serialFromYmd(2024, 6, 30));
  /** Blank inputs are blank natively (an unfilled table row), #N/A in the engine. */
  const agree = (native: XlValue, eng: XlValue) => {
    if (native === "" && eng instanceof XlError && eng.code === "#N/A") return;
    expectSame(native, eng);
  };
  const b = fc.option(odd, { nil: null });
  test("gap, progress and status", () => {
    fc.assert(
      fc.property(odd, odd, b, b, oddDir, (a, t, base, e, d) => {
        const c = cells({ K5: a, I5: t, G5: base, M5: e, E5: d });
        const tag = { a, t, base, e, d };
        const check = (f: string, run: () => unknown) => {
          const n = evaluate(f, c);
          const want = engine(run);
          try {
            agree(n, want);
          } catch {
            throw new Error(`${JSON.stringify(tag)}: native ${JSON.stringify(n)} engine ${JSON.stringify(want)}`);
          }
        };
        check(gapFormula(ROW), () => gapToTarget(idx, a, t, d));
        check(progressFormula(ROW), () => progressOf(idx, a, t, base, d));
        check(statusFormula({ ...ROW, expected: "M5" }), () => statusOf(idx, a, t, base, e, d));
      }),
      { numRuns: 400 },
    );
  });
  test("expected", () => {
    fc.assert(
      fc.property(odd, odd, oddYear, oddYear, (base, t, by, at) => {
        const refs = { ...ROW, targetYear: 2026 };
        const c = cells({ G5: base, I5: t, F5: by, L5: at });
        const n = evaluate(expectedFormula(refs), c);
        // The 预期值 column's wrapper IF(ISNUMBER(base),EXPECTED(…),"").
        const want = typeof base === "number" ? engine(() => expectedAt(base, t, by, 2026, at)) : "";
        try {
          agree(n, want);
        } catch {
          throw new Error(
            `${JSON.stringify({ base, t, by, at })}: native ${JSON.stringify(n)} engine ${JSON.stringify(want)}`,
          );
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe("the portable cell shows what the add-in cell shows (differential classes)", () => {
  /** What the add-in cell IF(K5="","",POLICY.fn(…)) shows: the first error argument, else the engine. */
  const addin = (args: XlValue[], run: () => unknown): XlValue => {
    if (args[0] === null) return "";
    const err = args.find((a) => a instanceof XlError);
    return err !== undefined ? (err as XlValue) : engine(run);
  };
  const NOBASE: TargetRefs = { actual: "K5", target: "I5", direction: "E5" };
  const both = (k: XlValue, i: XlValue, e: XlValue) => {
    const c = cells({ K5: k, I5: i, E5: e });
    return {
      gap: [evaluate(gapFormula(NOBASE), c), addin([k, i, e], () => gapToTarget(idx, k, i, e))],
      status: [evaluate(statusFormula(NOBASE), c), addin([k, i, e], () => statusOf(idx, k, i, null, null, e))],
    };
  };
  const same = ([native, want]: XlValue[]) => expectSame(native, want);

  test("a padded or upper-case direction word is that direction, not up", () => {
    for (const d of [" Down ", "越小越好 ", "DOWN", " 逆 向"]) {
      const r = both(900, 1050, d);
      expect(r.gap[0]).toBe(-150);
      same(r.gap);
      same(r.status);
    }
  });
  test("a number, TRUE, an unknown or a full-width word in the direction cell is #VALUE! in both", () => {
    for (const d of [1, 0, true, "sideways", "ｄｏｗｎ", "＞＝", "up;down", "#N/A"]) {
      const r = both(900, 1050, d);
      expect(r.gap[0]).toEqual(new XlError("#VALUE!"));
      same(r.gap);
      same(r.status);
    }
  });
  test("a blank or spaces-only target is #N/A, an actual of spaces too (the wrapper blanks only an empty actual)", () => {
    for (const [k, i] of [
      [900, null],
      [900, " "],
      [" ", 1050],
    ] as Cell[][]) {
      const r = both(k, i, "up");
      expect(r.gap[0]).toEqual(new XlError("#N/A"));
      same(r.gap);
      same(r.status);
    }
  });
  test("a word as target or actual is #VALUE!, whatever the direction", () => {
    for (const [k, i, d] of [
      [900, "未知", "down"],
      ["abc", -5, "up"],
      ["abc", 1050, "sideways"],
    ] as XlValue[][]) {
      const r = both(k, i, d);
      expect(r.gap[0]).toEqual(new XlError("#VALUE!"));
      same(r.gap);
      same(r.status);
    }
  });
  test("an error in an input cell is the first error argument, not the formula's own error", () => {
    for (const [k, i, d] of [
      [900, new XlError("#DIV/0!"), "sideways"],
      [900, "abc", new XlError("#N/A")],
      [900, new XlError("#NUM!"), new XlError("#N/A")],
    ] as XlValue[][]) {
      const r = both(k, i, d);
      expect(r.gap[0]).toEqual(new XlError((i instanceof XlError ? i : (d as XlError)).code));
      same(r.gap);
      same(r.status);
    }
    // PROGRESS(actual, target, base, direction): an error base comes before an unknown direction.
    const c = cells({ K5: 900, I5: 1050, G5: new XlError("#DIV/0!"), E5: "sideways" });
    expect(evaluate(progressFormula({ ...NOBASE, base: "G5" }), c)).toEqual(new XlError("#DIV/0!"));
  });
  test("a base of spaces is no base, as to the engine", () => {
    const c = cells({ K5: 900, I5: 1050, G5: "  " });
    expect(evaluate(progressFormula({ ...NOBASE, base: "G5" }), c)).toBeCloseTo(900 / 1050, 12);
    expect(engine(() => progressOf(idx, 900, 1050, "  "))).toBeCloseTo(900 / 1050, 12);
  });
  test("预期值: blank for a base that is no number; #N/A for a blank base year", () => {
    expect(evaluate(expectedFormula(ROW), cells({ G5: "—", I5: 1050, L5: 2024 }))).toBe("");
    expect(evaluate(expectedFormula(ROW), cells({ G5: 557, I5: 1050, F5: null, L5: 2024 }))).toEqual(
      new XlError("#N/A"),
    );
    expect(engine(() => expectedAt(557, 1050, null, 2026, 2024))).toEqual(new XlError("#N/A"));
  });
  test("a result beyond the double range is tested, not left to the spreadsheet (Gnumeric's long double)", () => {
    const f = gapFormula(NOBASE);
    expect(f).toContain("IF(ABS(I5-K5)>1.7976931348623157e+308,#NUM!,I5-K5)");
    expect(evaluate(f, cells({ K5: -1e308, I5: 1e308, E5: "up" }))).toEqual(new XlError("#NUM!"));
  });
});
