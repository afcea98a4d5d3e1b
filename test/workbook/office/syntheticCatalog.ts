/**
 * A large catalog for the round-trip bars (docs/PERFORMANCE.md: a 10,000-row catalog): the built-in catalog
 * with one source's indicators multiplied to `rows`. Not schema-valid IDs beyond NN=99 (the schema
 * allows two digits), which the renderer does not care about: it is a load test.
 */
import { builtInCatalog } from "../../../src/catalog";
import type { Catalog, Indicator } from "../../../src/core/schema";

export function syntheticCatalog(rows: number, sourceId = "DY-MFG-2024"): Catalog {
  const base = builtInCatalog();
  const template = base.indicators.filter((i) => i.sourceId === sourceId);
  const indicators: Indicator[] = [];
  for (let i = 0; i < rows; i++) {
    const t = template[i % template.length];
    indicators.push({ ...t, id: `${sourceId}.${String(i + 1).padStart(5, "0")}`, name: `${t.name}（${i + 1}）` });
  }
  return {
    ...base,
    version: `${base.version}.synthetic${rows}`,
    indicators: [...base.indicators.filter((i) => i.sourceId !== sourceId), ...indicators],
  };
}
