/**
 * The rubric item kinds, one module each, in a table keyed by the schema's kind union: a kind added
 * to `RubricScoring` (src/core/schema/rubric.ts) fails the build here until its module exists, and
 * SCORE, its native formula, the bounds, the bank sheet and the demo reach every kind-specific step
 * through this table.
 */
import type { RubricKind } from "../../schema";
import { averagePlusEvents } from "./averagePlusEvents";
import { combined } from "./combined";
import { grade } from "./grade";
import { perEvent } from "./perEvent";
import { perStep } from "./perStep";
import { veto } from "./veto";
import { vsAverage } from "./vsAverage";
import { vsTask } from "./vsTask";
import type { ItemKind, ScoringOf } from "./types";

export type { ItemKind, SampleContext, SampleScoreInputs, ScoringOf } from "./types";

/** Every kind's module: exactly the kinds of the schema, no more, no fewer. */
export type ItemKindTable = { [K in RubricKind]: ItemKind<ScoringOf<K>> };

export const RUBRIC_KINDS = {
  vsTask,
  vsAverage,
  perStep,
  perEvent,
  averagePlusEvents,
  grade,
  combined,
  veto,
} satisfies ItemKindTable;

/**
 * The module of a kind, typed for it. The one cast: TypeScript cannot tie a table entry to a kind
 * read from a value of the union.
 */
export function itemKind<K extends RubricKind>(kind: K): ItemKind<ScoringOf<K>> {
  const k = RUBRIC_KINDS[kind];
  if (!k) throw new Error(`unknown rubric item kind: ${String(kind)}`);
  return k as unknown as ItemKind<ScoringOf<K>>;
}
