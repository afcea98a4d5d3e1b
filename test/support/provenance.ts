/** Helpers of the provenance test: comparing quotes to seeds, finding numbers in text and entries. */
import { toHalfWidth } from "../../src/core/parse";

/**
 * Text compared without any white space: the seeds break table cells and lines at arbitrary places
 * ("规模 实力", "占规上 工业增加值"), so a quote matches whatever the seed's line breaks were.
 */
export function squeeze(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, "");
}

const CN_DIGIT: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Chinese numerals up to 9999 (三, 十, 十二, 二十, 一百二十七). */
function chineseNumeral(s: string): number | undefined {
  let total = 0;
  let digit = -1;
  const units: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
  for (const ch of s) {
    if (ch in CN_DIGIT) digit = CN_DIGIT[ch];
    else if (ch in units) {
      total += (digit < 0 ? 1 : digit) * units[ch];
      digit = -1;
    } else return undefined;
  }
  return total + (digit < 0 ? 0 : digit);
}

/** Every number written in the text: Arabic (with thousands separators) and Chinese numerals. */
export function numbersInText(text: string): Set<number> {
  const t = toHalfWidth(text);
  const out = new Set<number>();
  for (const m of t.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
    const n = Number(m[0].replace(/,/g, ""));
    if (Number.isFinite(n)) out.add(n);
  }
  for (const m of t.matchAll(/[零一二两三四五六七八九十百千]+/g)) {
    const n = chineseNumeral(m[0]);
    if (n !== undefined) out.add(n);
  }
  return out;
}

/** All numeric leaves of a value, except 0 (a range's open lower end) and undefined. */
export function numbersOf(value: unknown): number[] {
  const out: number[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === "number") {
      if (v !== 0) out.push(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(value);
  return out;
}
