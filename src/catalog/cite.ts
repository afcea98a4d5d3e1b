/** Provenance items of one source document: what every source's `cite()` is made from. */
import type { ProvenanceInput } from "../core/schema";

/**
 * `cite(clause, quote)` for one document (its 文号, or its title where it has none) read from one
 * seed file: `clause` as a reader would cite it, `quote` copied from the seed (docs/CATALOG.md).
 */
export function citer(document: string, seed: string): (clause: string, quote: string) => ProvenanceInput {
  return (clause, quote) => ({ document, clause, seed, quote });
}
