/**
 * SCORE: the points a unit earns on one rubric item, with a one-line Chinese account of how they
 * were reached. Pure: the rubric is data (src/core/schema/rubric.ts); every kind of item is computed
 * here, and src/core/rubric/native.ts mirrors each computation as a native Excel formula.
 *
 * Step counting is exact in decimal terms (wholeSteps): 0.999亿 above a task is no full 1亿 step.
 */
import type { CatalogIndex } from "../catalogIndex";
import { badValue, notAvailable, notFinite } from "../errors";
import { percentText } from "../format";
import { clean, isBlank, parseNumber, shown, toHalfWidth, wholeSteps as exactSteps } from "../parse";
import type { Rubric, RubricItem, RubricScoring } from "../schema";
import { annexRowFor, findAnnex } from "./annex";
import { amount, count, flag, rate, required, signedAmount, unused } from "./inputs";

export interface ScoreArgs {
  actual: unknown;
  reference?: unknown;
  extra?: unknown;
}

export interface ScoreResult {
  points: number;
  /** How the points were reached, in Chinese, ending with the clause. */
  explanation: string;
}

type Of<K extends RubricScoring["kind"]> = Extract<RubricScoring, { kind: K }>;

/**
 * An intermediate result that must be finite: the native formula computes the same step, and a
 * spreadsheet answers #NUM! when it overflows (1e308 − (−1e308)), so SCORE does too rather than let a
 * cap or MAX turn ±Infinity back into points.
 */
function fin(x: number): number {
  if (Number.isFinite(x)) return x;
  throw notFinite("得分计算中的数值超出范围", "a step of the computation is not a finite number");
}

/** Full steps in x, as wholeSteps, where x / step must be finite. */
function wholeSteps(x: number, step: number): number {
  fin(x / step);
  return exactSteps(fin(x), step);
}
type Computed = { points: number; steps: string[] };

/** Points of one item for the given inputs; throws PolicyError on bad input. */
export function scoreItem(rubric: Rubric, item: RubricItem, args: ScoreArgs): ScoreResult {
  const { points, steps } = compute(rubric, item, args);
  if (!Number.isFinite(points))
    throw notFinite(`${item.name}的得分超出数值范围`, `${item.id}: the points are not a finite number`);
  const p = clean(points) + 0; // + 0 turns −0 into 0
  const clause = item.provenance[0];
  const where = clause ? `（${clause.document} ${clause.clause}）` : "";
  return { points: p, explanation: `${item.name}：${steps.join("；")} → ${fmt(p)}分${where}` };
}

function compute(rubric: Rubric, item: RubricItem, args: ScoreArgs): Computed {
  const s = item.params;
  switch (s.kind) {
    case "vsTask":
      return vsTask(rubric, item, s, args);
    case "vsAverage":
      return vsAverage(item, s, args);
    case "perStep":
      return perStep(item, s, args);
    case "perEvent":
      return perEvent(item, s, args);
    case "averagePlusEvents":
      return averagePlusEvents(item, s, args);
    case "grade":
      return grade(item, s, args);
    case "combined":
      return combined(item, s, args);
    case "veto":
      return veto(item, args);
  }
}

/** The task: a number, a unit named in the annex, or the text's own default task. */
function taskOf(rubric: Rubric, item: RubricItem, s: Of<"vsTask">, reference: unknown): { task: number; from: string } {
  if (isBlank(reference)) {
    if (s.defaultTask !== undefined) return { task: s.defaultTask, from: "正文任务" };
    required(undefined, "reference", item);
  }
  if (typeof reference === "string" && s.taskAnnex && !/^[\s\d０-９.,，+\-%％]/.test(toHalfWidth(reference))) {
    const annex = findAnnex(rubric, s.taskAnnex.annex);
    const row = annex ? annexRowFor(annex, reference) : undefined;
    const v = row?.[s.taskAnnex.task];
    if (typeof v !== "number")
      throw notAvailable(
        `附件中没有此单位：“${reference}”（${annex?.name ?? s.taskAnnex.annex}）`,
        `no unit "${reference}" in annex ${s.taskAnnex.annex}`,
      );
    return { task: v, from: `${annex?.name.split(" ")[0] ?? "附件"}${String(row?.[annex?.keyColumn ?? "bank"])}任务` };
  }
  return { task: signedAmount(reference, "reference", s.unit, "任务数"), from: "任务" };
}

function vsTask(rubric: Rubric, item: RubricItem, s: Of<"vsTask">, args: ScoreArgs): Computed {
  required(args.actual, "actual", item);
  const actual = signedAmount(args.actual, "actual", s.unit);
  const { task, from } = taskOf(rubric, item, s, args.reference);
  if (!(task > 0)) throw badValue(`任务数必须大于0：${task}`, `the task must be greater than 0: ${task}`);
  const newcomer = s.flagBonus ? flag(args.extra, "extra", "新纳入合作") : (unused(args.extra, "extra", item), false);
  const u = (x: number) => withUnit(x, s.unit);
  const d = (x: number) => (s.unit === "%" ? pp(x) : withUnit(x, s.unit));
  const steps: string[] = [];
  let points: number;
  // Compared before subtracting: actual − task is computed only where the native formula computes it.
  if (actual >= task) {
    const over = clean(fin(actual - task));
    const n = wholeSteps(over, s.bonus.step);
    const raw = clean(n * s.bonus.points);
    const bonus = s.bonus.cap === undefined ? raw : Math.min(raw, s.bonus.cap);
    points = s.points + bonus;
    steps.push(`完成${u(actual)} ≥ ${from}${u(task)}，得${fmt(s.points)}分`);
    steps.push(
      `超出${d(over)}，满${d(s.bonus.step)}的${n}个 × ${fmt(s.bonus.points)}分 = ${fmt(raw)}分` +
        (s.bonus.cap !== undefined ? `（加分上限${fmt(s.bonus.cap)}分${raw > s.bonus.cap ? "，已封顶" : ""}）` : ""),
    );
  } else {
    // The ratio first: 40 × 1e308 would overflow (the native formula computes it the same way).
    points = Math.max(0, fin(s.points * fin(actual / task)));
    steps.push(
      `完成${u(actual)} < ${from}${u(task)}，按完成比例 ${fmt(s.points)} × ${fmt(actual)}/${fmt(task)} = ${fmt(points)}分` +
        (actual < 0 ? "（负增长按0分）" : ""),
    );
  }
  if (s.flagBonus && newcomer) {
    points += s.flagBonus.points;
    steps.push(`${s.flagBonus.meaning}，加${fmt(s.flagBonus.points)}分`);
  }
  if (s.cap !== undefined && points > s.cap) {
    points = s.cap;
    steps.push(`封顶${fmt(s.cap)}分`);
  }
  return { points, steps };
}

function vsAverage(item: RubricItem, s: Of<"vsAverage">, args: ScoreArgs): Computed {
  required(args.actual, "actual", item);
  required(args.reference, "reference", item);
  unused(args.extra, "extra", item);
  const actual = signedAmount(args.actual, "actual", "%", "本行增速");
  const average = signedAmount(args.reference, "reference", "%", "平均增速");
  const diff = clean(fin(actual - average));
  const steps = [`本行${pct(actual)}，${s.averageOf}${pct(average)}`];
  if (diff >= 0) {
    const n = wholeSteps(diff, s.bonus.step);
    const raw = clean(n * s.bonus.points);
    const bonus = s.bonus.cap === undefined ? raw : Math.min(raw, s.bonus.cap);
    steps.push(
      `达到平均得${fmt(s.points)}分，高${pp(diff)}，满${pp(s.bonus.step)}的${n}个 × ${fmt(s.bonus.points)}分 = ${fmt(raw)}分` +
        (s.bonus.cap !== undefined ? `（加分上限${fmt(s.bonus.cap)}分${raw > s.bonus.cap ? "，已封顶" : ""}）` : ""),
    );
    return { points: s.points + bonus, steps };
  }
  const n = wholeSteps(-diff, s.penalty.step);
  const raw = clean(s.points - n * s.penalty.points);
  steps.push(
    `低${pp(-diff)}，满${pp(s.penalty.step)}的${n}个 × ${fmt(s.penalty.points)}分，扣至${fmt(Math.max(raw, s.penalty.floor))}分` +
      (raw < s.penalty.floor ? `（扣完为止，最低${fmt(s.penalty.floor)}分）` : ""),
  );
  return { points: Math.max(raw, s.penalty.floor), steps };
}

function perStep(item: RubricItem, s: Of<"perStep">, args: ScoreArgs): Computed {
  required(args.actual, "actual", item);
  let measure: number;
  const steps: string[] = [];
  if (s.measure === "decrease") {
    required(args.reference, "reference", item);
    unused(args.extra, "extra", item);
    const now = rate(args.actual, "actual", "当期利率");
    const start = rate(args.reference, "reference", "年初利率");
    measure = Math.max(0, clean(start - now));
    steps.push(`年初${pct(start)}，当期${pct(now)}，下降${pp(measure)}`);
  } else {
    unused(args.reference, "reference", item);
    const a = amount(args.actual, "actual", s.unit);
    const aw = s.actualWeight ?? 1;
    if (s.extraWeight !== undefined) {
      const e = isBlank(args.extra) ? 0 : amount(args.extra, "extra", s.unit, "附加值");
      measure = clean(fin(a * aw + e * s.extraWeight));
      steps.push(
        `计入 ${withUnit(a, s.unit)}×${pct(aw)} + ${withUnit(e, s.unit)}×${pct(s.extraWeight)} = ${withUnit(measure, s.unit)}`,
      );
    } else {
      unused(args.extra, "extra", item);
      measure = clean(fin(a * aw));
      steps.push(`计入${withUnit(measure, s.unit)}`);
    }
  }
  const n = wholeSteps(measure, s.step);
  const raw = clean(fin(n * s.points));
  const stepText = s.unit === "%" ? pp(s.step) : withUnit(s.step, s.unit);
  steps.push(
    `满${stepText}的${n}个 × ${fmt(s.points)}分 = ${fmt(raw)}分（上限${fmt(s.cap)}分${raw > s.cap ? "，已封顶" : ""}）`,
  );
  return { points: Math.min(raw, s.cap), steps };
}

function perEvent(item: RubricItem, s: Of<"perEvent">, args: ScoreArgs): Computed {
  required(args.actual, "actual", item);
  unused(args.reference, "reference", item);
  unused(args.extra, "extra", item);
  const n = count(args.actual, "actual", "单数", false);
  const raw = clean(fin(n * s.points));
  return {
    points: Math.min(raw, s.cap),
    steps: [
      `${s.event}${n}单 × ${fmt(s.points)}分 = ${fmt(raw)}分（上限${fmt(s.cap)}分${raw > s.cap ? "，已封顶" : ""}）`,
    ],
  };
}

function averagePlusEvents(item: RubricItem, s: Of<"averagePlusEvents">, args: ScoreArgs): Computed {
  required(args.actual, "actual", item);
  required(args.reference, "reference", item);
  const actual = signedAmount(args.actual, "actual", s.unit);
  const average = signedAmount(args.reference, "reference", s.unit, "全市平均");
  const events = count(args.extra, "extra", "加分事项数", true);
  const show = (x: number) => (s.unit === "%" ? pct(x) : withUnit(x, s.unit));
  const steps: string[] = [];
  let base: number;
  if (actual >= average) {
    base = s.points;
    steps.push(`本行${show(actual)} ≥ ${s.averageOf}${show(average)}，得${fmt(base)}分`);
  } else if (s.below === "proportional") {
    if (!(average > 0))
      throw badValue(`全市平均必须大于0：${average}`, `the citywide average must be greater than 0: ${average}`);
    base = Math.max(0, fin(s.points * fin(actual / average)));
    steps.push(
      `本行${show(actual)} < ${s.averageOf}${show(average)}，按比例 ${fmt(s.points)} × ${fmt(actual)}/${fmt(average)} = ${fmt(base)}分`,
    );
  } else {
    base = 0;
    steps.push(`本行${show(actual)} < ${s.averageOf}${show(average)}，不得分`);
  }
  const bonus = clean(fin(events * s.eventPoints));
  const total = clean(base + bonus);
  steps.push(
    `加分事项${events}项 × ${fmt(s.eventPoints)}分 = ${fmt(bonus)}分（合计上限${fmt(s.cap)}分${total > s.cap ? "，已封顶" : ""}）`,
  );
  return { points: Math.min(total, s.cap), steps };
}

/** A band as signed points: 较差 stored as 1…5 with `negative` is −5…−1. */
export function signedBand(g: { min: number; max: number; negative?: boolean }): { lo: number; hi: number } {
  return g.negative ? { lo: -g.max, hi: -g.min } : { lo: g.min, hi: g.max };
}

function grade(item: RubricItem, s: Of<"grade">, args: ScoreArgs): Computed {
  required(args.actual, "actual", item);
  unused(args.extra, "extra", item);
  const bands = s.grades.map((g) => ({ label: g.label, ...signedBand(g) }));
  const list = bands.map((b) => `${b.label}${b.lo === b.hi ? fmt(b.lo) : `${fmt(b.lo)}至${fmt(b.hi)}`}分`).join("、");
  const label =
    typeof args.actual === "string"
      ? toHalfWidth(args.actual)
          .replace(/[\s"“”'‘’「」]/g, "")
          .replace(/档$/, "")
      : "";
  const named = bands.find((b) => b.label === label);
  if (named) {
    if (isBlank(args.reference)) {
      return { points: named.hi, steps: [`评定“${named.label}”，未给档内分值，取该档上限${fmt(named.hi)}分`] };
    }
    const v = parseNumber(args.reference, { label: "档内分值 reference", unit: "分", allowNegative: true });
    if (v < named.lo || v > named.hi)
      throw badValue(
        `档内分值${fmt(v)}不在“${named.label}”档（${fmt(named.lo)}至${fmt(named.hi)}分）内`,
        `score ${v} is outside the grade "${named.label}" (${named.lo} to ${named.hi})`,
      );
    return { points: v, steps: [`评定“${named.label}”，档内分值${fmt(v)}分`] };
  }
  if (typeof args.actual === "string" && !/^[\s\d０-９.+\-－]/.test(args.actual))
    throw badValue(`无法识别的档次：“${args.actual}”（可用：${list}）`, `unknown grade "${args.actual}"`);
  unused(args.reference, "reference", item);
  const v = parseNumber(args.actual, { label: "评分 actual", unit: "分", allowNegative: true });
  const band = bands.find((b) => v >= b.lo && v <= b.hi);
  if (!band) throw badValue(`评分${fmt(v)}不属于任何一档（${list}）`, `score ${v} lies in no grade band`);
  return { points: v, steps: [`评分${fmt(v)}分，属“${band.label}”档`] };
}

function combined(item: RubricItem, s: Of<"combined">, args: ScoreArgs): Computed {
  required(args.actual, "actual", item);
  unused(args.extra, "extra", item);
  const a = parseNumber(args.actual, { label: "第一项得分 actual", unit: "分" });
  const b = isBlank(args.reference) ? 0 : parseNumber(args.reference, { label: "第二项得分 reference", unit: "分" });
  const sum = clean(fin(a + b));
  return {
    points: Math.min(sum, s.cap),
    steps: [
      `两项得分 ${fmt(a)} + ${fmt(b)} = ${fmt(sum)}分（合计上限${fmt(s.cap)}分${sum > s.cap ? "，已封顶" : ""}）`,
    ],
  };
}

function veto(item: RubricItem, args: ScoreArgs): Computed {
  required(args.actual, "actual", item);
  unused(args.reference, "reference", item);
  unused(args.extra, "extra", item);
  if (flag(args.actual, "actual", "是否一票否决"))
    throw badValue(
      "一票否决：直接取消考评资格，不计分、不排名（名次填“否决”，TIER 给出结果）",
      "vetoed: disqualified from the evaluation (no points, no rank)",
    );
  return { points: 0, steps: ["未触发一票否决，不影响得分"] };
}

/** Number for explanations: binary noise removed, at most 4 decimals. */
export function fmt(x: number): string {
  return String(Number(clean(x).toFixed(4)) + 0);
}

function pct(x: number): string {
  // x × 100 may overflow for a huge fraction: then the fraction itself.
  return Number.isFinite(x * 100) ? percentText(x, 4) : fmt(x);
}

/** A difference of two percentages, in percentage points (0.02 → 2个百分点). */
function pp(x: number): string {
  return Number.isFinite(x * 100) ? `${fmt(x * 100)}个百分点` : fmt(x);
}

function withUnit(x: number, unit: string): string {
  return unit === "%" ? pct(x) : `${fmt(x)}${unit}`;
}

/** SCORE(item, actual, [reference], [extra]) over a catalog. */
export function score(
  index: CatalogIndex,
  itemId: unknown,
  actual: unknown,
  reference?: unknown,
  extra?: unknown,
): number {
  return scoreById(index, itemId, { actual, reference, extra }).points;
}

/** The explanation line of SCORE (for EXPLAIN or a comment column). */
export function explainScore(
  index: CatalogIndex,
  itemId: unknown,
  actual: unknown,
  reference?: unknown,
  extra?: unknown,
): string {
  return scoreById(index, itemId, { actual, reference, extra }).explanation;
}

export function scoreById(index: CatalogIndex, itemId: unknown, args: ScoreArgs): ScoreResult {
  if (isBlank(itemId)) throw notAvailable("缺少考评项ID（如 HS-BANK-2024.S-LOAN-INC）", "rubric item ID is missing");
  if (typeof itemId !== "string") throw badValue(`考评项ID应为文本：${shown(itemId)}`, "rubric item ID must be text");
  const { item, rubric } = index.rubricItem(itemId);
  return scoreItem(rubric, item, args);
}
