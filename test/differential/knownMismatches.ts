/**
 * Disagreements between the add-in functions and the native formulas that are known and not yet
 * fixed, each with the bullet of issue 10 it belongs to ("not in issue 10" where the fuzzing found
 * it). The differential test fails on any disagreement outside this list and prints how many cases
 * each class explained; a class that explains none is fixed and should be removed. With
 * DIFFERENTIAL_STRICT=1 every disagreement fails, known or not.
 *
 * Each class is a predicate on the case's inputs (and, for one engine's own behaviour, on that
 * engine's result). The order matters: a case is attributed to the first class that matches. Cases
 * whose inputs are all plain (finite numbers of ordinary size, blanks where optional, the documented
 * words exactly as listed) are in no class: they must agree everywhere.
 */
import { inputKind, same, type CaseResult, type Input, type KnownMismatch } from "../support/differential";
import { XlError } from "../support/excelFormula";

const TARGET_FNS = ["GAPTOTARGET", "PROGRESS", "STATUS"];

/** The value of the input named `name` (undefined when the case has no such input). */
const input = (c: CaseResult, name: string): Input | undefined => {
  const i = c.inputs.indexOf(name);
  return i < 0 ? undefined : c.values[i];
};
const anyKind = (c: CaseResult, ...kinds: ReturnType<typeof inputKind>[]) =>
  c.values.some((v) => kinds.includes(inputKind(v)));
const code = (v: unknown) => (v instanceof XlError ? v.code : undefined);

/** Text a number cell of a target function may hold that the function reads as a number (SPEC §3). */
const NUMBER_LIKE_TEXT = new Set(["numericText", "percentText", "exponentText"]);
/** Whether a number input (any but the direction cell) of a target-function case holds numeric text. */
function numericTextInput(c: CaseResult): boolean {
  return c.inputs.some((name, i) => name !== "direction" && NUMBER_LIKE_TEXT.has(inputKind(c.values[i])));
}

export const KNOWN_MISMATCHES: KnownMismatch[] = [
  {
    id: "TARGET_NUMERIC_TEXT",
    issue:
      'not in issue 10 (documented in docs/FUNCTIONS.md, "Portable copies"): numeric text in a number cell of GAPTOTARGET, PROGRESS, EXPECTED or STATUS ("850", "1,050", "12%", "8.5e2", "２０２４", "2024-06-30") is read by the function (SPEC §3) and refused with #VALUE! by the native formula, which reads numbers only (HyperFormula alone reads the text "1e999" in a cell as a number, #NUM!)',
    matches: (c, e) =>
      [...TARGET_FNS, "EXPECTED"].includes(c.fn) &&
      numericTextInput(c) &&
      (code(c.native_[e]) === "#VALUE!" ||
        (e === "HyperFormula" && code(c.native_[e]) === "#NUM!" && c.values.includes("1e999"))),
  },
  {
    id: "GNUMERIC_N_OF_BLANK",
    issue: "not in issue 10: Gnumeric 1.12.55 gives #NUM! for N() of an empty cell (Excel and LibreOffice 0)",
    matches: (c, e) => e === "Gnumeric" && /\bN\(/.test(c.native ?? "") && code(c.native_.Gnumeric) === "#NUM!",
  },
  {
    id: "GNUMERIC_LOOKUP_OF_ERROR",
    issue: "issue 10, Wrong numbers: in Gnumeric, LOOKUP of an error value gives #N/A",
    matches: (c, e) =>
      e === "Gnumeric" &&
      /LOOKUP\(/.test(c.native ?? "") &&
      code(c.native_.Gnumeric) === "#N/A" &&
      code(c.native_.HyperFormula) !== undefined,
  },
  {
    id: "GNUMERIC_LONG_DOUBLE",
    issue:
      "not in issue 10: Gnumeric computes in long double (1e308·10 is a number there, #NUM! elsewhere) and reads full-width digits and 1e999 as numbers, where HyperFormula and LibreOffice agree",
    matches: (c, e) =>
      e === "Gnumeric" &&
      anyKind(c, "extreme", "exponentText", "numericText") &&
      same(c.native_.HyperFormula ?? null, c.native_.LibreOffice ?? null) &&
      !same(c.native_.HyperFormula ?? null, c.native_.Gnumeric ?? null),
  },
  {
    id: "FULL_WIDTH_WORD",
    issue:
      "not in issue 10: a full-width word (ｄｏｗｎ, ｍｉｎ) is folded by the engine; natively LibreOffice's MATCH ignores width, its = does not, HyperFormula and Gnumeric match neither",
    matches: (c) => c.values.some((v) => typeof v === "string" && /[\uFF21-\uFF5A]/.test(v)),
  },
  {
    id: "PERCENT_TEXT",
    issue: "issue 10, Wrong numbers: `%` is accepted on money and counts (and text % is 0.12 natively, 12 by ID)",
    matches: (c) => anyKind(c, "percentText"),
  },
  {
    id: "EXPONENT_OR_SPACED_NUMBER_TEXT",
    issue: 'issue 10, Wrong numbers: "8 50" is read as 850; "8.5e2" is refused',
    matches: (c) => anyKind(c, "exponentText"),
  },
  {
    id: "BOOLEAN_INPUT",
    issue: 'issue 10, Wrong numbers: TRUE (LibreOffice counts it as 1, also the text "TRUE") gives different results',
    matches: (c) => anyKind(c, "boolean", "booleanText"),
  },
  {
    id: "EXTREME_NUMBER",
    issue:
      "issue 10, Wrong numbers: non-finite results escape (±1e308, 1e-310: the engine refuses with #NUM!, the native formula computes or overflows differently)",
    matches: (c) => anyKind(c, "extreme"),
  },
  {
    id: "NUMERIC_TEXT",
    issue:
      'not in issue 10 (documented in src/core/incentives/native.ts): numeric text with units, full-width digits or separators (850万元, １０５０, 1,050) is read by the engine only; plain "850" is coerced by every engine in arithmetic but refused by ISNUMBER checks, and Gnumeric also reads full-width digits',
    matches: (c) => anyKind(c, "numericText"),
  },
  {
    id: "SPACE_ONLY_TEXT",
    issue:
      'not in issue 10: a cell holding only spaces is blank to the engine (isBlank) and text to the native formula (" "="" is FALSE)',
    matches: (c) => anyKind(c, "space"),
  },
  {
    id: "ERROR_INPUT",
    issue:
      'not in issue 10: with an error value in an input, the add-in cell shows that error (Excel does not call the function) or blank (the IF(actual="") wrapper), the native formula the first error its own order meets, or none in a branch that does not read the cell',
    matches: (c) => anyKind(c, "error"),
  },
  {
    id: "SCORE_INPUT_CHECKS",
    issue:
      "issue 10, Wrong numbers: portable bank sheet with 参照值 blank scores where SCORE gives #N/A; negative actuals score where SCORE gives an error (also: an unknown grade word is #N/A natively, #VALUE! in SCORE; non-whole counts and values beyond an item's range)",
    matches: (c) => {
      if (c.fn !== "SCORE") return false;
      const [actual, reference, extra] = c.values;
      const usesReference = /C\{r\}/.test(c.native ?? "");
      return (
        (usesReference && reference === null) ||
        (typeof actual === "number" && (actual < 0 || actual > 1e6)) ||
        [actual, reference, extra].some((v) => inputKind(v) === "word")
      );
    },
  },
  {
    id: "TIER_INPUT_CHECKS",
    issue:
      'not in issue 10: TIER refuses a count that is not a whole positive number (the native formula labels it), trims " 否决 ", reads rank text "3"; and SPEC §3 codes: unreadable rank text is #NUM! in TIER, #VALUE! natively',
    matches: (c) => {
      if (c.fn !== "TIER") return false;
      const [rank, count] = c.values;
      return (
        typeof rank === "string" ||
        typeof count !== "number" ||
        !Number.isInteger(count) ||
        count < 1 ||
        (typeof rank === "number" && (rank > count || !Number.isInteger(rank)))
      );
    },
  },
  {
    id: "RULE_ID_NOT_TEXT",
    issue: "not in issue 10: a number or boolean as the rule ID is #VALUE! in SUBSIDY, #N/A in the chooser formula",
    matches: (c) => {
      const r = input(c, "rule");
      return r !== undefined && r !== null && typeof r !== "string";
    },
  },
];

/**
 * Function results that are not finite (Infinity, NaN) and are known: issue 10, Wrong numbers,
 * "Non-finite results escape". Only for inputs of extreme size.
 */
export const KNOWN_NON_FINITE: KnownMismatch = {
  id: "NON_FINITE_RESULT",
  issue: "issue 10, Wrong numbers: non-finite results escape (PROGRESS(1,1e-310), GAPTOTARGET(-1e308,1e308) …)",
  matches: (c) => anyKind(c, "extreme", "exponentText", "numericText"),
};
