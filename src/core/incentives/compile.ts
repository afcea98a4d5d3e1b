/**
 * A rule's data turned once into what evaluation needs: ranges with their mid-point, levels as a
 * table, milestones highest first, category words as a map, the citation string. Evaluation then
 * does arithmetic only — no catalog parsing, no table building per call.
 */
import type { NumberOptions } from "../parse";
import type { Gate, Qualifier, Rule } from "../schema";
import { ruleKind, type CompiledComputation } from "./kinds";

export { pickOf, pickValue, type BoundedRange } from "./arithmetic";
export type { CompiledComputation, Milestone } from "./kinds";

export interface CompiledRule {
  rule: Rule;
  id: string;
  computation: CompiledComputation;
  /** Infinity when the rule has no cap. */
  cap: number;
  gates: Gate[];
  /** "冶发〔2024〕3号 四、激励政策（一）": the document number and clause EXPLAIN cites. */
  citation: string;
  /** What `amount` is, for messages and EXPLAIN (设备、信息化软件投资额). */
  amountMeaning: string;
  /** parseNumber options for amount and a numeric qualifier, built once (labels "中文 english"). */
  amountOptions: NumberOptions;
  qualifierOptions: NumberOptions;
  /** Category words (options and aliases, normalised) → option; empty unless the qualifier is a category. */
  categoryWords: Map<string, string>;
  /** Whether the `bound` argument can change the result. */
  ranged: boolean;
}

/** Lower case, half-width, no spaces: how typed words are compared. */
export function normaliseWord(text: string): string {
  // Excel's TRIM and case folding, as the portable formula's MATCH(TRIM(…)); full-width letters are
  // not folded (Excel's MATCH does not fold them either).
  return text.split(" ").filter(Boolean).join(" ").toLowerCase();
}

function categoryWords(q: Qualifier): Map<string, string> {
  const words = new Map<string, string>();
  if (q.type !== "category") return words;
  for (const o of q.options) words.set(normaliseWord(o), o);
  for (const [alias, option] of Object.entries(q.aliases)) words.set(normaliseWord(alias), option);
  return words;
}

/**
 * Compile a validated rule. Inconsistent data (a gate on a qualifier that is not a number, a
 * category rule without thresholds for its options) is a catalog bug and throws a plain Error, which
 * the catalog test catches before any user sees it.
 */
export function compileRule(rule: Rule): CompiledRule {
  const kind = ruleKind(rule.computation.kind);
  const computation = kind.compile(rule.computation);
  for (const g of rule.gates) {
    if (g.on === "qualifier" && rule.qualifier.type !== "number")
      throw new Error(`${rule.id}: a gate on the qualifier needs a numeric qualifier`);
  }
  kind.check(rule, computation);
  if (rule.notPaidAgain && rule.qualifier.type !== "flag")
    throw new Error(`${rule.id}: notPaidAgain needs a flag qualifier`);
  const p = rule.provenance[0];
  return {
    rule,
    id: rule.id,
    computation,
    cap: rule.cap ?? Infinity,
    gates: rule.gates,
    citation: `${p.document} ${p.clause}`,
    amountMeaning: rule.amountMeaning ?? "金额",
    amountOptions: { label: `${rule.amountMeaning ?? "金额"} amount`, unit: rule.amountUnit },
    qualifierOptions: {
      label: `${"meaning" in rule.qualifier ? rule.qualifier.meaning : "qualifier"} qualifier`,
      unit: rule.qualifier.type === "number" ? rule.qualifier.unit : undefined,
    },
    categoryWords: categoryWords(rule.qualifier),
    ranged: kind.ranged(computation),
  };
}
