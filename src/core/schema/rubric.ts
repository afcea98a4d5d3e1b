/**
 * A scoring rubric (HS-BANK-2024): items with points, steps, caps, floors, vetoes, and the result
 * tiers. Each item's `params` is one of a closed set of scoring kinds; the engine in src/core/rubric
 * evaluates any item of these kinds, so the numbers live here as data.
 *
 * Conventions: money in the item's `unit`; rates and growths are fractions (2个百分点 = 0.02);
 * "每高于任务数1亿元加1分" counts FULL steps only (0.999亿 above → 0).
 */

import { z } from "zod";
import { Notes, Provenance, SourceId } from "./common";

/** "每高于任务数1亿元加1分，最高不超过20分": +points per full step above, at most cap in total. */
export const StepBonus = z.object({
  step: z.number().positive(),
  points: z.number().positive(),
  /** Ceiling of the bonus alone; absent when only the item's overall cap limits it. */
  cap: z.number().positive().optional(),
});
export type StepBonus = z.infer<typeof StepBonus>;

/** "每低2个百分点扣1分，10分扣完为止": −points per full step below, never under floor. */
export const StepPenalty = z.object({
  step: z.number().positive(),
  points: z.number().positive(),
  floor: z.number(),
});
export type StepPenalty = z.infer<typeof StepPenalty>;

/** Where a per-bank number comes from: an annex, its row key column, the task (and 2023 base) column. */
export const AnnexRef = z.object({
  annex: z.string().min(1),
  task: z.string().min(1),
  base: z.string().optional(),
});
export type AnnexRef = z.infer<typeof AnnexRef>;

/** A grade band of a graded item; `negative` bands are deductions (较差 −5…−1 stored as 1…5). */
export const GradeBand = z
  .object({
    label: z.string().min(1),
    min: z.number(),
    max: z.number(),
    negative: z.boolean().default(false),
  })
  .refine((g) => g.min <= g.max, { message: "min 不能大于 max / min must not exceed max" });
export type GradeBand = z.infer<typeof GradeBand>;

export const RubricScoring = z.discriminatedUnion("kind", [
  /**
   * Against a task (增量): actual ≥ task → points + bonus steps; below → points × actual/task (≥0).
   * reference = the task; without one, `defaultTask` (a task the text fixes, e.g. 12%), else #N/A.
   * `flagBonus`: extra = TRUE adds these points (2024年新纳入合作的银行加2分).
   */
  z.object({
    kind: z.literal("vsTask"),
    points: z.number().positive(),
    /** Unit of actual and task: 亿元, 户, or % (a fraction). */
    unit: z.string().min(1),
    /** Per-bank task (and 2023 base) in an annex. */
    taskAnnex: AnnexRef.optional(),
    /** The task the text itself fixes for every bank (新增户数增长12% → 0.12). */
    defaultTask: z.number().positive().optional(),
    /** Growth the annex tasks were set at (贷款新增达到15% → 0.15); informational. */
    taskRate: z.number().positive().optional(),
    bonus: StepBonus,
    /** Ceiling of the item's points in total (two guarantee parts ≤ 10 together, so each ≤ 10). */
    cap: z.number().positive().optional(),
    flagBonus: z.object({ points: z.number().positive(), meaning: z.string().min(1) }).optional(),
  }),
  /**
   * Against the citywide average (增速): actual ≥ average → points + bonus steps; below → points −
   * penalty steps, not below the floor. actual = the bank's growth, reference = the average.
   */
  z.object({
    kind: z.literal("vsAverage"),
    points: z.number().positive(),
    /** What the reference is, e.g. 当年全市新增贷款平均增速. */
    averageOf: z.string().min(1),
    bonus: StepBonus,
    penalty: StepPenalty,
  }),
  /**
   * Points per full step of a quantity, capped: `actual` = actual × actualWeight + extra × extraWeight
   * (不良贷款: 核销 100%, 打包 50%); `decrease` = reference − actual (利率比年初每下降0.1个百分点).
   */
  z.object({
    kind: z.literal("perStep"),
    measure: z.enum(["actual", "decrease"]),
    unit: z.string().min(1),
    step: z.number().positive(),
    points: z.number().positive(),
    cap: z.number().positive(),
    actualWeight: z.number().positive().optional(),
    extraWeight: z.number().positive().optional(),
  }),
  /** Points per event (each first-of-its-kind product), capped; actual = the number of events. */
  z.object({
    kind: z.literal("perEvent"),
    points: z.number().positive(),
    cap: z.number().positive(),
    event: z.string().min(1),
  }),
  /**
   * Base points for reaching the citywide average (below: proportional, or nothing), plus points per
   * event (extra = number of events), the whole capped ("直至加满8分").
   */
  z.object({
    kind: z.literal("averagePlusEvents"),
    points: z.number().positive(),
    unit: z.string().min(1),
    averageOf: z.string().min(1),
    below: z.enum(["proportional", "zero"]),
    eventPoints: z.number().positive(),
    cap: z.number().positive(),
    event: z.string().min(1),
  }),
  /** Graded by the panel (好/较好/一般/较差/很差), each grade a band of points. */
  z.object({
    kind: z.literal("grade"),
    grades: z.array(GradeBand).min(1),
  }),
  /** Sum of its parts' points (actual, reference), capped ("两项加分合计最高不超过10分"). */
  z.object({
    kind: z.literal("combined"),
    parts: z.array(z.string().min(1)).min(2),
    cap: z.number().positive(),
  }),
  /** 一票否决: disqualifies from the evaluation; no points. */
  z.object({ kind: z.literal("veto") }),
]);
export type RubricScoring = z.infer<typeof RubricScoring>;
export type RubricKind = RubricScoring["kind"];

/** What the three inputs of SCORE mean for an item (Chinese, with unit); shown by INFO and as headers. */
export const RubricInputs = z.object({
  actual: z.string().min(1),
  reference: z.string().optional(),
  extra: z.string().optional(),
});
export type RubricInputs = z.infer<typeof RubricInputs>;

export const RubricItem = z.object({
  id: z.string().regex(/^[A-Z0-9-]+\.S-[A-Z0-9-]+$/),
  name: z.string().min(1),
  nameEn: z.string().optional(),
  /** 考评内容 group: 贷款投入, 贷款结构, 东楚融通, 加减分, 一票否决. */
  group: z.string().min(1),
  /** Sub-group as written, e.g. 中小微企业信贷（13分）. */
  subgroup: z.string().optional(),
  /** The scoring method and its numbers. */
  params: RubricScoring,
  inputs: RubricInputs,
  /** A part of a combined item (its points count only through that item). */
  partOf: z.string().optional(),
  notes: Notes,
  provenance: z.array(Provenance).min(1),
});
export type RubricItem = z.infer<typeof RubricItem>;
export type RubricItemInput = z.input<typeof RubricItem>;

export const RubricTier = z.object({
  label: z.string().min(1),
  /**
   * Ranks from..to (1-based); `fromEnd` counts from the last rank (the last 3 → 约谈). Where a rank
   * falls in both, the `fromEnd` tier wins (with 15 ranked banks, rank 13 is among the last 3).
   */
  from: z.number().int(),
  to: z.number().int(),
  fromEnd: z.boolean().default(false),
});
export type RubricTier = z.infer<typeof RubricTier>;

export const RubricAnnex = z.object({
  id: z.string(),
  name: z.string(),
  columns: z.array(z.object({ key: z.string(), header: z.string(), unit: z.string().optional() })),
  rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))),
  /** Column naming the row (the bank), and the label of the table's total row. */
  keyColumn: z.string().optional(),
  totalLabel: z.string().optional(),
  provenance: z.array(Provenance).min(1),
  notes: Notes,
});
export type RubricAnnex = z.infer<typeof RubricAnnex>;

export const Rubric = z.object({
  id: z.string(),
  sourceId: SourceId,
  name: z.string().min(1),
  items: z.array(RubricItem).min(1),
  tiers: z.array(RubricTier).default([]),
  /** Label TIER gives a vetoed (一票否决) unit. */
  vetoLabel: z.string().optional(),
  /** Label TIER gives a rank no tier covers. */
  otherLabel: z.string().optional(),
  /** Annex tables (e.g. 16 banks' 2023 balances and tasks) as rows of named values. */
  annexes: z.array(RubricAnnex).default([]),
  notes: Notes,
  provenance: z.array(Provenance).min(1),
});
export type Rubric = z.infer<typeof Rubric>;
export type RubricInput = z.input<typeof Rubric>;
