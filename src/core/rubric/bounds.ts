/**
 * The lowest and highest points an item can give, from its data alone: the sheet's number formats
 * and checks, and the property tests (points never above full + bonus cap, never below the floor).
 */
import type { RubricItem } from "../schema";
import { itemKind } from "./kinds";

export interface PointBounds {
  min: number;
  /** Infinity where the text sets no ceiling (a bonus without a cap). */
  max: number;
}

export function itemBounds(item: RubricItem): PointBounds {
  return itemKind(item.params.kind).bounds(item.params);
}

/**
 * The item's 满分 as its heading gives it (贷款增量（40分）, 科创金融（8分）): the points for meeting the
 * task or average where the item has one, else its cap. Bonus points above this are 加分.
 */
export function nominalPoints(item: RubricItem): number {
  return itemKind(item.params.kind).nominalPoints(item.params);
}
