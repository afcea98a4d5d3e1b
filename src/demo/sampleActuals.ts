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
import type { Catalog, Indicator, Level, RubricItem, Rule } from "../core/schema";
import { fillSampleCheckins } from "./sampleCheckins";
import type { CellValue, DualFormula, RowPlan, SheetPlan, TablePlan, WorkbookPlan } from "../workbook/plan";

/** Share of the base→target way an actual has come, chosen per row. */
const PROGRESS_CASES = [0.3, 0.55, 0.75, 0.9, 0.97, 1.05, 1.2];

export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Four significant digits, so the numbers look typed rather than computed. */
function typed(x: number): number {
  return Number(x.toPrecision(4));
}

function bar(ind: Indicator): number | null {
  const t = finalMilestone(ind).target;
  if (t.kind === "number") return t.value;
  if (t.kind === "range") return ind.direction === "up" ? t.min : t.max;
  return null;
}

/** A sample actual for an indicator, or null where the target is text. */
export function sampleActual(ind: Indicator): number | null {
  const t = bar(ind);
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

const LEVEL_WORD: Record<Level, string> = {
  national: "国家级",
  provincial: "省级",
  prefecture: "黄石市级",
  county: "大冶市级",
};

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

/** Two applications per rule: the typical case and an edge case (a gate, the cap, another bound or level). */
export function sampleApplications(rule: Rule): SampleApplication[] {
  const h = hash(rule.id);
  const who = (i: number) => ENTERPRISES[(h + i) % ENTERPRISES.length];
  const c = rule.computation;
  const q = rule.qualifier;
  const amountGate = rule.gates.find((g) => g.on === "amount");
  const qualifierGate = rule.gates.find((g) => g.on === "qualifier");
  const ranged = (() => {
    if (c.kind === "rate" || c.kind === "rateOnExcess") return c.rate.min !== c.rate.max;
    if (c.kind === "fixed") return c.amount.min !== c.amount.max;
    if (c.kind === "perItem") return c.perItem.min !== c.perItem.max;
    if (c.kind === "byLevel") return Object.values(c.levels).some((r) => r && r.min !== r.max);
    return false;
  })();
  const app = (
    i: number,
    amount: number,
    qualifier: SampleApplication["qualifier"],
    bound: string | null = null,
  ): SampleApplication => ({
    enterprise: who(i),
    rule: rule.id,
    amount: typed(amount),
    qualifier,
    bound,
  });

  // A typical amount in the rule's unit, above any amount gate.
  let amount = rule.amountUnit === "亿元" ? 25 : /个|件|项|款|家/.test(rule.amountUnit) ? 2 : 850;
  if (amountGate) amount = Math.max(amount, amountGate.value * 1.6);
  if (c.kind === "perItem") amount = 2;

  switch (q.type) {
    case "none":
      return [
        app(0, amount, null, ranged ? "上限" : null),
        app(
          1,
          rule.cap !== undefined && c.kind === "rate" ? (rule.cap / c.rate.max) * 3 : amount * 4,
          null,
          ranged ? "下限" : null,
        ),
      ];
    case "flag":
      return [app(0, 1, "否"), app(1, 1, "是")];
    case "level": {
      const levels =
        c.kind === "byLevel"
          ? (Object.keys(c.levels) as Level[]).filter((l) => c.levels[l])
          : (["provincial"] as Level[]);
      const first = levels[0] ?? "provincial";
      const second = levels[1] ?? first;
      return [
        app(0, 1, LEVEL_WORD[first], ranged ? "上限" : null),
        app(1, 1, LEVEL_WORD[second], ranged ? "中值" : null),
      ];
    }
    case "category":
      return [app(0, 150, q.options[0]), app(1, 2000, q.options[q.options.length > 1 ? 1 : 0])];
    case "number": {
      if (c.kind === "milestones") {
        // Revenue first crossing a milestone, and one that crossed it before.
        const m = [...c.milestones].sort((a, b) => a.above - b.above);
        const target = m[Math.min(1, m.length - 1)].above;
        return [app(0, target * 1.1, typed(target * 0.9)), app(1, target * 1.2, typed(target * 1.05))];
      }
      if (c.kind === "rateOnExcess") {
        // R&D spending of 7.5% and of 4% of sales revenue (the second below the share: nothing to pay).
        return [app(0, 600, 8000, ranged ? "上限" : null), app(1, 320, 8000, ranged ? "下限" : null)];
      }
      if (qualifierGate) {
        const pass = Math.max(qualifierGate.value * 2, amount * 1.5);
        const fail = qualifierGate.op.startsWith(">") ? qualifierGate.value * 0.8 : qualifierGate.value * 1.5;
        // A level-like qualifier (等级) takes whole numbers.
        const whole = /级/.test(q.unit);
        return [
          app(0, amount, whole ? Math.ceil(qualifierGate.value) + 1 : typed(pass)),
          app(1, amount, whole ? Math.max(0, Math.floor(qualifierGate.value) - 1) : typed(fail)),
        ];
      }
      return [app(0, amount, typed(amount * 2)), app(1, amount * 3, typed(amount * 6))];
    }
  }
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

/** Calculator tables: header names of the application inputs (SPEC §5 calculator). */
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

/** Citywide averages the demo assumes for growth items (as fractions). */
const SAMPLE_AVERAGE = 0.08;
const GRADES = ["好", "较好", "一般", "较好", "好", "较差"];

/**
 * Sample inputs of one bank × rubric item row, by the item's scoring kind: results spread below and
 * above the task or the average (so proportional points, bonus steps and penalties all occur).
 */
export function sampleBankInputs(
  item: RubricItem,
  task: number | null,
  key: string,
): { actual?: CellValue; reference?: CellValue; extra?: CellValue } {
  const h = hash(key);
  const f = PROGRESS_CASES[h % PROGRESS_CASES.length];
  const s = item.params;
  switch (s.kind) {
    case "vsTask": {
      const fraction = s.unit === "%";
      const reference = task ?? (s.defaultTask !== undefined ? null : fraction ? 0.1 : 5);
      const base = task ?? s.defaultTask ?? (reference as number);
      const out: { actual?: CellValue; reference?: CellValue; extra?: CellValue } = {
        actual: fraction ? Number((base * f * 1.3).toFixed(4)) : typed(base * f * 1.3),
      };
      if (item.inputs.reference && task === null && s.defaultTask === undefined) out.reference = reference;
      if (item.inputs.extra) out.extra = h % 3 === 0 ? "是" : "否";
      return out;
    }
    case "vsAverage":
      return { actual: Number((SAMPLE_AVERAGE + ((h % 13) - 6) / 100).toFixed(4)), reference: SAMPLE_AVERAGE };
    case "perStep":
      if (s.measure === "decrease") {
        const start = 0.045;
        return { actual: Number((start - (h % 12) * 0.0007).toFixed(5)), reference: start };
      }
      return {
        actual: typed(s.step * ((h % 90) / 10)),
        ...(item.inputs.extra ? { extra: typed(s.step * ((h % 40) / 10)) } : {}),
      };
    case "perEvent":
      return { actual: h % 6 };
    case "averagePlusEvents":
      return {
        actual: Number((SAMPLE_AVERAGE + ((h % 11) - 5) / 100).toFixed(4)),
        reference: SAMPLE_AVERAGE,
        extra: h % 4,
      };
    case "grade":
      return { actual: GRADES[h % GRADES.length] };
    case "combined":
    case "veto":
      return {};
  }
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
