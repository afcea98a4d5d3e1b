/**
 * Every surface that takes a report date (CLI --report-date, the plan the pane and the web page
 * build, the pane's date field) refuses years 0000–0099 and dates before 1900 through the one core
 * check (src/core/dates.ts parseIsoDate), instead of storing 0024-06-30 as 1924.
 */
import { isoDateProblem } from "../../src/core/dates";
import { parseReportDate } from "../../src/cli/template";
import { buildPlan, PlanError } from "../../src/workbook/buildPlan";
import { builtInCatalog } from "../../src/catalog";

const BAD = ["0024-06-30", "0099-12-31", "1899-12-31", "2024-02-30"];

describe("report dates before 1900 are refused at every surface", () => {
  test.each(BAD)("%s: CLI --report-date is a usage error naming the date", (d) => {
    let error: unknown;
    try {
      parseReportDate(d);
    } catch (e) {
      error = e;
    }
    expect(error).toBeDefined();
    expect(String((error as Error).message)).toContain(d);
  });

  test.each(BAD)("%s: the workbook plan (pane, web page, CLI) is refused with a Chinese-first message", (d) => {
    const catalog = builtInCatalog();
    expect(() => buildPlan(catalog, ["DY-MFG-2024"], { form: "portable", reportDate: d })).toThrow(PlanError);
    expect(() => buildPlan(catalog, ["DY-MFG-2024"], { form: "portable", reportDate: d })).toThrow(/^报告日期/);
  });

  test("the pane's date field shows why (isoDateProblem), and a good date passes everywhere", () => {
    expect(isoDateProblem("0024-06-30", "报告日期 report date")).toMatch(/1900.*\/.*1900/);
    expect(isoDateProblem("2024-06-30", "报告日期 report date")).toBeUndefined();
    expect(parseReportDate("2024-06-30")).toBe("2024-06-30");
    expect(() =>
      buildPlan(builtInCatalog(), ["DY-MFG-2024"], { form: "portable", reportDate: "2024-06-30" }),
    ).not.toThrow();
  });
});
