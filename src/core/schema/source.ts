/**
 * A policy document the catalog draws from: one of the nine built-in sources (docs/CATALOG.md), each
 * with its seed file, or the user's own (a catalog file or a recognized table: an ID of the user's
 * choosing, no seed file).
 */
import { z } from "zod";
import { Notes, Provenance, SeedFile, SourceId } from "./common";

export const Source = z.object({
  id: SourceId,
  /** Full title as issued. */
  title: z.string().min(1),
  /** 文号, where the document has one. */
  docNumber: z.string().optional(),
  /** Short name for lists, e.g. 大冶制造强市三年行动. */
  shortName: z.string().min(1),
  /** Issuing region: 大冶市, 鄂州市, 黄石市. */
  region: z.string().min(1),
  issuer: z.string().min(1),
  /** Date issued (ISO) where given. */
  issued: z.string().optional(),
  /** The seed file holding the document's text: built-in sources only. */
  seed: SeedFile.optional(),
  /** What the source contributes; drives the task pane's filter. */
  kinds: z.array(z.enum(["indicators", "tasks", "rules", "rubric"])).min(1),
  notes: Notes,
  provenance: z.array(Provenance).min(1),
});
export type Source = z.infer<typeof Source>;
export type SourceInput = z.input<typeof Source>;
