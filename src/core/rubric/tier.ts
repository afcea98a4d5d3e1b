/**
 * TIER: the result tier of a rank (HS-BANK-2024: 1–3 贡献突出单位, 4–10 贡献积极单位, 11–13 贡献一般单位,
 * the last 3 约谈). A vetoed unit (一票否决) is not ranked: its rank is given as text "否决" (or
 * 一票否决 / veto / 取消) and TIER returns the rubric's veto label.
 */
import type { CatalogIndex } from "../catalogIndex";
import { badValue, notAvailable } from "../errors";
import { isBlank, parseNumber, shown, toHalfWidth } from "../parse";
import type { Rubric } from "../schema";

/** Texts that stand for "vetoed, not ranked" in the rank argument. */
export const VETO_WORDS = ["否决", "一票否决", "取消", "取消资格", "取消考评资格", "veto", "vetoed"];

export function isVetoWord(value: unknown): boolean {
  if (typeof value !== "string") return false;
  return VETO_WORDS.includes(toHalfWidth(value).replace(/\s+/g, "").toLowerCase());
}

/** A whole number ≥ 1 (rank, count). */
function wholeNumber(value: unknown, zh: string, en: string): number {
  const n = parseNumber(value, { label: `${zh} ${en}`, allowNegative: true });
  if (!Number.isInteger(n)) throw badValue(`${zh}应为整数：${n}`, `${en} must be a whole number: ${n}`);
  return n;
}

/**
 * The label of `rank` among `count` ranked units. Tiers counted from the end win where both apply
 * (with 15 ranked units, rank 13 is among the last 3 → 约谈), as the text gives the last 3 约谈 whatever
 * the count. A rank no tier covers gets the rubric's otherLabel.
 */
export function tierLabel(rubric: Rubric, rank: unknown, count: unknown): string {
  if (isBlank(count)) throw notAvailable("缺少参加排名的单位数（count）", "count is missing");
  const n = wholeNumber(count, "参加排名的单位数", "count");
  if (n < 1) throw badValue(`参加排名的单位数应至少为1：${n}`, `count must be at least 1: ${n}`);
  if (isBlank(rank)) throw notAvailable("缺少名次（rank）", "rank is missing");
  if (isVetoWord(rank)) {
    if (!rubric.vetoLabel) throw badValue(`考评办法 ${rubric.id} 没有一票否决`, `rubric ${rubric.id} has no veto`);
    return rubric.vetoLabel;
  }
  if (typeof rank === "string" && !/^[\s\d０-９.+\-－]/.test(rank))
    throw badValue(
      `无法识别的名次：“${rank}”（填数字，被否决的填“否决”）`,
      `cannot read rank "${rank}" (a number, or "veto")`,
    );
  const r = wholeNumber(rank, "名次", "rank");
  if (r < 1 || r > n) throw badValue(`名次${r}不在1至${n}之间`, `rank ${r} is outside 1..${n}`);
  const fromEnd = n - r + 1;
  const hit =
    rubric.tiers.find((t) => t.fromEnd && fromEnd >= t.from && fromEnd <= t.to) ??
    rubric.tiers.find((t) => !t.fromEnd && r >= t.from && r <= t.to);
  return hit?.label ?? rubric.otherLabel ?? "";
}

/** TIER(rubric, rank, count) over a catalog. */
export function tier(index: CatalogIndex, rubricId: unknown, rank: unknown, count: unknown): string {
  if (isBlank(rubricId)) throw notAvailable("缺少考评办法ID（如 HS-BANK-2024）", "rubric ID is missing");
  if (typeof rubricId !== "string") throw badValue(`考评办法ID应为文本：${shown(rubricId)}`, "rubric ID must be text");
  return tierLabel(index.rubric(rubricId), rank, count);
}
