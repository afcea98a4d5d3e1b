/**
 * The lowest and highest points an item can give, from its data alone: the sheet's number formats
 * and checks, and the property tests (points never above full + bonus cap, never below the floor).
 */
import type { RubricItem } from "../schema";
import { signedBand } from "./score";

export interface PointBounds {
  min: number;
  /** Infinity where the text sets no ceiling (a bonus without a cap). */
  max: number;
}

export function itemBounds(item: RubricItem): PointBounds {
  const s = item.params;
  switch (s.kind) {
    case "vsTask": {
      const top = s.points + (s.bonus.cap ?? Infinity) + (s.flagBonus?.points ?? 0);
      return { min: 0, max: Math.min(top, s.cap ?? Infinity) };
    }
    case "vsAverage":
      return { min: s.penalty.floor, max: s.points + (s.bonus.cap ?? Infinity) };
    case "perStep":
    case "perEvent":
    case "averagePlusEvents":
    case "combined":
      return { min: 0, max: s.cap };
    case "grade": {
      const bands = s.grades.map(signedBand);
      return { min: Math.min(...bands.map((b) => b.lo)), max: Math.max(...bands.map((b) => b.hi)) };
    }
    case "veto":
      return { min: 0, max: 0 };
  }
}

/**
 * The item's 满分 as its heading gives it (贷款增量（40分）, 科创金融（8分）): the points for meeting the
 * task or average where the item has one, else its cap. Bonus points above this are 加分.
 */
export function nominalPoints(item: RubricItem): number {
  const s = item.params;
  switch (s.kind) {
    case "vsTask":
    case "vsAverage":
      return s.points;
    case "perStep":
    case "perEvent":
    case "averagePlusEvents":
    case "combined":
      return s.cap;
    case "grade":
      return itemBounds(item).max;
    case "veto":
      return 0;
  }
}
