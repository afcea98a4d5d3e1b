/**
 * SUBSIDY and EXPLAIN through the built bundle (dist/functions.js), called by their Excel names the
 * way Excel calls them: omitted optional arguments arrive as null, errors come back as Excel errors
 * with a Chinese-first message. Build first (`npm run build`).
 */
import { ExcelError, loadFunctionsBundle } from "../support/functionsBundle";

const b = loadFunctionsBundle();
const TECH = "DY-MFG-2024.R-TECHREFORM";

describe("SUBSIDY", () => {
  test("SPEC §4 worked examples", () => {
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
    [[TECH, -5, 1200], "#NUM!", /不能为负数/],
    [["DY-MFG-2024.R-TOP500", 1, "区级"], "#VALUE!", /无法识别的级别/],
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
});
