/**
 * The catalog of the open workbook as the pane writes it: the add-in's built-in catalog plus the
 * user's own sources the workbook carries in its embedded catalog (docs/CATALOG.md, "Your own
 * policy"). Re-inserting or adding a source must keep those: the embedded catalog is written anew
 * from the catalog the plan is built with, so a user source left out would stop computing.
 * No zod here: this runs in the pane's Excel chunk.
 */
import { catalogVersion } from "../../catalog/version";
import type { Catalog } from "../../core/schema";

/** IDs of the sources of `catalog` that `base` (the built-in catalog) does not have. */
export function userSourceIds(base: Catalog, catalog: Catalog | null): string[] {
  if (!catalog) return [];
  const known = new Set(base.sources.map((s) => s.id));
  return catalog.sources.map((s) => s.id).filter((id) => !known.has(id));
}

/** `base` with the user sources of `workbook` (and their indicators, tasks, rules) added; `base` itself when there are none. */
export function withUserSources(base: Catalog, workbook: Catalog | null): Catalog {
  const ids = new Set(userSourceIds(base, workbook));
  if (!workbook || !ids.size) return base;
  const mine = <T extends { sourceId: string }>(xs: readonly T[]) => xs.filter((x) => ids.has(x.sourceId));
  const data = {
    sources: [...base.sources, ...workbook.sources.filter((s) => ids.has(s.id))],
    indicators: [...base.indicators, ...mine(workbook.indicators)],
    tasks: [...base.tasks, ...mine(workbook.tasks)],
    rules: [...base.rules, ...mine(workbook.rules)],
    rubrics: base.rubrics,
  };
  return { ...data, version: catalogVersion(data) };
}
