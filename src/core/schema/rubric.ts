/**
 * A scoring rubric (HS-BANK-2024): items with points, steps, caps, floors, vetoes, and the result
 * tiers. The rubric issue owns the item shapes; the catalog holds them as data.
 */
import { z } from "zod";
import { Notes, Provenance, SourceId } from "./common";

export const RubricItem = z.object({
  id: z.string().regex(/^[A-Z0-9-]+\.S-[A-Z0-9-]+$/),
  name: z.string().min(1),
  /** 考评内容 group: 贷款投入, 贷款结构, 东楚融通, 加减分, 一票否决. */
  group: z.string().min(1),
  /** Scoring parameters; shape per `kind`, defined by the rubric engine. */
  kind: z.string().min(1),
  params: z.record(z.string(), z.unknown()).default({}),
  notes: Notes,
  provenance: z.array(Provenance).min(1),
});
export type RubricItem = z.infer<typeof RubricItem>;

export const RubricTier = z.object({
  label: z.string().min(1),
  /** Ranks from..to (1-based); `fromEnd` counts from the last rank (the last 3 → 约谈). */
  from: z.number().int(),
  to: z.number().int(),
  fromEnd: z.boolean().default(false),
});

export const Rubric = z.object({
  id: z.string(),
  sourceId: SourceId,
  name: z.string().min(1),
  items: z.array(RubricItem).min(1),
  tiers: z.array(RubricTier).default([]),
  /** Annex tables (e.g. 16 banks' 2023 balances and tasks) as rows of named values. */
  annexes: z.array(z.object({
    id: z.string(),
    name: z.string(),
    columns: z.array(z.object({ key: z.string(), header: z.string(), unit: z.string().optional() })),
    rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))),
    provenance: z.array(Provenance).min(1),
    notes: Notes,
  })).default([]),
  notes: Notes,
  provenance: z.array(Provenance).min(1),
});
export type Rubric = z.infer<typeof Rubric>;
export type RubricInput = z.input<typeof Rubric>;
