/** Worked examples for SUBSIDY (docs/FUNCTIONS.md, docs/INCENTIVES.md): the start of the suite. */
import { E, S } from "./support/engine";

const TECH = "DY-MFG-2024.R-TECHREFORM";

describe("worked examples", () => {
  test("SUBSIDY(TECHREFORM, 850, 1200) = 85 (10% of equipment + software)", () => {
    expect(S(TECH, 850, 1200)).toBe(85);
  });

  test("SUBSIDY(TECHREFORM, 3000, 5000) = 200 (the cap)", () => {
    expect(S(TECH, 3000, 5000)).toBe(200);
    expect(E(TECH, 3000, 5000)).toMatch(/300万元.*超过上限.*200万元/);
  });

  test("SUBSIDY(TECHREFORM, 850, 250) = 0 (total investment below 300万)", () => {
    expect(S(TECH, 850, 250)).toBe(0);
    expect(E(TECH, 850, 250)).toMatch(/项目总投资250万元，未满足“投资300万以上”/);
  });
});
