/**
 * The rule kinds, one module each, in a table keyed by the schema's kind union: a kind added to
 * `Computation` (src/core/schema/rule.ts) fails the build here until its module exists, and the
 * shared code (compile, evaluate, explain, native, the rule sheet, INFO, the demo) reaches every
 * kind-specific step through this table — there is no `switch` over the kind to forget a case in.
 */
import { byLevel } from "./byLevel";
import { fixed } from "./fixed";
import { milestones } from "./milestones";
import { perItem } from "./perItem";
import { rate } from "./rate";
import { rateOnExcess } from "./rateOnExcess";
import { reservedShare } from "./reservedShare";
import type { ComputationKind, ComputationOf, RuleKind } from "./types";

export type { ComputationKind, ComputationOf, NativeContext, RuleKind, SampleInput } from "./types";
export type { Milestone } from "./milestones";

/** Every kind's module: exactly the kinds of the schema, no more, no fewer. */
export type RuleKindTable = { [K in ComputationKind]: RuleKind<ComputationOf<K>, { kind: K }> };

export const RULE_KINDS = {
  rate,
  rateOnExcess,
  fixed,
  byLevel,
  milestones,
  perItem,
  reservedShare,
} satisfies RuleKindTable;

type Table = typeof RULE_KINDS;

/** What compile makes of a computation, by kind. */
export type CompiledComputation = { [K in ComputationKind]: CompiledOf<K> }[ComputationKind];

/** What compile makes of a computation of kind K. */
export type CompiledOf<K extends ComputationKind> = ReturnType<Table[K]["compile"]>;

/**
 * The module of a kind, typed for it. The one cast: TypeScript cannot tie a table entry to a kind
 * read from a value of the union.
 */
export function ruleKind<K extends ComputationKind>(kind: K): RuleKind<ComputationOf<K>, CompiledOf<K>> {
  const k = RULE_KINDS[kind];
  if (!k) throw new Error(`unknown rule kind: ${String(kind)}`);
  return k as unknown as RuleKind<ComputationOf<K>, CompiledOf<K>>;
}
