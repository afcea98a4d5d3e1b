/**
 * The catalog the functions compute with: the built-in compute catalog, or the one embedded in the
 * open workbook (set by the task pane through ./chosen.ts when the workbook carries one), so a shared
 * template computes the same everywhere.
 */
import { CatalogIndex } from "../core/catalogIndex";
import { ACTIVE_KEY, holder } from "./chosen";
import compiled from "./compiled";
import { isComputeCatalog } from "./compute";

export { setActiveCatalog } from "./chosen";

/** The catalog to compute with (synchronous; may be a compute catalog without quotes and tasks). */
export function activeCatalog(): CatalogIndex {
  let index = holder[ACTIVE_KEY];
  if (!index) {
    index = new CatalogIndex(compiled);
    holder[ACTIVE_KEY] = index;
  }
  return index;
}

let full: Promise<CatalogIndex> | undefined;

/**
 * The active catalog with every field (quotes, notes, tasks). When the active one is the built-in
 * compute catalog, the full built-in catalog is loaded once (a lazy chunk of data compiled and
 * validated at build time, ./full.ts). A load that fails (a network error: webpack rejects with
 * "Loading chunk … failed") is forgotten, so the next call tries again; webpack itself clears a failed
 * chunk and fetches it anew.
 */
export function completeCatalog(): Promise<CatalogIndex> {
  const index = activeCatalog();
  if (!isComputeCatalog(index.catalog)) return Promise.resolve(index);
  if (!full) {
    const loading = import(/* webpackChunkName: "catalog" */ "./full").then((m) => new CatalogIndex(m.default));
    full = loading;
    loading.catch(() => {
      if (full === loading) full = undefined;
    });
  }
  return full;
}
