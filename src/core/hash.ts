/**
 * FNV-1a string hashing (Fowler–Noll–Vo, 32-bit offset basis and prime, over UTF-16 code units):
 * a change detector and a deterministic picker, never a security measure. Hand-written: a few lines,
 * and the catalog version and the demo's sample inputs must not change with a library's choice.
 */
const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

/** 32-bit FNV-1a of `text`, unsigned. */
export function fnv1a32(text: string): number {
  let h = OFFSET;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), PRIME);
  return h >>> 0;
}

/**
 * 64 bits of hex: FNV-1a beside a second lane seeded differently and folded with a shift, so that
 * two texts rarely collide in both. The catalog version is made of it (catalog/version.ts).
 */
export function fnv1a64Hex(text: string): string {
  let h1 = OFFSET;
  let h2 = PRIME ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, PRIME);
    h2 = Math.imul(h2 ^ c, PRIME) ^ (h2 >>> 15);
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, "0");
  return hex(h1) + hex(h2);
}
