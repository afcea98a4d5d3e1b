/** Pure helpers of the pane: filtering the catalog's sources and what each contributes. */
import type { Catalog, Source } from "../core/schema";

export type SourceKind = Source["kinds"][number];

export interface SourceFilter {
  query: string;
  /** "" = every region. */
  region: string;
  /** "" = every kind. */
  kind: SourceKind | "";
}

export function regionsOf(catalog: Catalog): string[] {
  return [...new Set(catalog.sources.map((s) => s.region))];
}

/** Case- and width-insensitive match of the query against ID, names, document number, issuer. */
export function filterSources(catalog: Catalog, f: SourceFilter): Source[] {
  const q = f.query.normalize("NFKC").trim().toLowerCase();
  return catalog.sources.filter((s) => {
    if (f.region && s.region !== f.region) return false;
    if (f.kind && !s.kinds.includes(f.kind)) return false;
    if (!q) return true;
    const hay = [s.id, s.shortName, s.title, s.docNumber ?? "", s.issuer, s.region]
      .join(" ")
      .normalize("NFKC")
      .toLowerCase();
    return q.split(/\s+/).every((w) => hay.includes(w));
  });
}

export { countsOf, type SourceCounts } from "../catalog/summarize";

/** Today as YYYY-MM-DD in local time (the report date's default). */
export function todayIso(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
