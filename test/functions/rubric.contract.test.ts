/**
 * SCORE and TIER through the built bundle (dist/functions.js), called by their Excel names the way
 * Excel calls them: omitted optional arguments arrive as null, errors come back as Excel errors with
 * a Chinese-first message. Build first (`npm run build`).
 */
import { ExcelError, loadFunctionsBundle } from "../support/functionsBundle";

const b = loadFunctionsBundle();
const R = "HS-BANK-2024";

describe("SCORE", () => {
  test("贷款增量: at the task 40, +1 per full 1亿, 0.999亿 above gives nothing, bonus ≤ 20, proportional below", () => {
    expect(b.call("SCORE", `${R}.S-LOAN-INC`, 42.3, 42.3)).toBe(40);
    expect(b.call("SCORE", `${R}.S-LOAN-INC`, 43.3, 42.3)).toBe(41);
    expect(b.call("SCORE", `${R}.S-LOAN-INC`, 43.299, 42.3)).toBe(40);
    expect(b.call("SCORE", `${R}.S-LOAN-INC`, 80, 42.3)).toBe(60);
    expect(b.call("SCORE", `${R}.S-LOAN-INC`, 21.15, 42.3)).toBeCloseTo(20, 10);
  });

  test("the task may be the bank's name in the annex, and amounts may carry units", () => {
    expect(b.call("SCORE", `${R}.S-LOAN-INC`, "39.41亿元", "工商银行")).toBe(41);
    expect(b.call("SCORE", `${R}.S-DONGCHU-HOUSEHOLDS`, "75户", "农发行")).toBe(2.4);
  });

  test("growth items: bank's growth against the citywide average", () => {
    expect(b.call("SCORE", `${R}.S-LOAN-GROWTH`, "19%", "15%")).toBe(12);
    expect(b.call("SCORE", `${R}.S-LOAN-GROWTH`, 0.11, 0.15)).toBe(8);
  });

  test("降成本: this year's rate against the start of the year", () => {
    expect(b.call("SCORE", `${R}.S-SME-RATE`, "4.2%", "4.5%")).toBe(0.75);
  });

  test("extra: events, newcomer flag, packaged disposals", () => {
    expect(b.call("SCORE", `${R}.S-SCI-TECH`, 3, 4, 1)).toBe(5.5);
    expect(b.call("SCORE", `${R}.S-GUARANTEE-STARTUP`, 1, 2, "是")).toBe(4);
    expect(b.call("SCORE", `${R}.S-NPL`, 5000, null, 3000)).toBe(3);
  });

  test("grades, the combined cap and the veto", () => {
    expect(b.call("SCORE", `${R}.S-POLICY-SERVICE`, "较好", 7)).toBe(7);
    expect(b.call("SCORE", `${R}.S-POLICY-SERVICE`, -8)).toBe(-8);
    expect(b.call("SCORE", `${R}.S-GUARANTEE`, 7, 6)).toBe(10);
    expect(b.call("SCORE", `${R}.S-VETO`, "否")).toBe(0);
  });

  test.each([
    [[`${R}.S-NOPE`, 1], "#N/A", /没有此考评项ID/],
    [[`${R}.S-LOAN-INC`, null, 42.3], "#N/A", /缺少/],
    [[`${R}.S-LOAN-INC`, 40], "#N/A", /缺少参照值/],
    [[`${R}.S-LOAN-INC`, "很多", 42.3], "#VALUE!", /无法识别/],
    [[`${R}.S-LOAN-INC`, 40, 0], "#VALUE!", /任务数必须大于0/],
    [[`${R}.S-BOND`, 3, 4], "#VALUE!", /不使用参照值/],
    [[`${R}.S-SME-RATE`, 4.2, 4.5], "#VALUE!", /百分数/],
    [[`${R}.S-CARBON-PRODUCT`, 1.5], "#VALUE!", /整数/],
    [[`${R}.S-POLICY-SERVICE`, 4.5], "#VALUE!", /不属于任何一档/],
    [[`${R}.S-VETO`, "是"], "#VALUE!", /取消考评资格/],
    [[`${R}.S-LOAN-INC`, "50%", 30], "#VALUE!", /不能填百分数/],
    [[`${R}.S-LOAN-GROWTH`, 0.15], "#N/A", /缺少参照值/],
    [[`${R}.S-NPL`, -100], "#VALUE!", /不能为负数/],
  ])("%p → %s with a message", (args, code, message) => {
    const r = b.call("SCORE", ...(args as unknown[]));
    expect(r).toBeInstanceOf(ExcelError);
    expect((r as ExcelError).code).toBe(code);
    expect((r as ExcelError).message).toMatch(message);
  });
});

describe("TIER", () => {
  test("16 banks: 1–3 突出, 4–10 积极, 11–13 一般, 14–16 约谈", () => {
    const labels = Array.from({ length: 16 }, (_, i) => b.call("TIER", R, i + 1, 16));
    expect(labels.slice(0, 3)).toEqual(Array(3).fill("贡献突出单位"));
    expect(labels.slice(3, 10)).toEqual(Array(7).fill("贡献积极单位"));
    expect(labels.slice(10, 13)).toEqual(Array(3).fill("贡献一般单位"));
    expect(labels.slice(13)).toEqual(Array(3).fill("约谈"));
  });

  test("a vetoed bank: rank 否决 → 取消考评资格; 15 ranked → rank 13 is among the last 3", () => {
    expect(b.call("TIER", R, "否决", 15)).toBe("取消考评资格（一票否决）");
    expect(b.call("TIER", R, 13, 15)).toBe("约谈");
  });

  test.each([
    [[R, 17, 16], "#VALUE!"],
    [[R, 0, 16], "#VALUE!"],
    [[R, 2.5, 16], "#VALUE!"],
    [[R, null, 16], "#N/A"],
    [[R, 3, null], "#N/A"],
    [[R, "第三", 16], "#VALUE!"],
    [["HS-NOPE", 1, 16], "#N/A"],
  ])("%p → %s", (args, code) => {
    const r = b.call("TIER", ...(args as unknown[]));
    expect(r).toBeInstanceOf(ExcelError);
    expect((r as ExcelError).code).toBe(code);
    expect((r as ExcelError).message ?? "").not.toBe("");
  });
});
