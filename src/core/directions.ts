/**
 * Directions of an indicator (up: higher is better, down: lower is better): the words a user may
 * type, the label a reader sees. The direction names are the schema's `Direction` enum
 * (core/schema/common.ts); the tables below are typed by it, so a direction added there fails the
 * build here until it has its words and label.
 *
 * The type is imported only as a type: zod stays out of the functions bundle (webpack.config.js).
 */
import { badValue } from "./errors";
import { isBlank, shown } from "./parse";
import type { Direction } from "./schema";

export type { Direction };

/** Words for each direction (lower case, half-width, no spaces); shared with native Excel formulas. */
export const DIRECTION_WORDS: Record<Direction, readonly string[]> = {
  up: ["up", "≥", ">=", ">", "越大越好", "正向", "increase", "higher"],
  down: ["down", "≤", "<=", "<", "越小越好", "逆向", "反向", "decrease", "lower"],
};

/** The label of each direction, as the indicator sheet's 方向 column shows it. */
export const DIRECTION_TEXT: Record<Direction, string> = { up: "越大越好", down: "越小越好" };

const DIRECTION_TABLE = new Map<string, Direction>(
  (Object.keys(DIRECTION_WORDS) as Direction[]).flatMap((d) => DIRECTION_WORDS[d].map((w) => [w, d] as const)),
);

/**
 * Direction: up/down, ≥/>=/越大越好, ≤/<=/越小越好, spaces and case ignored. Blank gives the fallback.
 * Full-width letters (ｄｏｗｎ, ＞＝) are not folded: the portable form's native formula
 * (native/target.ts) cannot fold them alike in every spreadsheet, so both refuse them.
 */
export function parseDirection(value: unknown, fallback: Direction = "up"): Direction {
  if (isBlank(value)) return fallback;
  const t = typeof value === "string" ? value.replace(/ /g, "").toLowerCase() : String(value).toLowerCase();
  const d = DIRECTION_TABLE.get(t);
  if (d) return d;
  throw badValue(
    `无法识别的方向：“${shown(value)}”（可用：up/down、≥/≤、越大越好/越小越好）`,
    `unknown direction "${shown(value)}" (use up/down, >=/<=)`,
  );
}
