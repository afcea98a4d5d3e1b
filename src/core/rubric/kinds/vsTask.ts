/**
 * Against a task (增量): actual ≥ task → points + bonus steps; below → points × actual/task (≥0).
 * reference = the task (a number, or a unit the annex names); without one the task the text fixes
 * (`defaultTask`), else #N/A. `flagBonus`: extra = TRUE adds its points (新纳入合作的银行加2分).
 */
import { badValue, notAvailable } from "../../errors";
import { clean, isBlank, toHalfWidth } from "../../parse";
import type { Rubric, RubricItem } from "../../schema";
import { annexRowFor, findAnnex } from "../annex";
import { flag, required, signedAmount, unused } from "../inputs";
import {
  blank,
  filled,
  finite,
  flagWord,
  guarded,
  missing,
  need,
  notNumber,
  num,
  optionalNumber,
  steps,
  times,
  truthy,
  unusedArg,
  type Guard,
} from "../nativeParts";
import type { ScoreArgs } from "../score";
import { fin, wholeSteps, type Computed } from "../steps";
import { fmt, pp, withUnit } from "../text";
import { typed } from "./samples";
import type { ItemKind, SampleScoreInputs, ScoringOf } from "./types";

type S = ScoringOf<"vsTask">;

/** The task: a number, a unit named in the annex, or the text's own default task. */
function taskOf(rubric: Rubric, item: RubricItem, s: S, reference: unknown): { task: number; from: string } {
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

function scoreVsTask(rubric: Rubric, item: RubricItem, s: S, args: ScoreArgs): Computed {
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

export const vsTask: ItemKind<S> = {
  score: (s, item, args, rubric) => scoreVsTask(rubric, item, s, args),
  native(s, item, cells) {
    const A = cells.actual;
    const { reference: R, extra: E } = cells;
    // A blank task cell means the text's task, as in the engine.
    const text = s.defaultTask !== undefined ? num(s.defaultTask) : undefined;
    const taskGuards: Guard[] = [];
    let T: string;
    // Text where an annex gives the tasks: the engine looks it up as a bank name, which a formula
    // cannot; it answers as the engine does for a name the annex lacks (#N/A).
    const bankName = (c: string): Guard[] =>
      s.taskAnnex ? [[`AND(${filled(c)},NOT(ISLOGICAL(${c})),NOT(ISNUMBER(${c})))`, "#N/A"]] : [];
    if (R === undefined) T = text ?? need(undefined, "任务数 reference", item);
    else if (text === undefined) {
      T = R;
      taskGuards.push(missing(R), ...bankName(R), notNumber(R));
    } else {
      T = `IF(${blank(R)},${text},${R})`;
      taskGuards.push(...bankName(R), ...optionalNumber(R, true));
    }
    taskGuards.push([`${T}<=0`, "#VALUE!"]);
    const extraGuards: Guard[] = s.flagBonus ? (E ? [flagWord(E)] : []) : unusedArg(E);
    const raw = times(s.bonus.points, steps(`${A}-${T}`, s.bonus.step));
    const bonus = s.bonus.cap !== undefined ? `MIN(${num(s.bonus.cap)},${raw})` : raw;
    // points × (actual ÷ task): the ratio first, so that 40 × 1e308 cannot overflow.
    let f = `IF(${A}>=${T},${num(s.points)}+${bonus},MAX(0,${finite(`${num(s.points)}*${finite(`${A}/${T}`)}`)}))`;
    if (s.flagBonus) f += `+IF(${truthy(need(E, "extra", item))},${num(s.flagBonus.points)},0)`;
    if (s.cap !== undefined) f = `MIN(${num(s.cap)},${f})`;
    return guarded([missing(A), notNumber(A), ...taskGuards, ...extraGuards], f);
  },
  bounds(s) {
    const top = s.points + (s.bonus.cap ?? Infinity) + (s.flagBonus?.points ?? 0);
    return { min: 0, max: Math.min(top, s.cap ?? Infinity) };
  },
  nominalPoints: (s) => s.points,
  unit: (s) => s.unit,
  countsInTotal: true,
  disqualifies: false,
  prefilled(s, rubric, unit) {
    if (s.taskAnnex) {
      const annex = findAnnex(rubric, s.taskAnnex.annex);
      const row = annex ? annexRowFor(annex, unit) : undefined;
      const task = row?.[s.taskAnnex.task];
      const b = s.taskAnnex.base ? row?.[s.taskAnnex.base] : undefined;
      return {
        reference: typeof task === "number" ? task : null,
        source: "annex",
        base: typeof b === "number" ? b : null,
      };
    }
    if (s.defaultTask !== undefined) return { reference: s.defaultTask, source: "default", base: null };
    return undefined;
  },
  samples(s, item, { task, h, f }) {
    const fraction = s.unit === "%";
    const reference = task ?? (s.defaultTask !== undefined ? null : fraction ? 0.1 : 5);
    const base = task ?? s.defaultTask ?? (reference as number);
    const out: SampleScoreInputs = {
      actual: fraction ? Number((base * f * 1.3).toFixed(4)) : typed(base * f * 1.3),
    };
    if (item.inputs.reference && task === null && s.defaultTask === undefined) out.reference = reference;
    if (item.inputs.extra) out.extra = h % 3 === 0 ? "是" : "否";
    return out;
  },
};
