/**
 * The plan builder: catalog entries in, a WorkbookPlan out (pure data, no office.js, no exceljs).
 * One plan feeds the task pane's office.js renderer and the .xlsx renderer of the CLI/web page.
 *
 * Sheets, in order: 说明 (report date, legend, notes), 汇总 (summary.ts), per source its indicator
 * and task sheets, 填报记录 (check-ins, checkins.ts),
 * the rule reference and the application calculator (rules of every chosen source in one list, so
 * one dropdown offers them all), the bank evaluation for a source with a rubric, and the hidden
 * embedded catalog.
 */
import { isoDateProblem } from "../core/dates";
import type { Catalog, Source } from "../core/schema";
import { buildAboutSheet } from "./about";
import { buildBankSheet, rubricsOf } from "./bank";
import { buildCatalogSheet, serializeCatalog } from "./catalogSheet";
import { checkRowValues } from "./columns";
import { PlanError } from "./errors";
import { buildIndicatorSheet } from "./indicators";
import type { CellValue, FormulaForm, SheetPlan, WorkbookPlan } from "./plan";
import { buildCalculatorSheet, buildRuleSheet, rulesOf } from "./rules";
import { buildTaskSheet } from "./tasks";
import { buildCheckinSheet } from "./checkins";
import { withPrintSetup } from "./print";
import { buildSummarySheet } from "./summary";

export interface PlanOptions {
  form: FormulaForm;
  /** The report date, ISO YYYY-MM-DD, or a year (that year's end). Default: today. */
  reportDate?: string | number;
}

export { PlanError };

function reportDateValue(d: string | number | undefined): CellValue {
  if (d === undefined) return { date: new Date().toISOString().slice(0, 10) };
  if (typeof d === "number") {
    if (!Number.isInteger(d) || d < 1900 || d > 9999)
      throw new PlanError(`报告日期的年份无效：${d}`, `bad report year: ${d}`);
    return d;
  }
  // A real day of a year 1900–9999: "0024-06-30" would be stored as 1924 (core/dates).
  const problem = isoDateProblem(d, "报告日期 report date");
  if (problem) {
    const [zh, en] = problem.split(" / ");
    throw new PlanError(zh, en ?? zh);
  }
  return { date: d.trim() };
}

/** The sources chosen, in catalog order; unknown IDs are an error naming them. */
export function chosenSources(catalog: Catalog, sourceIds: readonly string[]): Source[] {
  const unknown = sourceIds.filter((id) => !catalog.sources.some((s) => s.id === id));
  if (unknown.length)
    throw new PlanError(
      `目录中没有这些政策来源：${unknown.join("、")}`,
      `no such sources in the catalog: ${unknown.join(", ")}`,
    );
  if (!sourceIds.length) throw new PlanError("请至少选择一个政策来源", "choose at least one source");
  return catalog.sources.filter((s) => sourceIds.includes(s.id));
}

export function buildPlan(catalog: Catalog, sourceIds: readonly string[], options: PlanOptions): WorkbookPlan {
  const sources = chosenSources(catalog, sourceIds);
  const ids = sources.map((s) => s.id);
  const sheets: SheetPlan[] = [
    buildAboutSheet(catalog, sources, { form: options.form, reportDate: reportDateValue(options.reportDate) }),
  ];
  const summary = buildSummarySheet(catalog, sources);
  if (summary) sheets.push(summary);
  for (const s of sources) {
    const ind = buildIndicatorSheet(catalog, s);
    if (ind) sheets.push(ind);
    const tasks = buildTaskSheet(catalog, s);
    if (tasks) sheets.push(tasks);
  }
  const checkins = buildCheckinSheet(catalog, sources);
  if (checkins) sheets.push(checkins);
  const rules = rulesOf(catalog, ids);
  const ruleSheet = buildRuleSheet(catalog, rules);
  if (ruleSheet) sheets.push(ruleSheet);
  const calc = buildCalculatorSheet(rules);
  if (calc) sheets.push(calc);
  for (const rb of rubricsOf(catalog, ids)) sheets.push(buildBankSheet(rb));
  checkRowValues(sheets);
  const embeddedCatalog = serializeCatalog(catalog);
  sheets.push(buildCatalogSheet(embeddedCatalog, catalog.version, ids));
  return {
    catalogVersion: catalog.version,
    sources: ids,
    sheets: sheets.map(withPrintSetup),
    embeddedCatalog,
    form: options.form,
  };
}

/** A sheet a plan will write, as the pane previews it before anything is written. */
export interface SheetPreview {
  key: string;
  name: string;
  kind: SheetPlan["kind"];
  /** Data rows of its tables, blank input rows included. */
  rows: number;
}

/** The sheets a user will see (hidden ones left out), in the plan's order, with their row counts. */
export function previewPlan(plan: WorkbookPlan): SheetPreview[] {
  return plan.sheets
    .filter((s) => !s.hidden)
    .map((s) => ({
      key: s.key,
      name: s.name,
      kind: s.kind,
      rows: s.tables.reduce((n, t) => n + t.rows.length + (t.blankRows ?? 0), 0),
    }));
}
