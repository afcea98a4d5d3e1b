/**
 * SCORE: the points a unit earns on one rubric item, with a one-line Chinese account of how they
 * were reached. Pure: the rubric is data (src/core/schema/rubric.ts); each kind of item is computed
 * by its module in ./kinds (which also writes the same computation as a native Excel formula); this
 * file rounds the points and cites the clause.
 */
import type { CatalogIndex } from "../catalogIndex";
import { badValue, notAvailable, notFinite } from "../errors";
import { clean, isBlank, shown } from "../parse";
import type { Rubric, RubricItem } from "../schema";
import { itemKind } from "./kinds";
import { fmt } from "./text";

export { signedBand } from "./steps";
export { fmt } from "./text";

export interface ScoreArgs {
  actual: unknown;
  reference?: unknown;
  extra?: unknown;
}

export interface ScoreResult {
  points: number;
  /** How the points were reached, in Chinese, ending with the clause. */
  explanation: string;
}

/** Points of one item for the given inputs; throws PolicyError on bad input. */
export function scoreItem(rubric: Rubric, item: RubricItem, args: ScoreArgs): ScoreResult {
  const { points, steps } = compute(rubric, item, args);
  if (!Number.isFinite(points))
    throw notFinite(`${item.name}的得分超出数值范围`, `${item.id}: the points are not a finite number`);
  const p = clean(points) + 0; // + 0 turns −0 into 0
  const clause = item.provenance[0];
  const where = clause ? `（${clause.document} ${clause.clause}）` : "";
  return { points: p, explanation: `${item.name}：${steps.join("；")} → ${fmt(p)}分${where}` };
}

function compute(rubric: Rubric, item: RubricItem, args: ScoreArgs) {
  return itemKind(item.params.kind).score(item.params, item, args, rubric);
}

/** SCORE(item, actual, [reference], [extra]) over a catalog. */
export function score(
  index: CatalogIndex,
  itemId: unknown,
  actual: unknown,
  reference?: unknown,
  extra?: unknown,
): number {
  return scoreById(index, itemId, { actual, reference, extra }).points;
}

/** The explanation line of SCORE (for EXPLAIN or a comment column). */
export function explainScore(
  index: CatalogIndex,
  itemId: unknown,
  actual: unknown,
  reference?: unknown,
  extra?: unknown,
): string {
  return scoreById(index, itemId, { actual, reference, extra }).explanation;
}

export function scoreById(index: CatalogIndex, itemId: unknown, args: ScoreArgs): ScoreResult {
  if (isBlank(itemId)) throw notAvailable("缺少考评项ID（如 HS-BANK-2024.S-LOAN-INC）", "rubric item ID is missing");
  if (typeof itemId !== "string") throw badValue(`考评项ID应为文本：${shown(itemId)}`, "rubric item ID must be text");
  const { item, rubric } = index.rubricItem(itemId);
  return scoreItem(rubric, item, args);
}
