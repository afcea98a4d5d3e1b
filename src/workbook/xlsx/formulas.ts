/**
 * Formula text as it is stored inside an .xlsx file. What a user types and what the file holds
 * differ in two ways that matter here:
 * - functions added after Excel 2007 (IFS, IFNA, CONCAT, XLOOKUP …) are stored with the `_xlfn.`
 *   prefix; without it Excel shows #NAME? (LibreOffice and WPS read both);
 * - an Office add-in's JavaScript custom function is stored as `_xldudf_<NAMESPACE>_<NAME>` (that is
 *   what Excel itself writes when it saves `=POLICY.SUBSIDY(…)`), so Excel binds it to the add-in's
 *   function when the workbook is opened with the add-in loaded.
 * String literals are never touched.
 */
import type { FormulaForm } from "../plan";

/** Functions that need `_xlfn.` in the file format (those a native formula might plausibly use). */
const FUTURE_FUNCTIONS = [
  "AGGREGATE",
  "CEILING.MATH",
  "CONCAT",
  "DAYS",
  "FILTER",
  "FLOOR.MATH",
  "IFNA",
  "IFS",
  "ISOWEEKNUM",
  "LET",
  "MAXIFS",
  "MINIFS",
  "NUMBERVALUE",
  "PERCENTILE.EXC",
  "PERCENTILE.INC",
  "RANK.AVG",
  "RANK.EQ",
  "RRI",
  "SEQUENCE",
  "SORT",
  "STDEV.P",
  "STDEV.S",
  "SWITCH",
  "TEXTJOIN",
  "UNIQUE",
  "XLOOKUP",
  "XMATCH",
  "XOR",
];
const FUTURE_RE = new RegExp(
  `(?<![A-Za-z0-9_.])(${FUTURE_FUNCTIONS.map((f) => f.replace(".", "\\.")).join("|")})\\(`,
  "gi",
);
const POLICY_RE = /(?<![A-Za-z0-9_.])POLICY\.([A-Za-z][A-Za-z0-9]*)\(/gi;

/** Apply `fn` to the parts of a formula outside "string literals" ("" escapes a quote). */
function outsideStrings(formula: string, fn: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : fn(part)))
    .join("");
}

/** True when a formula calls a POLICY.* function (outside string literals). */
export function callsPolicy(formula: string): boolean {
  let found = false;
  outsideStrings(formula, (code) => {
    if (new RegExp(POLICY_RE.source, "i").test(code)) found = true;
    return code;
  });
  return found;
}

/** The formula text to store in the file (no leading "="), for the given form. */
export function toFileFormula(formula: string, form: FormulaForm): string {
  const body = formula.trim().replace(/^=/, "");
  if (form === "portable" && callsPolicy(body)) {
    // A portable workbook must compute without the add-in: a POLICY.* call here is a plan bug.
    throw new Error(`portable formula calls a POLICY function: ${formula}`);
  }
  return outsideStrings(body, (code) =>
    code
      // The look-behind skips names already prefixed ("_xlfn.IFS(").
      .replace(FUTURE_RE, (_m, name: string) => `_xlfn.${name.toUpperCase()}(`)
      .replace(POLICY_RE, (_m, name: string) => `_xldudf_POLICY_${name.toUpperCase()}(`),
  );
}

/** The inverse of toFileFormula, for reading a workbook back (what a user sees in the formula bar). */
export function fromFileFormula(stored: string): string {
  return outsideStrings(stored, (code) =>
    code.replace(/_xldudf_POLICY_([A-Za-z0-9]+)\(/g, "POLICY.$1(").replace(/_xlfn\./g, ""),
  );
}
