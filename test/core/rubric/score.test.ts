/**
 * SCORE for every item of HS-BANK-2024 (黄政办发〔2024〕10号 二、考评内容): at and around the task or
 * average, full bonus steps only, caps, floors, proportional scoring below the task, events, grades,
 * the combined guarantee item and the veto.
 */
import { nominalPoints } from "../../../src/core/rubric";
import { S, errorOf, explain, index, rubric } from "./support";

describe("贷款增量 S-LOAN-INC (40分, +1 per full 1亿 above the 附件1 task, bonus ≤ 20)", () => {
  test("exactly at the task: 40", () => expect(S("S-LOAN-INC", 42.3, 42.3)).toBe(40));
  test("exactly 1亿 above → +1; 0.999亿 above → +0", () => {
    expect(S("S-LOAN-INC", 43.3, 42.3)).toBe(41);
    expect(S("S-LOAN-INC", 43.299, 42.3)).toBe(40);
    expect(S("S-LOAN-INC", 45.3, 42.3)).toBe(43);
    expect(S("S-LOAN-INC", 45.29, 42.3)).toBe(42);
  });
  test("bonus capped at 20: 20亿 above → 60, 57亿 above → 60", () => {
    expect(S("S-LOAN-INC", 62.3, 42.3)).toBe(60);
    expect(S("S-LOAN-INC", 61.3, 42.3)).toBe(59);
    expect(S("S-LOAN-INC", 99.3, 42.3)).toBe(60);
  });
  test("below the task: 40 × actual/task", () => {
    expect(S("S-LOAN-INC", 21.15, 42.3)).toBeCloseTo(20, 10);
    expect(S("S-LOAN-INC", 30, 38.41)).toBeCloseTo((40 * 30) / 38.41, 10);
  });
  test("a shrinking loan book scores 0, not negative", () => {
    expect(S("S-LOAN-INC", -5, 42.3)).toBe(0);
    expect(S("S-LOAN-INC", 0, 42.3)).toBe(0);
  });
  test("the task can be the bank's name: 附件1 确保 task of that bank", () => {
    expect(S("S-LOAN-INC", 38.41, "工商银行")).toBe(40);
    expect(S("S-LOAN-INC", 39.41, "工商银行黄石分行")).toBe(41);
    expect(S("S-LOAN-INC", 47.08, "黄石农商行")).toBe(40);
    expect(S("S-LOAN-INC", 42.3, "农发行")).toBe(40);
  });
  test("unit text converts: 433,000万元 = 43.3亿元", () => {
    expect(S("S-LOAN-INC", "433,000万元", 42.3)).toBe(41);
    expect(S("S-LOAN-INC", "４３.３亿元", "42.3亿")).toBe(41);
  });
  test("bad inputs are errors with a message, never a silent 0", () => {
    expect(errorOf(() => S("S-LOAN-INC", null, 42.3)).code).toBe("#N/A");
    expect(errorOf(() => S("S-LOAN-INC", 40)).code).toBe("#N/A");
    expect(errorOf(() => S("S-LOAN-INC", 40, 0)).code).toBe("#VALUE!");
    expect(errorOf(() => S("S-LOAN-INC", 40, -3)).code).toBe("#VALUE!");
    expect(errorOf(() => S("S-LOAN-INC", "很多", 42.3)).code).toBe("#VALUE!");
    expect(errorOf(() => S("S-LOAN-INC", true, 42.3)).code).toBe("#VALUE!");
    expect(errorOf(() => S("S-LOAN-INC", 40, 42.3, 1)).code).toBe("#VALUE!");
    const unknownBank = errorOf(() => S("S-LOAN-INC", 40, "花旗银行"));
    expect(unknownBank.code).toBe("#N/A");
    expect(unknownBank.message).toContain("花旗银行");
  });
});

describe("增速 items: against the citywide average, ±per full 2个百分点", () => {
  test("贷款增速 S-LOAN-GROWTH: 10 at the average, +1 per 2pp (≤ +5), −1 per 2pp, floor 0", () => {
    expect(S("S-LOAN-GROWTH", 0.15, 0.15)).toBe(10);
    expect(S("S-LOAN-GROWTH", 0.169, 0.15)).toBe(10);
    expect(S("S-LOAN-GROWTH", 0.17, 0.15)).toBe(11);
    expect(S("S-LOAN-GROWTH", 0.25, 0.15)).toBe(15);
    expect(S("S-LOAN-GROWTH", 0.4, 0.15)).toBe(15);
    expect(S("S-LOAN-GROWTH", 0.131, 0.15)).toBe(10);
    expect(S("S-LOAN-GROWTH", 0.13, 0.15)).toBe(9);
    expect(S("S-LOAN-GROWTH", "11%", "15%")).toBe(8);
    expect(S("S-LOAN-GROWTH", -0.05, 0.15)).toBe(0);
    expect(S("S-LOAN-GROWTH", -0.3, 0.15)).toBe(0);
  });
  test("普惠小微贷款增速 S-INCLUSIVE-GROWTH: 4, ±0.25 per 2pp, bonus ≤ 2, floor 0", () => {
    expect(S("S-INCLUSIVE-GROWTH", 0.2, 0.2)).toBe(4);
    expect(S("S-INCLUSIVE-GROWTH", 0.24, 0.2)).toBe(4.5);
    expect(S("S-INCLUSIVE-GROWTH", 0.36, 0.2)).toBe(6);
    expect(S("S-INCLUSIVE-GROWTH", 0.9, 0.2)).toBe(6);
    expect(S("S-INCLUSIVE-GROWTH", 0.14, 0.2)).toBe(3.25);
    expect(S("S-INCLUSIVE-GROWTH", -0.2, 0.2)).toBe(0);
  });
  test("制造业贷款增速 S-MFG-GROWTH: 5, ±0.5 per 2pp, bonus ≤ 2, floor 0", () => {
    expect(S("S-MFG-GROWTH", 0.1, 0.1)).toBe(5);
    expect(S("S-MFG-GROWTH", 0.12, 0.1)).toBe(5.5);
    expect(S("S-MFG-GROWTH", 0.5, 0.1)).toBe(7);
    expect(S("S-MFG-GROWTH", 0.06, 0.1)).toBe(4);
    expect(S("S-MFG-GROWTH", -0.1, 0.1)).toBe(0);
  });
  test("step counting is exact in decimal terms (0.045 − 0.025 is one full step of 2pp)", () => {
    expect(S("S-LOAN-GROWTH", 0.045, 0.025)).toBe(11);
    expect(S("S-LOAN-GROWTH", 0.3, 0.1)).toBe(15);
    expect(S("S-LOAN-GROWTH", 0.1, 0.3)).toBe(0);
    expect(S("S-LOAN-GROWTH", 0.07, 0.13)).toBe(7);
  });
  test("the average is required", () => {
    expect(errorOf(() => S("S-LOAN-GROWTH", 0.15)).code).toBe("#N/A");
  });
});

describe("中小微企业信贷", () => {
  test("增量 S-SME-INC: 4, +0.5 per full 2亿 above the 附件2 task, bonus ≤ 2", () => {
    expect(S("S-SME-INC", 41.7, "农发行")).toBe(4);
    expect(S("S-SME-INC", 43.69, 41.7)).toBe(4);
    expect(S("S-SME-INC", 43.7, 41.7)).toBe(4.5);
    expect(S("S-SME-INC", 49.7, 41.7)).toBe(6);
    expect(S("S-SME-INC", 60, 41.7)).toBe(6);
    expect(S("S-SME-INC", 20.85, 41.7)).toBeCloseTo(2, 10);
  });
  test("扩面 S-SME-COVERAGE: 3 at 12% (the text's task, the default), +0.5 per 2pp, ≤ +2, proportional below", () => {
    expect(S("S-SME-COVERAGE", 0.12)).toBe(3);
    expect(S("S-SME-COVERAGE", "14%")).toBe(3.5);
    expect(S("S-SME-COVERAGE", 0.139)).toBe(3);
    expect(S("S-SME-COVERAGE", 0.3)).toBe(5);
    expect(S("S-SME-COVERAGE", 0.06)).toBeCloseTo(1.5, 10);
    expect(S("S-SME-COVERAGE", 0.15, 0.15)).toBe(3);
  });
  test("降成本 S-SME-RATE: 0.25 per full 0.1pp decrease from the start of the year, ≤ 2", () => {
    expect(S("S-SME-RATE", 0.042, 0.045)).toBe(0.75);
    expect(S("S-SME-RATE", "4.2%", "4.5%")).toBe(0.75);
    expect(S("S-SME-RATE", 0.0441, 0.045)).toBe(0);
    expect(S("S-SME-RATE", 0.044, 0.045)).toBe(0.25);
    expect(S("S-SME-RATE", 0.037, 0.045)).toBe(2);
    expect(S("S-SME-RATE", 0.02, 0.045)).toBe(2);
    expect(S("S-SME-RATE", 0.05, 0.045)).toBe(0);
  });
  test("降成本 refuses a rate written as 4.2 (almost surely 4.2%)", () => {
    const e = errorOf(() => S("S-SME-RATE", 4.2, 4.5));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("4.35%");
  });
});

describe("制造业、绿色增量 (附件3, 附件4)", () => {
  test("S-MFG-INC: 5, +0.5 per full 1亿, ≤ +2", () => {
    expect(S("S-MFG-INC", 12.03, "工商银行")).toBe(5);
    expect(S("S-MFG-INC", 13.03, 12.03)).toBe(5.5);
    expect(S("S-MFG-INC", 13.02, 12.03)).toBe(5);
    expect(S("S-MFG-INC", 30, 12.03)).toBe(7);
    expect(S("S-MFG-INC", 0.01, "农发行")).toBeCloseTo(2.5, 10);
  });
  test("S-GREEN-INC: 6, +0.5 per full 1亿, ≤ +2", () => {
    expect(S("S-GREEN-INC", 16.84, "农发行")).toBe(6);
    expect(S("S-GREEN-INC", 18.84, 16.84)).toBe(7);
    expect(S("S-GREEN-INC", 40, 16.84)).toBe(8);
    expect(S("S-GREEN-INC", 8.42, 16.84)).toBeCloseTo(3, 10);
  });
});

describe("events", () => {
  test("碳金融产品创新 S-CARBON-PRODUCT: 1 per product, ≤ 4", () => {
    expect(S("S-CARBON-PRODUCT", 0)).toBe(0);
    expect(S("S-CARBON-PRODUCT", 3)).toBe(3);
    expect(S("S-CARBON-PRODUCT", 7)).toBe(4);
    expect(errorOf(() => S("S-CARBON-PRODUCT", 1.5)).code).toBe("#VALUE!");
    expect(errorOf(() => S("S-CARBON-PRODUCT", -1)).code).toBe("#VALUE!");
    expect(errorOf(() => S("S-CARBON-PRODUCT", 2, 3)).code).toBe("#VALUE!");
  });
  test("科创金融 S-SCI-TECH: 6 at the average, proportional below, +1 per first product, ≤ 8 in all", () => {
    expect(S("S-SCI-TECH", 4, 4)).toBe(6);
    expect(S("S-SCI-TECH", 3, 4)).toBe(4.5);
    expect(S("S-SCI-TECH", 3, 4, 1)).toBe(5.5);
    expect(S("S-SCI-TECH", 5, 4, 1)).toBe(7);
    expect(S("S-SCI-TECH", 5, 4, 5)).toBe(8);
    expect(S("S-SCI-TECH", -1, 4, 2)).toBe(2);
    expect(S("S-SCI-TECH", 3, 0)).toBe(6);
    expect(errorOf(() => S("S-SCI-TECH", -1, 0)).code).toBe("#VALUE!");
    expect(errorOf(() => S("S-SCI-TECH", 3, 4, 0.5)).code).toBe("#VALUE!");
  });
  test("养老金融 S-ELDERLY: 2 at the average (0 below), +1 per event (top-5 growth, each first product), ≤ 4", () => {
    expect(S("S-ELDERLY", 0.1, 0.1)).toBe(2);
    expect(S("S-ELDERLY", 0.09, 0.1)).toBe(0);
    expect(S("S-ELDERLY", 0.09, 0.1, 2)).toBe(2);
    expect(S("S-ELDERLY", 0.2, 0.1, 1)).toBe(3);
    expect(S("S-ELDERLY", 0.2, 0.1, 3)).toBe(4);
    expect(S("S-ELDERLY", -0.05, -0.1)).toBe(2);
  });
});

describe("东楚融通 (附件5)", () => {
  test("融资金额 S-DONGCHU-AMOUNT: 3, +0.2 per full 1亿, ≤ +2", () => {
    expect(S("S-DONGCHU-AMOUNT", 28, "农发行")).toBe(3);
    expect(S("S-DONGCHU-AMOUNT", 29, 28)).toBe(3.2);
    expect(S("S-DONGCHU-AMOUNT", 31, 28)).toBe(3.6);
    expect(S("S-DONGCHU-AMOUNT", 50, 28)).toBe(5);
    expect(S("S-DONGCHU-AMOUNT", 14, 28)).toBe(1.5);
  });
  test("融资户数 S-DONGCHU-HOUSEHOLDS: 2, +0.2 per full 15户 (附件5 row 融资金数), ≤ +1", () => {
    expect(S("S-DONGCHU-HOUSEHOLDS", 45, "农发行")).toBe(2);
    expect(S("S-DONGCHU-HOUSEHOLDS", 59, 45)).toBe(2);
    expect(S("S-DONGCHU-HOUSEHOLDS", 60, 45)).toBe(2.2);
    expect(S("S-DONGCHU-HOUSEHOLDS", "75户", "农发行")).toBe(2.4);
    expect(S("S-DONGCHU-HOUSEHOLDS", 1000, 45)).toBe(3);
    expect(S("S-DONGCHU-HOUSEHOLDS", 150, "湖北银行")).toBeCloseTo((2 * 150) / 320, 10);
  });
});

describe("加减分", () => {
  test("金融政策 S-POLICY-SERVICE: grades 好10, 较好5–9, 一般0–4, 较差−5…−1, 很差−10…−6", () => {
    expect(S("S-POLICY-SERVICE", "好")).toBe(10);
    expect(S("S-POLICY-SERVICE", "较好")).toBe(9);
    expect(S("S-POLICY-SERVICE", "较好", 6)).toBe(6);
    expect(S("S-POLICY-SERVICE", "“一般”")).toBe(4);
    expect(S("S-POLICY-SERVICE", "较差")).toBe(-1);
    expect(S("S-POLICY-SERVICE", "较差", -5)).toBe(-5);
    expect(S("S-POLICY-SERVICE", "很差")).toBe(-6);
    expect(S("S-POLICY-SERVICE", "很差", -10)).toBe(-10);
    expect(S("S-POLICY-SERVICE", 7)).toBe(7);
    expect(S("S-POLICY-SERVICE", -8)).toBe(-8);
    expect(S("S-POLICY-SERVICE", 0)).toBe(0);
  });
  test("金融政策: a score outside every band, outside the named grade, or an unknown grade is #VALUE!", () => {
    expect(errorOf(() => S("S-POLICY-SERVICE", 4.5)).code).toBe("#VALUE!");
    expect(errorOf(() => S("S-POLICY-SERVICE", 11)).code).toBe("#VALUE!");
    expect(errorOf(() => S("S-POLICY-SERVICE", -0.5)).code).toBe("#VALUE!");
    expect(errorOf(() => S("S-POLICY-SERVICE", "较好", 4)).code).toBe("#VALUE!");
    expect(errorOf(() => S("S-POLICY-SERVICE", "优秀")).code).toBe("#VALUE!");
    expect(errorOf(() => S("S-POLICY-SERVICE", 5, 5)).code).toBe("#VALUE!");
  });
  test("不良贷款核销 S-NPL: 1 per full 2000万 disposed (核销 100%, 打包 50%), ≤ 5", () => {
    expect(S("S-NPL", 2000)).toBe(1);
    expect(S("S-NPL", 1999)).toBe(0);
    expect(S("S-NPL", 5000, null, 3000)).toBe(3);
    expect(S("S-NPL", 0, null, 4000)).toBe(1);
    expect(S("S-NPL", "1.2亿元")).toBe(5);
    expect(S("S-NPL", 9999)).toBe(4);
    expect(errorOf(() => S("S-NPL", -100)).code).toBe("#VALUE!");
    expect(errorOf(() => S("S-NPL", 100, 5)).code).toBe("#VALUE!");
  });
  test("认购平台债券 S-BOND: 0.5 per full 1亿, ≤ 10", () => {
    expect(S("S-BOND", 0.99)).toBe(0);
    expect(S("S-BOND", 1)).toBe(0.5);
    expect(S("S-BOND", 7.5)).toBe(3.5);
    expect(S("S-BOND", 20)).toBe(10);
    expect(S("S-BOND", 35)).toBe(10);
    expect(S("S-BOND", "5000万元")).toBe(0);
  });
  test("创业担保/政银担 parts: 4 at the 市定 task, +1 per full 1亿, proportional below, +2 newcomer, ≤ 10", () => {
    expect(S("S-GUARANTEE-STARTUP", 2, 2)).toBe(4);
    expect(S("S-GUARANTEE-STARTUP", 3.99, 2)).toBe(5);
    expect(S("S-GUARANTEE-STARTUP", 1, 2)).toBe(2);
    expect(S("S-GUARANTEE-STARTUP", 1, 2, "是")).toBe(4);
    expect(S("S-GUARANTEE-GOVBANK", 3, 1, true)).toBe(8);
    expect(S("S-GUARANTEE-GOVBANK", 20, 1, "否")).toBe(10);
    expect(errorOf(() => S("S-GUARANTEE-STARTUP", 3)).code).toBe("#N/A");
    expect(errorOf(() => S("S-GUARANTEE-STARTUP", 3, 2, "也许")).code).toBe("#VALUE!");
  });
  test("S-GUARANTEE: the two parts' points added, at most 10 together", () => {
    expect(S("S-GUARANTEE", 4, 5)).toBe(9);
    expect(S("S-GUARANTEE", 7, 6)).toBe(10);
    expect(S("S-GUARANTEE", 6)).toBe(6);
    expect(errorOf(() => S("S-GUARANTEE", -1, 3)).code).toBe("#VALUE!");
  });
});

describe("一票否决 S-VETO", () => {
  test("no veto: 0 points, no effect", () => {
    expect(S("S-VETO", "否")).toBe(0);
    expect(S("S-VETO", false)).toBe(0);
  });
  test("vetoed: #VALUE! saying the bank is disqualified (Excel shows the message)", () => {
    const e = errorOf(() => S("S-VETO", "是"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("取消考评资格");
    expect(errorOf(() => S("S-VETO", true)).code).toBe("#VALUE!");
  });
  test("the flag is required", () => expect(errorOf(() => S("S-VETO", null)).code).toBe("#N/A"));
});

describe("item IDs", () => {
  test("every fixed item ID of docs/CATALOG.md exists, plus the veto and the guarantee parts", () => {
    const ids = rubric.items.map((i) => i.id.replace("HS-BANK-2024.", ""));
    for (const name of [
      "S-LOAN-INC",
      "S-LOAN-GROWTH",
      "S-SME-INC",
      "S-SME-COVERAGE",
      "S-SME-RATE",
      "S-INCLUSIVE-GROWTH",
      "S-MFG-INC",
      "S-MFG-GROWTH",
      "S-GREEN-INC",
      "S-CARBON-PRODUCT",
      "S-SCI-TECH",
      "S-ELDERLY",
      "S-DONGCHU-AMOUNT",
      "S-DONGCHU-HOUSEHOLDS",
      "S-POLICY-SERVICE",
      "S-NPL",
      "S-BOND",
      "S-GUARANTEE",
      "S-VETO",
    ])
      expect(ids).toContain(name);
  });
  test("unknown, blank or non-text item → #N/A / #VALUE!", () => {
    expect(errorOf(() => S("S-NOPE", 1)).code).toBe("#N/A");
    expect(errorOf(() => index.rubricItem("DY-MFG-2024.R-TECHREFORM")).code).toBe("#N/A");
  });
  test("nominal points of 考评内容 add up to 100 (贷款投入50 + 贷款结构45 + 东楚融通5)", () => {
    const byGroup = (g: string) =>
      rubric.items.filter((i) => i.group === g).reduce((sum, i) => sum + nominalPoints(i), 0);
    expect([byGroup("贷款投入"), byGroup("贷款结构"), byGroup("东楚融通")]).toEqual([50, 45, 5]);
  });
});

describe("explanations", () => {
  test("say which numbers, steps and caps gave the points, and cite the clause", () => {
    const e = explain("S-LOAN-INC", 43.299, "农发行");
    expect(e).toContain("0.999亿元");
    expect(e).toContain("42.3亿元");
    expect(e).toContain("→ 40分");
    expect(e).toContain("黄政办发〔2024〕10号 二、（一）1");
    expect(explain("S-BOND", 35)).toContain("已封顶");
    expect(explain("S-LOAN-GROWTH", 0.11, 0.15)).toContain("低4个百分点");
  });
});
