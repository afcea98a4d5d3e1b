/**
 * EXPLAIN: one line of Chinese for an evaluation — the computation with its numbers, what bound the
 * result (cap, gate, level, milestone …) and the document number + clause. Rendered from the same
 * Evaluation SUBSIDY returns the award of, so the two never disagree.
 */
import { assertNever } from "../never";
import type { Gate } from "../schema";
import { passes, type Evaluation } from "./evaluate";
import { ruleKind } from "./kinds";
import { fmt, money, qualifierMeaning } from "./text";

export { fmt, pct } from "./text";

const OP_ZH: Record<Gate["op"], string> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<" };

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

/** The computation with its numbers, by kind (only called when the computation ran). */
function computation(e: Evaluation): string {
  const c = e.rule.computation;
  return ruleKind(c.kind).explain(c, e);
}

/** Why the award is 0, for the zero outcomes. */
function ineligible(e: Evaluation): string {
  const r = e.rule;
  const c = r.computation;
  const zero = `0${r.rule.outputUnit}`;
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
    default: {
      // A 0 the kind decided (no level, no new milestone, no excess): the kind says why.
      const kind = ruleKind(c.kind);
      if (!kind.explainZero) throw new Error(`${r.id}: ${c.kind} gave 0 (${e.boundBy}) without a reason`);
      return kind.explainZero(c, e);
    }
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
    case "formula":
    case "wholeBudget": {
      const capNote = Number.isFinite(r.cap) ? `，未超过上限${money(r.cap, out)}` : "";
      body = `${gatesMet(e)}${computation(e)}${capNote}`;
      break;
    }
    default:
      return assertNever(e.boundBy, "boundBy");
  }
  return `${rule.name}：${body}。依据${r.citation}。`;
}
