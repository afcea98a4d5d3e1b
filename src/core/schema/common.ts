/** Building blocks shared by every catalog entry. */
import { z } from "zod";

/** The nine built-in sources (docs/CATALOG.md): a closed list, each with its seed file. */
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
export const BuiltInSourceId = z.enum(SOURCE_IDS);
export type BuiltInSourceId = z.infer<typeof BuiltInSourceId>;

/** Upper-case letters and digits in groups joined by single hyphens: DY-MFG-2024, MY-PLAN. */
export const SOURCE_ID_PATTERN = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/;
const SOURCE_ID_MAX = 40;

/** Whether `id` is one of the built-in sources. */
export function isBuiltInSourceId(id: string): id is BuiltInSourceId {
  return (SOURCE_IDS as readonly string[]).includes(id);
}

/** Any source's ID, built-in or the user's; the catalog checks that the source exists. */
export const SourceId = z
  .string()
  .max(SOURCE_ID_MAX, {
    message: `来源ID最长${SOURCE_ID_MAX}个字符 / a source ID has at most ${SOURCE_ID_MAX} characters`,
  })
  .regex(SOURCE_ID_PATTERN, {
    message:
      "来源ID只能用大写字母、数字和连字符，如 MY-PLAN-2025 / a source ID is upper-case letters, digits and single hyphens, e.g. MY-PLAN-2025",
  });
export type SourceId = z.infer<typeof SourceId>;

/** A user source's ID: well-formed and not a built-in ID. */
export const UserSourceId = SourceId.refine((id) => !isBuiltInSourceId(id), {
  message: "此ID是内置来源的ID，请换一个 / this ID belongs to a built-in source: choose another",
});

/** A seed file of the built-in sources, e.g. 000_598209be3eb1f2e2.txt. */
export const SeedFile = z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/);

/**
 * Where an entry comes from. For a built-in source `quote` is text copied from the seed file; the
 * provenance test checks that it occurs there (whitespace ignored) and that the entry's numbers
 * appear in it. A user source has no seed file: its quote is the text as the user gave it.
 */
export const Provenance = z.object({
  /** 文号 or title of the document, e.g. 冶发〔2024〕3号. */
  document: z.string().min(1),
  /** Section / clause / table row as a reader would cite it, e.g. 附件1 序号1, 四、（一）. */
  clause: z.string().min(1),
  /** Seed file name, e.g. 000_598209be3eb1f2e2.txt: built-in sources only (the catalog checks it). */
  seed: SeedFile.optional(),
  quote: z.string().min(2, { message: "原文至少2个字 / the quote needs at least 2 characters" }),
});
export type Provenance = z.infer<typeof Provenance>;
export type ProvenanceInput = z.input<typeof Provenance>;

/**
 * Reading notes: how ambiguous wording was read, conflicts between parts of a document (docs/CATALOG.md, "Reading
 * decisions").
 */
export const Notes = z.array(z.string().min(1)).default([]);

export const Direction = z.enum(["up", "down"]);
export type Direction = z.infer<typeof Direction>;

/** Comparator as written: ≥ 达到/以上, > 突破/超过, ≤ 降至/以下, < 低于, = 保持/稳定. */
export const Comparator = z.enum([">=", ">", "<=", "<", "="]);
export type Comparator = z.infer<typeof Comparator>;

/** A closed range, e.g. 40—50 万元 or a rate 4%—4.5% (as fractions). */
export const Range = z
  .object({ min: z.number(), max: z.number() })
  .refine((r) => r.min <= r.max, { message: "min 不能大于 max / min must not exceed max" });
export type Range = z.infer<typeof Range>;

export const Level = z.enum(["national", "provincial", "prefecture", "county"]);
export type Level = z.infer<typeof Level>;
