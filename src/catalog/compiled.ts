/**
 * The compute catalog of the built-in data. Under webpack this module's body is replaced at build time
 * by its result as a JSON literal (scripts/compiled-catalog-loader.js), so the functions bundle holds
 * neither zod nor the full data; under Node (tests, CLI, bench) it runs as written.
 */
import type { Catalog } from "../core/schema";
import { computeCatalog } from "./compute";
import { builtInCatalog } from "./index";

const compiled: Catalog = computeCatalog(builtInCatalog());
export default compiled;
