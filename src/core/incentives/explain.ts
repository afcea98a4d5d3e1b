/**
 * EXPLAIN: one line of Chinese for an evaluation — the computation with its numbers, what bound the
 * result (cap, gate, level, milestone …) and the document number + clause. Rendered from the same
 * Evaluation SUBSIDY returns the award of, so the two never disagree.
 */
import { percentText } from "../format";
import { LEVEL_ZH } from "../levels";
import { clean, type Bound } from "../parse";
import type { Gate } from "../schema";
import type { BoundedRange } from "./compile";
import { passes, type Evaluation } from "./evaluate";

const BOUND_ZH: Record<Bound, string> = { max: "上限", min: "下限", mid: "中值" };
const OP_ZH: Record<Gate["op"], string> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<" };

/** A number as a reader expects it: no binary noise, at most 6 decimals, no exponent. */
export function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  // From 1e15 on there are no decimals to round, and n * 1e6 could overflow to Infinity.
  const r = Math.abs(n) >= 1e15 ? n : Math.round(n * 1e6) / 1e6;
  return Math.abs(r) >= 1e21 ? r.toExponential() : String(r);
}

/** A fraction as a percentage: 0.045 → "4.5%". */
export const pct = (f: number): string => percentText(f);

/** "区间40—50万元", or "最高10万元" where the clause gives only a ceiling (min recorded as 0). */
function rangeText(p: BoundedRange, show: (n: number) => string, unit = ""): string {
  return p.min === 0 ? `最高${show(p.max)}${unit}` : `区间${show(p.min)}—${show(p.max)}${unit}`;
}

/** "（按上限，比例区间4%—4.5%）" when the bound chose the value; nothing for a single value. */
function boundNote(p: BoundedRange, bound: Bound, show: (n: number) => string, what: string, unit = ""): string {
  return p.ranged ? `（按${BOUND_ZH[bound]}，${what}${rangeText(p, show, unit)}）` : "";
}

function money(n: number, unit: string): string {
  return `${fmt(n)}${unit}`;
}

/** The gates that were checked and met, as "条件：项目总投资1200万元≥300万元；" */
function gatesMet(e: Evaluation): string {
  const gates = e.rule.gates;
  if (gates.length === 0) return "";
  const parts = gates.map(
    (g) => `${subject(e, g)}${money(value(e, g), g.unit)}${OP_ZH[g.op]}${money(g.value, g.unit)}`,
  );
  return `条件满足（${parts.join("，")}）；`;
}

function subject(e: Evaluation, g: Gate): string {
  const q = e.rule.rule.qualifier;
  return g.on === "amount" ? e.rule.amountMeaning : "meaning" in q ? q.meaning : "qualifier";
}

function value(e: Evaluation, g: Gate): number {
  return g.on === "amount" ? e.amount : e.qualifierNumber!;
}

function qualifierMeaning(e: Evaluation): string {
  const q = e.rule.rule.qualifier;
  return "meaning" in q ? q.meaning : "";
}

/** The computation with its numbers, by kind (only called when the computation ran). */
function computation(e: Evaluation): string {
  const r = e.rule;
  const rule = r.rule;
  const c = r.computation;
  const out = rule.outputUnit;
  switch (c.kind) {
    case "rate":
      return `${r.amountMeaning}${money(e.amount, rule.amountUnit)} × ${pct(e.rate!)}${boundNote(c.rate, e.bound, pct, "比例")} = ${money(e.raw, out)}`;
    case "rateOnExcess": {
      const q = rule.qualifier.type === "number" ? rule.qualifier.unit : "";
      return (
        `${r.amountMeaning}${money(e.amount, rule.amountUnit)} − ${qualifierMeaning(e)}${money(e.qualifierNumber!, q)} × ${pct(c.share)}` +
        ` = 超出部分${money(e.base!, rule.amountUnit)}，× ${pct(e.rate!)}${boundNote(c.rate, e.bound, pct, "比例")} = ${money(e.raw, out)}`
      );
    }
    case "fixed":
      return c.amount.ranged
        ? `奖补${rangeText(c.amount, fmt, out)}，按${BOUND_ZH[e.bound]}取${money(e.raw, out)}`
        : `定额奖补${money(e.raw, out)}`;
    case "byLevel": {
      const p = c.levels[e.level!]!;
      return p.ranged
        ? `${LEVEL_ZH[e.level!]}奖补${rangeText(p, fmt, out)}，按${BOUND_ZH[e.bound]}取${money(e.raw, out)}`
        : `${LEVEL_ZH[e.level!]}定额奖补${money(e.raw, out)}`;
    }
    case "milestones": {
      const m = e.milestone!;
      const u = rule.amountUnit;
      return (
        `${r.amountMeaning}${money(e.amount, u)}，${qualifierMeaning(e)}${money(e.qualifierNumber!, u)}，` +
        `首次突破${money(m.above, u)}（本次新突破的最高档，只奖一次）→ ${money(m.award, out)}${m.note ? `（${m.note}）` : ""}`
      );
    }
    case "perItem":
      return `${fmt(e.amount)}${rule.amountUnit} × 每个${money(e.unitAward!, out)}${boundNote(c.perItem, e.bound, fmt, "每个", out)} = ${money(e.raw, out)}`;
    case "reservedShare": {
      const head = `${e.category}类${r.amountMeaning}${money(e.amount, rule.amountUnit)}`;
      if (e.boundBy === "wholeBudget")
        return `${head}，不超过${money(e.threshold!, rule.amountUnit)}，原则上全部预留给中小企业：${money(e.raw, out)}`;
      return (
        `${head}，超过${money(e.threshold!, rule.amountUnit)}，预留不少于${pct(c.share)}给中小企业：` +
        `${fmt(e.amount)} × ${pct(c.share)} = ${money(e.raw, out)}，其中预留给小微企业不低于${pct(c.smallMicroShare)}即${money(e.smallMicro!, out)}`
      );
    }
  }
}

/** Why the award is 0, for the zero outcomes. */
function ineligible(e: Evaluation): string {
  const r = e.rule;
  const rule = r.rule;
  const c = r.computation;
  const zero = `0${rule.outputUnit}`;
  switch (e.boundBy) {
    case "notPaidAgain":
      return `${qualifierMeaning(e)}：是，按条款不重复奖励，奖补${zero}`;
    case "gate": {
      // Every gate not met, so the user sees all that is missing at once.
      const failed = r.gates.filter((g) => !passes(value(e, g), g));
      const parts = failed.map(
        (g) =>
          `${subject(e, g)}${money(value(e, g), g.unit)}，未满足“${g.label}”（须${OP_ZH[g.op]}${money(g.value, g.unit)}）`,
      );
      return `不符合条件，奖补${zero}：${parts.join("；")}`;
    }
    case "level": {
      const covered = c.kind === "byLevel" ? c.covered.map((l) => LEVEL_ZH[l]).join("、") : "";
      return `本条款未设${LEVEL_ZH[e.level!]}奖补（只有${covered}），奖补${zero}`;
    }
    case "milestone": {
      const u = rule.amountUnit;
      const all = c.kind === "milestones" ? c.ascending.map((m) => fmt(m.above)).join("、") : "";
      return (
        `${r.amountMeaning}${money(e.amount, u)}，${qualifierMeaning(e)}${money(e.qualifierNumber!, u)}，` +
        `未新突破任何档位（${all}${u}，须严格大于该档且此前未突破），奖补${zero}`
      );
    }
    case "excess": {
      const share = c.kind === "rateOnExcess" ? c.share : 0;
      const u = rule.amountUnit;
      return (
        `${r.amountMeaning}${money(e.amount, u)}未超过${qualifierMeaning(e)}${money(e.qualifierNumber!, u)}的${pct(share)}` +
        `（${money(clean(share * e.qualifierNumber!), u)}），无超出部分，补贴${zero}`
      );
    }
    default:
      return "";
  }
}

/** The one-line explanation of an evaluation. */
export function explainEvaluation(e: Evaluation): string {
  const r = e.rule;
  const rule = r.rule;
  const out = rule.outputUnit;
  let body: string;
  switch (e.boundBy) {
    case "notPaidAgain":
    case "gate":
    case "level":
    case "milestone":
    case "excess":
      body = ineligible(e);
      break;
    case "cap":
      body = `${gatesMet(e)}${computation(e)}，超过上限，按“${rule.capLabel ?? `不超过${fmt(r.cap)}${out}`}”取${money(e.award, out)}`;
      break;
    default: {
      const capNote = Number.isFinite(r.cap) ? `，未超过上限${money(r.cap, out)}` : "";
      body = `${gatesMet(e)}${computation(e)}${capNote}`;
    }
  }
  return `${rule.name}：${body}。依据${r.citation}。`;
}
