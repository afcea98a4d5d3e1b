/**
 * The catalog version: a schema generation plus a hash of the data, so it changes whenever any
 * data changes and a workbook can tell whether its embedded catalog matches the add-in's.
 */
import { fnv1a64Hex } from "../core/hash";

export const CATALOG_GENERATION = "1";

/** 64 bits of FNV-1a over the canonical JSON. Not cryptographic: a change detector. */
export function catalogVersion(data: unknown): string {
  return `${CATALOG_GENERATION}.${fnv1a64Hex(JSON.stringify(data))}`;
}
