/**
 * An incentive rule (docs/INCENTIVES.md; the fixed IDs in docs/CATALOG.md). The computation is data: a kind with its
 * parameters, gates and a cap; the engine in src/core/incentives evaluates any rule of these kinds.
 */
import { z } from "zod";
import { Level, Notes, Provenance, Range, SourceId } from "./common";

/** An eligibility threshold: below it the award is a legitimate 0, and EXPLAIN names the gate. */
export const Gate = z.object({
  on: z.enum(["amount", "qualifier"]),
  op: z.enum([">=", ">", "<=", "<"]),
  value: z.number(),
  /** Unit of `value` (the amount's or the qualifier's unit). */
  unit: z.string(),
  /** The condition in Chinese as the clause puts it, e.g. 项目总投资300万元以上. */
  label: z.string().min(1),
});
export type Gate = z.infer<typeof Gate>;

/** What the optional `qualifier` argument means for this rule. */
export const Qualifier = z.discriminatedUnion("type", [
  z.object({ type: z.literal("none") }),
  /** `default`: the value a blank qualifier stands for (e.g. no previous revenue → 0); absent = required. */
  z.object({ type: z.literal("number"), unit: z.string(), meaning: z.string().min(1), default: z.number().optional() }),
  z.object({ type: z.literal("level"), meaning: z.string().min(1) }),
  /** TRUE/已获 etc. With `notPaidAgain`, TRUE means the award was already paid → 0. */
  z.object({ type: z.literal("flag"), meaning: z.string().min(1) }),
  /** `aliases`: other words accepted for an option (English, short forms), alias → option. */
  z.object({
    type: z.literal("category"),
    options: z.array(z.string()).min(1),
    aliases: z.record(z.string(), z.string()).default({}),
    meaning: z.string().min(1),
  }),
]);
export type Qualifier = z.infer<typeof Qualifier>;

export const Computation = z.discriminatedUnion("kind", [
  /** rate × amount (rate may be a range, picked by bound). */
  z.object({ kind: z.literal("rate"), rate: Range }),
  /** rate × (amount − share × qualifier): R&D spending above 5% of sales revenue. */
  z.object({ kind: z.literal("rateOnExcess"), rate: Range, share: z.number().positive() }),
  /** A fixed or ranged one-off amount. */
  z.object({ kind: z.literal("fixed"), amount: Range }),
  /** Amount (fixed or ranged) by level; the level is the qualifier. */
  z.object({
    kind: z.literal("byLevel"),
    levels: z.object({
      national: Range.optional(),
      provincial: Range.optional(),
      prefecture: Range.optional(),
      county: Range.optional(),
    }),
  }),
  /**
   * "首次突破": paid for the highest milestone the amount is strictly above while the qualifier
   * (previous best) is not.
   */
  z.object({
    kind: z.literal("milestones"),
    milestones: z.array(z.object({ above: z.number(), award: z.number(), note: z.string().optional() })).min(1),
  }),
  /** Per item (amount = number of items), with the per-provider cap in `cap`. */
  z.object({ kind: z.literal("perItem"), perItem: Range }),
  /**
   * Reserved share (government procurement for SMEs): up to a threshold by category the whole
   * budget; above it `share` of the budget, of which `smallMicroShare` for small and micro enterprises.
   */
  z.object({
    kind: z.literal("reservedShare"),
    wholeUpTo: z.record(z.string(), z.number()),
    share: z.number(),
    smallMicroShare: z.number(),
  }),
]);
export type Computation = z.infer<typeof Computation>;

export const Rule = z.object({
  id: z.string().regex(/^[A-Z0-9-]+\.R-[A-Z0-9-]+$/, {
    message:
      "规则ID应为 来源ID.R-名称（大写字母、数字、连字符），如 MY-PLAN.R-AWARD / a rule ID is <SOURCE-ID>.R-<NAME>, e.g. MY-PLAN.R-AWARD",
  }),
  sourceId: SourceId,
  name: z.string().min(1),
  nameEn: z.string().optional(),
  computation: Computation,
  /** Base unit of `amount` (万元, 亿元, 个 …). */
  amountUnit: z.string(),
  /** What `amount` is, in the clause's words (设备、信息化软件投资额); EXPLAIN and the rule sheet show it. */
  amountMeaning: z.string().optional(),
  /** Output unit; 万元 unless stated. */
  outputUnit: z.string().default("万元"),
  qualifier: Qualifier,
  /** Ceiling of the award, in the output unit. */
  cap: z.number().optional(),
  /** Wording of the cap as in the clause, e.g. 不超过200万元. */
  capLabel: z.string().optional(),
  gates: z.array(Gate).default([]),
  /** "不重复奖励": a TRUE qualifier (already paid) gives 0. */
  notPaidAgain: z.boolean().default(false),
  /** What a bare "市级" means in this document: Huangshi documents → prefecture, Daye → county. */
  cityLevel: Level.default("prefecture"),
  notes: Notes,
  provenance: z.array(Provenance).min(1),
});
export type Rule = z.infer<typeof Rule>;
export type RuleInput = z.input<typeof Rule>;
