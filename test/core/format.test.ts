/** Percentages read the same in the rule sheet, INFO, EXPLAIN and SCORE's explanation. */
import { percentText } from "../../src/core/format";

test("a fraction as a percentage, binary noise removed, at most the given decimals", () => {
  expect(percentText(0.045)).toBe("4.5%");
  expect(percentText(0.07)).toBe("7%"); // 0.07 × 100 is 7.000000000000001 in binary
  expect(percentText(0.003)).toBe("0.3%");
  expect(percentText(0.123456789, 4)).toBe("12.3457%");
  expect(percentText(-0.0000001, 4)).toBe("0%");
  expect(percentText(1)).toBe("100%");
});
