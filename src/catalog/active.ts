/**
 * The catalog the functions compute with: the built-in compute catalog, or the one embedded in the
 * open workbook (set by the task pane when the workbook carries one), so a shared template computes
 * the same everywhere. Kept on globalThis because in the shared runtime the task pane bundle and the
 * functions bundle are separate webpack bundles on one page: a module variable would not be shared.
 */
import { CatalogIndex } from "../core/catalogIndex";
import type { Catalog } from "../core/schema";
import compiled from "./compiled";
import { isComputeCatalog } from "./compute";

const KEY = "__duibiaoActiveCatalog";
/** The catalog the pane chose (the workbook's), or none for the built-in one. */
const CHOSEN = "__duibiaoChosenCatalog";
type Holder = { [KEY]?: CatalogIndex; [CHOSEN]?: Catalog };
const holder = globalThis as unknown as Holder;

/** The catalog to compute with (synchronous; may be a compute catalog without quotes and tasks). */
export function activeCatalog(): CatalogIndex {
  let index = holder[KEY];
  if (!index) {
    index = new CatalogIndex(compiled);
    holder[KEY] = index;
  }
  return index;
}

/**
 * Use this catalog (e.g. the workbook's embedded one) from now on; null restores the built-in one.
 * Returns whether that changes the catalog the functions compute with: then every POLICY formula of
 * the workbook holds a result of the other catalog, and the caller recalculates them all.
 */
export function setActiveCatalog(catalog: Catalog | null): boolean {
  const before = holder[CHOSEN] ?? null;
  if (before === catalog) return false;
  holder[CHOSEN] = catalog ?? undefined;
  holder[KEY] = catalog ? new CatalogIndex(catalog) : undefined;
  return true;
}

let full: Promise<CatalogIndex> | undefined;

/**
 * The active catalog with every field (quotes, notes, tasks). When the active one is the built-in
 * compute catalog, the full built-in catalog is loaded once (a lazy chunk under webpack). A load that
 * fails (a network error: webpack rejects with "Loading chunk … failed") is forgotten, so the next call
 * tries again; webpack itself clears a failed chunk and fetches it anew.
 */
export function completeCatalog(): Promise<CatalogIndex> {
  const index = activeCatalog();
  if (!isComputeCatalog(index.catalog)) return Promise.resolve(index);
  if (!full) {
    const loading = import("./index").then((m) => new CatalogIndex(m.builtInCatalog()));
    full = loading;
    loading.catch(() => {
      if (full === loading) full = undefined;
    });
  }
  return full;
}
