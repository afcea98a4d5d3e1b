/**
 * The status highlights are native conditions (they must work without the add-in), so they are
 * checked against the engine itself: for any row, the 滞后 / 预警 / 已达标 condition the indicator
 * table carries is TRUE exactly when STATUS gives that label. Formulas are evaluated by a real
 * spreadsheet engine (test/support/excelFormula.ts).
 */
import fc from "fast-check";
import { builtInCatalog } from "../../src/catalog";
import { serialFromYmd, timePointOfSerial } from "../../src/core/dates";
import { expected, status } from "../../src/core/target";
import { buildPlan } from "../../src/workbook";
import type { TablePlan } from "../../src/workbook/plan";
import { evaluate, type Cells } from "../support/excelFormula";

const catalog = builtInCatalog();
const indicatorTable = (source: string): TablePlan =>
  buildPlan(catalog, [source], { form: "addin", reportDate: "2024-12-31" }).sheets.find(
    (s) => s.key === `indicators:${source}`,
  )!.tables[0];
const reportPointFormula = buildPlan(catalog, ["DY-MFG-2024"], { form: "addin" }).sheets[0].cells.find(
  (c) => c.name === "DB_ReportPoint",
)!;

/** One random indicator row: direction, base, target, years, actual, as-of (blank / year / date), report date. */
const row = fc.record({
  down: fc.boolean(),
  base: fc.integer({ min: 0, max: 2000 }),
  span: fc.integer({ min: -800, max: 800 }).filter((x) => x !== 0),
  actualShift: fc.integer({ min: -900, max: 900 }),
  asOf: fc.oneof(
    fc.constant(null),
    fc.integer({ min: 2023, max: 2027 }),
    fc.integer({ min: 0, max: 1500 }).map((d) => serialFromYmd(2023, 1, 1) + d),
  ),
  report: fc.integer({ min: 0, max: 1500 }).map((d) => serialFromYmd(2023, 1, 1) + d),
});

interface Row {
  down: boolean;
  base: number;
  span: number;
  actualShift: number;
  asOf: number | null;
  report: number;
}

function engineStatus(r: Row, targetYear: number, baseYear: number) {
  const target = r.base + r.span;
  const actual = r.base + r.actualShift;
  const dir = r.down ? "down" : "up";
  const at = r.asOf === null ? timePointOfSerial(r.report) : r.asOf < 10000 ? r.asOf : timePointOfSerial(r.asOf);
  const e = expected(r.base, target, baseYear, targetYear, at, "linear");
  return { label: status(actual, target, r.base, e, dir), target, actual };
}

describe("indicator highlights agree with STATUS", () => {
  test("DY-MFG-2024 (one direction for the whole table, literal in the rule)", () => {
    const t = indicatorTable("DY-MFG-2024");
    fc.assert(
      fc.property(row, (r0) => {
        const r = { ...r0, down: false };
        const { label, target, actual } = engineStatus(r, 2026, 2023);
        const point = evaluate((reportPointFormula.value as { addin: string }).addin, { B3: r.report });
        const cells: Cells = {
          E4: "越大越好",
          F4: 2023,
          G4: r.base,
          I4: target,
          L4: actual,
          M4: r.asOf,
          DB_ReportPoint: point as number,
        };
        for (const cf of t.conditionalFormats) {
          const on = evaluate(cf.formula.addin, cells, { row: 4 });
          expect([cf.label, on]).toEqual([cf.label, cf.label === label]);
        }
      }),
      { numRuns: 300 },
    );
  });

  test("DY-INNOV-2024 (mixed directions: the rule reads the row's 方向 cell)", () => {
    const t = indicatorTable("DY-INNOV-2024");
    const col = (h: string) => String.fromCharCode(64 + t.columns.findIndex((c) => c.header === h) + 1);
    fc.assert(
      fc.property(row, (r) => {
        const { label, target, actual } = engineStatus(r, 2024, 2021);
        const point = evaluate((reportPointFormula.value as { addin: string }).addin, { B3: r.report });
        const cells: Cells = {
          [`${col("方向")}4`]: r.down ? "越小越好" : "越大越好",
          [`${col("基期年")}4`]: 2021,
          [`${col("基期值")}4`]: r.base,
          [`${col("2024年目标")}4`]: target,
          [`${col("实际值")}4`]: actual,
          [`${col("截至日期")}4`]: r.asOf,
          DB_ReportPoint: point as number,
        };
        for (const cf of t.conditionalFormats) {
          expect([cf.label, evaluate(cf.formula.addin, cells, { row: 4 })]).toEqual([cf.label, cf.label === label]);
        }
      }),
      { numRuns: 300 },
    );
  });

  test("a row without an actual value is never highlighted", () => {
    const t = indicatorTable("DY-MFG-2024");
    for (const cf of t.conditionalFormats)
      expect(
        evaluate(cf.formula.addin, { E4: "越大越好", F4: 2023, G4: 557, I4: 1050, DB_ReportPoint: 2024 }, { row: 4 }),
      ).toBe(false);
  });

  test("the report point cell is the report date's time point", () => {
    const f = (reportPointFormula.value as { addin: string }).addin;
    expect(evaluate(f, { B3: 2024 })).toBe(2024);
    expect(evaluate(f, { B3: serialFromYmd(2024, 6, 30) })).toBeCloseTo(
      timePointOfSerial(serialFromYmd(2024, 6, 30)),
      12,
    );
  });
});
