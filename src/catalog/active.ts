/**
 * The catalog the functions compute with: the built-in one, or the one embedded in the open
 * workbook (set by the task pane when the workbook carries one), so a shared template computes the
 * same everywhere. Kept on globalThis because in the shared runtime the task pane bundle and the
 * functions bundle are separate webpack bundles on one page: a module variable would not be shared.
 */
import { CatalogIndex } from "../core/catalogIndex";
import type { Catalog } from "../core/schema";
import { builtInCatalog } from "./index";

const KEY = "__duibiaoActiveCatalog";
type Holder = { [KEY]?: CatalogIndex };
const holder = globalThis as unknown as Holder;

export function activeCatalog(): CatalogIndex {
  let index = holder[KEY];
  if (!index) {
    index = new CatalogIndex(builtInCatalog());
    holder[KEY] = index;
  }
  return index;
}

/** Use this catalog (e.g. the workbook's embedded one) from now on; null restores the built-in one. */
export function setActiveCatalog(catalog: Catalog | null): void {
  holder[KEY] = catalog ? new CatalogIndex(catalog) : undefined;
}
