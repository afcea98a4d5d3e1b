/**
 * Native Excel formulas computing the same award as SUBSIDY, for workbooks opened without the add-in
 * (portable copy: Excel 2010+, LibreOffice, WPS). Only IF, OR, AND, NOT, MIN, ROUND, INT, TRIM, LOWER,
 * FIND, ISNUMBER, ISTEXT, ISLOGICAL, ISNA, ISERROR, IFERROR, MATCH, INDEX, CHOOSE, array constants and error
 * constants. No N(): Gnumeric gives #NUM! for N() of an empty cell. A cell of nothing but spaces is
 * blank, as to the engine (parse.ts isBlank).
 *
 * Same inputs as SUBSIDY for numbers, levels, bounds, flags and categories — the word lists come from
 * src/core/parse.ts and the rule's data, so engine and formula accept the same words. Same errors
 * (SPEC §3): an error value in an input is that error, the first in argument order (rule, amount,
 * qualifier, bound), as Excel shows for a custom function given an error, whatever branch the rule
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
import { CITY_LEVEL_WORDS, LEVELS, LEVEL_WORDS } from "../levels";
import { BOUND_WORDS, FLAG_WORDS, type Bound } from "../parse";
import type { Gate, Rule } from "../schema";
import type { BoundedRange } from "./compile";
import { compiledRule } from "./subsidy";

export interface NativeRefs {
  /** Cell of `amount`, e.g. "C2" or "$C2". */
  amount: string;
  /** Cell of `qualifier`; absent = always blank. */
  qualifier?: string;
  /** Cell of `bound`; absent = always blank (max). */
  bound?: string;
}

const BOUND_ORDER: Bound[] = ["max", "min", "mid"];

/** A number as formula text (no exponent for the magnitudes rules use). */
function num(n: number): string {
  return String(n);
}

/**
 * TRUE for text, TRUE/FALSE (ISLOGICAL: LibreOffice's ISNUMBER(TRUE) is TRUE) or a negative number.
 * Text < 0 is FALSE in every spreadsheet (text sorts after numbers), so one OR holds all three.
 */
function notNonNegative(ref: string): string {
  return `OR(ISLOGICAL(${ref}),NOT(ISNUMBER(${ref})),${ref}<0)`;
}

/**
 * Blank to the engine (parse.ts isBlank): empty or nothing but spaces. TRIM(blank) is "" and TRIM of a
 * number its text in every engine; a cell of spaces is text to `x=""`, so TRIM it first.
 */
function blank(ref: string): string {
  return `TRIM(${ref})=""`;
}
function filled(ref: string): string {
  return `TRIM(${ref})<>""`;
}

/**
 * The word in `ref` (trimmed, case ignored) is one of `words`, compared exactly: found as ";word;" in
 * ";w1;w2;…;" by FIND. Not MATCH: LibreOffice's MATCH also folds full-width letters, and Gnumeric's
 * cannot find the text "true"/"false" in an array constant. Callers refuse text holding ";" first.
 */
function wordIn(ref: string, words: readonly string[]): string {
  return `ISNUMBER(FIND(";"&LOWER(TRIM(${ref}))&";",${str(`;${words.join(";")};`)}))`;
}

function arrayOf(items: string[]): string {
  return `{${items.join(",")}}`;
}

/**
 * Which group a typed word belongs to, as a 1-based group index: MATCH finds the word in the flat
 * list, INDEX maps its position to its group. Unknown → #VALUE!, given to INDEX as its position, which
 * every engine passes on; a LOOKUP on it would not (Gnumeric's LOOKUP turns an error key into #N/A).
 */
function groupIndex(ref: string, groups: readonly (readonly string[])[]): string {
  const words: string[] = [];
  const group: number[] = [];
  groups.forEach((g, i) => {
    for (const w of g) {
      words.push(w);
      group.push(i + 1);
    }
  });
  const found = `MATCH(TRIM(${ref}),${arrayOf(words.map(str))},0)`;
  return `INDEX(${arrayOf(group.map(num))},1,IFERROR(${found},#VALUE!))`;
}

class Builder {
  readonly A: string;
  readonly Q: string;
  readonly B: string;

  constructor(refs: NativeRefs) {
    this.A = refs.amount;
    this.Q = refs.qualifier ?? '""';
    this.B = refs.bound ?? '""';
  }

  /** 1 = max, 2 = min, 3 = mid; blank = max. An unknown word was already rejected by boundChecked. */
  boundRow(): string {
    if (this.B === '""') return "1";
    const groups = BOUND_ORDER.map((b) => BOUND_WORDS[b]);
    // max is the fallback: blank, only spaces (blank to the engine) or a max word. IFERROR cannot hide
    // anything: errors were shown first (inputErrors), unknown words refused (boundChecked).
    const others = groups.slice(1);
    const rows = others.flatMap((g, i) => g.map(() => num(i + 2)));
    const words = others.flat().map(str);
    return `IFERROR(INDEX(${arrayOf(rows)},1,MATCH(TRIM(${this.B}),${arrayOf(words)},0)),1)`;
  }

  /** The value of a range for the bound. */
  pick(p: BoundedRange): string {
    if (!p.ranged) return num(p.max);
    return `CHOOSE(${this.boundRow()},${num(p.max)},${num(p.min)},${num(p.mid)})`;
  }

  /**
   * An error value in an input is that error, the first in argument order: Excel does not call a
   * custom function given an error, it shows the error (the engine's checks never see it).
   */
  inputErrors(body: string, rule?: string): string {
    const refs = [rule, this.A, this.Q, this.B].filter((r): r is string => r !== undefined && r !== '""');
    return refs.reduceRight((acc, r) => `IF(ISERROR(${r}),${r},${acc})`, body);
  }

  /** Checks the amount as the engine does: blank #N/A; text, TRUE/FALSE or a negative number #VALUE!. */
  amountChecked(body: string): string {
    const A = this.A;
    return `IF(${blank(A)},#N/A,IF(${notNonNegative(A)},#VALUE!,${body}))`;
  }

  /**
   * Rejects an unknown bound word even where the rule has no range (the engine does). FIND compares
   * exactly: LibreOffice's MATCH would also take a full-width ｍｉｎ, which parseBound refuses. ";" is
   * the list's separator, so text holding one is refused first.
   */
  boundChecked(body: string): string {
    if (this.B === '""') return body;
    const B = this.B;
    const unknown = `OR(ISNUMBER(FIND(";",${B})),NOT(${wordIn(
      B,
      BOUND_ORDER.flatMap((b) => BOUND_WORDS[b]),
    )}))`;
    return `IF(AND(${filled(B)},${unknown}),#VALUE!,${body})`;
  }

  /** The numeric qualifier expression, and the wrapper that checks it. */
  qualifierNumber(rule: Rule): { q: string; check: (body: string) => string } {
    const Q = this.Q;
    const d = rule.qualifier.type === "number" ? rule.qualifier.default : undefined;
    if (d === undefined)
      return {
        q: Q,
        check: (body) => `IF(${blank(Q)},#N/A,IF(${notNonNegative(Q)},#VALUE!,${body}))`,
      };
    const q = `IF(${blank(Q)},${num(d)},${Q})`;
    return {
      q,
      // One copy of body: AND(TRIM(Q)<>"",…) cannot fail, errors in Q were shown first (inputErrors).
      check: (body) => `IF(AND(${filled(Q)},${notNonNegative(Q)}),#VALUE!,${body})`,
    };
  }

  /** TRUE when the flag says "already paid"; the engine's parseFlag, in a formula. */
  flag(): string {
    const Q = this.Q;
    const word = `IF(ISNUMBER(FIND(";",${Q})),#VALUE!,IF(${wordIn(Q, FLAG_WORDS.yes)},TRUE,IF(${wordIn(Q, FLAG_WORDS.no)},FALSE,#VALUE!)))`;
    return `IF(${blank(Q)},FALSE,IF(ISLOGICAL(${Q}),${Q},IF(ISNUMBER(${Q}),${Q}<>0,${word})))`;
  }

  gate(g: Gate, q: string): string {
    return `ROUND(${g.on === "amount" ? this.A : q},9)${g.op}${num(g.value)}`;
  }
}

/** The award before gates and flags, for a non-negative numeric amount. */
function body(b: Builder, rule: Rule, q: string): string {
  const c = compiledRule(rule);
  const k = c.computation;
  const A = b.A;
  const capped = (x: string) => (Number.isFinite(c.cap) ? `MIN(ROUND(${x},6),${num(c.cap)})` : `ROUND(${x},6)`);
  switch (k.kind) {
    case "rate":
      return capped(`${A}*${b.pick(k.rate)}`);
    case "rateOnExcess": {
      const excess = `ROUND(${A}-${num(k.share)}*${q},9)`;
      return `IF(${excess}<=0,0,${capped(`${b.pick(k.rate)}*${excess}`)})`;
    }
    case "fixed":
      return capped(b.pick(k.amount));
    case "byLevel": {
      const groups = LEVELS.map((l) => [...LEVEL_WORDS[l], ...(l === rule.cityLevel ? CITY_LEVEL_WORDS : [])]);
      const row = (bound: Bound) => arrayOf(LEVELS.map((l) => num(k.levels[l] ? k.levels[l]![bound] : 0)));
      const level = groupIndex(b.Q, groups);
      const table = c.ranged ? `{${BOUND_ORDER.map((bd) => row(bd).slice(1, -1)).join(";")}}` : row("max");
      const value = c.ranged ? `INDEX(${table},${b.boundRow()},${level})` : `INDEX(${table},1,${level})`;
      return `IF(${blank(b.Q)},#N/A,${capped(value)})`;
    }
    case "milestones": {
      let f = "0";
      for (const m of k.ascending)
        f = `IF(AND(ROUND(${A},9)>${num(m.above)},ROUND(${q},9)<=${num(m.above)}),${num(m.award)},${f})`;
      return capped(f);
    }
    case "perItem":
      return `IF(ROUND(${A},9)<>INT(ROUND(${A},9)),#VALUE!,${capped(`${A}*${b.pick(k.perItem)}`)})`;
    case "reservedShare": {
      const qual = rule.qualifier;
      if (qual.type !== "category") throw new Error(`${rule.id}: reservedShare needs a category qualifier`);
      const groups = qual.options.map((o) => [o, ...Object.keys(qual.aliases).filter((a) => qual.aliases[a] === o)]);
      const thresholds = qual.options.map((o) => num(k.wholeUpTo.get(o)!));
      const threshold = `INDEX(${arrayOf(thresholds)},1,${groupIndex(b.Q, groups)})`;
      return `IF(${blank(b.Q)},#N/A,IF(ROUND(${A},9)<=${threshold},${capped(A)},${capped(`${A}*${num(k.share)}`)}))`;
    }
  }
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
