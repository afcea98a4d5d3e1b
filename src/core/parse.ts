/**
 * Reading what a user typed into a cell (docs/FUNCTIONS.md, "Numbers as typed"): numbers as numbers or numeric text
 * (thousands separators, full-width digits, a unit suffix converted into the unit the caller expects),
 * percentages as fractions, bounds and yes/no flags in Chinese and English. Levels and directions
 * have their own modules (levels.ts, directions.ts).
 *
 * Hand-written: these are the product's own input conventions (Chinese units such as 万元/亿元,
 * full-width forms); no library covers them.
 */
import { badValue, notAvailable } from "./errors";

/** Money units and their size in 元. */
const MONEY: Record<string, number> = { 元: 1, 千元: 1e3, 万元: 1e4, 百万元: 1e6, 亿元: 1e8, 万亿元: 1e12 };
/** Bare multipliers that may stand before a unit or alone ("850万", "25亿"). */
const MULTIPLIER: Record<string, number> = { 千: 1e3, 万: 1e4, 百万: 1e6, 亿: 1e8, 万亿: 1e12 };

/** Remove binary noise: 0.045 - 0.042 = 0.0030000000000000027 becomes 0.003. */
export function clean(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  return Number(x.toPrecision(12));
}

/** floor(x / step), exact in decimal terms (0.003 / 0.001 is 3, not 2.999…). */
export function wholeSteps(x: number, step: number): number {
  return Math.floor(clean(x / step));
}

/** Any character toHalfWidth would change (full-width forms, ideographic space, 。). */
const WIDE = /[\uFF01-\uFF5E\u3000\u3002]/;

/** Full-width digits, signs and punctuation to ASCII; trims. */
export function toHalfWidth(text: string): string {
  // Fast path: most cell text (IDs, ASCII numbers) has nothing to convert; no string building then.
  if (!WIDE.test(text)) return text.trim();
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ")
    .replace(/[，]/g, ",")
    .replace(/[。]/g, ".")
    .trim();
}

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

export interface NumberOptions {
  /** What the value is, for messages, e.g. "金额 amount". */
  label: string;
  /**
   * The unit the caller works in (万元, 亿元, 家, % …). Money text in another money unit is converted.
   * Undefined: a plain number such as a rate, a growth or a tolerance (a "%" suffix makes a fraction).
   */
  unit?: string;
  /** Accept negative numbers (a gap may be negative; an amount may not). */
  allowNegative?: boolean;
}

/**
 * A cell value as a message shows it: text and numbers as they are, an error value by its code (Excel
 * passes an error as an object; String() of it would read "[object Object]").
 */
export function shown(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "object") return String(value);
  const code = (value as { code?: unknown; type?: unknown }).code ?? (value as { type?: unknown }).type;
  return typeof code === "string" ? `错误值 ${code}` : "（无法显示的值 / unreadable value）";
}

/** A message for a cell that holds an error value where a value was expected. */
function errorValue(value: unknown, label: string) {
  return badValue(
    `${labelZh(label)}是${shown(value)}，请先修正该单元格`,
    `${labelEn(label)} is an error value (${shown(value).replace("错误值 ", "")}); correct that cell first`,
  );
}

/** Whether `unit` is a percentage: a "%" suffix is then the number as written (12% → 12). */
export function isPercentUnit(unit: string | undefined): boolean {
  return unit === "%";
}

/**
 * A number from a cell value. Blank → #N/A (missing); a boolean, unparseable text, a "%" where the
 * unit is not a percentage, a value that is not finite, or a negative where none is allowed → #VALUE!
 * with a message (docs/FUNCTIONS.md, "Error codes": every value the user can fix is #VALUE!).
 */
export function parseNumber(value: unknown, opts: NumberOptions): number {
  const { label } = opts;
  if (isBlank(value)) throw notAvailable(`缺少${labelZh(label)}`, `${labelEn(label)} is missing`);
  let n: number;
  if (typeof value === "number") {
    n = value;
  } else if (typeof value === "string") {
    n = parseNumericText(value, opts);
  } else if (typeof value === "object") {
    throw errorValue(value, label);
  } else {
    throw badValue(`${labelZh(label)}应为数字`, `${labelEn(label)} must be a number`);
  }
  if (!Number.isFinite(n)) throw badValue(`${labelZh(label)}不是有限数`, `${labelEn(label)} is not a finite number`);
  if (n < 0 && !opts.allowNegative)
    throw badValue(`${labelZh(label)}不能为负数：${n}`, `${labelEn(label)} cannot be negative: ${n}`);
  return n;
}

/**
 * Numeric text: sign, digits with optional thousands separators, decimals, an exponent (8.5e2), then
 * an optional unit after optional spaces. Spaces inside the digits ("8 50") are not a number.
 */
const NUMERIC_TEXT = /^([+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?)\s*(.*)$/i;

function parseNumericText(raw: string, opts: NumberOptions): number {
  const text = toHalfWidth(raw);
  const m = NUMERIC_TEXT.exec(text);
  const fail = () =>
    badValue(
      `无法识别的${labelZh(opts.label)}：“${raw}”${opts.unit ? `（应为${opts.unit}）` : ""}`,
      `cannot read ${labelEn(opts.label)}: "${raw}"${opts.unit ? ` (expected ${opts.unit})` : ""}`,
    );
  // A unit never starts with a digit or a separator: "8 50" and "1,05" are not numbers.
  if (!m || /^[\d.,]/.test(m[2])) throw fail();
  const n = Number(m[1].replace(/,/g, ""));
  const suffix = m[2];
  if (suffix === "") return n;
  if (suffix === "%") {
    if (opts.unit === undefined) return clean(n / 100);
    if (isPercentUnit(opts.unit)) return n;
    throw badValue(
      `${labelZh(opts.label)}的单位是“${opts.unit}”，不能填百分数：“${raw}”`,
      `${labelEn(opts.label)} is in ${opts.unit}, not a percentage: "${raw}"`,
    );
  }
  const converted = convertUnit(n, suffix, opts.unit);
  if (converted === undefined) {
    throw badValue(
      `${labelZh(opts.label)}的单位“${suffix}”与应有单位“${opts.unit ?? "无"}”不符：“${raw}”`,
      `unit "${suffix}" of ${labelEn(opts.label)} does not match the expected unit "${opts.unit ?? "none"}": "${raw}"`,
    );
  }
  return converted;
}

/** Size of a money unit in 元, with bare multipliers ("万" = 万元). */
function moneySize(unit: string): number | undefined {
  if (unit in MONEY) return MONEY[unit];
  if (unit in MULTIPLIER) return MULTIPLIER[unit];
  return undefined;
}

/**
 * n written in `from`, expressed in `to`. Money converts between 元/万元/亿元; a bare multiplier
 * before a count unit ("1.2万人") scales; an identical unit passes. Undefined when not convertible.
 */
export function convertUnit(n: number, from: string, to: string | undefined): number | undefined {
  if (to === undefined || from === to) return to === undefined ? undefined : n;
  const fromMoney = moneySize(from);
  const toMoney = moneySize(to);
  if (fromMoney !== undefined && toMoney !== undefined) return clean((n * fromMoney) / toMoney);
  // "1.2万家" where 家 is expected.
  for (const [prefix, size] of Object.entries(MULTIPLIER)) {
    if (from === prefix + to) return clean(n * size);
  }
  return undefined;
}

export type Bound = "max" | "min" | "mid";

/** Words for each bound (lower case, half-width, no spaces); shared with native Excel formulas. */
export const BOUND_WORDS: Record<Bound, readonly string[]> = {
  max: ["max", "上限", "最高", "最大"],
  min: ["min", "下限", "最低", "最小"],
  mid: ["mid", "中值", "中间值", "中位"],
};
const BOUND_TABLE = new Map<string, Bound>(
  (Object.keys(BOUND_WORDS) as Bound[]).flatMap((b) => BOUND_WORDS[b].map((w) => [w, b] as const)),
);

/**
 * Which end of a ranged amount or rate: default max (the ceiling the policy allows). Case is ignored
 * and spaces trimmed as Excel's TRIM does; full-width letters (ｍｉｎ) are not folded: the portable
 * form's native formula cannot fold them alike in every spreadsheet, so both refuse them.
 */
export function parseBound(value: unknown): Bound {
  if (isBlank(value)) return "max";
  const direct = typeof value === "string" ? BOUND_TABLE.get(value) : undefined;
  if (direct) return direct;
  const t = typeof value === "string" ? excelTrim(value).toLowerCase() : String(value).toLowerCase();
  const b = BOUND_TABLE.get(t);
  if (!b)
    throw badValue(
      `无法识别的取值档位：“${shown(value)}”（可用：上限/下限/中值）`,
      `unknown bound "${shown(value)}" (use max/min/mid)`,
    );
  return b;
}

/** Excel's TRIM: ASCII spaces removed at both ends, inner runs made one. */
export function excelTrim(text: string): string {
  return text.split(" ").filter(Boolean).join(" ");
}

/** Words of a yes/no flag (lower case, half-width); shared with native Excel formulas. */
export const FLAG_WORDS = {
  yes: ["true", "yes", "y", "1", "是", "已获", "已获得", "有", "已"] as readonly string[],
  no: ["false", "no", "n", "0", "否", "未获", "未获得", "无", "未"] as readonly string[],
};

/**
 * A yes/no flag: TRUE/FALSE, 1/0, 是/否, 已获/未获, yes/no. Blank = false. Case is ignored and spaces
 * trimmed as Excel's TRIM does; full-width letters (ｙｅｓ) are not folded: the portable form's native
 * formula cannot fold them alike in every spreadsheet, so both refuse them.
 */
export function parseFlag(value: unknown, label: string): boolean {
  if (isBlank(value)) return false;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  const t = excelTrim(String(value)).toLowerCase();
  if (FLAG_WORDS.yes.includes(t)) return true;
  if (FLAG_WORDS.no.includes(t)) return false;
  throw badValue(
    `无法识别的${labelZh(label)}：“${shown(value)}”（可用：是/否）`,
    `cannot read ${labelEn(label)} "${shown(value)}" (use TRUE/FALSE)`,
  );
}

/** "金额 amount" → "金额"; labels are written "中文 english". */
function labelZh(label: string): string {
  return label.split(" ")[0];
}
function labelEn(label: string): string {
  const i = label.indexOf(" ");
  return i < 0 ? label : label.slice(i + 1);
}
