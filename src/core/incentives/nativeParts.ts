/**
 * The pieces every rule's native formula is built of (see ./native for what the formulas promise):
 * reading the amount, qualifier and bound cells as the engine does, picking a range's bound, and
 * looking typed words up. The kind modules in ./kinds write their computation with these.
 */
import { excelString as str } from "../native/text";
import { BOUND_WORDS, FLAG_WORDS, type Bound } from "../parse";
import type { Gate, Rule } from "../schema";
import type { BoundedRange } from "./arithmetic";

export interface NativeRefs {
  /** Cell of `amount`, e.g. "C2" or "$C2". */
  amount: string;
  /** Cell of `qualifier`; absent = always blank. */
  qualifier?: string;
  /** Cell of `bound`; absent = always blank (max). */
  bound?: string;
}

export const BOUND_ORDER: Bound[] = ["max", "min", "mid"];

/** A number as formula text (no exponent for the magnitudes rules use). */
export function num(n: number): string {
  return String(n);
}

/**
 * TRUE for text, TRUE/FALSE (ISLOGICAL: LibreOffice's ISNUMBER(TRUE) is TRUE) or a negative number.
 * Text < 0 is FALSE in every spreadsheet (text sorts after numbers), so one OR holds all three.
 */
export function notNonNegative(ref: string): string {
  return `OR(ISLOGICAL(${ref}),NOT(ISNUMBER(${ref})),${ref}<0)`;
}

/**
 * Blank to the engine (parse.ts isBlank): empty or nothing but spaces. TRIM(blank) is "" and TRIM of a
 * number its text in every engine; a cell of spaces is text to `x=""`, so TRIM it first.
 */
export function blank(ref: string): string {
  return `TRIM(${ref})=""`;
}
export function filled(ref: string): string {
  return `TRIM(${ref})<>""`;
}

/**
 * The word in `ref` (trimmed, case ignored) is one of `words`, compared exactly: found as ";word;" in
 * ";w1;w2;…;" by FIND. Not MATCH: LibreOffice's MATCH also folds full-width letters, and Gnumeric's
 * cannot find the text "true"/"false" in an array constant. Callers refuse text holding ";" first.
 */
export function wordIn(ref: string, words: readonly string[]): string {
  return `ISNUMBER(FIND(";"&LOWER(TRIM(${ref}))&";",${str(`;${words.join(";")};`)}))`;
}

export function arrayOf(items: string[]): string {
  return `{${items.join(",")}}`;
}

/**
 * Which group a typed word belongs to, as a 1-based group index: MATCH finds the word in the flat
 * list, INDEX maps its position to its group. Unknown → #VALUE!, given to INDEX as its position, which
 * every engine passes on; a LOOKUP on it would not (Gnumeric's LOOKUP turns an error key into #N/A).
 */
export function groupIndex(ref: string, groups: readonly (readonly string[])[]): string {
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

export class Builder {
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
