/**
 * The catalog the functions compute with, as chosen by the task pane (the open workbook's embedded
 * one, or none for the built-in one). Kept on globalThis because in the shared runtime the task pane
 * bundle and the functions bundle are separate webpack bundles on one page: a module variable would
 * not be shared. This module holds no catalog data itself, so the pane's bundle can set the choice
 * without carrying the functions' compute catalog (./active.ts reads it).
 */
import { CatalogIndex } from "../core/catalogIndex";
import type { Catalog } from "../core/schema";

export const ACTIVE_KEY = "__duibiaoActiveCatalog";
/** The catalog the pane chose (the workbook's), or none for the built-in one. */
const CHOSEN = "__duibiaoChosenCatalog";
type Holder = { [ACTIVE_KEY]?: CatalogIndex; [CHOSEN]?: Catalog };
export const holder = globalThis as unknown as Holder;

/**
 * Use this catalog (e.g. the workbook's embedded one) from now on; null restores the built-in one.
 * Returns whether that changes the catalog the functions compute with: then every POLICY formula of
 * the workbook holds a result of the other catalog, and the caller recalculates them all.
 */
export function setActiveCatalog(catalog: Catalog | null): boolean {
  const before = holder[CHOSEN] ?? null;
  if (before === catalog) return false;
  holder[CHOSEN] = catalog ?? undefined;
  holder[ACTIVE_KEY] = catalog ? new CatalogIndex(catalog) : undefined;
  return true;
}

/** The catalog the pane chose (the workbook's embedded one), or null when the functions use the built-in one. */
export function chosenCatalog(): Catalog | null {
  return holder[CHOSEN] ?? null;
}
