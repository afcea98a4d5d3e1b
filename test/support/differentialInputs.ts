/**
 * Cell values for differential fuzzing: what a careful user types (numbers on a 0.01 grid, years,
 * dates, the words the functions document) mixed with what a careless or hostile one types — numeric
 * text with units, `%`, full-width digits, thousands separators, spaces; blanks, booleans, error
 * values; ±1e308, 1e-310; odd and pre-1900 dates, years 0–99, fractional years; unknown words.
 */
import fc from "fast-check";
import { serialFromYmd } from "../../src/core/dates";
import { DIRECTION_WORDS } from "../../src/core/directions";
import { LEVEL_WORDS } from "../../src/core/levels";
import { BOUND_WORDS, FLAG_WORDS } from "../../src/core/parse";
import { XlError, type XlValue } from "./excelFormula";

export const ERROR_VALUES = ["#N/A", "#VALUE!", "#NUM!", "#DIV/0!"].map((c) => new XlError(c));

/** Extreme and special numbers. */
export const EXTREME_NUMBERS = [0, 1e308, -1e308, 1e-310, -1e-310, 5e-324, 1e15, 123456789.123, -0.5];

/** Text that is, or looks like, a number. */
export const NUMERIC_TEXT = [
  "850",
  "１０５０",
  "1,050",
  "１，０５０",
  "850万元",
  "25亿元",
  "1.2万",
  "3家",
  "12%",
  "12％",
  "0.5%",
  "8 50",
  "8.5e2",
  "1E3",
  "-5",
  "+3",
  ".5",
  " 7 ",
  "1e308",
  "1e999",
  "Infinity",
  "NaN",
  "0x1A",
];

/** Text no function reads as a number or a word. */
export const JUNK_TEXT = [" ", "abc", "未知", "N/A", "#N/A", "null", "TRUE", "是的", "—"];

/** Values any input meets now and then. */
export const hostile: fc.Arbitrary<XlValue> = fc.constantFrom<XlValue>(
  null,
  true,
  false,
  ...ERROR_VALUES,
  ...EXTREME_NUMBERS,
  ...NUMERIC_TEXT,
  ...JUNK_TEXT,
);

/** Mostly `usual`, sometimes hostile (1 in `odds`). */
export function mostly(usual: fc.Arbitrary<XlValue>, odds = 5): fc.Arbitrary<XlValue> {
  return fc.oneof({ weight: odds - 1, arbitrary: usual }, { weight: 1, arbitrary: hostile });
}

/** Whole multiples of 10^-places between min and max, as typed. */
export const dec = (min: number, max: number, places: number): fc.Arbitrary<number> =>
  fc.integer({ min: Math.round(min * 10 ** places), max: Math.round(max * 10 ** places) }).map((n) => n / 10 ** places);

/** Values, targets and bases as typed into an indicator table (some equal, some zero). */
export const value: fc.Arbitrary<XlValue> = fc.oneof(
  { weight: 6, arbitrary: dec(-2000, 2000, 2) },
  { weight: 2, arbitrary: dec(0, 2, 4) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 100, 1050, 557) },
);

/** Years as typed, and odd ones: fractional, two-digit, before 1900, past 9999. */
export const year: fc.Arbitrary<XlValue> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 2015, max: 2030 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<XlValue>(
      2024.5,
      24,
      99,
      0,
      1,
      1899,
      1900,
      9999,
      10000,
      "2024",
      "２０２４",
      "2024年",
      "24",
    ),
  },
);

const serial = (y: number, m: number, d: number) => serialFromYmd(y, m, d);

/** An as-of point or report date: a year (its end), a date serial, odd and pre-1900 dates, date text. */
export const asOf: fc.Arbitrary<XlValue> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 2018, max: 2030 }) },
  { weight: 4, arbitrary: fc.integer({ min: serial(2019, 1, 1), max: serial(2029, 12, 31) }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<XlValue>(
      2024.5,
      24,
      99,
      1899,
      1,
      59,
      60,
      61,
      0.5,
      serial(1900, 3, 1),
      serial(2024, 2, 29),
      serial(2024, 12, 31) + 0.75,
      serial(9999, 12, 31),
      serial(9999, 12, 31) + 1,
      "2024-06-30",
      "2024/6/30",
      "0024-06-30",
      "2024年6月30日",
      "2024",
      "上半年",
    ),
  },
);

/** Direction words: every documented one, in odd case and spacing, and unknown ones. */
export const direction: fc.Arbitrary<XlValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom<XlValue>(...DIRECTION_WORDS.up, ...DIRECTION_WORDS.down) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<XlValue>(
      null,
      "UP",
      " Down ",
      "越小越好 ",
      "＞＝",
      "ｄｏｗｎ",
      "sideways",
      "=",
      1,
      0,
      true,
    ),
  },
);

/** Bound words, documented and not. */
export const bound: fc.Arbitrary<XlValue> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom<XlValue>(null, ...BOUND_WORDS.max, ...BOUND_WORDS.min, ...BOUND_WORDS.mid) },
  { weight: 1, arbitrary: fc.constantFrom<XlValue>("MAX", " 中值 ", "ｍｉｎ", "most", 1, true) },
);

/** Level and flag words in odd forms, for qualifiers. */
export const oddWords: fc.Arbitrary<XlValue> = fc.constantFrom<XlValue>(
  ...LEVEL_WORDS.provincial,
  " 省级 ",
  "ＮＡＴＩＯＮＡＬ",
  "National",
  "乡级",
  "市级",
  "city",
  ...FLAG_WORDS.yes,
  ...FLAG_WORDS.no,
  "YES",
  "Ｙ",
  "maybe",
);
