/** The catalog: everything the add-in knows, validated by one schema. */
import { z } from "zod";
import { Indicator } from "./indicator";
import { Rubric } from "./rubric";
import { Rule } from "./rule";
import { Source } from "./source";
import { Task } from "./task";

export const Catalog = z.object({
  /** Changes whenever the data changes (see src/catalog/version.ts). */
  version: z.string().min(1),
  sources: z.array(Source),
  indicators: z.array(Indicator),
  tasks: z.array(Task),
  rules: z.array(Rule),
  rubrics: z.array(Rubric),
});
export type Catalog = z.infer<typeof Catalog>;
export type CatalogInput = z.input<typeof Catalog>;
