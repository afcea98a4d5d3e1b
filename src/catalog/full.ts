/**
 * The full built-in catalog (quotes, notes, tasks), validated. Under webpack this module's body is
 * replaced at build time by its result as a JSON literal (scripts/compiled-catalog-loader.js): the
 * catalog is checked by the zod schema once, when the add-in is built, and a build with an invalid
 * catalog fails; the browser bundles load it as data, in a lazy chunk, without zod. Under Node
 * (tests, CLI, bench) it runs as written.
 */
import type { Catalog } from "../core/schema";
import { builtInCatalog } from "./index";

const full: Catalog = builtInCatalog();
export default full;
