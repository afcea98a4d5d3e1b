/** Building blocks shared by every catalog entry. */
import { z } from "zod";

export const SOURCE_IDS = [
  "DY-MFG-2024",
  "EZ-IND-2027",
  "HS-QUALITY-2024",
  "HS-CLUSTER-2026",
  "HS-PROVTASKS-2024",
  "HS-BANK-2024",
  "HS-SMEDIGI-2025",
  "DY-INNOV-2024",
  "HS-EQUIP-2025",
] as const;
export const SourceId = z.enum(SOURCE_IDS);
export type SourceId = z.infer<typeof SourceId>;

/**
 * Where an entry comes from. `quote` is text copied from the seed file; the provenance test checks
 * that it occurs there (whitespace runs compared as one space) and that the entry's numbers appear in it.
 */
export const Provenance = z.object({
  /** 文号 or title of the document, e.g. 冶发〔2024〕3号. */
  document: z.string().min(1),
  /** Section / clause / table row as a reader would cite it, e.g. 附件1 序号1, 四、（一）. */
  clause: z.string().min(1),
  /** Seed file name, e.g. 000_598209be3eb1f2e2.txt. */
  seed: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/),
  quote: z.string().min(2),
});
export type Provenance = z.infer<typeof Provenance>;
export type ProvenanceInput = z.input<typeof Provenance>;

/** Reading notes: how ambiguous wording was read, conflicts between parts of a document (SPEC §8). */
export const Notes = z.array(z.string().min(1)).default([]);

export const Direction = z.enum(["up", "down"]);
export type Direction = z.infer<typeof Direction>;

/** Comparator as written: ≥ 达到/以上, > 突破/超过, ≤ 降至/以下, < 低于, = 保持/稳定. */
export const Comparator = z.enum([">=", ">", "<=", "<", "="]);
export type Comparator = z.infer<typeof Comparator>;

/** A closed range, e.g. 40—50 万元 or a rate 4%—4.5% (as fractions). */
export const Range = z
  .object({ min: z.number(), max: z.number() })
  .refine((r) => r.min <= r.max, { message: "range min must not exceed max" });
export type Range = z.infer<typeof Range>;

export const Level = z.enum(["national", "provincial", "prefecture", "county"]);
export type Level = z.infer<typeof Level>;
