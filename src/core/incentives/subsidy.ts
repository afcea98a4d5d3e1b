/**
 * The entry points SUBSIDY and EXPLAIN call: look the rule up in the catalog index (a hash lookup),
 * take its compiled form (built once per rule object and cached), evaluate.
 */
import type { CatalogIndex } from "../catalogIndex";
import { badValue, notAvailable } from "../errors";
import { isBlank, shown } from "../parse";
import type { Rule } from "../schema";
import { compileRule, type CompiledRule } from "./compile";
import { evaluate, type Evaluation } from "./evaluate";
import { explainEvaluation } from "./explain";

/** Keyed by the rule object: a new catalog (e.g. a workbook's embedded one) compiles afresh. */
const compiled = new WeakMap<Rule, CompiledRule>();

/** The last rule looked up: a column of one rule skips even the WeakMap lookup. */
let last: CompiledRule | undefined;

export function compiledRule(rule: Rule): CompiledRule {
  if (last !== undefined && last.rule === rule) return last;
  let c = compiled.get(rule);
  if (!c) {
    c = compileRule(rule);
    compiled.set(rule, c);
  }
  last = c;
  return c;
}

/** The compiled rule for what a cell holds as the rule ID. */
export function ruleFor(index: CatalogIndex, ruleId: unknown): CompiledRule {
  if (typeof ruleId !== "string") {
    if (isBlank(ruleId)) throw notAvailable("缺少奖补规则ID", "rule ID is missing");
    throw badValue(`奖补规则ID应为文本：${shown(ruleId)}`, `rule ID must be text: ${shown(ruleId)}`);
  }
  if (isBlank(ruleId)) throw notAvailable("缺少奖补规则ID", "rule ID is missing");
  return compiledRule(index.rule(ruleId));
}

/** The full evaluation: award, what bound it, every number used. */
export function evaluateRule(
  index: CatalogIndex,
  ruleId: unknown,
  amount: unknown,
  qualifier?: unknown,
  bound?: unknown,
): Evaluation {
  return evaluate(ruleFor(index, ruleId), amount, qualifier, bound);
}

/** SUBSIDY(rule, amount, [qualifier], [bound]): the award in the rule's output unit (万元). */
export function subsidy(
  index: CatalogIndex,
  ruleId: unknown,
  amount: unknown,
  qualifier?: unknown,
  bound?: unknown,
): number {
  return evaluate(ruleFor(index, ruleId), amount, qualifier, bound).award;
}

/** EXPLAIN(rule, amount, [qualifier], [bound]): one line of Chinese. */
export function explain(
  index: CatalogIndex,
  ruleId: unknown,
  amount: unknown,
  qualifier?: unknown,
  bound?: unknown,
): string {
  return explainEvaluation(evaluate(ruleFor(index, ruleId), amount, qualifier, bound));
}
