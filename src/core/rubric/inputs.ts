/**
 * Reading SCORE's arguments for a rubric item: amounts in the item's unit, growths and rates as
 * fractions, counts of events, yes/no flags, and arguments an item does not use.
 */
import { badValue, notAvailable } from "../errors";
import { isBlank, parseFlag, parseNumber } from "../parse";
import type { RubricItem } from "../schema";

export type ArgName = "actual" | "reference" | "extra";

const ARG_ZH: Record<ArgName, string> = { actual: "实际值", reference: "参照值", extra: "附加值" };

/** "实际值 actual" — the label parse.ts puts into messages. */
export function argLabel(arg: ArgName, zh?: string): string {
  return `${zh ?? ARG_ZH[arg]} ${arg}`;
}

/** `%` means a fraction (Excel percent); every other unit is passed to parseNumber for conversion. */
function unitFor(unit: string): string | undefined {
  return unit === "%" ? undefined : unit;
}

/** A signed quantity (an increment or a growth may be negative). */
export function signedAmount(value: unknown, arg: ArgName, unit: string, zh?: string): number {
  return parseNumber(value, { label: argLabel(arg, zh), unit: unitFor(unit), allowNegative: true });
}

/** A non-negative quantity (an amount disposed of, a bond subscription). */
export function amount(value: unknown, arg: ArgName, unit: string, zh?: string): number {
  return parseNumber(value, { label: argLabel(arg, zh), unit: unitFor(unit) });
}

/** An interest rate as a fraction in [0, 1]: 4.35 is almost surely 4.35%, so it is refused. */
export function rate(value: unknown, arg: ArgName, zh: string): number {
  const r = parseNumber(value, { label: argLabel(arg, zh) });
  if (r > 1)
    throw badValue(
      `${zh}应为百分数或小数（如 4.35% 或 0.0435），不能为 ${r}`,
      `${arg} must be a percentage or fraction (4.35% or 0.0435), not ${r}`,
    );
  return r;
}

/** A number of events (products, 加分事项): a whole number ≥ 0; blank = none when optional. */
export function count(value: unknown, arg: ArgName, zh: string, optional: boolean): number {
  if (optional && isBlank(value)) return 0;
  const n = parseNumber(value, { label: argLabel(arg, zh) });
  if (!Number.isInteger(n))
    throw badValue(`${zh}应为整数（单数/项数）：${n}`, `${arg} must be a whole number of events: ${n}`);
  return n;
}

export function flag(value: unknown, arg: ArgName, zh: string): boolean {
  return parseFlag(value, argLabel(arg, zh));
}

/**
 * An argument the item does not take must be left out. 0 is let through because Excel passes an
 * empty referenced cell as 0 on some hosts; anything else is refused so it is never silently ignored.
 */
export function unused(value: unknown, arg: ArgName, item: RubricItem): void {
  if (isBlank(value) || value === 0) return;
  throw badValue(
    `考评项 ${item.id}（${item.name}）不使用${ARG_ZH[arg]}（${arg}）：${usage(item)}`,
    `rubric item ${item.id} takes no ${arg}`,
  );
}

/** A required argument that is missing → #N/A naming what it should be. */
export function required(value: unknown, arg: ArgName, item: RubricItem): void {
  if (!isBlank(value)) return;
  const what = item.inputs[arg] ?? ARG_ZH[arg];
  throw notAvailable(`缺少${ARG_ZH[arg]}（${arg}）：${what}`, `${arg} is missing for ${item.id}`);
}

/** What the item's arguments mean, for messages. */
export function usage(item: RubricItem): string {
  const parts = [`actual = ${item.inputs.actual}`];
  if (item.inputs.reference) parts.push(`reference = ${item.inputs.reference}`);
  if (item.inputs.extra) parts.push(`extra = ${item.inputs.extra}`);
  return parts.join("；");
}
