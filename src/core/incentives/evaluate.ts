/**
 * Evaluation of one incentive rule for one case (docs/INCENTIVES.md): read the cell values, check the
 * not-paid-again flag and the gates, compute by kind, apply the cap, round to the fen.
 *
 * The result is a flat record of every number used and of what bound the award (cap, gate, …), so
 * SUBSIDY reads `award` and EXPLAIN renders the same record: one code path for both.
 */
import { badValue, notAvailable, notFinite } from "../errors";
import { parseLevel, type Level } from "../levels";
import { isBlank, parseBound, parseFlag, parseNumber, shown, type Bound } from "../parse";
import type { Gate } from "../schema";
import { assertNever } from "../never";
import { roundAward, snap } from "./arithmetic";
import { normaliseWord, type CompiledRule } from "./compile";
import { ruleKind, type Milestone } from "./kinds";

export { roundAward, snap } from "./arithmetic";

/**
 * What decided the award:
 * - `formula`: the computation itself (no cap or gate in play);
 * - `cap`: the computed amount exceeded the cap, the cap was paid;
 * - `gate`: an eligibility threshold was not met → 0;
 * - `notPaidAgain`: already paid before → 0;
 * - `level`: the rule has no amount for the given level → 0;
 * - `milestone`: no milestone newly crossed → 0;
 * - `excess`: nothing above the share (R&D not above 5% of sales) → 0;
 * - `wholeBudget`: reserved share: the budget is within the threshold, all of it is reserved.
 */
export type BoundBy = "formula" | "cap" | "gate" | "notPaidAgain" | "level" | "milestone" | "excess" | "wholeBudget";

export interface Evaluation {
  rule: CompiledRule;
  /** In the rule's output unit (万元), rounded to 6 decimals (1 分). */
  award: number;
  boundBy: BoundBy;
  amount: number;
  bound: Bound;
  /** The qualifier as read: a number, a level, a flag or a category (by the rule's qualifier type). */
  qualifierNumber: number | undefined;
  level: Level | undefined;
  flag: boolean | undefined;
  category: string | undefined;
  /** Rate applied (rate kinds), per-item amount (perItem), fixed amount (fixed/byLevel). */
  rate: number | undefined;
  unitAward: number | undefined;
  /** What the rate applies to: the amount, or the excess over the share. */
  base: number | undefined;
  /** The award before cap and rounding. */
  raw: number;
  /** First gate not met, when boundBy = gate. */
  failedGate: Gate | undefined;
  /** The milestone paid (or undefined). */
  milestone: Milestone | undefined;
  /** Reserved share: threshold of the category; the small/micro part of the reserved amount. */
  threshold: number | undefined;
  smallMicro: number | undefined;
}

export function passes(x: number, gate: Gate): boolean {
  const s = snap(x);
  switch (gate.op) {
    case ">=":
      return s >= gate.value;
    case ">":
      return s > gate.value;
    case "<=":
      return s <= gate.value;
    case "<":
      return s < gate.value;
    default:
      return assertNever(gate.op, "gate operator");
  }
}

/** A single Chinese digit before the qualifier's unit ("二级" for level 2). */
const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function readQualifierNumber(r: CompiledRule, value: unknown): number {
  const q = r.rule.qualifier;
  if (q.type !== "number") return NaN;
  if (isBlank(value)) {
    if (q.default !== undefined) return q.default;
    throw notAvailable(`缺少${q.meaning}（qualifier，单位${q.unit}）`, `qualifier (${q.unit}) is missing for ${r.id}`);
  }
  if (typeof value === "string") {
    const m = /^\s*([一二两三四五六七八九])\s*(\S*)\s*$/.exec(value);
    if (m && (m[2] === "" || m[2] === q.unit)) return CN_DIGIT[m[1]];
  }
  return parseNumber(value, r.qualifierOptions);
}

function readCategory(r: CompiledRule, value: unknown): string {
  const q = r.rule.qualifier;
  if (q.type !== "category") return "";
  const options = q.options.join("/");
  // The meaning may already list the options ("采购项目类别（货物/服务/工程）").
  const what = q.meaning.includes(options) ? q.meaning : `${q.meaning}（${options}）`;
  if (isBlank(value)) throw notAvailable(`缺少${what}`, `qualifier is missing: one of ${options}`);
  const option =
    typeof value === "string" ? (r.categoryWords.get(value) ?? r.categoryWords.get(normaliseWord(value))) : undefined;
  if (option === undefined)
    throw badValue(
      `无法识别的${q.meaning}：“${shown(value)}”（可用：${options}）`,
      `unknown category "${shown(value)}" (use ${options})`,
    );
  return option;
}

/** Evaluate a compiled rule on what the cells hold. Bad input throws a PolicyError. */
export function evaluate(r: CompiledRule, amountIn: unknown, qualifierIn?: unknown, boundIn?: unknown): Evaluation {
  const rule = r.rule;
  const amount = parseNumber(amountIn, r.amountOptions);
  const bound = parseBound(boundIn);
  const qt = rule.qualifier.type;
  const qualifierNumber = qt === "number" ? readQualifierNumber(r, qualifierIn) : undefined;
  const level = qt === "level" ? parseLevel(qualifierIn, rule.cityLevel) : undefined;
  const flag = qt === "flag" ? parseFlag(qualifierIn, r.qualifierOptions.label) : undefined;
  const category = qt === "category" ? readCategory(r, qualifierIn) : undefined;
  const c = r.computation;
  const kind = ruleKind(c.kind);
  if (kind.wholeAmount && !Number.isInteger(snap(amount)))
    throw badValue(
      `${r.amountMeaning}应为整数（${rule.amountUnit}数）：${amount}`,
      `the number of items must be a whole number: ${amount}`,
    );

  const e: Evaluation = {
    rule: r,
    award: 0,
    boundBy: "formula",
    amount,
    bound,
    qualifierNumber,
    level,
    flag,
    category,
    rate: undefined,
    unitAward: undefined,
    base: undefined,
    raw: 0,
    failedGate: undefined,
    milestone: undefined,
    threshold: undefined,
    smallMicro: undefined,
  };

  if (rule.notPaidAgain && flag) {
    e.boundBy = "notPaidAgain";
    return e;
  }
  for (let i = 0; i < r.gates.length; i++) {
    const g = r.gates[i];
    if (!passes(g.on === "amount" ? amount : qualifierNumber!, g)) {
      e.boundBy = "gate";
      e.failedGate = g;
      return e;
    }
  }

  if (!kind.evaluate(c, e)) return e;

  // An overflow (1e308 items × 5万元) is #NUM! before the cap, as the native formula's product is.
  if (!Number.isFinite(e.raw))
    throw notFinite(`${rule.name}的计算结果超出数值范围`, `${rule.id}: the computed award is not a finite number`);
  if (e.raw > r.cap) {
    e.boundBy = "cap";
    e.award = r.cap;
  } else {
    e.award = roundAward(e.raw);
  }
  return e;
}
