/**
 * The catalog the functions compute with: the built-in one, or the one embedded in the open
 * workbook (set by the task pane / shared runtime when the workbook carries one), so a shared
 * template computes the same everywhere.
 */
import { CatalogIndex } from "../core/catalogIndex";
import type { Catalog } from "../core/schema";
import { builtInCatalog } from "./index";

let active: CatalogIndex | undefined;

export function activeCatalog(): CatalogIndex {
  if (!active) active = new CatalogIndex(builtInCatalog());
  return active;
}

/** Use this catalog (e.g. the workbook's embedded one) from now on; null restores the built-in one. */
export function setActiveCatalog(catalog: Catalog | null): void {
  active = catalog ? new CatalogIndex(catalog) : undefined;
}
