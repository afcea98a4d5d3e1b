import {
  BOUND_WORDS,
  clean,
  convertUnit,
  FLAG_WORDS,
  parseBound,
  parseFlag,
  parseNumber,
  shown,
  toHalfWidth,
  wholeSteps,
} from "../../src/core/parse";
import { DIRECTION_WORDS, parseDirection } from "../../src/core/directions";
import { LEVEL_WORDS, parseLevel } from "../../src/core/levels";
import { errorCode } from "../support/errors";

const code = errorCode;

describe("numbers typed by a user", () => {
  const amount = { label: "金额 amount", unit: "万元" };
  test.each([
    [850, 850],
    ["850", 850],
    ["1,050", 1050],
    ["１０５０", 1050],
    ["１，０５０．５", 1050.5],
    ["850万元", 850],
    ["850万", 850],
    ["25亿元", 250000],
    ["2.5亿", 25000],
    ["3000000元", 300],
    [" 12.5 万元 ", 12.5],
  ])("%p → %p 万元", (input, expected) => {
    expect(parseNumber(input, amount)).toBe(expected);
  });

  test("亿元 amounts convert from 万元 text", () => {
    expect(parseNumber("850万元", { label: "营收 revenue", unit: "亿元" })).toBe(0.085);
  });

  test("percent text is a fraction", () => {
    expect(parseNumber("19%", { label: "增速 growth" })).toBe(0.19);
    expect(parseNumber("４．５％", { label: "rate" })).toBe(0.045);
  });

  test.each([["abc"], ["12abc"], ["1,05"], ["25家"], [true]])("%p is #VALUE! with a message", (input) => {
    expect(code(() => parseNumber(input, amount))).toBe("#VALUE!");
  });

  test("exponent notation is a number: 8.5e2 is 850", () => {
    expect(parseNumber("8.5e2", amount)).toBe(850);
    expect(parseNumber("8.5E2万元", amount)).toBe(850);
    expect(parseNumber("1.2e-3", { label: "rate" })).toBe(0.0012);
  });

  test.each([["8 50"], ["8 50万元"], ["1 050"], ["1e999"]])("%p is #VALUE!, not a number", (input) => {
    expect(code(() => parseNumber(input, amount))).toBe("#VALUE!");
  });

  test("a space between the number and its unit is fine", () => {
    expect(parseNumber("850 万元", amount)).toBe(850);
  });

  test("% only where the expected unit is a percentage or a plain rate", () => {
    const pctMsg = (v: string, unit: string) => {
      try {
        parseNumber(v, { label: "金额 amount", unit });
      } catch (e) {
        return [(e as { code: string }).code, (e as Error).message];
      }
      return ["no error"];
    };
    expect(pctMsg("850%", "万元")).toEqual(["#VALUE!", expect.stringContaining("不能填百分数")]);
    expect(pctMsg("12%", "亿元")[0]).toBe("#VALUE!");
    expect(pctMsg("50%", "家")[0]).toBe("#VALUE!");
    expect(parseNumber("12%", { label: "占比 share", unit: "%" })).toBe(12);
    expect(parseNumber("12%", { label: "增速 growth" })).toBe(0.12);
  });

  test("an error value passed in is named by its code, never [object Object]", () => {
    const errorArg = { code: "#N/A", message: "" };
    try {
      parseNumber(errorArg, amount);
      throw new Error("no error");
    } catch (e) {
      expect((e as { code: string }).code).toBe("#VALUE!");
      expect((e as Error).message).toContain("#N/A");
      expect((e as Error).message).not.toContain("[object Object]");
    }
    expect(shown({ type: "#DIV/0!" })).toContain("#DIV/0!");
    expect(shown({})).not.toContain("[object");
  });

  test("blank is #N/A (missing), negative is #VALUE! (Excel shows its message)", () => {
    expect(code(() => parseNumber("", amount))).toBe("#N/A");
    expect(code(() => parseNumber(null, amount))).toBe("#N/A");
    expect(code(() => parseNumber(-5, amount))).toBe("#VALUE!");
    expect(parseNumber(-5, { ...amount, allowNegative: true })).toBe(-5);
  });

  test("messages are Chinese first, then English", () => {
    try {
      parseNumber("abc", amount);
    } catch (e) {
      expect((e as Error).message).toMatch(/^无法识别的金额：“abc”.* \/ cannot read amount/);
    }
  });
});

describe("exact decimal steps", () => {
  test("0.045 − 0.042 is three steps of 0.001", () => {
    expect(wholeSteps(0.045 - 0.042, 0.001)).toBe(3);
    expect(clean(0.1 + 0.2)).toBe(0.3);
  });
  test("a step just short is not counted", () => {
    expect(wholeSteps(0.999, 1)).toBe(0);
    expect(wholeSteps(2.0000000000000004, 1)).toBe(2);
  });
  test("unit conversion", () => {
    expect(convertUnit(1.2, "万家", "家")).toBe(12000);
    expect(convertUnit(1, "家", "万元")).toBeUndefined();
  });
});

describe("levels, bounds, directions, flags", () => {
  test.each([
    ["国家级", "national"],
    ["national", "national"],
    ["省级", "provincial"],
    ["Provincial", "provincial"],
    ["黄石市级", "prefecture"],
    ["大冶市级", "county"],
    ["county", "county"],
  ])("level %p", (t, l) => expect(parseLevel(t)).toBe(l));

  test("市级 follows the document's city", () => {
    expect(parseLevel("市级", "county")).toBe("county");
    expect(parseLevel("市级", "prefecture")).toBe("prefecture");
  });

  test("unknown level is #VALUE!, missing level #N/A", () => {
    expect(code(() => parseLevel("区级"))).toBe("#VALUE!");
    expect(code(() => parseLevel(""))).toBe("#N/A");
  });

  test("bounds", () => {
    expect(parseBound(null)).toBe("max");
    expect(parseBound("下限")).toBe("min");
    expect(parseBound("中值")).toBe("mid");
    expect(parseBound("MAX")).toBe("max");
    expect(code(() => parseBound("most"))).toBe("#VALUE!");
    // Full-width letters are refused, as the portable form's formula refuses them in every engine.
    expect(code(() => parseBound("ｍｉｎ"))).toBe("#VALUE!");
    expect(parseBound(" Min ")).toBe("min");
    expect(code(() => parseBound("m in"))).toBe("#VALUE!");
  });

  test("directions", () => {
    expect(parseDirection("≥")).toBe("up");
    expect(parseDirection(">=")).toBe("up");
    expect(parseDirection("越小越好")).toBe("down");
    expect(parseDirection("<=")).toBe("down");
    expect(parseDirection(undefined, "down")).toBe("down");
    expect(code(() => parseDirection("sideways"))).toBe("#VALUE!");
    // Spaces and case are ignored; full-width letters are not folded (no native formula can fold them
    // alike in every spreadsheet, docs/FUNCTIONS.md).
    expect(parseDirection(" Down ")).toBe("down");
    expect(parseDirection("越小越好 ")).toBe("down");
    expect(code(() => parseDirection("ｄｏｗｎ"))).toBe("#VALUE!");
    expect(code(() => parseDirection("＞＝"))).toBe("#VALUE!");
    expect(code(() => parseDirection(1))).toBe("#VALUE!");
  });

  test("flags", () => {
    expect(parseFlag("已获", "flag")).toBe(true);
    expect(parseFlag(true, "flag")).toBe(true);
    expect(parseFlag("否", "flag")).toBe(false);
    expect(parseFlag(null, "flag")).toBe(false);
    expect(code(() => parseFlag("maybe", "flag"))).toBe("#VALUE!");
    expect(parseFlag(" YES ", "flag")).toBe(true);
    // Full-width letters are refused, as the portable form's formula refuses them in every engine.
    expect(code(() => parseFlag("ｙｅｓ", "flag"))).toBe("#VALUE!");
  });
});

describe("direction words shared with native formulas", () => {
  test("every listed word parses to its own direction", () => {
    for (const dir of ["up", "down"] as const)
      for (const w of DIRECTION_WORDS[dir]) expect(parseDirection(w)).toBe(dir);
  });
});

describe("word tables shared with native formulas", () => {
  test("every listed level, bound and flag word parses to its own group", () => {
    for (const [level, words] of Object.entries(LEVEL_WORDS)) for (const w of words) expect(parseLevel(w)).toBe(level);
    for (const [bound, words] of Object.entries(BOUND_WORDS)) for (const w of words) expect(parseBound(w)).toBe(bound);
    for (const w of FLAG_WORDS.yes) expect(parseFlag(w, "flag")).toBe(true);
    for (const w of FLAG_WORDS.no) expect(parseFlag(w, "flag")).toBe(false);
  });

  test("the fast paths give the same answers as the normalising paths", () => {
    expect(parseLevel(" 国家级 ")).toBe("national");
    expect(code(() => parseLevel("ＮＡＴＩＯＮＡＬ"))).toBe("#VALUE!");
    expect(toHalfWidth("  DY-MFG-2024.01 ")).toBe("DY-MFG-2024.01");
    expect(toHalfWidth("１，０５０。５")).toBe("1,050.5");
    expect(toHalfWidth("a\u3000b")).toBe("a b");
  });
});
