/**
 * SUBSIDY and EXPLAIN through the built bundle (dist/functions.js), called by their Excel names the
 * way Excel calls them: omitted optional arguments arrive as null, errors come back as Excel errors
 * with a Chinese-first message. Build first (`npm run build`).
 */
import { ExcelError, loadFunctionsBundle } from "../support/functionsBundle";

const b = loadFunctionsBundle();
const TECH = "DY-MFG-2024.R-TECHREFORM";

describe("SUBSIDY", () => {
  test("the worked examples of docs/FUNCTIONS.md", () => {
    expect(b.call("SUBSIDY", TECH, 850, 1200)).toBe(85);
    expect(b.call("SUBSIDY", TECH, 3000, 5000)).toBe(200);
    expect(b.call("SUBSIDY", TECH, 850, 250)).toBe(0);
  });

  test("one rule of each kind", () => {
    expect(b.call("SUBSIDY", "DY-MFG-2024.R-SCRAP-AL", 1000, null, "中值")).toBe(42.5);
    expect(b.call("SUBSIDY", "DY-MFG-2024.R-RND-INTENSITY", 80, 1000)).toBe(15);
    expect(b.call("SUBSIDY", "DY-MFG-2024.R-NEWSCALE", 1, null, "min")).toBe(40);
    expect(b.call("SUBSIDY", "DY-MFG-2024.R-RND-ORG", 1, "市级")).toBe(1);
    expect(b.call("SUBSIDY", "DY-MFG-2024.R-REVENUE", 25, 8)).toBe(20);
    expect(b.call("SUBSIDY", "HS-SMEDIGI-2025.R-PRODUCT", 3)).toBe(10);
    expect(b.call("SUBSIDY", "EZ-IND-2027.R-PROCUREMENT", 1000, "工程")).toBe(400);
    expect(b.call("SUBSIDY", "HS-QUALITY-2024.R-NOMINEE", 1, true)).toBe(0);
  });

  test("numeric text with units and full-width digits", () => {
    expect(b.call("SUBSIDY", TECH, "８５０万元", "0.12亿元")).toBe(85);
  });

  test.each([
    [["NO-SUCH.R-RULE", 1], "#N/A", /没有此奖补规则ID/],
    [[TECH, null, 1200], "#N/A", /缺少/],
    [[TECH, "很多", 1200], "#VALUE!", /无法识别/],
    [[TECH, -5, 1200], "#VALUE!", /不能为负数/],
    [["DY-MFG-2024.R-TOP500", 1, "区级"], "#VALUE!", /无法识别的级别/],
    [[TECH, "850%", 1200], "#VALUE!", /不能填百分数/],
    [[TECH, "8 50", 1200], "#VALUE!", /无法识别/],
    [[TECH, true, 1200], "#VALUE!", /应为数字/],
    [["HS-SMEDIGI-2025.R-PRODUCT", 2.5], "#VALUE!", /应为整数/],
    [["EZ-IND-2027.R-PROCUREMENT", 500], "#N/A", /^缺少采购项目类别（货物\/服务\/工程） /],
  ])("%p → %s with a message", (args, code, message) => {
    const r = b.call("SUBSIDY", ...(args as unknown[]));
    expect(r).toBeInstanceOf(ExcelError);
    expect((r as ExcelError).code).toBe(code);
    expect((r as ExcelError).message).toMatch(message);
  });
});

describe("EXPLAIN", () => {
  test("one Chinese line with the numbers, the gate or cap, and the clause", () => {
    expect(b.call("EXPLAIN", TECH, 3000, 5000)).toBe(
      "工业技改项目奖补：条件满足（项目总投资5000万元≥300万元，设备、信息化软件投资额3000万元≥100万元）；" +
        "设备、信息化软件投资额3000万元 × 10% = 300万元，超过上限，按“不超过200万元”取200万元。依据冶发〔2024〕3号 四、激励政策（一）。",
    );
    expect(b.call("EXPLAIN", TECH, 850, 250)).toMatch(/未满足“投资300万以上”.*依据冶发〔2024〕3号/);
  });

  test("errors as for SUBSIDY", () => {
    const r = b.call("EXPLAIN", "NO-SUCH.R-RULE", 1);
    expect((r as ExcelError).code).toBe("#N/A");
  });

  test("exponent notation is a number; an overflow is #NUM!, never an explanation with Infinity", () => {
    expect(b.call("SUBSIDY", TECH, "8.5e2", 1200)).toBe(85);
    const r = b.call("EXPLAIN", "HS-SMEDIGI-2025.R-PRODUCT", 1e308);
    expect((r as ExcelError).code).toBe("#NUM!");
    expect(String(b.call("EXPLAIN", "DY-MFG-2024.R-SCRAP-STEEL", 1e308))).not.toMatch(/Infinity|NaN/);
  });
});
