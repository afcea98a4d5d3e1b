/**
 * The compute catalog: what the custom functions need to compute (sources, indicators, rules,
 * rubrics), without quotes, notes and task texts. The functions bundle carries this form (compiled at
 * build time, see scripts/compiled-catalog-loader.js) to stay within its size bar; INFO loads the full
 * catalog lazily for the fields dropped here.
 */
import type { Catalog } from "../core/schema";

export function computeCatalog(full: Catalog): Catalog {
  return JSON.parse(
    JSON.stringify({ ...full, tasks: [] }, (key, value) => {
      if (key === "quote") return "";
      if (key === "notes") return [];
      return value;
    }),
  ) as Catalog;
}

/** True when the catalog is a compute catalog (tasks and quotes dropped). */
export function isComputeCatalog(catalog: Catalog): boolean {
  return catalog.tasks.length === 0 && catalog.sources.some((s) => s.provenance.some((p) => p.quote === ""));
}
