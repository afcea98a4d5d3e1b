/** Shared helpers of the rubric tests: the built-in catalog, SCORE by short item name, error codes. */
import { builtInCatalog } from "../../../src/catalog";
import { CatalogIndex } from "../../../src/core/catalogIndex";
import { isPolicyError } from "../../../src/core/errors";
import { explainScore, score } from "../../../src/core/rubric";

export const index = new CatalogIndex(builtInCatalog());
export const rubric = index.rubric("HS-BANK-2024");
export const item = (name: string) => index.rubricItem(`HS-BANK-2024.${name}`).item;

/** SCORE("HS-BANK-2024.<name>", …). */
export function S(name: string, actual: unknown, reference?: unknown, extra?: unknown): number {
  return score(index, `HS-BANK-2024.${name}`, actual, reference, extra);
}

export function explain(name: string, actual: unknown, reference?: unknown, extra?: unknown): string {
  return explainScore(index, `HS-BANK-2024.${name}`, actual, reference, extra);
}

/** The PolicyError code (and message) fn throws; fails the test if it throws anything else or nothing. */
export function errorOf(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (e) {
    if (isPolicyError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error("expected a PolicyError, got a value");
}
