/**
 * The bank evaluation sheet as shipped (参照值 blank), with actuals typed: every 得分 cell of the
 * portable form (native formula) equals the add-in form (POLICY.SCORE) — the growth items are #N/A in
 * both, not 15, 5.25, 7 … — and so the totals and ranks agree, and no bank is ranked on points
 * it could not have. Evaluated with HyperFormula (test/support/excelFormula), the add-in's functions
 * computed by the engine.
 */
import { builtInCatalog } from "../../../src/catalog";
import { buildPlan } from "../../../src/workbook";
import { fillRow, parseAddress } from "../../../src/workbook/a1";
import type { DualFormula, TablePlan } from "../../../src/workbook/plan";
import { isDualFormula } from "../../../src/workbook/xlsx/render";
import { evaluator, XlError, type Cells, type XlValue } from "../../support/excelFormula";
import { policyFunctions } from "../../support/policyFunctions";

const plan = buildPlan(builtInCatalog(), ["HS-BANK-2024"], { form: "portable", reportDate: "2024-12-31" });
const sheet = plan.sheets.find((s) => s.kind === "bank")!;
const [summary, detail] = sheet.tables;
const letter = (col: number) => {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** Each row's cells: typed and catalog values as they are; `computed` fills the formula columns. */
function tableCells(t: TablePlan, typed: (row: number, header: string) => XlValue | undefined, out: Cells) {
  const at = parseAddress(t.anchor);
  t.rows.forEach((row, i) => {
    t.columns.forEach((col, j) => {
      const v = row.values[col.header];
      const typedValue = typed(i, col.header);
      const addr = `${letter(at.col - 1 + j)}${at.row + 1 + i}`;
      if (typedValue !== undefined) out[addr] = typedValue;
      else if (v !== undefined && v !== null && !isDualFormula(v) && typeof v !== "object") out[addr] = v as XlValue;
    });
  });
}

/** Computes one formula column of a table into `cells`, in the chosen form; returns the values. */
function compute(t: TablePlan, header: string, form: "addin" | "portable", cells: Cells): XlValue[] {
  const at = parseAddress(t.anchor);
  const j = t.columns.findIndex((c) => c.header === header);
  const first = at.row + 1;
  const last = first + t.rows.length - 1;
  const evaluate = evaluator({ ...cells }, { policy: policyFunctions() });
  const values = t.rows.map((row, i) => {
    const own = row.values[header];
    const f = (isDualFormula(own) ? own : t.columns[j].formula) as DualFormula;
    const text = form === "addin" ? f.addin : (f.portable ?? f.addin);
    return evaluate(fillRow(text, { r: first + i, first, last }));
  });
  values.forEach((v, i) => (cells[`${letter(at.col - 1 + j)}${first + i}`] = v instanceof XlError ? v : v));
  return values;
}

/** An error by its code; a number to 10 significant digits (SCORE removes binary noise at 12). */
const code = (v: XlValue) => (v instanceof XlError ? v.code : typeof v === "number" ? Number(v.toPrecision(10)) : v);

describe("portable bank sheet with 参照值 left blank", () => {
  // Actuals a user types: a growth 0.2 (20%) or an amount 10; nothing in 参照值 or 附加值.
  const typed = (i: number, header: string): XlValue | undefined => {
    if (header !== "实际值") return undefined;
    const unit = detail.rows[i].values["单位"];
    return unit === "%" ? 0.2 : 10;
  };

  test("every 得分 cell, total and rank is the same in both forms; growth items are #N/A", () => {
    const results: Record<"addin" | "portable", { points: XlValue[]; totals: XlValue[]; ranks: XlValue[] }> = {
      addin: { points: [], totals: [], ranks: [] },
      portable: { points: [], totals: [], ranks: [] },
    };
    for (const form of ["addin", "portable"] as const) {
      const cells: Cells = {};
      tableCells(detail, typed, cells);
      tableCells(summary, (_i, h) => (h === "一票否决" ? "否" : undefined), cells);
      results[form].points = compute(detail, "得分", form, cells).map(code);
      results[form].totals = compute(summary, "总分", form, cells).map(code);
      results[form].ranks = compute(summary, "名次", form, cells).map(code);
    }
    const growth = detail.rows
      .map((r, i) => [r.values["考评项ID"], i] as const)
      .filter(([id]) => /S-LOAN-GROWTH|S-INCLUSIVE-GROWTH|S-MFG-GROWTH/.test(String(id)));
    expect(growth.length).toBeGreaterThan(0);
    for (const [id, i] of growth) {
      expect([id, results.portable.points[i]]).toEqual([id, "#N/A"]);
      expect([id, results.addin.points[i]]).toEqual([id, "#N/A"]);
    }
    expect(results.portable.points).toEqual(results.addin.points);
    expect(results.portable.totals).toEqual(results.addin.totals);
    expect(results.portable.ranks).toEqual(results.addin.ranks);
    // No bank is ranked (贡献突出单位) on points the add-in cannot compute.
    expect(results.portable.ranks.filter((r) => typeof r === "number")).toEqual([]);
  });
});
