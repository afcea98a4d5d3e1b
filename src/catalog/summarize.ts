/** The catalog summary the task pane's first paint shows (see ./summary.ts), and per-source counts. */
import type { Catalog, Source } from "../core/schema";

export type SourceSummary = Pick<Source, "id" | "title" | "docNumber" | "shortName" | "region" | "issuer" | "kinds">;

export interface SourceCounts {
  indicators: number;
  tasks: number;
  rules: number;
  rubricItems: number;
}

export interface CatalogSummary {
  version: string;
  sources: SourceSummary[];
  counts: Record<string, SourceCounts>;
}

export function countsOf(catalog: Catalog, sourceId: string): SourceCounts {
  return {
    indicators: catalog.indicators.filter((i) => i.sourceId === sourceId).length,
    tasks: catalog.tasks.filter((t) => t.sourceId === sourceId).length,
    rules: catalog.rules.filter((r) => r.sourceId === sourceId).length,
    rubricItems: catalog.rubrics.filter((r) => r.sourceId === sourceId).reduce((n, r) => n + r.items.length, 0),
  };
}

export function summarizeCatalog(catalog: Catalog): CatalogSummary {
  return {
    version: catalog.version,
    sources: catalog.sources.map(({ id, title, docNumber, shortName, region, issuer, kinds }) => ({
      id,
      title,
      ...(docNumber === undefined ? {} : { docNumber }),
      shortName,
      region,
      issuer,
      kinds,
    })),
    counts: Object.fromEntries(catalog.sources.map((s) => [s.id, countsOf(catalog, s.id)])),
  };
}
