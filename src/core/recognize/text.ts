/** Cleaning a cell's text and reading a base or target cell (docs/CATALOG.md, "The table recognizer"). */
import type { Comparator } from "../schema";

/** Han characters, CJK and full-width punctuation, curly quotes: no word space belongs next to them. */
const CJK = "\\u2014\\u2018-\\u201f\\u2026\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef";
const SPACE_NEAR_CJK = new RegExp(`(?<=[${CJK}]) +| +(?=[${CJK}])`, "g");

/**
 * A cell as a reader sees it: line breaks and runs of spaces (PDF viewers and merged cells scatter
 * them: "规模 实力", "亿 元", "5G 基站总数") become one space, then spaces next to a Chinese character
 * go, while a space between two Latin words stays.
 */
export function cleanCell(raw: string): string {
  return raw
    .replace(/[\s\u00a0\u3000]+/g, " ")
    .trim()
    .replace(SPACE_NEAR_CJK, "");
}

/** Full-width digits, signs and brackets to ASCII, thousands separators out: for reading numbers only. */
export function normalizeValue(s: string): string {
  return s
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/(?<=\d),(?=\d{3}(?:\D|$))/g, "");
}

/** The marks a table uses for "no value": "—", "-", "/", blank. */
export function isAbsentMark(s: string): boolean {
  return /^(?:[-‐‑‒–—―－ー_/／\\、.…]+|无|空|暂无|n\/?a)?$/i.test(normalizeValue(s));
}

export interface ComparatorWord {
  comparator: Comparator;
  text: string;
}

/** Words before a number, longest first: ≥ 达到/不低于, > 突破/超过, ≤ 降至/控制在, < 低于. */
const PREFIXES: [string, Comparator][] = [
  ["不低于", ">="],
  ["不少于", ">="],
  ["不小于", ">="],
  ["达到", ">="],
  ["至少", ">="],
  [">=", ">="],
  ["≥", ">="],
  ["≧", ">="],
  ["达", ">="],
  ["突破", ">"],
  ["超过", ">"],
  ["大于", ">"],
  ["高于", ">"],
  ["多于", ">"],
  [">", ">"],
  ["不高于", "<="],
  ["不超过", "<="],
  ["不大于", "<="],
  ["不多于", "<="],
  ["控制在", "<="],
  ["降至", "<="],
  ["降到", "<="],
  ["<=", "<="],
  ["≤", "<="],
  ["≦", "<="],
  ["低于", "<"],
  ["小于", "<"],
  ["<", "<"],
  ["保持在", "="],
  ["保持", "="],
];
const SUFFIXES: [string, Comparator][] = [
  ["及以上", ">="],
  ["以上", ">="],
  ["及以下", "<="],
  ["以下", "<="],
  ["以内", "<="],
];
/** Words of intent before a target ("力争>8"): kept in the note, not part of the number. */
const INTENT = /^(?:力争|争取|确保|预计|力争达到)/;

const NUM = "[+-]?\\d+(?:\\.\\d+)?";
const PCT = "(%|‰)?";
const DASH = "(?:-|‐|‑|‒|–|—|―|~|〜|至|到)";
const CORE = new RegExp(`^(${NUM})${PCT}(?:${DASH}(${NUM})${PCT})?`);

export type ValueRead =
  | { kind: "absent"; mark: string }
  | {
      kind: "number" | "range";
      value: number;
      max: number;
      /** The comparator written in the cell, if any. */
      comparator?: ComparatorWord;
      /** % or ‰ written after the number. */
      percent?: string;
      /** A unit written after the number (650亿元). */
      unit?: string;
      /** Written in 〔〕 or [] (a cumulative figure in Chinese plan tables) or with 累计. */
      cumulative: boolean;
      /** Words after the number (">8，力争10" → "力争10"), kept in a note. */
      rest?: string;
      /** Words before the number (力争). */
      intent?: string;
      /** 左右 after the number. */
      approximate: boolean;
    }
  | { kind: "text"; text: string; hasDigits: boolean };

/** Reads a base or target cell: absent marks, numbers, ranges, comparators, cumulative brackets, text. */
export function readValue(raw: string): ValueRead {
  const shown = cleanCell(raw);
  if (isAbsentMark(shown)) return { kind: "absent", mark: shown };
  let s = normalizeValue(shown);
  let cumulative = false;
  const bracket = /^[〔[【〖](.+)[〕\]】〗]$/.exec(s);
  if (bracket) {
    cumulative = true;
    s = bracket[1];
  }
  if (s.startsWith("累计")) {
    cumulative = true;
    s = s.slice(2);
  }
  let intent: string | undefined;
  const intentMatch = INTENT.exec(s);
  if (intentMatch) {
    intent = intentMatch[0];
    s = s.slice(intent.length);
  }
  let comparator: ComparatorWord | undefined;
  const prefix = PREFIXES.find(([w]) => s.startsWith(w));
  if (prefix) {
    comparator = { comparator: prefix[1], text: prefix[0] };
    s = s.slice(prefix[0].length);
  }
  const core = CORE.exec(s);
  if (!core) return { kind: "text", text: shown, hasDigits: /\d/.test(normalizeValue(shown)) };
  const min = Number(core[1]);
  const max = core[3] === undefined ? min : Number(core[3]);
  let after = s.slice(core[0].length);
  // A unit or 年 right after the number, then 以上/以下/左右, then anything else is "rest".
  const unitMatch = /^([^\d,，;；:：()（）、。]*?)(?=及以上|以上|及以下|以下|以内|左右|[,，;；。(（]|$)/.exec(after);
  let unit = unitMatch?.[1] || undefined;
  if (unit) after = after.slice(unit.length);
  const suffix = SUFFIXES.find(([w]) => after.startsWith(w));
  if (suffix) {
    if (
      !comparator ||
      comparator.comparator === suffix[1] ||
      comparator.text === "控制在" ||
      comparator.text === "达到"
    )
      comparator = { comparator: suffix[1], text: comparator ? `${comparator.text}…${suffix[0]}` : suffix[0] };
    after = after.slice(suffix[0].length);
  }
  let approximate = false;
  if (after.startsWith("左右")) {
    approximate = true;
    after = after.slice(2);
  }
  const rest = after.replace(/^[,，;；。\s]+/, "") || undefined;
  // A cell whose "unit" is long text ("比2020年增长") is not a figure with a unit: keep it as text.
  if (unit && unit.length > 8) return { kind: "text", text: shown, hasDigits: true };
  if (unit === "年" && !rest) unit = undefined;
  const percent = core[2] ?? core[4];
  return {
    kind: core[3] === undefined ? "number" : "range",
    value: Math.min(min, max),
    max: Math.max(min, max),
    comparator,
    percent,
    unit,
    cumulative,
    rest,
    intent,
    approximate,
  };
}

/** Characters that make up units as plan tables write them (亿元, 人/万人, 吨标准煤/万元, 千瓦时 …). */
const UNIT_CHARS =
  /^[%‰‱元万亿千百十个家人件台套吨标准煤瓦时度公里平方立米亩顷天年月日次项所座张户辆处条名份分岁倍床升克斤只头株棵篇部册箱艘架列班宗例起间栋辆个位每元/·.．²³]+$/;
const LATIN_UNITS = /^(?:[kKMGT]?Wh?|k?m[23²³]?|t|kg|g|L|tce|TEU|ppm|μg\/m[3³]|mg\/L|Mbps|Gbps|MB|GB|TB)$/;

/** Whether `s` reads as a unit of measure rather than words of a name: "万元", "人/万人", "%", "kWh". */
export function isUnitLike(s: string): boolean {
  const t = s.replace(/\s+/g, "");
  if (t.length === 0 || t.length > 10) return false;
  return t.split(/[/·]/).every((part) => part === "" || UNIT_CHARS.test(part) || LATIN_UNITS.test(part));
}

/** Splits a trailing unit in brackets off a name: "本级财政科学技术支出（万元）" → [name, "万元"]. */
export function splitNameUnit(name: string): { name: string; unit?: string } {
  const m = /^(.*\S)\s*[（(]([^（）()]{1,12})[)）]$/.exec(name);
  if (m && isUnitLike(m[2])) return { name: m[1], unit: m[2].replace(/\s+/g, "") };
  return { name };
}

/** "单位：亿元" in a header or title line. */
export function unitDeclared(s: string): string | undefined {
  const m = /单位\s*[:：]\s*([^\s，,；;）)]+)/.exec(s);
  return m && isUnitLike(m[1]) ? m[1] : undefined;
}

/** A 序号 as written: "1", "1.", "1、", "（1）", "01". */
export function readSeq(s: string): number | undefined {
  const m = /^[（(]?(\d{1,4})[)）.．、]?$/.exec(normalizeValue(s));
  return m ? Number(m[1]) : undefined;
}

/** A 序号 written at the start of a name ("1. 本级财政…", "（3）…"): the number and the name without it. */
export function splitNameSeq(name: string): { seq?: number; name: string } {
  const m = /^(?:[（(](\d{1,4})[)）]|(\d{1,4})\s*[.．、](?!\d))\s*(.+)$/.exec(name);
  if (!m) return { name };
  return { seq: Number(m[1] ?? m[2]), name: m[3] };
}
