/** Finding the header row and what each column holds (docs/CATALOG.md, "The table recognizer"). */
import { cleanCell, isUnitLike, normalizeValue, unitDeclared } from "./text";

export type Role =
  | { kind: "seq" }
  | { kind: "category" }
  | { kind: "name" }
  | { kind: "unit" }
  | { kind: "attribute" }
  | { kind: "growth" }
  | { kind: "lead" }
  | { kind: "responsible" }
  | { kind: "remark" }
  /** A base or target column; `year` undefined when the header names none. */
  | {
      kind: "value";
      use: "base" | "target" | "unknown";
      year?: number;
      period?: [number, number];
      cumulative: boolean;
      unit?: string;
    }
  | { kind: "unknown" };

export interface Column {
  label: string;
  role: Role;
}

/** 五年规划 names: 十三五 = 2016–2020, 十四五 = 2021–2025, 十五五 = 2026–2030. */
const PLAN_PERIODS: Record<string, [number, number]> = {
  十二五: [2011, 2015],
  十三五: [2016, 2020],
  十四五: [2021, 2025],
  十五五: [2026, 2030],
};

const BASE_WORDS = /基期|基数|基准|基础|现状|实际|完成|数据|预计|现值|当前/;
const TARGET_WORDS = /目标|规划|预期值|力争/;
/** 期末/末 alone: the end of a period, a base when a later column is the target (十三五末 | 十四五目标). */
const END_WORDS = /期末|末/;

/** What a header cell names. Exported for the space-separated reader. */
export function roleOf(label: string): Role {
  const full = normalizeValue(cleanCell(label));
  const trailing = /[(]([^()]+)[)]$/.exec(full)?.[1];
  const t = trailing !== undefined && !/\d/.test(trailing) ? full.slice(0, -trailing.length - 2) : full;
  if (t === "") return { kind: "unknown" };
  if (/^(?:序号|编号|序|No\.?|#)$/i.test(t)) return { kind: "seq" };
  if (/年均|增速|增长率|增幅/.test(t)) return { kind: "growth" };
  if (/属性|性质/.test(t)) return { kind: "attribute" };
  if (/牵头/.test(t)) return { kind: "lead" };
  if (/责任|配合|协同/.test(t)) return { kind: "responsible" };
  if (/备注|说明/.test(t)) return { kind: "remark" };
  if (/^(?:计量)?单位/.test(t) && !/[:：]/.test(t)) return { kind: "unit" };
  if (/^(?:类别|类型|分类|一级指标|指标类别|指标类型|领域|维度|方面|板块|层级)$/.test(t)) return { kind: "category" };
  const years = [...t.matchAll(/(?:19|20)\d\d/g)].map((m) => Number(m[0]));
  const plan = Object.keys(PLAN_PERIODS).find((k) => t.includes(k));
  const cumulative = t.includes("累计");
  const unit = unitDeclared(full) ?? (trailing !== undefined && isUnitLike(trailing) ? trailing : undefined);
  if (years.length > 0 || plan || BASE_WORDS.test(t) || TARGET_WORDS.test(t) || (END_WORDS.test(t) && plan)) {
    if (/指标|名称|项目/.test(t) && years.length === 0) return { kind: "name" };
    const use = BASE_WORDS.test(t) ? "base" : TARGET_WORDS.test(t) ? "target" : "unknown";
    const rangeYears = /((?:19|20)\d\d)年?(?:-|‐|–|—|―|~|至|到)+((?:19|20)\d\d)/.exec(t);
    if (rangeYears) {
      const period: [number, number] = [Number(rangeYears[1]), Number(rangeYears[2])];
      return { kind: "value", use: use === "base" ? "base" : "target", year: period[1], period, cumulative, unit };
    }
    if (years.length > 0) return { kind: "value", use, year: years[years.length - 1], cumulative, unit };
    if (plan) {
      const [from, to] = PLAN_PERIODS[plan];
      if (/初/.test(t)) return { kind: "value", use: "base", year: from - 1, cumulative, unit };
      return use === "target"
        ? { kind: "value", use, year: to, period: [from, to], cumulative, unit }
        : { kind: "value", use, year: to, cumulative, unit };
    }
    return { kind: "value", use, cumulative, unit };
  }
  if (/指标|名称|项目|内容/.test(t)) return { kind: "name" };
  return { kind: "unknown" };
}

/** Whether a row reads as a header: a name column and at least one column of another known kind. */
export function isHeaderRow(cells: string[]): boolean {
  const roles = cells.map(roleOf);
  const named = roles.some((r) => r.kind === "name");
  const others = roles.filter((r) => r.kind !== "name" && r.kind !== "unknown").length;
  const numeric = cells.filter((c) => /^\s*[\d.]+\s*$/.test(c) && !/^(?:19|20)\d\d$/.test(c.trim())).length;
  return named && others >= 1 && numeric === 0;
}

/** A header of any table (序号 | 重点任务 | 牵头单位): two known columns other than values, no figures. */
export function looksLikeHeader(cells: string[]): boolean {
  // Value columns do not count: a row of text targets ("完成省下达目标") names them too.
  const known = cells.map(roleOf).filter((r) => r.kind !== "unknown" && r.kind !== "value").length;
  const numeric = cells.filter((c) => /^\s*[\d.]+\s*$/.test(c) && !/^(?:19|20)\d\d$/.test(c.trim())).length;
  return known >= 2 && numeric === 0;
}

/**
 * A second header row under the first (目标值 over 2024年 | 2026年): its cells are years or header
 * words only, and its name column is blank.
 */
export function isSubHeaderRow(cells: string[], header: Column[]): boolean {
  const nameAt = header.findIndex((c) => c.role.kind === "name");
  if (nameAt >= 0 && cleanCell(cells[nameAt] ?? "") !== "") return false;
  const filled = cells.map(cleanCell).filter((c) => c !== "");
  return filled.length > 0 && filled.every((c) => roleOf(c).kind !== "unknown" && !/^\d+(\.\d+)?$/.test(c));
}

/** Header cells to columns; a merged parent cell (目标值) is carried right over its blank neighbours. */
export function columnsOf(first: string[], second?: string[]): Column[] {
  const width = Math.max(first.length, second?.length ?? 0);
  const labels: string[] = [];
  let parent = "";
  for (let i = 0; i < width; i++) {
    const top = cleanCell(first[i] ?? "");
    const sub = cleanCell(second?.[i] ?? "");
    if (top !== "") parent = top;
    const carried = top === "" && sub !== "" && /目标|基|预|规划/.test(parent) ? parent : top;
    labels.push(second ? `${carried}${sub}` : top);
  }
  const cols = labels.map((label) => ({ label, role: roleOf(label) }));
  // An unnamed column before the name column holds the categories (Word drops the header of a merged 类别 cell).
  const nameAt = cols.findIndex((c) => c.role.kind === "name");
  const hasCategory = cols.some((c) => c.role.kind === "category");
  if (nameAt > 0 && !hasCategory) {
    for (let i = nameAt - 1; i >= 0; i--) {
      if (cols[i].label === "") {
        cols[i] = { label: "", role: { kind: "category" } };
        break;
      }
    }
  }
  resolveValueColumns(cols);
  return cols;
}

/** Year columns with no word: the first of several is the base, the others targets; a lone one a target. */
function resolveValueColumns(cols: Column[]): void {
  const values = cols.filter((c) => c.role.kind === "value");
  const hasBase = values.some((c) => c.role.kind === "value" && c.role.use === "base");
  values.forEach((c, i) => {
    if (c.role.kind !== "value" || c.role.use !== "unknown") return;
    c.role = { ...c.role, use: !hasBase && i === 0 && values.length > 1 ? "base" : "target" };
  });
}
