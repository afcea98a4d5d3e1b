/**
 * TIER for HS-BANK-2024 (四、考评结果运用): 1–3 贡献突出单位, 4–10 贡献积极单位, 11–13 贡献一般单位, the
 * last 3 约谈; a vetoed bank (rank "否决") is disqualified.
 */
import fc from "fast-check";
import { tier, tierLabel } from "../../../src/core/rubric";
import { errorOf, index, rubric } from "./support";

const T = (rank: unknown, count: unknown) => tier(index, "HS-BANK-2024", rank, count);

describe("TIER for 16 banks", () => {
  test("ranks 1–16 give 3 突出, 7 积极, 3 一般, 3 约谈 in that order", () => {
    const labels = Array.from({ length: 16 }, (_, i) => T(i + 1, 16));
    expect(labels).toEqual([
      ...Array(3).fill("贡献突出单位"),
      ...Array(7).fill("贡献积极单位"),
      ...Array(3).fill("贡献一般单位"),
      ...Array(3).fill("约谈"),
    ]);
  });
  test("numeric text and full-width digits are read as ranks", () => {
    expect(T("3", 16)).toBe("贡献突出单位");
    expect(T("１４", "16")).toBe("约谈");
  });
});

describe("a veto disqualifies", () => {
  test.each(["否决", "一票否决", "veto", "Veto", " 取消考评资格 "])("rank %p → the veto label", (w) => {
    expect(T(w, 16)).toBe("取消考评资格（一票否决）");
  });
  test("with one bank vetoed, 15 are ranked and the last 3 (13–15) are 约谈", () => {
    expect(T(12, 15)).toBe("贡献一般单位");
    expect(T(13, 15)).toBe("约谈");
    expect(T(15, 15)).toBe("约谈");
    expect(T(3, 15)).toBe("贡献突出单位");
  });
});

describe("bad input", () => {
  test("a rank outside 1..count, or not whole → #NUM!", () => {
    for (const [r, n] of [
      [17, 16],
      [0, 16],
      [-1, 16],
      [2.5, 16],
      [1, 0],
      [1, 2.5],
    ])
      expect(errorOf(() => T(r, n)).code).toBe("#VALUE!");
  });
  test("missing rank or count → #N/A; unreadable rank → #VALUE!; unknown rubric → #N/A", () => {
    expect(errorOf(() => T(null, 16)).code).toBe("#N/A");
    expect(errorOf(() => T(3, null)).code).toBe("#N/A");
    expect(errorOf(() => T("第三", 16)).code).toBe("#VALUE!");
    expect(errorOf(() => T(true, 16)).code).toBe("#VALUE!");
    expect(errorOf(() => tier(index, "HS-BANK-2023", 1, 16)).code).toBe("#N/A");
    expect(errorOf(() => tier(index, "HS-BANK-2024.S-LOAN-INC", 1, 16)).code).toBe("#N/A");
    expect(errorOf(() => tier(index, 2024, 1, 16)).code).toBe("#VALUE!");
  });
});

describe("properties", () => {
  test("for any count, the last min(3, count) ranks are 约谈 and ranks 1–3 above them are 突出", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), (n) => {
        const labels = Array.from({ length: n }, (_, i) => tierLabel(rubric, i + 1, n));
        const last = Math.min(3, n);
        expect(labels.slice(n - last).every((l) => l === "约谈")).toBe(true);
        expect(labels.slice(0, Math.min(3, n - last)).every((l) => l === "贡献突出单位")).toBe(true);
      }),
    );
  });
  test("ranks past 13 that are not among the last 3 get no title (more than 16 units)", () => {
    expect(tierLabel(rubric, 14, 20)).toBe("无称号");
    expect(tierLabel(rubric, 17, 20)).toBe("无称号");
    expect(tierLabel(rubric, 18, 20)).toBe("约谈");
  });
});
