/**
 * The rubric's annex tables as the engine reads them: the list of evaluated units (banks), a unit's
 * row of an annex, and a task looked up by bank name (SCORE's `reference` may be "工商银行").
 */
import { toHalfWidth } from "../parse";
import type { AnnexRef, Rubric, RubricAnnex } from "../schema";

function keyOf(annex: RubricAnnex): string {
  return annex.keyColumn ?? annex.columns[0]?.key ?? "bank";
}

function isTotalRow(annex: RubricAnnex, row: Record<string, unknown>): boolean {
  return annex.totalLabel !== undefined && row[keyOf(annex)] === annex.totalLabel;
}

/** The annex's rows for units only (its total row left out). */
export function unitRows(annex: RubricAnnex): Record<string, string | number | null>[] {
  return annex.rows.filter((r) => !isTotalRow(annex, r));
}

/** The annex's total row, where it has one. */
export function totalRow(annex: RubricAnnex): Record<string, string | number | null> | undefined {
  return annex.rows.find((r) => isTotalRow(annex, r));
}

export function findAnnex(rubric: Rubric, id: string): RubricAnnex | undefined {
  return rubric.annexes.find((a) => a.id === id);
}

/** The evaluated units in the order of the rubric's first annex (附件1: the 16 banks). */
export function rubricUnits(rubric: Rubric): string[] {
  const first = rubric.annexes[0];
  if (!first) return [];
  return unitRows(first).map((r) => String(r[keyOf(first)]));
}

/** "工商银行黄石分行", "黄石农商行", "工商银行 "（含全角空格） → the annex's own label when it names one of its rows. */
function normalizeName(name: string): string {
  return toHalfWidth(name).replace(/\s+/g, "");
}

/**
 * The annex row of a unit, matched by its label as written in the annex ("工商银行"), or a longer
 * name that starts with it after an optional leading "黄石" ("工商银行黄石分行", "黄石农商行").
 */
export function annexRowFor(annex: RubricAnnex, unit: string): Record<string, string | number | null> | undefined {
  const want = normalizeName(unit);
  const rows = unitRows(annex);
  const key = keyOf(annex);
  const exact = rows.find((r) => normalizeName(String(r[key])) === want);
  if (exact) return exact;
  const bare = want.replace(/^黄石/, "");
  // Longest label first, so "农业银行…" never matches a shorter label it happens to start with.
  const byLength = [...rows].sort((a, b) => String(b[key]).length - String(a[key]).length);
  return byLength.find((r) => bare.startsWith(normalizeName(String(r[key]))));
}

/** A number of a unit's annex row (its task or 2023 base); undefined where the annex has none. */
export function annexValue(rubric: Rubric, ref: AnnexRef, column: string, unit: string): number | undefined {
  const annex = findAnnex(rubric, ref.annex);
  if (!annex) return undefined;
  const row = annexRowFor(annex, unit);
  const v = row?.[column];
  return typeof v === "number" ? v : undefined;
}
