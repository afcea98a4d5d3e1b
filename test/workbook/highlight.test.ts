/**
 * The highlights work without the add-in and agree with STATUS / TIER: for any row, the 滞后 / 预警 /
 * 已达标 rule an indicator table carries is TRUE exactly when STATUS gives that label — in the
 * portable form, and in the add-in form both with the add-in loaded and without it (every POLICY
 * cell then shows #NAME?, and the rule reads the native helper column 状态（原生）). Formulas are
 * evaluated by a real spreadsheet engine (test/support/excelFormula.ts); POLICY.* calls by the real
 * custom functions.
 */
import { INDICATOR_CHECKIN_HEADERS } from "../../src/workbook/checkins";
import fc from "fast-check";
import { builtInCatalog } from "../../src/catalog";
import { serialFromYmd, timePointOfSerial } from "../../src/core/dates";
import { expected, status } from "../../src/core/target";
import { fillSampleActuals } from "../../src/demo/sampleActuals";
import { buildPlan } from "../../src/workbook";
import { columnLetter, parseAddress } from "../../src/workbook/a1";
import type { CellValue, DualFormula, FormulaForm, TablePlan } from "../../src/workbook/plan";
import { isDualFormula } from "../../src/workbook/xlsx/render";
import { evaluate, XlError, type Cells, type XlValue } from "../support/excelFormula";
import { policyFunctions } from "../support/policyFunctions";

const catalog = builtInCatalog();
const policy = policyFunctions();
const REPORT = "2024-12-31";
const REPORT_SERIAL = serialFromYmd(2024, 12, 31);

const indicatorTable = (source: string, form: FormulaForm = "addin"): TablePlan =>
  buildPlan(catalog, [source], { form, reportDate: REPORT }).sheets.find((s) => s.key === `indicators:${source}`)!
    .tables[0];

function literal(v: CellValue): XlValue {
  if (v !== null && typeof v === "object") {
    const [y, m, d] = v.date.split("-").map(Number);
    return serialFromYmd(y, m, d);
  }
  return v;
}

/** Where Excel would not colour: a rule that gives an error or anything but TRUE. */
const fires = (v: XlValue) => v === true;

const show = (v: XlValue) => (v instanceof XlError ? v.code : JSON.stringify(v));

/**
 * A table's row as a spreadsheet computes it: literal cells, then every computed cell left to right
 * (a computed cell reads cells to its left) in `form`. `addinLoaded: false` is the add-in form opened
 * where the add-in is missing: every POLICY cell is #NAME?.
 */
function computeRow(
  t: TablePlan,
  i: number,
  form: FormulaForm,
  addinLoaded: boolean,
  base: Cells = {},
): { cells: Cells; at: (header: string) => string } {
  const tl = parseAddress(t.anchor);
  const r = tl.row + 1 + i;
  const letter = new Map(t.columns.map((c, j) => [c.header, columnLetter(tl.col + j)]));
  const at = (h: string) => `${letter.get(h)}${r}`;
  const cells: Cells = { DB_ReportDate: REPORT_SERIAL, ...base };
  const row = t.rows[i];
  const formulaOf = new Map<string, DualFormula>();
  for (const c of t.columns) {
    const own = row?.values[c.header];
    if (isDualFormula(own)) formulaOf.set(c.header, own);
    else if (own !== undefined) cells[at(c.header)] = literal(own);
    else if (c.role === "computed" && c.formula) formulaOf.set(c.header, c.formula);
    else cells[at(c.header)] = null;
  }
  // 采用值/采用日期 first: the computed columns read them (docs/WORKBOOK.md, Check-ins).
  const checkinFirst = [...t.columns].sort(
    (a, b) =>
      Number(!(INDICATOR_CHECKIN_HEADERS as readonly string[]).includes(a.header)) -
      Number(!(INDICATOR_CHECKIN_HEADERS as readonly string[]).includes(b.header)),
  );
  for (const c of checkinFirst) {
    const f = formulaOf.get(c.header);
    if (!f) continue;
    const text = form === "addin" ? f.addin : f.portable!;
    cells[at(c.header)] =
      form === "addin" && !addinLoaded && /POLICY\./.test(text)
        ? new XlError("#NAME?")
        : evaluate(text, cells, { row: r, policy });
  }
  return { cells, at };
}

/** For each rule of the table: does it colour row i, in this form and setting? */
function rulesOn(t: TablePlan, i: number, form: FormulaForm, cells: Cells): Record<string, boolean> {
  const r = parseAddress(t.anchor).row + 1 + i;
  return Object.fromEntries(
    t.conditionalFormats.map((cf) => [
      cf.label,
      fires(evaluate(form === "addin" ? cf.formula.addin : cf.formula.portable!, cells, { row: r })),
    ]),
  );
}

/** One random indicator row: direction, base, target, actual, as-of (blank / year / date), report date. */
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
type Row = typeof row extends fc.Arbitrary<infer T> ? T : never;

function engineStatus(r: Row, targetYear: number, baseYear: number) {
  const target = r.base + r.span;
  const actual = r.base + r.actualShift;
  const dir = r.down ? "down" : "up";
  const at = r.asOf === null ? timePointOfSerial(r.report) : r.asOf < 10000 ? r.asOf : timePointOfSerial(r.asOf);
  const e = expected(r.base, target, baseYear, targetYear, at, "linear");
  return { label: status(actual, target, r.base, e, dir), target, actual };
}

/** A random row written into the table's first row (its catalog cells replaced), every setting checked. */
function checkRandomRow(source: string, r: Row, years: { base: number; target: number }, mixed: boolean) {
  const { label, target, actual } = engineStatus(r, years.target, years.base);
  for (const [form, loaded] of [
    ["addin", true],
    ["addin", false],
    ["portable", true],
  ] as const) {
    const t = indicatorTable(source, form);
    const first = t.rows.findIndex((x) => !isDualFormula(x.values["状态"]) && x.values["状态"] === undefined);
    const rowPlan = t.rows[first];
    const values = {
      ...rowPlan.values,
      方向: mixed && r.down ? "越小越好" : "越大越好",
      基期年: years.base,
      基期值: r.base,
      [`${years.target}年目标`]: target,
      实际值: actual,
      截至日期: r.asOf,
    };
    const table = { ...t, rows: [{ ...rowPlan, values }] };
    const { cells } = computeRow(table, 0, form, loaded, { DB_ReportDate: r.report });
    const on = rulesOn(table, 0, form, cells);
    expect({ form, loaded, on }).toEqual({
      form,
      loaded,
      on: { 滞后: label === "滞后", 预警: label === "预警", 已达标: label === "已达标" },
    });
  }
}

describe("indicator highlights agree with STATUS, with and without the add-in", () => {
  test("DY-MFG-2024 (one direction for the whole table)", () => {
    fc.assert(
      fc.property(row, (r) =>
        checkRandomRow("DY-MFG-2024", { ...r, down: false }, { base: 2023, target: 2026 }, false),
      ),
      { numRuns: 40 },
    );
  });

  test("DY-INNOV-2024 (mixed directions: the helper reads the row's 方向 cell)", () => {
    fc.assert(
      fc.property(row, (r) => checkRandomRow("DY-INNOV-2024", r, { base: 2021, target: 2024 }, true)),
      { numRuns: 40 },
    );
  });

  test("every built-in source with the sample actuals: each rule colours exactly the rows of its status", () => {
    const seen = new Set<string>();
    const ids = catalog.sources.map((s) => s.id);
    const plans = Object.fromEntries(
      (["addin", "portable"] as const).map((form) => [
        form,
        fillSampleActuals(catalog, buildPlan(catalog, ids, { form, reportDate: REPORT }), REPORT),
      ]),
    ) as Record<FormulaForm, ReturnType<typeof buildPlan>>;
    const problems: string[] = [];
    for (const [si, s] of plans.addin.sheets.entries()) {
      if (s.kind !== "indicators") continue;
      const addin = s.tables[0];
      const portable = plans.portable.sheets[si].tables[0];
      addin.rows.forEach((rowPlan, i) => {
        // STATUS as the add-in computes it is the judge.
        const withAddin = computeRow(addin, i, "addin", true);
        const label = withAddin.cells[withAddin.at("状态")];
        if (typeof label === "string" && label) seen.add(label);
        const want = { 滞后: label === "滞后", 预警: label === "预警", 已达标: label === "已达标" };
        const without = computeRow(addin, i, "addin", false);
        const native = without.cells[without.at("状态（原生）")];
        const port = computeRow(portable, i, "portable", true);
        const checks: [string, unknown, unknown][] = [
          ["add-in loaded", rulesOn(addin, i, "addin", withAddin.cells), want],
          ["add-in missing", rulesOn(addin, i, "addin", without.cells), want],
          ["portable", rulesOn(portable, i, "portable", port.cells), want],
          ["状态（原生） without the add-in", show(native), show(label)],
        ];
        for (const [what, got, expectedValue] of checks)
          if (JSON.stringify(got) !== JSON.stringify(expectedValue))
            problems.push(`${rowPlan.key} ${what}: ${JSON.stringify(got)} ≠ ${JSON.stringify(expectedValue)}`);
      });
    }
    expect(problems).toEqual([]);
    for (const l of ["滞后", "预警", "已达标", "正常"]) expect(seen).toContain(l);
  });

  test("a row without an actual value is never highlighted", () => {
    const t = indicatorTable("DY-MFG-2024");
    const table = { ...t, rows: [t.rows[0]] };
    for (const loaded of [true, false]) {
      const { cells } = computeRow(table, 0, "addin", loaded);
      expect(Object.values(rulesOn(table, 0, "addin", cells))).toEqual([false, false, false]);
    }
  });
});

describe("bank tiers are highlighted from a native cell", () => {
  const sheetOf = (form: FormulaForm) =>
    buildPlan(catalog, ["HS-BANK-2024"], { form, reportDate: REPORT }).sheets.find((s) => s.kind === "bank")!;

  test("约谈/一票否决 and 贡献突出单位 colour exactly the banks TIER names so, with and without the add-in", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constant(null),
            fc.integer({ min: 0, max: 12000 }).map((x) => x / 100),
          ),
          {
            minLength: 16,
            maxLength: 16,
          },
        ),
        (totals) => {
          for (const [form, loaded] of [
            ["addin", true],
            ["addin", false],
            ["portable", true],
          ] as const) {
            const t = sheetOf(form).tables[0];
            const tl = parseAddress(t.anchor);
            const col = (h: string) => columnLetter(tl.col + t.columns.findIndex((c) => c.header === h));
            // 总分 typed in as the detail table would give it; a null total is a vetoed bank.
            const base: Cells = {};
            totals.forEach((v, i) => {
              base[`${col("总分")}${tl.row + 1 + i}`] = v === null ? "" : v;
            });
            // 名次 as RANK gives it (HyperFormula has no RANK): 1 + the number of higher totals.
            const rank = (v: number | null) =>
              v === null ? "否决" : 1 + totals.filter((x) => x !== null && x > v).length;
            const rows = t.rows.map((rp, i) => ({
              ...rp,
              values: {
                ...rp.values,
                一票否决: totals[i] === null ? "是" : "否",
                总分: totals[i] ?? "",
                名次: rank(totals[i]),
              },
            }));
            const table = { ...t, rows };
            for (let i = 0; i < rows.length; i++) {
              const judge = computeRow(table, i, "addin", true, base).cells;
              const { cells, at } = computeRow(table, i, form, loaded, base);
              const tier = judge[at("结果")];
              const on = rulesOn(table, i, form, cells);
              expect({ form, loaded, bank: i, tier: show(tier), on }).toEqual({
                form,
                loaded,
                bank: i,
                tier: show(tier),
                on: { "约谈/一票否决": tier === "约谈" || totals[i] === null, 贡献突出单位: tier === "贡献突出单位" },
              });
            }
          }
        },
      ),
      { numRuns: 15 },
    );
  });
});
