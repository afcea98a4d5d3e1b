/**
 * The user's incentive rules authored as a table, one rule a row (docs/INCENTIVES.md, "Your own
 * rules"): the rows become the same Rule entries as the built-in rules, so SUBSIDY, EXPLAIN, calc and
 * the native formulas treat them alike. Pure: a grid of cells in, rules or every invalid cell out
 * (its address, e.g. D3, and what to change, 中文 / English). An unknown column is an error.
 */
import { compileRule } from "../core/incentives";
import { toHalfWidth } from "../core/parse";
import { type Computation, Rule, type RuleInput } from "../core/schema";

type Cell = string | number | boolean | Date | null | undefined;

/** The columns, each with the header names accepted (case and spaces ignored). */
export const RULE_COLUMNS = {
  id: ["规则ID", "id"],
  name: ["名称", "规则名称", "name"],
  kind: ["计算方式", "kind"],
  rate: ["比例", "奖补比例", "rate"],
  share: ["基准比例", "预留比例", "share"],
  award: ["奖补金额", "定额", "award"],
  perItem: ["每件金额", "perItem"],
  national: ["国家级", "national"],
  provincial: ["省级", "provincial"],
  prefecture: ["地级", "黄石市级", "prefecture"],
  county: ["县级", "county"],
  milestones: ["突破档位", "milestones"],
  wholeUpTo: ["全额预留上限", "wholeUpTo"],
  smallMicroShare: ["小微企业比例", "smallMicroShare"],
  amountUnit: ["金额单位", "amountUnit"],
  amountMeaning: ["金额含义", "amountMeaning"],
  outputUnit: ["奖补单位", "outputUnit"],
  qualifierType: ["条件类型", "qualifierType"],
  qualifierMeaning: ["条件含义", "qualifierMeaning"],
  qualifierUnit: ["条件单位", "qualifierUnit"],
  qualifierDefault: ["条件默认值", "qualifierDefault"],
  cap: ["上限", "cap"],
  capLabel: ["上限说明", "capLabel"],
  gates: ["门槛", "gates"],
  notPaidAgain: ["不重复奖励", "notPaidAgain"],
  cityLevel: ["市级指", "cityLevel"],
  document: ["文件", "document"],
  clause: ["条款", "clause"],
  quote: ["原文", "quote"],
  notes: ["备注", "notes"],
} as const;
export type RuleColumn = keyof typeof RULE_COLUMNS;

const KIND_WORDS: Record<Computation["kind"], readonly string[]> = {
  rate: ["rate", "比例", "按比例"],
  rateOnExcess: ["rateOnExcess", "超额比例", "超出部分比例"],
  fixed: ["fixed", "定额", "固定金额"],
  byLevel: ["byLevel", "按级别", "分级"],
  milestones: ["milestones", "首次突破", "突破档位"],
  perItem: ["perItem", "按件", "按个数"],
  reservedShare: ["reservedShare", "预留份额", "预留"],
};
const QUALIFIER_WORDS = {
  none: ["none", "无"],
  number: ["number", "数值", "数字"],
  level: ["level", "级别"],
  flag: ["flag", "是否", "已获"],
  category: ["category", "类别"],
} as const;
const CITY_WORDS = { prefecture: ["prefecture", "地级", "地级市"], county: ["county", "县级", "县级市"] } as const;
const YES = ["是", "yes", "true", "1", "y"];
const NO = ["否", "no", "false", "0", "n", ""];

export interface RulesTableError {
  /** A1 address of the cell at fault (the row's first cell when the row as a whole is wrong). */
  cell: string;
  /** 1-based row of the grid. */
  line: number;
  /** The column's header, when one cell is at fault. */
  column?: string;
  /** 中文 / English. */
  message: string;
}

export interface RulesTableOptions {
  sourceId: string;
  /** Cited in provenance when a row has no 文件 cell. */
  document: string;
}

const norm = (s: string) => toHalfWidth(s).replace(/\s+/g, "").toLowerCase();
const text = (c: Cell): string =>
  c === null || c === undefined ? "" : c instanceof Date ? c.toISOString().slice(0, 10) : String(c).trim();

function columnLetter(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function word<K extends string>(table: Record<K, readonly string[]>, value: string): K | undefined {
  const v = norm(value);
  return (Object.keys(table) as K[]).find((k) => table[k].some((w) => norm(w) === v));
}

class CellError extends Error {}
const bad = (zh: string, en: string) => new CellError(`${zh} / ${en}`);

/** A number, with thousands separators, full-width digits and a trailing unit (万元, 亿元, 个) allowed. */
function number(s: string): number {
  const t = toHalfWidth(s).replace(/[,，]/g, "").replace(/\s+/g, "");
  const m = /^(-?\d+(?:\.\d+)?)(?:万元|亿元|元|万|亿|个|家|件|项)?$/.exec(t);
  if (!m) throw bad(`“${s}”不是数字`, `"${s}" is not a number`);
  return Number(m[1]);
}

/** A rate or share: 8% → 0.08, or a fraction 0.08; a bare 8 is refused (8% or 800%?). */
function fraction(s: string): number {
  const t = toHalfWidth(s).replace(/\s+/g, "");
  const pct = /^(-?\d+(?:\.\d+)?)%$/.exec(t);
  if (pct) return Number((Number(pct[1]) / 100).toPrecision(12));
  const n = number(t);
  if (n > 1)
    throw bad(
      `比例“${s}”请写成百分数（如 8%）或小数（如 0.08）`,
      `write the rate "${s}" as a percentage (8%) or a fraction (0.08)`,
    );
  return n;
}

/** "40-50", "40—50", "40～50", "40至50" or one value: a range. */
function range(s: string, one: (x: string) => number): { min: number; max: number } {
  const parts = toHalfWidth(s)
    .split(/\s*(?:[—–～~至]|-(?=\s*\d))\s*/)
    .filter((p) => p !== "");
  if (parts.length === 1) {
    const x = one(parts[0]);
    return { min: x, max: x };
  }
  if (parts.length !== 2)
    throw bad(`“${s}”应为一个数或一个区间（如 40-50）`, `"${s}" should be a value or a range (40-50)`);
  const [min, max] = parts.map(one);
  if (min > max) throw bad(`区间“${s}”的下限大于上限`, `the range "${s}" has its lower end above its upper end`);
  return { min, max };
}

/** "a:b；c:d" pairs. */
function pairs(s: string): [string, string][] {
  return toHalfWidth(s)
    .split(/[;；\n]/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const m = /^(.+?)\s*[:：→]\s*(.+)$/.exec(p);
      if (!m) throw bad(`“${p}”应写成 名称:数值，多项用；分隔`, `"${p}" should be name:value, items separated by ;`);
      return [m[1].trim(), m[2].trim()];
    });
}

const OPS: Record<string, ">=" | ">" | "<=" | "<"> = {
  ">=": ">=",
  "≥": ">=",
  ">": ">",
  "<=": "<=",
  "≤": "<=",
  "<": "<",
};

/** "条件>=300 投资300万以上；金额>=100 设备投资100万元以上". */
function gates(s: string, amountUnit: string, qualifierUnit: string): RuleInput["gates"] {
  return toHalfWidth(s)
    .split(/[;；\n]/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const m = /^(金额|条件|amount|qualifier)\s*(>=|≥|>|<=|≤|<)\s*([\d.,]+)\s*[:：]?\s*(.*)$/i.exec(p);
      if (!m)
        throw bad(
          `门槛“${p}”应写成 金额>=100 说明 或 条件>=300 说明，多项用；分隔`,
          `the gate "${p}" should be amount>=100 label or qualifier>=300 label, items separated by ;`,
        );
      const on = /^(金额|amount)$/i.test(m[1]) ? "amount" : "qualifier";
      return {
        on,
        op: OPS[m[2]],
        value: number(m[3]),
        unit: on === "amount" ? amountUnit : qualifierUnit,
        label: m[4].trim() || p,
      };
    });
}

/**
 * The rules of a table whose first non-blank row is the header. Every invalid cell is reported;
 * the rules come back only when there is none (nothing is half-imported).
 */
export function parseRulesTable(
  grid: readonly (readonly Cell[])[],
  opts: RulesTableOptions,
): { ok: true; rules: RuleInput[] } | { ok: false; errors: RulesTableError[] } {
  const errors: RulesTableError[] = [];
  const headerAt = grid.findIndex((row) => row.some((c) => text(c) !== ""));
  if (headerAt < 0) return { ok: false, errors: [{ cell: "A1", line: 1, message: "表格是空的 / the table is empty" }] };
  const header = grid[headerAt].map(text);
  const columns = new Map<RuleColumn, number>();
  header.forEach((h, i) => {
    if (h === "") return;
    const key = (Object.keys(RULE_COLUMNS) as RuleColumn[]).find((k) =>
      (RULE_COLUMNS[k] as readonly string[]).some((n) => norm(n) === norm(h)),
    );
    const cell = `${columnLetter(i)}${headerAt + 1}`;
    if (!key)
      errors.push({
        cell,
        line: headerAt + 1,
        column: h,
        message: `未知的列“${h}”，请删去或改用 docs/INCENTIVES.md 所列的列名 / unknown column "${h}": remove it or use a column name listed in docs/INCENTIVES.md`,
      });
    else if (columns.has(key))
      errors.push({
        cell,
        line: headerAt + 1,
        column: h,
        message: `列“${h}”与第${columnLetter(columns.get(key)!)}列重复 / the column "${h}" repeats column ${columnLetter(columns.get(key)!)}`,
      });
    else columns.set(key, i);
  });
  for (const need of ["id", "name", "kind", "amountUnit", "clause", "quote"] as const)
    if (!columns.has(need))
      errors.push({
        cell: `A${headerAt + 1}`,
        line: headerAt + 1,
        message: `缺少“${RULE_COLUMNS[need][0]}”列 / the column "${RULE_COLUMNS[need][0]}" (${need}) is missing`,
      });
  if (errors.length) return { ok: false, errors };

  const rules: RuleInput[] = [];
  for (let r = headerAt + 1; r < grid.length; r++) {
    const row = grid[r];
    if (!row.some((c) => text(c) !== "")) continue;
    const line = r + 1;
    const rowErrors: RulesTableError[] = [];
    const at = (key: RuleColumn) => `${columnLetter(columns.get(key) ?? 0)}${line}`;
    const raw = (key: RuleColumn) => (columns.has(key) ? text(row[columns.get(key)!]) : "");
    /** A cell read by `read`, or undefined when blank; an unreadable cell is recorded. */
    function cell<T>(key: RuleColumn, read: (s: string) => T, required = false): T | undefined {
      const s = raw(key);
      if (s === "") {
        if (required)
          rowErrors.push({
            cell: at(key),
            line,
            column: header[columns.get(key) ?? 0],
            message: `“${RULE_COLUMNS[key][0]}”不能为空 / ${key} must not be empty`,
          });
        return undefined;
      }
      try {
        return read(s);
      } catch (e) {
        if (!(e instanceof CellError)) throw e;
        rowErrors.push({ cell: at(key), line, column: header[columns.get(key)!], message: e.message });
        return undefined;
      }
    }
    const choose =
      <K extends string>(table: Record<K, readonly string[]>, what: string) =>
      (s: string): K => {
        const k = word(table, s);
        if (!k) {
          const list = Object.values<readonly string[]>(table)
            .map((ws) => ws[ws.length > 1 ? 1 : 0])
            .join("、");
          throw bad(
            `${what}“${s}”不认识，应为：${list}`,
            `unknown ${what} "${s}": use one of ${Object.keys(table).join(", ")}`,
          );
        }
        return k;
      };

    let id = cell("id", (s) => s.toUpperCase(), true);
    if (id && !id.includes(".")) id = `${opts.sourceId}.${id.startsWith("R-") ? id : `R-${id}`}`;
    const name = cell("name", (s) => s, true);
    const kind = cell("kind", choose(KIND_WORDS, "计算方式"), true);
    const amountUnit = cell("amountUnit", (s) => s, true) ?? "";
    const qualifierUnit = raw("qualifierUnit");
    const byLevel = {
      national: cell("national", (s) => range(s, number)),
      provincial: cell("provincial", (s) => range(s, number)),
      prefecture: cell("prefecture", (s) => range(s, number)),
      county: cell("county", (s) => range(s, number)),
    };
    const need = <T>(key: RuleColumn, v: T | undefined): T => {
      if (v === undefined && raw(key) === "")
        rowErrors.push({
          cell: at(key),
          line,
          column: columns.has(key) ? header[columns.get(key)!] : RULE_COLUMNS[key][0],
          message: `计算方式为 ${kind} 时须填“${RULE_COLUMNS[key][0]}” / a ${kind} rule needs ${key}`,
        });
      return v as T;
    };
    let computation: Computation | undefined;
    switch (kind) {
      case undefined:
        break;
      case "rate":
        computation = {
          kind,
          rate: need(
            "rate",
            cell("rate", (s) => range(s, fraction)),
          ),
        };
        break;
      case "rateOnExcess":
        computation = {
          kind,
          rate: need(
            "rate",
            cell("rate", (s) => range(s, fraction)),
          ),
          share: need("share", cell("share", fraction)),
        };
        break;
      case "fixed":
        computation = {
          kind,
          amount: need(
            "award",
            cell("award", (s) => range(s, number)),
          ),
        };
        break;
      case "byLevel":
        computation = {
          kind,
          levels: Object.fromEntries(Object.entries(byLevel).filter(([, v]) => v !== undefined)),
        };
        if (!Object.values(byLevel).some((v) => v !== undefined))
          rowErrors.push({
            cell: `A${line}`,
            line,
            message:
              "按级别的规则至少要填一个级别的金额（国家级/省级/地级/县级） / a byLevel rule needs an amount for at least one level",
          });
        break;
      case "milestones":
        computation = {
          kind,
          milestones: need(
            "milestones",
            cell("milestones", (s) => pairs(s).map(([a, b]) => ({ above: number(a), award: number(b) }))),
          ),
        };
        break;
      case "perItem":
        computation = {
          kind,
          perItem: need(
            "perItem",
            cell("perItem", (s) => range(s, number)),
          ),
        };
        break;
      case "reservedShare":
        computation = {
          kind,
          wholeUpTo: need(
            "wholeUpTo",
            cell("wholeUpTo", (s) => Object.fromEntries(pairs(s).map(([k, v]) => [k, number(v)]))),
          ),
          share: need("share", cell("share", fraction)),
          smallMicroShare: need("smallMicroShare", cell("smallMicroShare", fraction)),
        };
        break;
      default: {
        const never: never = kind;
        throw new Error(`unhandled kind ${String(never)}`);
      }
    }
    const notPaidAgain = cell("notPaidAgain", (s) => {
      if (YES.includes(norm(s))) return true;
      if (NO.includes(norm(s))) return false;
      throw bad(`“${s}”应为 是 或 否`, `"${s}" should be 是 (yes) or 否 (no)`);
    });
    const gateList = cell("gates", (s) => gates(s, amountUnit, qualifierUnit)) ?? [];
    const defaultType =
      kind === "byLevel"
        ? "level"
        : kind === "milestones" || kind === "rateOnExcess" || gateList.some((g) => g.on === "qualifier")
          ? "number"
          : kind === "reservedShare"
            ? "category"
            : notPaidAgain
              ? "flag"
              : "none";
    const qualifierType = cell("qualifierType", choose(QUALIFIER_WORDS, "条件类型")) ?? defaultType;
    const meaning = raw("qualifierMeaning") || "条件";
    let qualifier: RuleInput["qualifier"];
    switch (qualifierType) {
      case "none":
        qualifier = { type: "none" };
        break;
      case "number": {
        if (!qualifierUnit)
          rowErrors.push({
            cell: at("qualifierUnit"),
            line,
            message: "数值条件须填“条件单位”（如 万元） / a numeric qualifier needs qualifierUnit (e.g. 万元)",
          });
        const d = cell("qualifierDefault", number);
        qualifier = { type: "number", unit: qualifierUnit, meaning, ...(d === undefined ? {} : { default: d }) };
        break;
      }
      case "level":
        qualifier = { type: "level", meaning };
        break;
      case "flag":
        qualifier = { type: "flag", meaning };
        break;
      case "category":
        qualifier = {
          type: "category",
          options: computation?.kind === "reservedShare" ? Object.keys(computation.wholeUpTo ?? {}) : [],
          meaning,
        };
        break;
      default: {
        const never: never = qualifierType;
        throw new Error(`unhandled qualifier ${String(never)}`);
      }
    }
    const cap = cell("cap", number);
    const cityLevel = cell("cityLevel", choose(CITY_WORDS, "市级指"));
    const clause = cell("clause", (s) => s, true);
    const quote = cell("quote", (s) => s, true);
    const notes = raw("notes")
      .split(/\n/)
      .map((n) => n.trim())
      .filter(Boolean);
    if (rowErrors.length) {
      errors.push(...rowErrors);
      continue;
    }
    const rule: RuleInput = {
      id: id!,
      sourceId: opts.sourceId,
      name: name!,
      computation: computation!,
      amountUnit,
      ...(raw("amountMeaning") ? { amountMeaning: raw("amountMeaning") } : {}),
      ...(raw("outputUnit") ? { outputUnit: raw("outputUnit") } : {}),
      qualifier,
      ...(cap === undefined ? {} : { cap }),
      ...(raw("capLabel") ? { capLabel: raw("capLabel") } : {}),
      gates: gateList,
      ...(notPaidAgain ? { notPaidAgain } : {}),
      ...(cityLevel ? { cityLevel } : {}),
      notes,
      provenance: [{ document: raw("document") || opts.document, clause: clause!, quote: quote! }],
    };
    const checked = Rule.safeParse(rule);
    if (!checked.success) {
      for (const issue of checked.error.issues)
        errors.push({
          cell: `A${line}`,
          line,
          message: `${issue.path.join(".")}: ${issue.message}`,
        });
      continue;
    }
    try {
      compileRule(checked.data);
    } catch (e) {
      errors.push({
        cell: at("kind"),
        line,
        column: header[columns.get("kind")!],
        message: `计算方式与条件类型不相符，请改“条件类型”或“计算方式” / the computation does not fit the qualifier type (${e instanceof Error ? e.message : String(e)})`,
      });
      continue;
    }
    rules.push(rule);
  }
  const seen = new Map<string, number>();
  rules.forEach((r) => seen.set(r.id, (seen.get(r.id) ?? 0) + 1));
  for (const [id, n] of seen)
    if (n > 1)
      errors.push({ cell: "A1", line: 1, message: `规则ID“${id}”出现${n}次 / the rule ID ${id} appears ${n} times` });
  return errors.length ? { ok: false, errors } : { ok: true, rules };
}
