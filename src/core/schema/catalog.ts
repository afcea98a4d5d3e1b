/**
 * The catalog: everything the add-in knows, validated by one schema. The built-in nine sources and
 * the user's own (docs/CATALOG.md, "Your own policy: the catalog file") share it.
 */
import { z } from "zod";
import { isBuiltInSourceId, type Provenance } from "./common";
import { Indicator } from "./indicator";
import { Rubric } from "./rubric";
import { Rule } from "./rule";
import { Source } from "./source";
import { Task } from "./task";

/** A problem with a catalog as a whole, at a path of its JSON; the message is "中文 / English". */
export interface CatalogProblem {
  path: (string | number)[];
  message: string;
}

interface Entries {
  sources: readonly { id: string; seed?: string; provenance?: readonly Provenance[] }[];
  indicators: readonly {
    id: string;
    sourceId: string;
    provenance: readonly Provenance[];
    milestones: readonly { year: number }[];
  }[];
  tasks: readonly { id: string; sourceId: string; provenance: readonly Provenance[] }[];
  rules: readonly { id: string; sourceId: string; provenance: readonly Provenance[] }[];
  rubrics?: readonly {
    id: string;
    sourceId: string;
    provenance: readonly Provenance[];
    items: readonly { id: string; provenance: readonly Provenance[] }[];
  }[];
}

/**
 * What a field-by-field schema cannot see: every entry's source exists and prefixes its ID, no ID
 * appears twice (the functions look every ID up in one table), a built-in source's entries cite its
 * seed file and a user source's cite none, milestones run in ascending years.
 */
export function catalogProblems(c: Entries, opts: { userFile?: boolean } = {}): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const sources = new Map<string, { seed?: string }>();
  c.sources.forEach((s, i) => {
    if (sources.has(s.id))
      problems.push({
        path: ["sources", i, "id"],
        message: `来源ID“${s.id}”重复，请改用另一个ID / the source ID ${s.id} appears twice: give one another ID`,
      });
    sources.set(s.id, s);
    if (isBuiltInSourceId(s.id) && opts.userFile)
      problems.push({
        path: ["sources", i, "id"],
        message: `“${s.id}”是内置来源的ID，请给自己的来源另起一个ID / ${s.id} is a built-in source's ID: give your source another ID`,
      });
    else if (isBuiltInSourceId(s.id) && s.seed === undefined)
      problems.push({
        path: ["sources", i, "seed"],
        message: "内置来源须有种子文件 / a built-in source needs its seed file",
      });
    if (!isBuiltInSourceId(s.id) && s.seed !== undefined)
      problems.push({
        path: ["sources", i, "seed"],
        message: "自定义来源没有种子文件，请删去 seed / a user source has no seed file: remove seed",
      });
    if (!isBuiltInSourceId(s.id))
      s.provenance?.forEach((p, k) => {
        if (p.seed !== undefined)
          problems.push({
            path: ["sources", i, "provenance", k, "seed"],
            message: "自定义来源没有种子文件，请删去 seed / a user source has no seed file: remove seed",
          });
      });
  });
  const seen = new Map<string, string>();
  const entry = (
    e: { id: string; sourceId: string; provenance: readonly Provenance[] },
    path: (string | number)[],
    prefixed = true,
  ) => {
    const at = path
      .map((p) => (typeof p === "number" ? `[${p}]` : `.${p}`))
      .join("")
      .slice(1);
    const before = prefixed ? seen.get(e.id) : undefined;
    if (before !== undefined)
      problems.push({
        path: [...path, "id"],
        message: `ID“${e.id}”已用于 ${before}，请改用未用过的ID / the ID ${e.id} is already used by ${before}: use an unused ID`,
      });
    else if (prefixed) seen.set(e.id, at);
    const source = sources.get(e.sourceId);
    if (!source) {
      problems.push({
        path: [...path, "sourceId"],
        message: `来源“${e.sourceId}”不在 sources 中，请先在 sources 里列出它 / the source ${e.sourceId} is not in sources: list it there first`,
      });
      return;
    }
    if (prefixed && !e.id.startsWith(`${e.sourceId}.`))
      problems.push({
        path: [...path, "id"],
        message: `ID“${e.id}”应以其来源ID“${e.sourceId}.”开头 / the ID ${e.id} must start with its source ID "${e.sourceId}."`,
      });
    e.provenance.forEach((p, k) => {
      if (isBuiltInSourceId(e.sourceId) && !opts.userFile && p.seed !== source.seed)
        problems.push({
          path: [...path, "provenance", k, "seed"],
          message: `内置来源的出处须引用其种子文件 ${source.seed} / a built-in entry cites its source's seed file ${source.seed}`,
        });
      if (!isBuiltInSourceId(e.sourceId) && p.seed !== undefined)
        problems.push({
          path: [...path, "provenance", k, "seed"],
          message: "自定义来源没有种子文件，请删去 seed / a user source has no seed file: remove seed",
        });
    });
  };
  c.indicators.forEach((e, i) => {
    entry(e, ["indicators", i]);
    e.milestones.forEach((m, k) => {
      if (k > 0 && m.year <= e.milestones[k - 1].year)
        problems.push({
          path: ["indicators", i, "milestones", k, "year"],
          message: `目标年份应逐个递增（${e.milestones[k - 1].year} 之后是 ${m.year}），请按年份排列且不重复 / milestone years must ascend (${m.year} follows ${e.milestones[k - 1].year}): order them by year, each year once`,
        });
    });
  });
  c.tasks.forEach((e, i) => entry(e, ["tasks", i]));
  c.rules.forEach((e, i) => entry(e, ["rules", i]));
  (c.rubrics ?? []).forEach((rb, i) => {
    // A rubric is named by its source's ID (HS-BANK-2024); its items carry the prefix.
    entry(rb, ["rubrics", i], false);
    rb.items.forEach((it, k) => entry({ ...it, sourceId: rb.sourceId }, ["rubrics", i, "items", k]));
  });
  return problems;
}

const withIntegrity =
  (opts: { userFile?: boolean } = {}) =>
  <T extends Entries>(c: T, ctx: z.RefinementCtx) => {
    for (const p of catalogProblems(c, opts)) ctx.addIssue({ code: "custom", path: p.path, message: p.message });
  };

export const Catalog = z
  .object({
    /** Changes whenever the data changes (see src/catalog/version.ts). */
    version: z.string().min(1),
    sources: z.array(Source),
    indicators: z.array(Indicator),
    tasks: z.array(Task),
    rules: z.array(Rule),
    rubrics: z.array(Rubric),
  })
  .superRefine(withIntegrity());
export type Catalog = z.infer<typeof Catalog>;
export type CatalogInput = z.input<typeof Catalog>;

/**
 * A catalog file of the user's own sources (docs/CATALOG.md): the sources with their indicators,
 * tasks and rules, as `duibiao import` writes it and `duibiao catalog validate` checks it. The file's
 * JSON Schema (docs/catalog.schema.json) is generated from this. Rubrics are built-in only.
 */
export const CatalogFile = z
  .object({
    /** The JSON Schema the file follows, for editors (ignored when loading). */
    $schema: z.string().optional(),
    sources: z.array(Source).min(1, { message: "至少要有一个来源 / the file needs at least one source" }),
    indicators: z.array(Indicator).default([]),
    tasks: z.array(Task).default([]),
    rules: z.array(Rule).default([]),
  })
  .superRefine(withIntegrity({ userFile: true }));
export type CatalogFile = z.infer<typeof CatalogFile>;
export type CatalogFileInput = z.input<typeof CatalogFile>;
