/**
 * What a rubric item kind is made of. Each kind of `RubricScoring` (src/core/schema/rubric.ts) has one
 * module in this folder implementing this interface; ./index.ts gathers them in a table keyed by the
 * schema's kind union, so a kind added to the schema fails the build until its module exists.
 *
 * The shared code (SCORE's rounding and citation in ../score.ts, the native formula's wrapper in
 * ../native.ts, the bank sheet's rows in ../bankRows.ts) calls the kind only for what differs.
 */
import type { Rubric, RubricItem, RubricKind, RubricScoring } from "../../schema";
import type { PointBounds } from "../bounds";
import type { ScoreCells } from "../nativeParts";
import type { ScoreArgs } from "../score";
import type { Computed } from "../steps";

export type ScoringOf<K extends RubricKind> = Extract<RubricScoring, { kind: K }>;

/** Inputs of one sample bank × item row, as a user would type them. */
export interface SampleScoreInputs {
  actual?: number | string | null;
  reference?: number | string | null;
  extra?: number | string | null;
}

/** What a sample is drawn from: the row's task (annex or text), a hash of the row, a share of the way. */
export interface SampleContext {
  task: number | null;
  /** A hash of the row key: picks the case, so a demo file is the same on every run. */
  h: number;
  /** Share of the task reached (0.3 … 1.2), chosen by the hash. */
  f: number;
}

/** A reference the bank sheet fills in: null where the annex lacks the unit. */
export interface PrefilledReference {
  reference: number | null;
  source: "annex" | "default";
  base: number | null;
}

export interface ItemKind<S extends RubricScoring> {
  /** SCORE's points and account for the inputs; bad input throws a PolicyError. */
  score(s: S, item: RubricItem, args: ScoreArgs, rubric: Rubric): Computed;
  /** The same as a native formula over the cells (no leading "="). */
  native(s: S, item: RubricItem, cells: ScoreCells): string;
  /** The lowest and highest points, from the data alone. */
  bounds(s: S): PointBounds;
  /** The 满分 the item's heading gives (贷款增量（40分）): bonus points above it are 加分. */
  nominalPoints(s: S): number;
  /** Unit of actual on the bank sheet (亿元, 户, %, 单, 分); undefined where there is no amount. */
  unit(s: S): string | undefined;
  /**
   * The reference the bank sheet fills in for a unit (its task from an annex, or the task the text
   * fixes for all), with the unit's base from the same annex; absent where the user enters it.
   */
  prefilled?(s: S, rubric: Rubric, unit: string): PrefilledReference | undefined;
  /** Whether the item disqualifies (一票否决): asked once per unit in the bank sheet's summary, no points. */
  disqualifies: boolean;
  /** Whether the item's points are added into a unit's total (its parts aside). */
  countsInTotal: boolean;
  /**
   * The items whose points this item adds up (actual, reference): the bank sheet passes their points
   * cells instead of inputs of its own, and the demo types nothing into its row.
   */
  parts?(s: S): string[];
  /** The bank sheet's 填写说明 where the kind writes its own; else the inputs' meanings are shown. */
  howToFill?(s: S): string;
  /** Sample inputs of one bank × item row, for the demo and the tests. */
  samples(s: S, item: RubricItem, ctx: SampleContext): SampleScoreInputs;
}
