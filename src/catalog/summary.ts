/**
 * What the task pane's first paint shows of the built-in catalog: each source's list fields and what
 * it contributes, and the catalog version (a few KB). Compiled at build time to a JSON literal like
 * ./compiled.ts (scripts/compiled-catalog-loader.js), so the pane's initial script holds neither the
 * catalog nor zod; the full catalog arrives in a lazy chunk (./full.ts).
 */
import { builtInCatalog } from "./index";
import { summarizeCatalog, type CatalogSummary } from "./summarize";

const summary: CatalogSummary = summarizeCatalog(builtInCatalog());
export default summary;
