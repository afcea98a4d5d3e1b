/** An indicator of a plan's target table (docs/CATALOG.md, "IDs"). */
import { z } from "zod";
import { Comparator, Direction, Notes, Provenance, Range, SourceId } from "./common";

/** A target as written: a number, a range (6–8), or text with no number ("根据省级目标"). */
export const TargetValue = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("number"), value: z.number() }),
  z.object({ kind: z.literal("range"), min: z.number(), max: z.number() }),
  z.object({ kind: z.literal("text"), text: z.string().min(1) }),
]);
export type TargetValue = z.infer<typeof TargetValue>;

export const Milestone = z.object({
  year: z.number().int().min(2000).max(2100),
  target: TargetValue,
  /** This year's own comparator, where its wording differs from the indicator's (100家以上 in 2024, 超过200家 in 2025). */
  comparator: Comparator.optional(),
});
export type Milestone = z.infer<typeof Milestone>;

export const Indicator = z.object({
  /** `<source>.<NN>`, NN the two-digit 序号 of the source's own table. */
  id: z.string().regex(/^[A-Z0-9-]+\.\d{2}$/, {
    message: "指标ID应为 来源ID.两位序号，如 MY-PLAN.03 / an indicator ID is <SOURCE-ID>.<NN>, e.g. MY-PLAN.03",
  }),
  sourceId: SourceId,
  /**
   * How NN was given: `table` = the table's own 序号; `text-order` = no numbered table, numbered in
   * order of appearance in the text; `sub-row` = an unnumbered table row given the next free number.
   */
  numbering: z.enum(["table", "text-order", "sub-row"]),
  name: z.string().min(1),
  nameEn: z.string().optional(),
  /** 一级指标 / group as written (e.g. 规模实力). */
  category: z.string().optional(),
  /** Unit as written: 亿元, 家, %, 个, 万元, 人/万人, 吨标准煤/万元 … */
  unit: z.string(),
  direction: Direction,
  comparator: Comparator,
  /** The words that set the comparator (突破, 达到, 以上, 降至 …), where written. */
  comparatorText: z.string().optional(),
  baseYear: z.number().int().optional(),
  /** Absent when the table has "-" or "/". */
  base: z.number().optional(),
  /** A non-numeric base as written. */
  baseText: z.string().optional(),
  /** Every milestone target by year, ascending; the last is the final target. */
  milestones: z.array(Milestone).min(1),
  /** 约束性 / 预期性 where given. */
  attribute: z.enum(["约束性", "预期性"]).optional(),
  /** Annual growth rate as a fraction, where given (年均增长 8% → 0.08). */
  growthRate: z.number().optional(),
  /** A yearly increment in the indicator's unit, where given instead of a rate (每年新增 4-6 家). */
  annualIncrement: Range.optional(),
  leadUnit: z.string().optional(),
  responsibleUnits: z.array(z.string()).optional(),
  notes: Notes,
  provenance: z.array(Provenance).min(1),
});
export type Indicator = z.infer<typeof Indicator>;
export type IndicatorInput = z.input<typeof Indicator>;
