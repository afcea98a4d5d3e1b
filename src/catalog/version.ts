/**
 * The catalog version: a schema generation plus a hash of the data, so it changes whenever any
 * data changes and a workbook can tell whether its embedded catalog matches the add-in's.
 */
export const CATALOG_GENERATION = "1";

/** FNV-1a (32-bit, two seeds → 64 bits of hex) over the canonical JSON. Not cryptographic: a change detector. */
export function catalogVersion(data: unknown): string {
  const text = JSON.stringify(data);
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h2 >>> 15);
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, "0");
  return `${CATALOG_GENERATION}.${hex(h1)}${hex(h2)}`;
}
