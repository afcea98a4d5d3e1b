/**
 * The rule kinds, one module each, in a table keyed by the schema's kind union: a kind added to
 * `Computation` (src/core/schema/rule.ts) fails the build here until its module exists, and the
 * shared code (compile, evaluate, explain, native, the rule sheet, INFO, the demo) reaches every
 * kind-specific step through this table — there is no `switch` over the kind to forget a case in.
 */
import { byLevel, byLevelSamples } from "./byLevel";
import { fixed, fixedSamples } from "./fixed";
import { milestones, milestonesSamples } from "./milestones";
import { perItem, perItemSamples } from "./perItem";
import { rate, rateSamples } from "./rate";
import { rateOnExcess, rateOnExcessSamples } from "./rateOnExcess";
import { reservedShare, reservedShareSamples } from "./reservedShare";
import type { Rule } from "../../schema";
import type { ComputationKind, ComputationOf, KindSamples, RuleKind, SampleInput } from "./types";

export type { ComputationKind, ComputationOf, KindSamples, NativeContext, RuleKind, SampleInput } from "./types";
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

/** Every kind's sample applications (demo, tests), a table of its own so that bundles that do not use it drop it. */
export const RULE_KIND_SAMPLES = {
  rate: rateSamples,
  rateOnExcess: rateOnExcessSamples,
  fixed: fixedSamples,
  byLevel: byLevelSamples,
  milestones: milestonesSamples,
  perItem: perItemSamples,
  reservedShare: reservedShareSamples,
} satisfies { [K in ComputationKind]: KindSamples<ComputationOf<K>> };

/** The sample applications of a computation's kind. */
export function samplesOf<K extends ComputationKind>(rule: Rule, c: ComputationOf<K>): SampleInput[] {
  return (RULE_KIND_SAMPLES[c.kind as K] as unknown as KindSamples<ComputationOf<K>>)(rule, c);
}

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
