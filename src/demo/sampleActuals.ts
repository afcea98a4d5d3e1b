/**
 * Plausible sample inputs for a workbook plan (the demo workbooks and the portable-copy tests): actual
 * values for indicator rows spread over every status (behind, warning, on track, met), as-of dates
 * of all three kinds (blank = report date, a year, a date), and two applications per incentive rule
 * (a typical case and an edge case: below a gate, at the cap, another level or bound).
 *
 * Deterministic (a hash of the row key picks the case), so a demo file is the same on every run.
 * Only input cells are filled; everything the catalog owns or a formula computes is left alone.
 */
import { finalMilestone } from "../core/catalogIndex";
import { fnv1a32 } from "../core/hash";
import { samplesOf } from "../core/incentives";
import { typed } from "../core/incentives/kinds/samples";
import { itemKind } from "../core/rubric";
import { barOf } from "../core/target";
import type { Catalog, Indicator, RubricItem, Rule } from "../core/schema";
import { fillSampleCheckins } from "./sampleCheckins";
import type { CellValue, DualFormula, RowPlan, SheetPlan, TablePlan, WorkbookPlan } from "../workbook/plan";

/** Share of the base→target way an actual has come, chosen per row. */
const PROGRESS_CASES = [0.3, 0.55, 0.75, 0.9, 0.97, 1.05, 1.2];

/** A row key's hash picks its case. */
const hash = fnv1a32;

/** A sample actual for an indicator, or null where the target is text. */
export function sampleActual(ind: Indicator): number | null {
  const t = barOf(finalMilestone(ind).target, ind.direction);
  if (t === null) return null;
  const f = PROGRESS_CASES[hash(ind.id) % PROGRESS_CASES.length];
  if (ind.base !== undefined && ind.base !== t) return typed(ind.base + (t - ind.base) * f);
  if (t === 0) return ind.direction === "up" ? typed(f) : typed(1 - f);
  return typed(ind.direction === "up" ? t * f : t / f);
}

/** Blank (the report date) for most rows; a year or a mid-year date for some. */
export function sampleAsOf(ind: Indicator, reportYear: number): CellValue {
  const k = hash(ind.id + "#asOf") % 6;
  if (k === 0) return reportYear;
  if (k === 1) return { date: `${reportYear}-06-30` };
  return null;
}

export interface SampleApplication {
  enterprise: string;
  rule: string;
  amount: number;
  qualifier: string | number | null;
  bound: string | null;
}

const ENTERPRISES = [
  "华新科技有限公司",
  "东楚精工股份公司",
  "磁湖智造有限公司",
  "铜都新材料有限公司",
  "西塞山装备有限公司",
  "黄荆山数字科技公司",
];

/**
 * Two applications per rule: the typical case and an edge case (a gate, the cap, another bound or
 * level), as the rule's kind module writes them.
 */
export function sampleApplications(rule: Rule): SampleApplication[] {
  const h = hash(rule.id);
  return samplesOf(rule, rule.computation).map((s, i) => ({
    enterprise: ENTERPRISES[(h + i) % ENTERPRISES.length],
    rule: rule.id,
    amount: typed(s.amount),
    qualifier: s.qualifier,
    bound: s.bound,
  }));
}

function isDual(v: unknown): v is DualFormula {
  return typeof v === "object" && v !== null && "addin" in v;
}

function inputHeaders(t: TablePlan): Set<string> {
  return new Set(t.columns.filter((c) => c.role === "input").map((c) => c.header));
}

function fillIndicators(catalog: Catalog, t: TablePlan, reportYear: number): void {
  const byId = new Map(catalog.indicators.map((i) => [i.id, i]));
  const inputs = inputHeaders(t);
  for (const row of t.rows) {
    const ind = byId.get(row.key);
    if (!ind) continue;
    if (inputs.has("实际值") && !isDual(row.values["实际值"])) row.values["实际值"] = sampleActual(ind);
    if (inputs.has("截至日期") && !isDual(row.values["截至日期"])) row.values["截至日期"] = sampleAsOf(ind, reportYear);
  }
}

/** Calculator tables: header names of the application inputs (docs/WORKBOOK.md, 奖补测算). */
const APP_COLUMNS = {
  enterprise: ["企业名称", "企业"],
  rule: ["规则ID", "规则"],
  amount: ["金额"],
  qualifier: ["补充参数", "条件"],
  bound: ["取值"],
};

function fillApplications(catalog: Catalog, plan: WorkbookPlan, t: TablePlan): void {
  const inputs = inputHeaders(t);
  const col = (names: string[]) => names.find((n) => inputs.has(n));
  const c = {
    enterprise: col(APP_COLUMNS.enterprise),
    rule: col(APP_COLUMNS.rule),
    amount: col(APP_COLUMNS.amount),
    qualifier: col(APP_COLUMNS.qualifier),
    bound: col(APP_COLUMNS.bound),
  };
  if (!c.rule || !c.amount) return;
  const rules = catalog.rules.filter((r) => plan.sources.includes(r.sourceId));
  const apps = rules.flatMap(sampleApplications);
  const rows: RowPlan[] = apps.map((a, i) => {
    const values: RowPlan["values"] = {};
    if (c.enterprise) values[c.enterprise] = a.enterprise;
    values[c.rule!] = a.rule;
    values[c.amount!] = a.amount;
    if (c.qualifier) values[c.qualifier] = a.qualifier;
    if (c.bound) values[c.bound] = a.bound;
    return { key: `sample-${i + 1}`, values };
  });
  // Keep the plan's room for more rows below the samples.
  t.rows = [...rows, ...t.rows];
}

/**
 * Sample inputs of one bank × rubric item row, as the item's kind module writes them: results spread
 * below and above the task or the average (so proportional points, bonus steps and penalties all occur).
 */
export function sampleBankInputs(
  item: RubricItem,
  task: number | null,
  key: string,
): { actual?: CellValue; reference?: CellValue; extra?: CellValue } {
  const h = hash(key);
  const f = PROGRESS_CASES[h % PROGRESS_CASES.length];
  const kind = itemKind(item.params.kind);
  // An item that adds up other items' points has no inputs of its own on the sheet.
  if (kind.parts?.(item.params)) return {};
  return kind.samples(item.params, item, { task, h, f });
}

/** Bank evaluation tables: detail rows keyed "bank|itemId" get inputs by item kind; the summary's veto is 否. */
function fillBank(catalog: Catalog, t: TablePlan): void {
  const items = new Map(catalog.rubrics.flatMap((r) => r.items.map((i) => [i.id, i] as const)));
  const inputs = inputHeaders(t);
  for (const row of t.rows) {
    if (inputs.has("一票否决")) {
      row.values["一票否决"] = "否";
      continue;
    }
    const item = items.get(row.key.split("|")[1] ?? "");
    if (!item) continue;
    const task = typeof row.values["任务数"] === "number" ? (row.values["任务数"] as number) : null;
    const v = sampleBankInputs(item, task, row.key);
    if (v.actual !== undefined && inputs.has("实际值")) row.values["实际值"] = v.actual;
    if (v.reference !== undefined && inputs.has("参照值")) row.values["参照值"] = v.reference;
    if (v.extra !== undefined && inputs.has("附加值")) row.values["附加值"] = v.extra;
  }
}

/** Fills the plan's input cells with sample values, in place; returns the plan. */
export function fillSampleActuals(catalog: Catalog, plan: WorkbookPlan, reportDate: string): WorkbookPlan {
  const reportYear = Number(reportDate.slice(0, 4));
  const visit = (s: SheetPlan) => {
    for (const t of s.tables) {
      if (s.kind === "indicators") fillIndicators(catalog, t, reportYear);
      else if (s.kind === "calculator") fillApplications(catalog, plan, t);
      else if (s.kind === "bank") fillBank(catalog, t);
    }
  };
  plan.sheets.forEach(visit);
  return fillSampleCheckins(catalog, plan, reportDate);
}
