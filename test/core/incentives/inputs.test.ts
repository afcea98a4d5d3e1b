/** The conventions of docs/FUNCTIONS.md as SUBSIDY reads its arguments: numeric text, units, levels, bounds, errors. */
import { E, failure, S } from "./support/engine";

const TECH = "DY-MFG-2024.R-TECHREFORM";
const REV = "DY-MFG-2024.R-REVENUE";

describe("amounts and qualifiers as typed", () => {
  test.each([
    ["850", "1200", 85],
    ["８５０", "１２００", 85],
    ["850万元", "0.12亿元", 85],
    ["8,500,000元", "1,200", 85],
    [" 850 ", "1200万", 85],
    ["1,500", "3000", 150],
  ])("TECHREFORM(%p, %p) = %p: numeric text, full-width digits, 万元/亿元/元", (amount, qualifier, award) => {
    expect(S(TECH, amount, qualifier)).toBe(award);
  });

  test("亿元 rules convert 万元 text: 250000万元 is 25亿元", () => {
    expect(S(REV, "250000万元", "8亿元")).toBe(20);
    expect(S(REV, "25亿", 8)).toBe(20);
  });

  test("a wrong unit is #VALUE! naming the expected unit", () => {
    const f = failure(() => S(TECH, "850家", 1200));
    expect(f.code).toBe("#VALUE!");
    expect(f.message).toMatch(/万元/);
  });
});

describe("levels and bounds in Chinese and English", () => {
  test.each([
    ["国家级", 300],
    ["national", 300],
    ["National", 300],
    ["省级", 50],
    ["provincial", 50],
    ["黄石市级", 20],
    ["prefecture", 20],
    ["大冶市级", 1],
    ["county", 1],
    ["市级", 1],
  ])("RND-ORG level %p → %p", (level, award) => {
    expect(S("DY-MFG-2024.R-RND-ORG", 1, level)).toBe(award);
  });

  test("市级 is 黄石市级 in a Huangshi document and 大冶市级 in a Daye one", () => {
    // RND-ORG (Daye): 市级 = 大冶市级 = 1; prefecture = 20.
    expect(S("DY-MFG-2024.R-RND-ORG", 1, "市级")).toBe(S("DY-MFG-2024.R-RND-ORG", 1, "大冶市级"));
  });

  test.each([
    ["max", 50],
    ["上限", 50],
    ["MIN", 40],
    ["下限", 40],
    ["mid", 45],
    ["中值", 45],
    ["", 50],
  ])("bound %p", (bound, award) => {
    expect(S("DY-MFG-2024.R-NEWSCALE", 1, null, bound)).toBe(award);
  });

  test("fixed and level awards need the amount present but ignore its value", () => {
    expect(S("EZ-IND-2027.R-FAMOUS-MARK", 1)).toBe(60);
    expect(S("EZ-IND-2027.R-FAMOUS-MARK", 3)).toBe(60);
    expect(failure(() => S("EZ-IND-2027.R-FAMOUS-MARK", null)).code).toBe("#N/A");
  });
});

describe("errors carry a code and a Chinese-first message", () => {
  test.each<[string, () => unknown, string, RegExp]>([
    ["unknown rule", () => S("DY-MFG-2024.R-NOPE", 1), "#N/A", /没有此奖补规则ID/],
    ["blank rule", () => S("", 1), "#N/A", /缺少奖补规则ID/],
    ["rule given as a number", () => S(42 as unknown as string, 1), "#VALUE!", /奖补规则ID应为文本/],
    ["missing amount", () => S(TECH, null, 1200), "#N/A", /缺少设备、信息化软件投资额/],
    ["text amount", () => S(TECH, "很多", 1200), "#VALUE!", /无法识别的设备、信息化软件投资额/],
    ["negative amount", () => S(TECH, -1, 1200), "#VALUE!", /不能为负数/],
    ["negative qualifier", () => S(TECH, 850, -1200), "#VALUE!", /项目总投资不能为负数/],
    ["% on a money amount", () => S(TECH, "850%", 1200), "#VALUE!", /不能填百分数/],
    ["TRUE as an amount", () => S(TECH, true, 1200), "#VALUE!", /应为数字/],
    ["boolean amount", () => S(TECH, true, 1200), "#VALUE!", /应为数字/],
    ["missing level", () => S("DY-MFG-2024.R-TOP500", 1), "#N/A", /缺少级别/],
    ["unknown level", () => S("DY-MFG-2024.R-TOP500", 1, "区级"), "#VALUE!", /无法识别的级别/],
    ["unknown bound", () => S("DY-MFG-2024.R-NEWSCALE", 1, null, "most"), "#VALUE!", /无法识别的取值档位/],
    ["unknown bound on a single-value rule", () => S(TECH, 850, 1200, "most"), "#VALUE!", /取值档位/],
    ["missing sales revenue", () => S("DY-MFG-2024.R-RND-INTENSITY", 80), "#N/A", /缺少销售收入/],
  ])("%s", (_name, call, code, message) => {
    const f = failure(call);
    expect(f.code).toBe(code);
    expect(f.message).toMatch(message);
    expect(f.message).toMatch(/ \/ [A-Za-z]/); // then English
  });
});

describe("messages and results a user reads", () => {
  test("PROCUREMENT without a category names the categories once", () => {
    const f = failure(() => S("EZ-IND-2027.R-PROCUREMENT", 500));
    expect(f.code).toBe("#N/A");
    expect(f.message).toContain("（货物/服务/工程）");
    expect(f.message).not.toContain("（货物/服务/工程）（货物/服务/工程）");
  });

  test("an award that overflows is #NUM!, and EXPLAIN never prints Infinity", () => {
    expect(failure(() => S("HS-SMEDIGI-2025.R-PRODUCT", 1e308)).code).toBe("#NUM!");
    const f = failure(() => E("HS-SMEDIGI-2025.R-PRODUCT", 1e308));
    expect(f.code).toBe("#NUM!");
    expect(f.message).not.toContain("Infinity");
  });

  test("a huge amount without a cap stays a finite number (no overflow in rounding)", () => {
    const award = S("DY-MFG-2024.R-SCRAP-STEEL", 1e308);
    expect(Number.isFinite(award)).toBe(true);
    expect(award).toBeCloseTo(2e306, -300);
    expect(E("DY-MFG-2024.R-SCRAP-STEEL", 1e308)).not.toMatch(/Infinity|NaN/);
  });

  test("an error value as the qualifier is named by its code", () => {
    const f = failure(() => S(TECH, 850, { code: "#DIV/0!" }));
    expect(f.code).toBe("#VALUE!");
    expect(f.message).toContain("#DIV/0!");
    expect(f.message).not.toContain("[object Object]");
  });
});
