/**
 * Native Excel formulas computing the same award as SUBSIDY, for workbooks opened without the add-in
 * (portable copy: Excel 2010+, LibreOffice, WPS). Only IF, OR, AND, NOT, MIN, ROUND, INT, TRIM, LOWER,
 * FIND, ISNUMBER, ISTEXT, ISLOGICAL, ISNA, ISERROR, IFERROR, MATCH, INDEX, CHOOSE, array constants and error
 * constants. No N(): Gnumeric gives #NUM! for N() of an empty cell. A cell of nothing but spaces is
 * blank, as to the engine (parse.ts isBlank).
 *
 * Same inputs as SUBSIDY for numbers, levels, bounds, flags and categories — the word lists come from
 * src/core/parse.ts and the rule's data, so engine and formula accept the same words. Same errors
 * (docs/FUNCTIONS.md, "Error codes"): an error value in an input is that error, the first in argument order (rule,
 * amount, qualifier, bound), as Excel shows for a custom function given an error, whatever branch the rule
 * takes; a rule ID that is not text #VALUE!, an unknown one #N/A; blank amount #N/A; text, TRUE/FALSE (ISLOGICAL first: LibreOffice's ISNUMBER(TRUE) is
 * TRUE), a negative number, a fractional count, an unknown word → #VALUE!; an overflow → #NUM! (the
 * spreadsheet's own). Word lookups use MATCH and INDEX, no LOOKUP: Gnumeric's LOOKUP turns an error key
 * into #N/A where Excel and LibreOffice pass it through. Unlike the engine, a formula does not read
 * numeric text with units ("850万元") or full-width text: give numbers.
 *
 * Same rounding: thresholds are compared after ROUND(x, 9) (binary noise), awards are ROUND(x, 6)
 * (1 分), matching snap() and roundAward() in ./evaluate.
 *
 * Formulas are returned without the leading "=" (ExcelJS form); office.js callers prepend it.
 */
import { excelString as str } from "../native/text";
import type { Rule } from "../schema";
import { ruleKind } from "./kinds";
import { arrayOf, Builder, num, type NativeRefs } from "./nativeParts";
import { compiledRule } from "./subsidy";

export type { NativeRefs } from "./nativeParts";

/** The award before gates and flags, for a non-negative numeric amount. */
function body(b: Builder, rule: Rule, q: string): string {
  const c = compiledRule(rule);
  const capped = (x: string) => (Number.isFinite(c.cap) ? `MIN(ROUND(${x},6),${num(c.cap)})` : `ROUND(${x},6)`);
  return ruleKind(c.computation.kind).native(c.computation, { b, rule, compiled: c, q, capped });
}

/** The award of one rule as a native formula over the given cells (no leading "="). */
export function nativeFormula(rule: Rule, refs: NativeRefs): string {
  const b = new Builder(refs);
  return b.inputErrors(b.amountChecked(b.boundChecked(ruleBody(b, rule))));
}

/** Qualifier checks, not-paid-again flag, gates and computation: what differs between rules. */
function ruleBody(b: Builder, rule: Rule): string {
  const needsNumber = rule.qualifier.type === "number";
  const { q, check } = needsNumber ? b.qualifierNumber(rule) : { q: b.Q, check: (x: string) => x };
  let f = body(b, rule, q);
  if (rule.gates.length > 0) {
    const conds = rule.gates.map((g) => b.gate(g, q));
    f = `IF(${conds.length === 1 ? conds[0] : `AND(${conds.join(",")})`},${f},0)`;
  }
  if (rule.notPaidAgain) f = `IF(${b.flag()},0,${f})`;
  return check(f);
}

/**
 * One formula for "the rule chosen in a cell" (the application calculator): the rule ID cell selects
 * among the given rules by nested IF; an unknown or blank ID is #N/A, a number or TRUE/FALSE #VALUE!,
 * like SUBSIDY.
 */
export function nativeChooserFormula(rules: Rule[], refs: NativeRefs & { rule: string }): string {
  const b = new Builder(refs);
  const R = `TRIM(${refs.rule})`;
  let chain = "#N/A";
  for (let i = rules.length - 1; i >= 0; i--) chain = `IF(${R}=${str(rules[i].id)},${ruleBody(b, rules[i])},${chain})`;
  const known = `ISNUMBER(MATCH(${R},${arrayOf(rules.map((r) => str(r.id)))},0))`;
  const checked = `IF(NOT(${known}),#N/A,${b.amountChecked(b.boundChecked(chain))})`;
  // ruleFor's order: blank #N/A, then not text #VALUE!, then unknown #N/A.
  const R0 = refs.rule;
  return b.inputErrors(`IF(${R0}="",#N/A,IF(ISTEXT(${R0}),${checked},#VALUE!))`, R0);
}
