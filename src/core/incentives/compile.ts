/**
 * A rule's data turned once into what evaluation needs: ranges with their mid-point, levels as a
 * table, milestones highest first, category words as a map, the citation string. Evaluation then
 * does arithmetic only — no catalog parsing, no table building per call.
 */
import { LEVELS, type Level } from "../levels";
import { clean, type Bound, type NumberOptions } from "../parse";
import type { Gate, Qualifier, Range, Rule } from "../schema";

/** A range of amounts with the three bounds SUBSIDY can pick (min, mid-point, max). */
export interface BoundedRange {
  min: number;
  max: number;
  mid: number;
  /** min < max: the bound argument changes the result. */
  ranged: boolean;
}

export function pickOf(r: Range): BoundedRange {
  return { min: r.min, max: r.max, mid: clean((r.min + r.max) / 2), ranged: r.min < r.max };
}

export function pickValue(p: BoundedRange, bound: Bound): number {
  return bound === "max" ? p.max : bound === "min" ? p.min : p.mid;
}

export interface Milestone {
  above: number;
  award: number;
  note: string | undefined;
}

export type CompiledComputation =
  | { kind: "rate"; rate: BoundedRange }
  | { kind: "rateOnExcess"; rate: BoundedRange; share: number }
  | { kind: "fixed"; amount: BoundedRange }
  | { kind: "byLevel"; levels: Record<Level, BoundedRange | undefined>; covered: Level[] }
  | { kind: "milestones"; highestFirst: Milestone[]; ascending: Milestone[] }
  | { kind: "perItem"; perItem: BoundedRange }
  | {
      kind: "reservedShare";
      /** Category → budget up to which the whole budget is reserved. */
      wholeUpTo: Map<string, number>;
      share: number;
      smallMicroShare: number;
    };

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

function compileComputation(rule: Rule): CompiledComputation {
  const c = rule.computation;
  switch (c.kind) {
    case "rate":
      return { kind: "rate", rate: pickOf(c.rate) };
    case "rateOnExcess":
      return { kind: "rateOnExcess", rate: pickOf(c.rate), share: c.share };
    case "fixed":
      return { kind: "fixed", amount: pickOf(c.amount) };
    case "byLevel": {
      const levels = {} as Record<Level, BoundedRange | undefined>;
      for (const l of LEVELS) levels[l] = c.levels[l] ? pickOf(c.levels[l]!) : undefined;
      return { kind: "byLevel", levels, covered: LEVELS.filter((l) => levels[l] !== undefined) };
    }
    case "milestones": {
      const ascending = c.milestones
        .map((m) => ({ above: m.above, award: m.award, note: m.note }))
        .sort((a, b) => a.above - b.above);
      return { kind: "milestones", ascending, highestFirst: [...ascending].reverse() };
    }
    case "perItem":
      return { kind: "perItem", perItem: pickOf(c.perItem) };
    case "reservedShare":
      return {
        kind: "reservedShare",
        wholeUpTo: new Map(Object.entries(c.wholeUpTo)),
        share: c.share,
        smallMicroShare: c.smallMicroShare,
      };
  }
}

function isRanged(c: CompiledComputation): boolean {
  switch (c.kind) {
    case "rate":
    case "rateOnExcess":
      return c.rate.ranged;
    case "fixed":
      return c.amount.ranged;
    case "perItem":
      return c.perItem.ranged;
    case "byLevel":
      return c.covered.some((l) => c.levels[l]!.ranged);
    default:
      return false;
  }
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
  const computation = compileComputation(rule);
  for (const g of rule.gates) {
    if (g.on === "qualifier" && rule.qualifier.type !== "number")
      throw new Error(`${rule.id}: a gate on the qualifier needs a numeric qualifier`);
  }
  if ((computation.kind === "rateOnExcess" || computation.kind === "milestones") && rule.qualifier.type !== "number")
    throw new Error(`${rule.id}: ${computation.kind} needs a numeric qualifier`);
  if (computation.kind === "byLevel" && rule.qualifier.type !== "level")
    throw new Error(`${rule.id}: byLevel needs a level qualifier`);
  if (computation.kind === "reservedShare") {
    if (rule.qualifier.type !== "category") throw new Error(`${rule.id}: reservedShare needs a category qualifier`);
    for (const o of rule.qualifier.options)
      if (!computation.wholeUpTo.has(o)) throw new Error(`${rule.id}: no threshold for category ${o}`);
  }
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
    ranged: isRanged(computation),
  };
}
