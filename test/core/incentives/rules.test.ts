/**
 * Every fixed rule of docs/CATALOG.md, at and around each cap and gate, with every bound. Amounts in the rule's base
 * unit; the expected numbers are worked out by hand from the seed clauses.
 */
import { ev, failure, S } from "./support/engine";

type Case = [amount: unknown, qualifier: unknown, bound: unknown, expected: number];

function cases(rule: string, table: Case[]): void {
  test.each(table)(`${rule}(%p, %p, %p) = %p`, (amount, qualifier, bound, expected) => {
    expect(S(rule, amount, qualifier, bound)).toBe(expected);
  });
}

describe("DY-MFG-2024.R-TECHREFORM: 10% of equipment + software, gates 300/100, cap 200", () => {
  cases("DY-MFG-2024.R-TECHREFORM", [
    [100, 300, null, 10], // both gates met exactly ("以上" includes the number)
    [100, 299.99, null, 0], // total just below 300
    [99.99, 1000, null, 0], // equipment + software just below 100
    [1999.99, 5000, null, 199.999],
    [2000, 5000, null, 200], // reaches the cap exactly
    [2000.01, 5000, null, 200], // above: the cap
    [850, 1200, "min", 85], // a single rate: bound changes nothing
  ]);
  test("what bound the result", () => {
    expect(ev("DY-MFG-2024.R-TECHREFORM", 2000.01, 5000).boundBy).toBe("cap");
    expect(ev("DY-MFG-2024.R-TECHREFORM", 2000, 5000).boundBy).toBe("formula");
    expect(ev("DY-MFG-2024.R-TECHREFORM", 99, 5000).failedGate?.on).toBe("amount");
    expect(ev("DY-MFG-2024.R-TECHREFORM", 500, 299).failedGate?.on).toBe("qualifier");
  });
  test("the total investment is required (#N/A), not read as 0", () => {
    expect(failure(() => S("DY-MFG-2024.R-TECHREFORM", 850)).code).toBe("#N/A");
  });
});

describe("DY-MFG-2024.R-FIRSTSET: 1% of purchase, cap 500", () => {
  cases("DY-MFG-2024.R-FIRSTSET", [
    [10000, null, null, 100],
    [49999, null, null, 499.99],
    [50000, null, null, 500],
    [60000, null, null, 500],
  ]);
});

describe("DY-MFG-2024.R-NEWSCALE: one-time 40–50万", () => {
  cases("DY-MFG-2024.R-NEWSCALE", [
    [1, null, null, 50],
    [1, null, "max", 50],
    [1, null, "min", 40],
    [1, null, "mid", 45],
    [1, null, "上限", 50],
    [1, null, "下限", 40],
    [1, null, "中值", 45],
  ]);
});

describe("DY-MFG-2024.R-TOP500: 国家级 100–200, 省级 50–100", () => {
  cases("DY-MFG-2024.R-TOP500", [
    [1, "国家级", null, 200],
    [1, "国家级", "min", 100],
    [1, "national", "mid", 150],
    [1, "省级", null, 100],
    [1, "provincial", "下限", 50],
    [1, "省级", "中值", 75],
    [1, "黄石市级", null, 0], // no such level in the clause
  ]);
  test("a level the clause does not cover is 0 with the reason", () => {
    expect(ev("DY-MFG-2024.R-TOP500", 1, "黄石市级").boundBy).toBe("level");
  });
});

describe("DY-MFG-2024.R-REVENUE: first time strictly above 10/20/50/100亿 → 10/20/50/100万", () => {
  cases("DY-MFG-2024.R-REVENUE", [
    [10, 0, null, 0], // exactly 10 is not 突破
    [10.01, 0, null, 10],
    [20, 8, null, 10], // 20 not exceeded; 10 newly exceeded
    [20.5, 8, null, 20], // both newly crossed: only the highest
    [25, 15, null, 20], // 10 was crossed before
    [25, 20, null, 20], // previous best exactly 20 had not exceeded 20
    [25, 20.5, null, 0], // nothing new
    [55, 0, null, 50], // 配套 50
    [101, 45, null, 100],
    [101, 100.5, null, 0],
    [15, null, null, 10], // blank previous best = 0
    [8, 30, null, 0], // below the previous best
  ]);
});

describe("DY-MFG-2024.R-DIGITAL: 国家级 30–200, 省级 20–100", () => {
  cases("DY-MFG-2024.R-DIGITAL", [
    [1, "国家级", null, 200],
    [1, "国家级", "min", 30],
    [1, "国家级", "mid", 115],
    [1, "省级", null, 100],
    [1, "省级", "min", 20],
    [1, "省级", "mid", 60],
    [1, "county", null, 0],
  ]);
});

describe("DY-MFG-2024.R-GREEN: 国家级 50, 省级 30", () => {
  cases("DY-MFG-2024.R-GREEN", [
    [1, "国家级", null, 50],
    [1, "国家级", "min", 50],
    [1, "省级", "mid", 30],
    [1, "大冶市级", null, 0],
  ]);
});

describe("DY-MFG-2024.R-SCRAP-STEEL / SCRAP-AL: 2%, 4%–4.5% of tax-inclusive purchases, no cap", () => {
  cases("DY-MFG-2024.R-SCRAP-STEEL", [
    [1000, null, null, 20],
    [1000000, null, null, 20000],
  ]);
  cases("DY-MFG-2024.R-SCRAP-AL", [
    [1000, null, null, 45],
    [1000, null, "min", 40],
    [1000, null, "mid", 42.5],
    [333, null, null, 14.985],
  ]);
});

describe("DY-MFG-2024.R-HITECH: 0.1–50万", () => {
  cases("DY-MFG-2024.R-HITECH", [
    [1, null, null, 50],
    [1, null, "min", 0.1],
    [1, null, "mid", 25.05],
  ]);
});

describe("DY-MFG-2024.R-SCI-AWARD: 国家级 50–100, 省级 20–40", () => {
  cases("DY-MFG-2024.R-SCI-AWARD", [
    [1, "国家级", null, 100],
    [1, "国家级", "min", 50],
    [1, "省级", null, 40],
    [1, "省级", "mid", 30],
  ]);
});

describe("DY-MFG-2024.R-INSTITUTE: 省级 400, 黄石市级 200", () => {
  cases("DY-MFG-2024.R-INSTITUTE", [
    [1, "省级", null, 400],
    [1, "黄石市级", null, 200],
    [1, "prefecture", "min", 200],
    [1, "市级", null, 0], // 市级 in a Daye document is 大冶市级: not covered
    [1, "国家级", null, 0],
  ]);
});

describe("DY-MFG-2024.R-RND-ORG: 国家级 50–300, 省级 20–50, 黄石市级 5–20, 大冶市级 1", () => {
  cases("DY-MFG-2024.R-RND-ORG", [
    [1, "国家级", null, 300],
    [1, "国家级", "min", 50],
    [1, "国家级", "mid", 175],
    [1, "省级", null, 50],
    [1, "省级", "min", 20],
    [1, "黄石市级", null, 20],
    [1, "黄石市级", "min", 5],
    [1, "黄石市级", "mid", 12.5],
    [1, "大冶市级", null, 1],
    [1, "市级", null, 1], // 市级 = 大冶市级 here
    [1, "county", "min", 1],
  ]);
});

describe("DY-MFG-2024.R-INCUBATOR: 国家级 50–100, 省级 20–50", () => {
  cases("DY-MFG-2024.R-INCUBATOR", [
    [1, "国家级", null, 100],
    [1, "国家级", "min", 50],
    [1, "省级", null, 50],
    [1, "省级", "mid", 35],
  ]);
});

describe("DY-MFG-2024.R-RND-INTENSITY: 10%–50% of R&D above 5% of sales", () => {
  cases("DY-MFG-2024.R-RND-INTENSITY", [
    [80, 1000, null, 15], // (80 − 50) × 50%
    [80, 1000, "min", 3],
    [80, 1000, "mid", 9],
    [50, 1000, null, 0], // exactly 5%: no excess
    [50.01, 1000, null, 0.005],
    [0, 1000, null, 0],
    [10, 0, null, 5], // no sales: all of it is excess
  ]);
  test("the excess is exact in decimal terms (no binary noise at the threshold)", () => {
    expect(ev("DY-MFG-2024.R-RND-INTENSITY", 0.3, 6).boundBy).toBe("excess"); // 0.3 − 0.05×6
    expect(S("DY-MFG-2024.R-RND-INTENSITY", 0.35, 6)).toBe(0.025);
  });
});

describe("DY-MFG-2024.R-TECH-TRANSFER: 10%–50% of actual cost", () => {
  cases("DY-MFG-2024.R-TECH-TRANSFER", [
    [100, null, null, 50],
    [100, null, "min", 10],
    [100, null, "mid", 30],
  ]);
});

describe("EZ-IND-2027.R-LIVESTREAM: 15% of commission, sales ≥500万, cap 100", () => {
  cases("EZ-IND-2027.R-LIVESTREAM", [
    [100, 500, null, 15],
    [100, 499.99, null, 0],
    [666.66, 600, null, 99.999],
    [666.67, 600, null, 100],
    [1000, 600, null, 100],
  ]);
});

describe("EZ-IND-2027.R-FAMOUS-MARK / R-HUBEI-BOUTIQUE: 60万, 20万", () => {
  cases("EZ-IND-2027.R-FAMOUS-MARK", [
    [1, null, null, 60],
    [1, null, "min", 60],
  ]);
  cases("EZ-IND-2027.R-HUBEI-BOUTIQUE", [[1, null, null, 20]]);
});

describe("EZ-IND-2027.R-PROCUREMENT: ≤200万 (goods, services) / ≤400万 (works) whole; above 40%", () => {
  cases("EZ-IND-2027.R-PROCUREMENT", [
    [200, "货物", null, 200],
    [200.01, "货物", null, 80.004],
    [150, "服务", null, 150],
    [300, "services", null, 120],
    [400, "工程", null, 400],
    [400.01, "工程", null, 160.004],
    [1000, "works", null, 400],
  ]);
  test("the small/micro part (60% of the reserved amount) is carried for EXPLAIN", () => {
    expect(ev("EZ-IND-2027.R-PROCUREMENT", 1000, "货物").smallMicro).toBe(240);
  });
  test("an unknown category is #VALUE! listing the options; none is #N/A", () => {
    const f = failure(() => S("EZ-IND-2027.R-PROCUREMENT", 100, "设备"));
    expect(f.code).toBe("#VALUE!");
    expect(f.message).toMatch(/货物\/服务\/工程/);
    expect(failure(() => S("EZ-IND-2027.R-PROCUREMENT", 100)).code).toBe("#N/A");
  });
});

describe("HS-QUALITY-2024: award 40万; nominee 20万, not paid again", () => {
  cases("HS-QUALITY-2024.R-AWARD", [[1, null, null, 40]]);
  cases("HS-QUALITY-2024.R-NOMINEE", [
    [1, null, null, 20],
    [1, false, null, 20],
    [1, "否", null, 20],
    [1, true, null, 0],
    [1, "已获", null, 0],
    [1, "TRUE", null, 0],
    [1, 1, null, 0],
  ]);
  test("an unreadable flag is #VALUE!", () => {
    expect(failure(() => S("HS-QUALITY-2024.R-NOMINEE", 1, "也许")).code).toBe("#VALUE!");
  });
});

describe("HS-SMEDIGI-2025.R-RETROFIT: ≤40% of investment at level ≥2, cap 20万", () => {
  cases("HS-SMEDIGI-2025.R-RETROFIT", [
    [30, 2, null, 12],
    [30, "二级", null, 12],
    [30, "2级", null, 12],
    [30, 1, null, 0],
    [30, "一级", null, 0],
    [49.99, 3, null, 19.996],
    [50, 3, null, 20],
    [50.01, 3, null, 20],
    [100, 2, "min", 0], // the clause gives only a ceiling
    [30, 2, "mid", 6],
  ]);
});

describe("HS-SMEDIGI-2025.R-MODEL / R-PLATFORM: up to 10万 / 20万", () => {
  cases("HS-SMEDIGI-2025.R-MODEL", [
    [1, null, null, 10],
    [1, null, "min", 0],
    [1, null, "mid", 5],
  ]);
  cases("HS-SMEDIGI-2025.R-PLATFORM", [
    [1, null, null, 20],
    [1, null, "mid", 10],
  ]);
});

describe("HS-SMEDIGI-2025.R-PRODUCT: up to 5万 per product, ≤10万 per provider", () => {
  cases("HS-SMEDIGI-2025.R-PRODUCT", [
    [0, null, null, 0],
    [1, null, null, 5],
    [2, null, null, 10],
    [3, null, null, 10],
    [3, null, "mid", 7.5],
    [5, null, "mid", 10],
    [3, null, "min", 0],
  ]);
  test("a fractional number of products is #VALUE! (件数应为整数), as in the native formula", () => {
    const f = failure(() => S("HS-SMEDIGI-2025.R-PRODUCT", 2.5));
    expect(f.code).toBe("#VALUE!");
    expect(f.message).toContain("应为整数");
  });
  test("what bound it", () => {
    expect(ev("HS-SMEDIGI-2025.R-PRODUCT", 3).boundBy).toBe("cap");
    expect(ev("HS-SMEDIGI-2025.R-PRODUCT", 2).boundBy).toBe("formula");
  });
});
