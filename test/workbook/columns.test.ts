/**
 * An unknown column is an error, not a default: a header added to a builder's list without a
 * definition (the maintainer's "add an input column 责任人") stops the plan with a message naming it,
 * instead of appearing as a locked target-year column or shifting the other columns' references.
 */
import { builtInCatalog } from "../../src/catalog";
import { BANK_DETAIL_HEADERS, BANK_SUMMARY_HEADERS, buildBankSheet } from "../../src/workbook/bank";
import { checkRowValues } from "../../src/workbook/columns";
import { PlanError } from "../../src/workbook/errors";
import { buildIndicatorSheet, INDICATOR_HEADERS_AFTER_TARGETS } from "../../src/workbook/indicators";
import type { SheetPlan } from "../../src/workbook/plan";
import { APP_HEADERS, buildCalculatorSheet, buildRuleSheet, RULE_HEADERS, rulesOf } from "../../src/workbook/rules";
import { buildTaskSheet, TASK_HEADERS } from "../../src/workbook/tasks";

const catalog = builtInCatalog();
const source = (id: string) => catalog.sources.find((s) => s.id === id)!;

/** Runs `build` with "责任人" added to a builder's header list, as a maintainer would add it. */
function withExtraHeader(headers: readonly string[], build: () => unknown): unknown {
  const list = headers as string[];
  list.push("责任人");
  try {
    build();
    return undefined;
  } catch (e) {
    return e;
  } finally {
    list.pop();
  }
}

function expectRefused(e: unknown) {
  expect(e).toBeInstanceOf(PlanError);
  const [zh, en] = (e as Error).message.split(" / ");
  expect(zh).toContain("责任人");
  expect(en).toContain('"责任人"');
}

describe("a header without a definition stops the plan, naming the header", () => {
  test("indicator sheet (not taken for a locked target-year column)", () => {
    expectRefused(
      withExtraHeader(INDICATOR_HEADERS_AFTER_TARGETS, () => buildIndicatorSheet(catalog, source("DY-MFG-2024"))),
    );
  });

  test("task sheet", () => {
    expectRefused(withExtraHeader(TASK_HEADERS, () => buildTaskSheet(catalog, source("DY-MFG-2024"))));
  });

  test("rule sheet and calculator", () => {
    const rules = rulesOf(catalog, ["DY-MFG-2024"]);
    expectRefused(withExtraHeader(RULE_HEADERS, () => buildRuleSheet(catalog, rules)));
    expectRefused(withExtraHeader(APP_HEADERS, () => buildCalculatorSheet(rules)));
  });

  test("bank sheet, both tables", () => {
    const rubric = catalog.rubrics[0];
    expectRefused(withExtraHeader(BANK_DETAIL_HEADERS, () => buildBankSheet(rubric)));
    expectRefused(withExtraHeader(BANK_SUMMARY_HEADERS, () => buildBankSheet(rubric)));
  });

  test("the standard headers build (the lists are restored after each case)", () => {
    expect(buildIndicatorSheet(catalog, source("DY-MFG-2024"))).not.toBeNull();
    expect(buildTaskSheet(catalog, source("DY-MFG-2024"))).not.toBeNull();
    expect(buildBankSheet(catalog.rubrics[0]).tables).toHaveLength(2);
  });
});

test("a row value under a header the table does not have is refused, not dropped", () => {
  const sheet = buildTaskSheet(catalog, source("DY-MFG-2024")) as SheetPlan;
  expect(() => checkRowValues([sheet])).not.toThrow();
  sheet.tables[0].rows[0].values["责任人"] = "张三";
  expectRefused(
    (() => {
      try {
        checkRowValues([sheet]);
      } catch (e) {
        return e;
      }
    })(),
  );
});
