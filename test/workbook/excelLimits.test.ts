/**
 * What Excel refuses or reports as damaged, checked on the plan of every built-in source (alone and
 * all together), in both forms, as the formulas are stored in the file (toFileFormula):
 * - a conditional-format formula longer than 255 characters (Excel's limit for a rule);
 * - a data-validation formula longer than 255 characters;
 * - a cell formula longer than 8,192 characters.
 * And validations that mean what their messages say: 截至日期 accepts exactly what the engine reads as
 * a time point (src/core/dates.ts parseTimePoint), evaluated by a spreadsheet engine.
 */
import { builtInCatalog } from "../../src/catalog";
import { parseTimePoint, serialFromYmd } from "../../src/core/dates";
import { fillSampleActuals } from "../../src/demo/sampleActuals";
import { buildPlan } from "../../src/workbook";
import { fillRow, parseAddress } from "../../src/workbook/a1";
import type { DualFormula, FormulaForm, TablePlan, WorkbookPlan } from "../../src/workbook/plan";
import { isDualFormula } from "../../src/workbook/xlsx/render";
import { toFileFormula } from "../../src/workbook/xlsx/formulas";
import { evaluate } from "../support/excelFormula";

const catalog = builtInCatalog();
const ALL = catalog.sources.map((s) => s.id);
const FORMS = ["addin", "portable"] as const;

/** Every formula a table stores, as the file holds it, with where it is. */
function storedFormulas(p: WorkbookPlan, form: FormulaForm) {
  const out: { kind: "cf" | "validation" | "cell"; where: string; text: string }[] = [];
  for (const s of p.sheets)
    for (const t of s.tables) {
      const first = parseAddress(t.anchor).row + 1;
      const last = first + Math.max(1, t.rows.length + (t.blankRows ?? 0)) - 1;
      const store = (f: string, r: number, asForm: FormulaForm) =>
        toFileFormula(fillRow(f, { r, first, last }), asForm);
      const pick = (f: DualFormula) => (form === "addin" ? f.addin : f.portable);
      for (const cf of t.conditionalFormats)
        out.push({ kind: "cf", where: `${s.name} ${cf.label}`, text: store(pick(cf.formula)!, first, "portable") });
      for (const c of t.columns) {
        if (c.validation?.kind === "custom")
          out.push({
            kind: "validation",
            where: `${s.name} ${c.header}`,
            text: store(c.validation.formula, first, "portable"),
          });
        const f = c.formula && pick(c.formula);
        if (f) out.push({ kind: "cell", where: `${s.name} ${c.header}`, text: store(f, last, form) });
      }
      t.rows.forEach((row, i) => {
        for (const [h, v] of Object.entries(row.values)) {
          const f = isDualFormula(v) ? pick(v) : null;
          if (f) out.push({ kind: "cell", where: `${s.name} ${row.key} ${h}`, text: store(f, first + i, form) });
        }
      });
    }
  return out;
}

const LIMIT = { cf: 255, validation: 255, cell: 8192 } as const;

describe("formulas stay within Excel's limits, every source, both forms", () => {
  for (const form of FORMS)
    for (const ids of [...ALL.map((id) => [id]), ALL])
      test(`${form}: ${ids.length > 1 ? "all sources" : ids[0]}`, () => {
        const all = storedFormulas(buildPlan(catalog, ids, { form, reportDate: "2024-12-31" }), form);
        const over = all.filter((f) => f.text.length > LIMIT[f.kind]).map((f) => `${f.where}: ${f.text.length}`);
        expect(over).toEqual([]);
        expect(all.some((f) => f.kind === "cf")).toBe(true);
      });
});

describe("截至日期 accepts a date or a year, exactly as the engine reads it", () => {
  const table = (p: WorkbookPlan, source: string): TablePlan =>
    p.sheets.find((s) => s.key === `indicators:${source}`)!.tables[0];
  const t = table(buildPlan(catalog, ["DY-MFG-2024"], { form: "addin", reportDate: "2024-12-31" }), "DY-MFG-2024");
  const col = t.columns.find((c) => c.header === "截至日期")!;
  const first = parseAddress(t.anchor).row + 1;
  const cell = `M${first}`;
  const rule = col.validation!;
  if (rule.kind !== "custom") throw new Error(`截至日期 validation is ${rule.kind}`);
  const accepts = (v: number | string | boolean | null) =>
    evaluate(fillRow(rule.formula, { r: first }), { [cell]: v }, { row: first }) === true;
  const engineAccepts = (v: number | string | boolean | null) => {
    try {
      parseTimePoint(v, "截至日期");
      return true;
    } catch {
      return false;
    }
  };

  test("the rule refers to the column's own cell and says what it accepts", () => {
    expect(t.columns[parseAddress(`${cell}`).col - 1].header).toBe("截至日期");
    expect(rule.error).toMatch(/日期.*年份.*\/ Enter a date .* or a year/);
    expect(rule.error.length).toBeLessThanOrEqual(225); // Excel's limit for a validation's error message
  });

  test("a year, a date and every sample as-of value pass; fractions below 10000 and short numbers fail", () => {
    expect(accepts(2024)).toBe(true);
    expect(accepts(serialFromYmd(2024, 6, 30))).toBe(true);
    expect(accepts(2024.5)).toBe(false);
    expect(accepts(24)).toBe(false);
    for (const reportDate of ["2024-12-31", "2025-09-30"]) {
      const p = fillSampleActuals(catalog, buildPlan(catalog, ALL, { form: "portable", reportDate }), reportDate);
      let n = 0;
      for (const s of p.sheets)
        if (s.kind === "indicators")
          for (const row of s.tables[0].rows) {
            const v = row.values["截至日期"];
            if (v === null || v === undefined || isDualFormula(v)) continue;
            const x =
              typeof v === "object" ? serialFromYmd(...(v.date.split("-").map(Number) as [number, number, number])) : v;
            expect({ key: row.key, v: x, ok: accepts(x as number) }).toEqual({ key: row.key, v: x, ok: true });
            n++;
          }
      expect(n).toBeGreaterThan(10);
    }
  });

  test("agrees with the engine on numbers around every boundary", () => {
    const last = serialFromYmd(9999, 12, 31);
    const probes = [
      -1,
      0,
      1,
      24,
      1899,
      1899.5,
      1900,
      1900.5,
      2024,
      2024.5,
      9999,
      9999.5,
      9999.99,
      10000,
      10000.25,
      45473,
      45473.5,
      last,
      last + 0.5,
      last + 1,
      last + 2,
    ];
    expect(probes.map((v) => [v, accepts(v)])).toEqual(probes.map((v) => [v, engineAccepts(v)]));
  });

  test("text and booleans are refused (Excel turns a typed date into a number before validating)", () => {
    for (const v of ["2024", "abc", true]) expect(accepts(v)).toBe(false);
  });
});
