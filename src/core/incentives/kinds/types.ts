/**
 * What a rule kind is made of. Each kind of `Computation` (src/core/schema/rule.ts) has one module
 * in this folder implementing this interface; ./index.ts gathers them in a table keyed by the
 * schema's kind union, so a kind added to the schema fails the build until its module exists.
 *
 * The shared code (reading inputs, the not-paid-again flag, gates, the cap, rounding) is in
 * ../evaluate.ts, ../explain.ts and ../native.ts and calls the kind only for what differs.
 */
import type { Computation, Range, Rule } from "../../schema";
import type { CompiledRule } from "../compile";
import type { Evaluation } from "../evaluate";
import type { Builder } from "../nativeParts";

export type ComputationKind = Computation["kind"];
export type ComputationOf<K extends ComputationKind> = Extract<Computation, { kind: K }>;

/** Inputs of one sample application: what a user would type in the calculator's cells. */
export interface SampleInput {
  amount: number;
  qualifier: string | number | null;
  bound: string | null;
}

/** What a kind's native formula is written with. */
export interface NativeContext {
  b: Builder;
  rule: Rule;
  compiled: CompiledRule;
  /** The numeric qualifier expression (its blank default applied), or the qualifier cell. */
  q: string;
  /** MIN(ROUND(x, 6), cap), or ROUND(x, 6) without a cap. */
  capped: (x: string) => string;
}

/**
 * One rule kind. `C` is its computation as the schema has it; `P` what compile makes of it once
 * (ranges with their mid-point, tables), carrying the same `kind`.
 */
export interface RuleKind<C extends Computation, P extends { kind: ComputationKind }> {
  /** The kind in a few words, for the rule sheet's 计算方式 column (按比例, 定额 …). */
  label: string;
  /** The rule's data turned once into what evaluation needs. */
  compile(c: C): P;
  /** Refuses rule data the kind cannot evaluate (a qualifier of the wrong type …): a catalog bug. */
  check(rule: Rule, p: P): void;
  /** Whether the `bound` argument can change the award. */
  ranged(p: P): boolean;
  /** `amount` counts items: a fraction is refused (#VALUE!). */
  wholeAmount: boolean;
  /**
   * Computes the award before cap and rounding into `e` (raw, rate, base, …). Returns false for an
   * award of 0 the kind itself decides (no excess, no level, no new milestone), with `e.boundBy` set.
   */
  evaluate(p: P, e: Evaluation): boolean;
  /** EXPLAIN's account of the computation with its numbers (only called when it ran). */
  explain(p: P, e: Evaluation): string;
  /** EXPLAIN's reason for a 0 this kind decided (see evaluate); absent where the kind never does. */
  explainZero?(p: P, e: Evaluation): string;
  /** The award as a native formula over the cells, before gates and flags. */
  native(p: P, x: NativeContext): string;
  /** The rule sheet's 比例或金额 cell. */
  sheetText(c: C, outputUnit: string): string;
  /** INFO's fields: the rate (rate kinds) and the award (amount kinds), read from the schema data. */
  info: {
    rate?(c: C): Range;
    award?(c: C): string | number;
  };
}

/**
 * A kind's two sample applications (a typical case and an edge case), for the demo and the tests.
 * Written in the kind's module beside its RuleKind, but as its own export gathered in its own table
 * (RULE_KIND_SAMPLES), so that the custom functions' bundle, which never asks for samples, leaves them out.
 */
export type KindSamples<C extends Computation> = (rule: Rule, c: C) => SampleInput[];
