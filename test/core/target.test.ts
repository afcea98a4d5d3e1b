import fc from "fast-check";
import {
  expected,
  expectedAt,
  gap,
  gapToTarget,
  progress,
  progressOf,
  status,
  statusOf,
  targetOf,
} from "../../src/core/target";
import { testIndex as idx } from "./fixtures/targetCatalog";
import { failure } from "../support/errors";

const err = failure;
const code = (f: () => unknown) => err(f).code;
/** The value, or the error code. */
function outcome(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    return (e as { code?: string }).code ?? e;
  }
}

describe("worked examples (docs/FUNCTIONS.md)", () => {
  test('GAPTOTARGET(900, "DY-MFG-2024.01") = 150 亿元 short of 1050', () => {
    expect(gapToTarget(idx, 900, "DY-MFG-2024.01")).toBe(150);
  });
  test("EXPECTED(557, 1050, 2023, 2026, 2024) = 721.33…", () => {
    expect(expectedAt(557, 1050, 2023, 2026, 2024)).toBeCloseTo(721.3333333333, 9);
  });
  test('EXPECTED(…, "cagr") = 557·(1050/557)^(1/3)', () => {
    expect(expectedAt(557, 1050, 2023, 2026, 2024, "cagr")).toBeCloseTo(557 * Math.pow(1050 / 557, 1 / 3), 9);
  });
});

describe("GAPTOTARGET", () => {
  test("numbers, numeric text and directions", () => {
    expect(gapToTarget(idx, 900, 1050)).toBe(150);
    expect(gapToTarget(idx, 1100, 1050)).toBe(-50);
    expect(gapToTarget(idx, "900", "1,050")).toBe(150);
    expect(gapToTarget(idx, "９００", 1050)).toBe(150);
    expect(gapToTarget(idx, 0.7, 0.65, "down")).toBeCloseTo(0.05, 12);
    expect(gapToTarget(idx, 0.6, 0.65, "≤")).toBeCloseTo(-0.05, 12);
    expect(gapToTarget(idx, 0.7, 0.65, "越小越好")).toBeCloseTo(0.05, 12);
  });
  test("no binary noise in the result: 1050 − 900.1 is 149.9", () => {
    expect(gapToTarget(idx, 900.1, 1050)).toBe(149.9);
    expect(gapToTarget(idx, 0.1, 0.3)).toBe(0.2);
  });
  test("met exactly is 0, not −0", () => {
    expect(Object.is(gapToTarget(idx, 0.65, 0.65, "down"), 0)).toBe(true);
  });
  test("by ID: the actual is read in the indicator's unit", () => {
    // % indicators keep the table's numbers: 12 means 12%, and so does the text "12%".
    expect(gapToTarget(idx, 12, "DY-MFG-2024.08")).toBe(5);
    expect(gapToTarget(idx, "12%", "DY-MFG-2024.08")).toBe(5);
    // Money text converts into the indicator's unit (亿元).
    expect(gapToTarget(idx, "9000000万元", "DY-MFG-2024.01")).toBe(150);
    expect(gapToTarget(idx, "900亿元", "DY-MFG-2024.01")).toBe(150);
  });
  test("by ID: the indicator's direction; an explicit direction wins", () => {
    // 万元GDP综合能耗 is down with a final range 0.6–0.65: the bar is the range's max.
    expect(gapToTarget(idx, 0.7, "DY-MFG-2024.41")).toBeCloseTo(0.05, 12);
    expect(gapToTarget(idx, 0.7, "DY-MFG-2024.41", "up")).toBeCloseTo(-0.1, 12);
  });
  test("a range target: up meets it at its min", () => {
    expect(gapToTarget(idx, 5.5, "DY-MFG-2024.40")).toBe(0.5);
    expect(gapToTarget(idx, 6, "DY-MFG-2024.40")).toBe(0);
  });
  test("a text target is #N/A saying the target is not numeric", () => {
    const e = err(() => gapToTarget(idx, 3, "DY-MFG-2024.33"));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("根据省级目标");
    expect(e.message).toContain("不是数值");
  });
  test("errors: unknown ID #N/A, not an indicator #N/A, unreadable #VALUE!, missing actual #N/A", () => {
    expect(code(() => gapToTarget(idx, 900, "DY-MFG-2024.99"))).toBe("#N/A");
    expect(code(() => gapToTarget(idx, 900, "DY-MFG-2024.R-TECHREFORM"))).toBe("#N/A");
    expect(code(() => gapToTarget(idx, 900, "abc"))).toBe("#VALUE!");
    expect(code(() => gapToTarget(idx, 900, true))).toBe("#VALUE!");
    expect(code(() => gapToTarget(idx, null, 1050))).toBe("#N/A");
    expect(code(() => gapToTarget(idx, "", "DY-MFG-2024.01"))).toBe("#N/A");
    expect(code(() => gapToTarget(idx, 900, null))).toBe("#N/A");
    expect(code(() => gapToTarget(idx, "lots", 1050))).toBe("#VALUE!");
    expect(code(() => gapToTarget(idx, 900, 1050, "sideways"))).toBe("#VALUE!");
    expect(code(() => gapToTarget(idx, "12家", "DY-MFG-2024.01"))).toBe("#VALUE!");
  });
  test("negative values are allowed (growth rates can fall)", () => {
    expect(gapToTarget(idx, -3, 15)).toBe(18);
  });
});

describe("PROGRESS", () => {
  test("no base: actual/target; down: target/actual", () => {
    expect(progressOf(idx, 900, 1050)).toBeCloseTo(900 / 1050, 12);
    expect(progressOf(idx, 0.8, 0.6, null, "down")).toBeCloseTo(0.75, 12);
  });
  test("with a base: (actual − base)/(target − base), the same for down", () => {
    expect(progressOf(idx, 900, 1050, 557)).toBeCloseTo(343 / 493, 12);
    expect(progressOf(idx, 0.7, 0.6, 0.8, "down")).toBeCloseTo(0.5, 12);
    expect(progressOf(idx, 0.9, 0.6, 0.8, "down")).toBeCloseTo(-0.5, 12);
  });
  test("by ID: final target and direction; the base only when given", () => {
    expect(progressOf(idx, 900, "DY-MFG-2024.01")).toBeCloseTo(900 / 1050, 12);
    expect(progressOf(idx, 900, "DY-MFG-2024.01", 557)).toBeCloseTo(343 / 493, 12);
  });
  test("a maintain indicator (base = target) is actual ÷ target, as with no base", () => {
    expect(progressOf(idx, 100, 100, 100)).toBe(1);
    expect(progressOf(idx, 96, 100, 100)).toBeCloseTo(0.96, 12);
    expect(progressOf(idx, 0.5, 0.4, 0.4, "down")).toBeCloseTo(0.8, 12);
  });
  test("ratios that make no sense are #VALUE! with a message (the user can fix them)", () => {
    expect(err(() => progressOf(idx, 5, 0)).message).toContain("请提供基期值");
    expect(code(() => progressOf(idx, 5, 0))).toBe("#VALUE!");
    expect(code(() => progressOf(idx, 5, -10))).toBe("#VALUE!");
    expect(code(() => progressOf(idx, 0, 0.6, null, "down"))).toBe("#VALUE!");
    expect(code(() => progressOf(idx, -1, 0.6, null, "down"))).toBe("#VALUE!");
  });
  test("missing actual #N/A, unreadable base #VALUE!", () => {
    expect(code(() => progressOf(idx, null, 1050))).toBe("#N/A");
    expect(code(() => progressOf(idx, 900, 1050, "some"))).toBe("#VALUE!");
  });
});

describe("EXPECTED", () => {
  test("as-of a date: its position between year ends", () => {
    // 2024-06-30 is day 182 of 366 → f = (182/366)/3.
    const f = 182 / 366 / 3;
    expect(expectedAt(557, 1050, 2023, 2026, "2024-06-30")).toBeCloseTo(557 + 493 * f, 9);
    expect(expectedAt(557, 1050, 2023, 2026, 45473)).toBeCloseTo(557 + 493 * f, 9); // serial of 2024-06-30
    expect(expectedAt(557, 1050, 2023, 2026, "2024年6月30日")).toBeCloseTo(557 + 493 * f, 9);
    expect(expectedAt(557, 1050, 2023, 2026, "2024年二季度")).toBeCloseTo(557 + 493 * f, 9);
    expect(expectedAt(557, 1050, 2023, 2026, "2024年上半年")).toBeCloseTo(557 + 493 * f, 9);
  });
  test("a year is its end; year text is accepted", () => {
    expect(expectedAt(557, 1050, "2023", "2026年", "2024")).toBeCloseTo(721.3333333333, 9);
    expect(expectedAt(557, 1050, 2023, 2026, "2024-12-31")).toBeCloseTo(721.3333333333, 9);
  });
  test("clamped: before the base year the base, after the target year the target", () => {
    expect(expectedAt(557, 1050, 2023, 2026, 2020)).toBe(557);
    expect(expectedAt(557, 1050, 2023, 2026, 2030)).toBe(1050);
    expect(expectedAt(557, 1050, 2023, 2026, 2030, "cagr")).toBe(1050);
    // The base is the value at the END of the base year: 2023-03-31 is still before it.
    expect(expectedAt(557, 1050, 2023, 2026, "2023-03-31", "cagr")).toBe(557);
    expect(expectedAt(557, 1050, 2023, 2026, "2024-03-31", "cagr")).toBeGreaterThan(557);
  });
  test("path names in Chinese", () => {
    expect(expectedAt(557, 1050, 2023, 2026, 2024, "年均增速")).toBeCloseTo(557 * Math.pow(1050 / 557, 1 / 3), 9);
    expect(expectedAt(557, 1050, 2023, 2026, 2024, "线性")).toBeCloseTo(721.3333333333, 9);
    expect(code(() => expectedAt(557, 1050, 2023, 2026, 2024, "exponential"))).toBe("#VALUE!");
  });
  test("a falling (down) indicator moves down the same way", () => {
    expect(expectedAt(0.8, 0.6, 2023, 2026, 2024)).toBeCloseTo(0.8 - 0.2 / 3, 12);
  });
  test("errors", () => {
    expect(code(() => expectedAt(557, 1050, 2026, 2026, 2024))).toBe("#VALUE!");
    expect(code(() => expectedAt(557, 1050, 2027, 2026, 2024))).toBe("#VALUE!");
    expect(code(() => expectedAt(0, 1050, 2023, 2026, 2024, "cagr"))).toBe("#VALUE!");
    expect(code(() => expectedAt(-5, 10, 2023, 2026, 2024, "cagr"))).toBe("#VALUE!");
    expect(code(() => expectedAt(5, 0, 2023, 2026, 2024, "cagr"))).toBe("#VALUE!");
    expect(code(() => expectedAt(557, 1050, 2023, 2026, null))).toBe("#N/A");
    expect(code(() => expectedAt(null, 1050, 2023, 2026, 2024))).toBe("#N/A");
    expect(code(() => expectedAt(557, 1050, 2023, 2026, "soon"))).toBe("#VALUE!");
    expect(code(() => expectedAt(557, 1050, 2023, 2026, "2024-02-30"))).toBe("#VALUE!");
    expect(code(() => expectedAt(557, 1050, 2023, 2026, 2024.5))).toBe("#VALUE!");
    expect(code(() => expectedAt(557, 1050, 2023, 2026, 12))).toBe("#VALUE!");
    expect(code(() => expectedAt(557, 1050, 2023.5, 2026, 2024))).toBe("#VALUE!");
    expect(code(() => expectedAt(557, 1050, "twenty", 2026, 2024))).toBe("#VALUE!");
  });
  test("linear with negative values works (growth rates)", () => {
    expect(expectedAt(-2, 4, 2023, 2026, 2024)).toBeCloseTo(0, 12);
  });
});

describe("STATUS", () => {
  // DY-MFG-2024.01 at the end of 2024: expected 721.33, span 493, band 0.05 × 493 = 24.65.
  const e = 557 + 493 / 3;
  test("已达标 whenever the target is met", () => {
    expect(statusOf(idx, 1050, 1050, 557, e)).toBe("已达标");
    expect(statusOf(idx, 1100, "DY-MFG-2024.01")).toBe("已达标");
    expect(statusOf(idx, 0.6, 0.65, 0.8, 0.7, "down")).toBe("已达标");
  });
  test("未达标 when no expected value is given", () => {
    expect(statusOf(idx, 900, 1050)).toBe("未达标");
    expect(statusOf(idx, 900, 1050, 557)).toBe("未达标");
    expect(statusOf(idx, 900, 1050, 557, "")).toBe("未达标");
  });
  test("正常 / 预警 / 滞后 around the expected value", () => {
    expect(statusOf(idx, 721.34, 1050, 557, e)).toBe("正常");
    expect(statusOf(idx, e, 1050, 557, e)).toBe("正常");
    expect(statusOf(idx, 700, 1050, 557, e)).toBe("预警"); // 21.3 short ≤ 24.65
    expect(statusOf(idx, 690, 1050, 557, e)).toBe("滞后"); // 31.3 short > 24.65
    expect(statusOf(idx, 690, 1050, 557, e, null, 0.1)).toBe("预警"); // band 49.3
    expect(statusOf(idx, 690, 1050, 557, e, null, "10%")).toBe("预警");
  });
  test("exactly at the band's edge is 预警 (decimal, not binary)", () => {
    // base 0.1, target 1.1, span 1, band 0.05; expected 0.5, actual 0.45 → 0.05 short.
    expect(statusOf(idx, 0.45, 1.1, 0.1, 0.5)).toBe("预警");
  });
  test("down: lower is ahead", () => {
    // base 0.8 → target 0.6, expected 0.7, band 0.01.
    expect(statusOf(idx, 0.69, 0.6, 0.8, 0.7, "down")).toBe("正常");
    expect(statusOf(idx, 0.705, 0.6, 0.8, 0.7, "down")).toBe("预警");
    expect(statusOf(idx, 0.72, 0.6, 0.8, 0.7, "down")).toBe("滞后");
    expect(statusOf(idx, 0.72, "DY-MFG-2024.41", 0.8, 0.7)).toBe("滞后");
  });
  test("no base: the span runs from 0 to the target", () => {
    // band 0.05 × 1050 = 52.5
    expect(statusOf(idx, 680, 1050, null, e)).toBe("预警");
    expect(statusOf(idx, 660, 1050, null, e)).toBe("滞后");
  });
  test("a maintain indicator (base = target): 已达标 when met, 预警 short by ≤ tolerance × |target|, else 滞后", () => {
    expect(statusOf(idx, 100, 100, 100, 100)).toBe("已达标");
    expect(statusOf(idx, 99, 100, 100, 100)).toBe("预警");
    expect(statusOf(idx, 95, 100, 100)).toBe("预警");
    expect(statusOf(idx, 94.9, 100, 100)).toBe("滞后");
    expect(statusOf(idx, 98, 100, 100, null, null, 0.01)).toBe("滞后");
    expect(statusOf(idx, 0.41, 0.4, 0.4, null, "down")).toBe("预警");
  });
  test("errors", () => {
    expect(code(() => statusOf(idx, null, 1050, 557, e))).toBe("#N/A");
    expect(code(() => statusOf(idx, 900, 1050, 557, e, null, -0.1))).toBe("#VALUE!");
    expect(code(() => statusOf(idx, 900, 1050, 557, e, null, 5))).toBe("#VALUE!");
    expect(code(() => statusOf(idx, 900, 1050, 557, "x"))).toBe("#VALUE!");
    expect(code(() => statusOf(idx, 3, "DY-MFG-2024.33"))).toBe("#N/A");
  });
});

describe("TARGET", () => {
  test("the final target by default, a milestone by year", () => {
    expect(targetOf(idx, "DY-MFG-2024.01")).toBe(1050);
    expect(targetOf(idx, "DY-MFG-2024.01", 2024)).toBe(700);
    expect(targetOf(idx, "DY-MFG-2024.01", "2024年")).toBe(700);
    expect(targetOf(idx, " DY-MFG-2024.01 ", "2026")).toBe(1050);
  });
  test("no target that year: #N/A naming the years there are", () => {
    const e = err(() => targetOf(idx, "DY-MFG-2024.01", 2025));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("2024、2026");
  });
  test("ranges: up → min, down → max", () => {
    expect(targetOf(idx, "DY-MFG-2024.40")).toBe(6);
    expect(targetOf(idx, "DY-MFG-2024.41")).toBe(0.65);
    expect(targetOf(idx, "DY-MFG-2024.41", 2024)).toBe(0.75);
  });
  test("a text target is #N/A with the text, pointing to INFO", () => {
    const e = err(() => targetOf(idx, "DY-MFG-2024.33", 2024));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("根据省级目标");
    expect(e.message).toContain("INFO");
  });
  test("errors", () => {
    expect(code(() => targetOf(idx, "DY-MFG-2024.99"))).toBe("#N/A");
    expect(code(() => targetOf(idx, "DY-MFG-2024.R-TECHREFORM"))).toBe("#N/A");
    expect(code(() => targetOf(idx, null))).toBe("#N/A");
    expect(code(() => targetOf(idx, 5))).toBe("#VALUE!");
    expect(code(() => targetOf(idx, "DY-MFG-2024.01", "next year"))).toBe("#VALUE!");
    expect(code(() => targetOf(idx, "DY-MFG-2024.01", 2024.5))).toBe("#VALUE!");
  });
});

describe("properties", () => {
  const value = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
  /** Values as typed into a table: decimals with up to two places (gaps are decimal-exact on these). */
  const typed = fc.integer({ min: -1e9, max: 1e9 }).map((x) => x / 100);
  const positive = fc.double({ min: 1e-3, max: 1e6, noNaN: true, noDefaultInfinity: true });
  const dir = fc.constantFrom("up" as const, "down" as const);

  test("gap is monotonic in actual: non-increasing for up, non-decreasing for down", () => {
    fc.assert(
      fc.property(typed, typed, typed, (a1, a2, t) => {
        const [lo, hi] = a1 <= a2 ? [a1, a2] : [a2, a1];
        expect(gap(hi, t, "up")).toBeLessThanOrEqual(gap(lo, t, "up"));
        expect(gap(hi, t, "down")).toBeGreaterThanOrEqual(gap(lo, t, "down"));
      }),
    );
  });
  test("typed decimals give decimal gaps, free of binary noise", () => {
    fc.assert(
      fc.property(typed, typed, (a, t) => {
        expect(gap(a, t, "up")).toBe(Number((t - a).toFixed(2)) + 0);
      }),
    );
  });
  test("direction mirrors the gap: gap_down(a, t) = −gap_up(a, t)", () => {
    fc.assert(fc.property(typed, typed, (a, t) => expect(gap(a, t, "down")).toBe(-gap(a, t, "up") + 0)));
  });
  test("the gap is ≤ 0 exactly when the target is met", () => {
    fc.assert(
      fc.property(typed, typed, dir, (a, t, d) => {
        const met = d === "up" ? a >= t : a <= t;
        expect(gap(a, t, d) <= 0).toBe(met);
      }),
    );
  });
  test("progress is 0 at the base and 1 at the target", () => {
    fc.assert(
      fc.property(value, value, dir, (b, t, d) => {
        fc.pre(b !== t);
        expect(progress(b, t, b, d)).toBe(0);
        expect(progress(t, t, b, d)).toBe(1);
      }),
    );
  });
  test("progress without a base is 1 at the target", () => {
    fc.assert(fc.property(positive, dir, (t, d) => expect(progress(t, t, undefined, d)).toBe(1)));
  });
  test("base = target (a maintain indicator) computes as without a base", () => {
    fc.assert(
      fc.property(value, value, dir, (a, b, d) =>
        expect(outcome(() => progress(a, b, b, d))).toEqual(outcome(() => progress(a, b, undefined, d))),
      ),
    );
  });
  test("expected is the base at the base year and the target at the target year, both paths", () => {
    const years = fc
      .integer({ min: 2000, max: 2040 })
      .chain((by) => fc.tuple(fc.constant(by), fc.integer({ min: by + 1, max: by + 15 })));
    fc.assert(
      fc.property(positive, positive, years, (b, t, [by, ty]) => {
        for (const p of ["linear", "cagr"] as const) {
          expect(expected(b, t, by, ty, by, p)).toBe(b);
          expect(expected(b, t, by, ty, ty, p)).toBe(t);
        }
      }),
    );
  });
  test("linear expected lies on the straight line between base and target", () => {
    const years = fc
      .integer({ min: 2000, max: 2040 })
      .chain((by) => fc.tuple(fc.constant(by), fc.integer({ min: by + 1, max: by + 15 })));
    fc.assert(
      fc.property(value, value, years, fc.double({ min: 0, max: 1, noNaN: true }), (b, t, [by, ty], s) => {
        const at = by + s * (ty - by);
        const e = expected(b, t, by, ty, at, "linear");
        expect(e).toBeCloseTo(b + (t - b) * s, 6);
        expect(e).toBeGreaterThanOrEqual(Math.min(b, t) - 1e-9 * (Math.abs(b) + Math.abs(t)));
        expect(e).toBeLessThanOrEqual(Math.max(b, t) + 1e-9 * (Math.abs(b) + Math.abs(t)));
      }),
    );
  });
  test("cagr expected lies between base and target", () => {
    fc.assert(
      fc.property(positive, positive, fc.double({ min: 2023, max: 2026, noNaN: true }), (b, t, at) => {
        const e = expected(b, t, 2023, 2026, at, "cagr");
        expect(e).toBeGreaterThanOrEqual(Math.min(b, t) * (1 - 1e-12));
        expect(e).toBeLessThanOrEqual(Math.max(b, t) * (1 + 1e-12));
      }),
    );
  });
  test("status is 已达标 exactly when met, and worsens as the actual falls behind", () => {
    const rank = { 已达标: 0, 正常: 1, 预警: 2, 滞后: 3, 未达标: 9 } as const;
    fc.assert(
      fc.property(typed, typed, typed, typed, typed, dir, (a1, a2, t, b, e, d) => {
        const better = d === "up" ? Math.max(a1, a2) : Math.min(a1, a2);
        const worse = d === "up" ? Math.min(a1, a2) : Math.max(a1, a2);
        const s1 = status(better, t, b, e, d);
        const s2 = status(worse, t, b, e, d);
        expect(s1 === "已达标").toBe(d === "up" ? better >= t : better <= t);
        expect(rank[s1]).toBeLessThanOrEqual(rank[s2]);
      }),
    );
  });
  test("STATUS down mirrors STATUS up on negated values", () => {
    fc.assert(
      fc.property(typed, typed, typed, typed, (a, t, b, e) => {
        expect(status(a, t, b, e, "up")).toBe(status(-a, -t, -b, -e, "down"));
      }),
    );
  });
});
