import fc from "fast-check";
import {
  parseDateText,
  parseIsoDate,
  parseTimePoint,
  parseYear,
  serialFromYmd,
  timePointOfSerial,
  yearEndSerial,
  ymdFromSerial,
} from "../../src/core/dates";
import { errorCode, failure } from "../support/errors";

const code = errorCode;

describe("Excel serials (1899-12-30 epoch)", () => {
  test("known serials", () => {
    expect(serialFromYmd(2024, 6, 30)).toBe(45473);
    expect(serialFromYmd(2023, 12, 31)).toBe(45291);
    expect(serialFromYmd(1900, 3, 1)).toBe(61); // first serial where Excel's 1900 system agrees
    expect(serialFromYmd(9999, 12, 31)).toBe(2958465);
    expect(ymdFromSerial(45473)).toEqual({ year: 2024, month: 6, day: 30 });
    expect(ymdFromSerial(45473.75)).toEqual({ year: 2024, month: 6, day: 30 }); // a time of day is dropped
  });
  test("serial ↔ date round trip", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (s) => {
        const { year, month, day } = ymdFromSerial(s);
        expect(serialFromYmd(year, month, day)).toBe(s);
      }),
    );
  });
});

describe("time points: a year is its end, a date its position between year ends", () => {
  test("2024-06-30 is 2023 + 182/366", () => {
    expect(timePointOfSerial(45473)).toBeCloseTo(2023 + 182 / 366, 12);
  });
  test("31 December of Y is exactly Y; 1 January is just past Y − 1", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1901, max: 9999 }), (y) => {
        expect(timePointOfSerial(yearEndSerial(y))).toBe(y);
        const jan1 = timePointOfSerial(serialFromYmd(y, 1, 1));
        expect(jan1).toBeGreaterThan(y - 1);
        expect(jan1).toBeLessThan(y - 1 + 1 / 364);
      }),
    );
  });
  test("time points increase with the date", () => {
    fc.assert(
      fc.property(fc.integer({ min: 10000, max: 2958464 }), (s) => {
        expect(timePointOfSerial(s + 1)).toBeGreaterThan(timePointOfSerial(s));
      }),
    );
  });
});

describe("date text", () => {
  test.each([
    ["2024-06-30", { year: 2024, month: 6, day: 30 }],
    ["2024/6/30", { year: 2024, month: 6, day: 30 }],
    ["2024.6.30", { year: 2024, month: 6, day: 30 }],
    ["２０２４－０６－３０", { year: 2024, month: 6, day: 30 }],
    ["2024年6月30日", { year: 2024, month: 6, day: 30 }],
    ["2024年6月", { year: 2024, month: 6, day: 30 }],
    ["2024-02", { year: 2024, month: 2, day: 29 }],
    ["2023年2月底", { year: 2023, month: 2, day: 28 }],
    ["2024年一季度", { year: 2024, month: 3, day: 31 }],
    ["2024年第3季度", { year: 2024, month: 9, day: 30 }],
    ["2024Q4", { year: 2024, month: 12, day: 31 }],
    ["2024年上半年", { year: 2024, month: 6, day: 30 }],
    ["2024年前三季度", { year: 2024, month: 9, day: 30 }],
    ["2024年底", { year: 2024, month: 12, day: 31 }],
  ])("%s", (text, ymd) => {
    expect(parseDateText(text, "截至日期 asOf")).toEqual(ymd);
  });
  test("not a date: undefined; impossible day: #VALUE!", () => {
    expect(parseDateText("soon", "x")).toBeUndefined();
    expect(code(() => parseDateText("2023-02-29", "x"))).toBe("#VALUE!");
    expect(code(() => parseDateText("2024-13", "x"))).toBe("#VALUE!");
  });
});

describe("parseTimePoint / parseYear", () => {
  test("years, serials and text", () => {
    expect(parseTimePoint(2024, "x")).toBe(2024);
    expect(parseTimePoint("2024", "x")).toBe(2024);
    expect(parseTimePoint("2024年", "x")).toBe(2024);
    expect(parseTimePoint(45291, "x")).toBe(2023);
    expect(parseTimePoint("45473", "x")).toBeCloseTo(2023 + 182 / 366, 12);
    expect(parseTimePoint("2024-12-31", "x")).toBe(2024);
  });
  test("errors", () => {
    expect(code(() => parseTimePoint(null, "x"))).toBe("#N/A");
    expect(code(() => parseTimePoint("", "x"))).toBe("#N/A");
    expect(code(() => parseTimePoint("tomorrow", "x"))).toBe("#VALUE!");
    expect(code(() => parseTimePoint(true, "x"))).toBe("#VALUE!");
    expect(code(() => parseTimePoint(0, "x"))).toBe("#VALUE!");
    expect(code(() => parseTimePoint(2024.5, "x"))).toBe("#VALUE!");
    expect(code(() => parseTimePoint(3e6, "x"))).toBe("#VALUE!");
    expect(code(() => parseTimePoint(Infinity, "x"))).toBe("#VALUE!");
  });
  test("years 0000–0099 and dates before 1900 are refused with a message, never read as 19xx", () => {
    for (const v of ["0024-06-30", "0024/6/30", "0099年12月31日", "1899-12-31", "0000-01-01"]) {
      const f = failure(() => parseTimePoint(v, "截至日期 asOf"));
      expect(f.code).toBe("#VALUE!");
      expect(f.message).toContain("1900");
    }
    expect(code(() => parseTimePoint("0024", "x"))).toBe("#VALUE!");
    expect(parseTimePoint("1900-12-31", "x")).toBe(1900);
  });
  test("parseIsoDate: the report-date check every surface uses", () => {
    expect(parseIsoDate("2024-06-30", "报告日期 report date")).toEqual({ year: 2024, month: 6, day: 30 });
    for (const v of ["0024-06-30", "1899-12-31", "2024-02-30", "2024-6-30", "", "20240630"]) {
      const f = failure(() => parseIsoDate(v, "报告日期 report date"));
      expect(f.code).toBe("#VALUE!");
      expect(f.message).toMatch(/^报告日期.* \/ .*report date/);
    }
  });
  test("an error value as a date names the error, not [object Object]", () => {
    const f = failure(() => parseTimePoint({ code: "#N/A" }, "截至日期 asOf"));
    expect(f.code).toBe("#VALUE!");
    expect(f.message).toContain("#N/A");
    expect(f.message).not.toContain("object");
  });
  test("parseYear", () => {
    expect(parseYear(2026, "x")).toBe(2026);
    expect(parseYear("２０２６年", "x")).toBe(2026);
    expect(code(() => parseYear("2026-01-01", "x"))).toBe("#VALUE!");
    expect(code(() => parseYear(45291, "x"))).toBe("#VALUE!");
    expect(code(() => parseYear(null, "x"))).toBe("#N/A");
  });
});
