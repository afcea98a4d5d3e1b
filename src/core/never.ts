/**
 * The end of a `switch` that must cover every case of a union (a kind, a direction, a level): the
 * compiler refuses `assertNever(x)` while some case is left, and at run time it throws rather than
 * let a forgotten case fall through to a default (an award of 0, an empty text).
 */
export function assertNever(x: never, what = "value"): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(x)}`);
}
