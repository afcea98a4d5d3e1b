/**
 * builtInCatalog() for a bundle whose build already validated the catalog (the CLI, scripts/build-cli.js):
 * the full catalog as compiled data (./full.ts), with no schema parsing at run time. Same signature as
 * ./index.ts, which the build replaces with this module.
 */
import type { Catalog } from "../core/schema";
import full from "./full";

export function builtInCatalog(): Catalog {
  return full;
}
