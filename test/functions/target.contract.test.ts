/**
 * Target-tracking functions through the built bundle, called by their Excel names as Excel would
 * (omitted optional arguments arrive as null). Needs `npm run build` first.
 */
import { ExcelError, loadFunctionsBundle } from "../support/functionsBundle";

const b = loadFunctionsBundle();
const errorCode = (v: unknown) => (v instanceof ExcelError ? v.code : `value ${String(v)}`);

describe("the worked examples of docs/FUNCTIONS.md through the bundle", () => {
  test('GAPTOTARGET(900, "DY-MFG-2024.01") = 150', () => {
    expect(b.call("GAPTOTARGET", 900, "DY-MFG-2024.01")).toBe(150);
  });
  test("EXPECTED(557, 1050, 2023, 2026, 2024) = 721.33…, cagr = 557·(1050/557)^(1/3)", () => {
    expect(b.call("EXPECTED", 557, 1050, 2023, 2026, 2024)).toBeCloseTo(721.3333333333, 9);
    expect(b.call("EXPECTED", 557, 1050, 2023, 2026, 2024, "cagr")).toBeCloseTo(557 * Math.pow(1050 / 557, 1 / 3), 9);
  });
});

describe("each function answers with a value or an Excel error with a message", () => {
  test("GAPTOTARGET", () => {
    expect(b.call("GAPTOTARGET", "900", "1,050")).toBe(150);
    expect(b.call("GAPTOTARGET", 0.7, 0.65, "down")).toBeCloseTo(0.05, 12);
    const e = b.call("GAPTOTARGET", null, 1050);
    expect(errorCode(e)).toBe("#N/A");
    expect((e as ExcelError).message).toMatch(/^缺少实际值 \/ /);
    expect(errorCode(b.call("GAPTOTARGET", 900, "NO-SUCH.01"))).toBe("#N/A");
    expect(errorCode(b.call("GAPTOTARGET", 900, "abc"))).toBe("#VALUE!");
  });
  test("a text target by ID is #N/A saying it is not numeric", () => {
    const e = b.call("GAPTOTARGET", 3, "DY-MFG-2024.33");
    expect(errorCode(e)).toBe("#N/A");
    expect((e as ExcelError).message).toContain("不是数值");
  });
  test("PROGRESS", () => {
    expect(b.call("PROGRESS", 900, 1050, 557)).toBeCloseTo(343 / 493, 12);
    expect(b.call("PROGRESS", 900, 1050)).toBeCloseTo(900 / 1050, 12);
    // A maintain indicator (base = target): as with no base (docs/FUNCTIONS.md "PROGRESS").
    expect(b.call("PROGRESS", 100, 100, 100)).toBe(1);
  });
  test("EXPECTED with a date and its errors", () => {
    expect(b.call("EXPECTED", 557, 1050, 2023, 2026, "2024-06-30")).toBeCloseTo(557 + (493 * 182) / 366 / 3, 9);
    expect(errorCode(b.call("EXPECTED", 557, 1050, 2026, 2023, 2024))).toBe("#VALUE!");
    expect(errorCode(b.call("EXPECTED", 0, 1050, 2023, 2026, 2024, "cagr"))).toBe("#VALUE!");
  });
  test("STATUS labels", () => {
    const e = 557 + 493 / 3;
    expect(b.call("STATUS", 1100, "DY-MFG-2024.01")).toBe("已达标");
    expect(b.call("STATUS", 900, "DY-MFG-2024.01")).toBe("未达标");
    expect(b.call("STATUS", 730, 1050, 557, e)).toBe("正常");
    expect(b.call("STATUS", 700, 1050, 557, e)).toBe("预警");
    expect(b.call("STATUS", 690, 1050, 557, e)).toBe("滞后");
  });
  test("TARGET", () => {
    expect(b.call("TARGET", "DY-MFG-2024.01")).toBe(1050);
    expect(b.call("TARGET", "DY-MFG-2024.01", 2024)).toBe(700);
    expect(errorCode(b.call("TARGET", "DY-MFG-2024.01", 2025))).toBe("#N/A");
    expect(errorCode(b.call("TARGET", "DY-MFG-2024.33"))).toBe("#N/A");
  });
  test("INFO from the compute catalog (synchronous)", () => {
    expect(b.call("INFO", "DY-MFG-2024.01", "名称")).toBe("规上工业总产值");
    expect(b.call("INFO", "DY-MFG-2024.01", "unit")).toBe("亿元");
    expect(b.call("INFO", "DY-MFG-2024.01", "基期值")).toBe(557);
    expect(b.call("INFO", "DY-MFG-2024.R-TECHREFORM", "cap")).toBe(200);
    const e = b.call("INFO", "DY-MFG-2024.01", "colour");
    expect(errorCode(e)).toBe("#VALUE!");
    expect((e as ExcelError).message).toMatch(/^未知字段“colour”。指标可用字段：名称\(name\)/);
    expect(errorCode(b.call("INFO", "NO-SUCH.01", "name"))).toBe("#N/A");
  });
});

describe('error codes that reach the user (docs/FUNCTIONS.md "Error codes"): #VALUE!/#N/A with a message, #NUM! only when not finite', () => {
  const withMessage = (v: unknown, code: string) => {
    expect(errorCode(v)).toBe(code);
    expect((v as ExcelError).message).toMatch(/^[^ -~].* \/ [ -~]/);
  };
  test("a maintain indicator (DY-MFG-2024.31, 100 → 100) computes PROGRESS and STATUS", () => {
    expect(b.call("PROGRESS", 96, "DY-MFG-2024.31", 100)).toBeCloseTo(0.96, 12);
    expect(b.call("STATUS", 100, "DY-MFG-2024.31", 100, 100)).toBe("已达标");
    expect(b.call("STATUS", 96, "DY-MFG-2024.31", 100, 100)).toBe("预警");
    expect(b.call("STATUS", 90, "DY-MFG-2024.31", 100, 100)).toBe("滞后");
  });
  test("% on a unit that is not a percentage is #VALUE!", () => {
    withMessage(b.call("GAPTOTARGET", "12%", "DY-MFG-2024.01"), "#VALUE!");
  });
  test("exponent notation is a number; a space inside the digits is not", () => {
    expect(b.call("GAPTOTARGET", "8.5e2", 1050)).toBe(200);
    withMessage(b.call("GAPTOTARGET", "8 50", 1050), "#VALUE!");
  });
  test("values the user can fix are #VALUE! with a message (were #NUM!, whose message Excel drops)", () => {
    withMessage(b.call("PROGRESS", 5, 0), "#VALUE!");
    withMessage(b.call("EXPECTED", 557, 1050, 2023, 2026, 2024.5), "#VALUE!");
    withMessage(b.call("EXPECTED", 557, 1050, 2023, 2026, "0024-06-30"), "#VALUE!");
    withMessage(b.call("TARGET", "DY-MFG-2024.01", 2024.5), "#VALUE!");
  });
  test("results that are not finite are #NUM!, never Infinity or NaN", () => {
    expect(errorCode(b.call("PROGRESS", 1, 1e-310))).toBe("#NUM!");
    expect(errorCode(b.call("GAPTOTARGET", -1e308, 1e308))).toBe("#NUM!");
    expect(errorCode(b.call("PROGRESS", 1e308, 1e308, -1e308))).toBe("#NUM!");
  });
  test("an error value passed as a date is named, not [object Object]", () => {
    const v = b.call("EXPECTED", 557, 1050, 2023, 2026, new ExcelError("#N/A", "x"));
    withMessage(v, "#VALUE!");
    expect((v as ExcelError).message).not.toContain("[object Object]");
  });
});
