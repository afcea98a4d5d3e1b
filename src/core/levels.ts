/**
 * Levels of an award (国家级, 省级, 黄石市级, 大冶市级): the words a user may type, the label a reader
 * sees, and the order of the native formula's level table. The level names themselves are the
 * schema's `Level` enum (core/schema/common.ts); the tables below are typed by it, so a level added
 * there fails the build here until it has its words and label.
 *
 * The type is imported only as a type: zod stays out of the functions bundle (webpack.config.js).
 */
import { badValue, notAvailable } from "./errors";
import { excelTrim, isBlank, shown } from "./parse";
import type { Level } from "./schema";

export type { Level };

/**
 * The label of each level, as the policy documents write it (冶发〔2024〕3号: "国家级奖补…，省级奖补…，
 * 黄石市级奖补…，大冶市级奖补…"): used in EXPLAIN, INFO, the rule sheet and the demo's inputs.
 */
export const LEVEL_ZH: Record<Level, string> = {
  national: "国家级",
  provincial: "省级",
  prefecture: "黄石市级",
  county: "大冶市级",
};

/**
 * Words for each level (lower case, half-width, no spaces), except the bare "市级"/"city", whose
 * meaning depends on the document (see parseLevel). Exported so native Excel formulas accept exactly
 * the same words as the engine.
 */
export const LEVEL_WORDS: Record<Level, readonly string[]> = {
  national: ["国家级", "国家", "national", "国家级奖"],
  provincial: ["省级", "省", "provincial", "province"],
  prefecture: ["黄石市级", "黄石", "prefecture", "地市级"],
  county: ["大冶市级", "大冶", "county", "县级", "县市级"],
};

/** Every level, highest first: the order of the native formula's level table and of the rule sheet. */
export const LEVELS: readonly Level[] = Object.keys(LEVEL_WORDS) as Level[];

/** Words meaning "the city level of the rule's own document". */
export const CITY_LEVEL_WORDS: readonly string[] = ["市级", "city"];

const LEVEL_TABLE = new Map<string, Level>(LEVELS.flatMap((l) => LEVEL_WORDS[l].map((w) => [w, l] as const)));

/**
 * A level. "市级" is read as the city level of the rule's own document: 黄石市级 in Huangshi documents
 * (prefecture), 大冶市级 in Daye documents (county) — passed as `cityLevel`.
 */
export function parseLevel(value: unknown, cityLevel: Level = "prefecture"): Level {
  if (isBlank(value))
    throw notAvailable("缺少级别（国家级/省级/市级）", "level is missing (national/provincial/prefecture/county)");
  // Fast path: a word exactly as listed (no string building per call in a long column).
  const direct = typeof value === "string" ? LEVEL_TABLE.get(value) : undefined;
  if (direct) return direct;
  // Full-width letters (ＮＡＴＩＯＮＡＬ) are not folded, as in Excel's MATCH (the portable formula's).
  const t = typeof value === "string" ? excelTrim(value).toLowerCase() : "";
  const level = CITY_LEVEL_WORDS.includes(t) ? cityLevel : LEVEL_TABLE.get(t);
  if (!level)
    throw badValue(
      `无法识别的级别：“${shown(value)}”（可用：国家级/省级/黄石市级/大冶市级/市级）`,
      `unknown level "${shown(value)}" (use national/provincial/prefecture/county)`,
    );
  return level;
}
