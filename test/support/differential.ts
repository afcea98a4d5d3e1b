/**
 * Differential testing of the add-in functions against the native formulas of the portable form.
 *
 * A case is one cell of a workbook in both forms: input values in columns B…H of one row, the add-in
 * formula (POLICY.*, with the wrapper the workbook writes, e.g. IF(K5="","",POLICY.GAPTOTARGET(…)))
 * and the native formula the portable copy writes over the same cells. The add-in formula is
 * computed by HyperFormula calling the add-in's functions from source (test/support/policyFunctions,
 * Excel's argument passing: a blank cell is null, and an error argument is the result without a call,
 * as custom functions do not capture calculation errors unless declared to,
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors); the native formula by HyperFormula (test/support/excelFormula), and — all cases in ONE
 * workbook per engine, since each start costs a second or more — by LibreOffice (forced full
 * recalculation, read back from the .xlsx it saves) and Gnumeric (ssconvert --recalc, read from CSV).
 *
 * Two results agree when both are blank ("" or empty), both are errors of the same code, both are
 * numbers within 1e-9 relative (Gnumeric computes in long double), or both are the same text or
 * boolean. A function result is never Infinity or NaN, nor a text showing them.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { evaluate, XlError, type PolicyCall, type XlValue } from "./excelFormula";
import { recalcWithGnumeric } from "./gnumeric";
import { convertWithLibreOffice } from "./libreoffice";
import { policyFunctions } from "./policyFunctions";
import { cellScalar, loadXlsx } from "./xlsxRead";

/** What a cell can hold: a number, text, a boolean, blank (null) or an error value. */
export type Input = XlValue;

/** The input columns of a case row; a case's formulas refer to them as "B{r}", "C{r}" …. */
export const INPUT_COLUMNS = ["B", "C", "D", "E", "F", "G", "H"] as const;
/** Where the native formula of a case row goes in the workbook. */
const RESULT_COLUMN = "I";
/** The row HyperFormula evaluates every case on (one row: a repeated formula is parsed once). */
const HF_ROW = 2;

/** Input cell references of a case row, in column order: ref(0) = "B{r}". */
export const ref = (i: number): string => `${INPUT_COLUMNS[i]}{r}`;

export interface CaseSpec {
  /** The POLICY function the case exercises. */
  fn: string;
  /** Which formula pair (e.g. "GAPTOTARGET(actual, target, direction cell)"). */
  form: string;
  /** What each input column means ("actual", "direction" …), column B on. */
  inputs: string[];
  /** Input values, column B on. */
  values: Input[];
  /** The rubric item or rule the case is about, where the formula is one item's or rule's. */
  item?: string;
  /** The add-in formula over the row's input cells ({r} = the row). */
  addin: string;
  /**
   * The native formula the portable form writes, or null where none exists. With `compare: "error"`
   * only the error code is compared (EXPLAIN: its native form is a short summary over the award).
   */
  native: string | null;
  compare?: "value" | "error";
}

export type Engine = "HyperFormula" | "LibreOffice" | "Gnumeric";

export interface CaseResult extends CaseSpec {
  /** 1-based case number; the case's row in the workbook is n + 1. */
  n: number;
  /** The add-in formula's value: what the user sees with the add-in. */
  addinValue: XlValue;
  /** The native formula's value per engine (absent: engine not run, or no native formula). */
  native_: Partial<Record<Engine, XlValue>>;
  /** A function result that is not a finite number or shows Infinity/NaN in text. */
  nonFinite?: string;
}

export function isBlankValue(x: XlValue | undefined): boolean {
  return x === null || x === undefined || x === "";
}

/** Two cell values agree (see the file comment). */
export function same(a: XlValue, b: XlValue): boolean {
  if (isBlankValue(a) || isBlankValue(b)) return isBlankValue(a) && isBlankValue(b);
  if (a instanceof XlError || b instanceof XlError)
    return a instanceof XlError && b instanceof XlError && a.code === b.code;
  if (typeof a === "number" && typeof b === "number")
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}

/**
 * For EXPLAIN: the sentence is an error of code X exactly when the award's native formula is, and a
 * sentence where the award is a number (or blank where the wrapper blanks both).
 */
export function sameErrorCode(addin: XlValue, native: XlValue): boolean {
  if (addin instanceof XlError || native instanceof XlError)
    return addin instanceof XlError && native instanceof XlError && addin.code === native.code;
  if (isBlankValue(addin) || isBlankValue(native)) return isBlankValue(addin) && isBlankValue(native);
  return typeof addin === "string" && typeof native === "number";
}

export function agrees(c: CaseResult, engine: Engine): boolean {
  const v = c.native_[engine];
  if (c.native === null || v === undefined) return true;
  return c.compare === "error" ? sameErrorCode(c.addinValue, v) : same(c.addinValue, v);
}

export const show = (v: XlValue | undefined): string =>
  v === undefined
    ? "(not run)"
    : v === null
      ? "(blank)"
      : v instanceof XlError
        ? v.code
        : typeof v === "string"
          ? JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v)
          : String(v);

/** The add-in's functions, recording any result that is not a finite number (or shows one in text). */
function watchedPolicy(): { policy: PolicyCall; take: () => string | undefined } {
  const base = policyFunctions();
  let seen: string | undefined;
  const policy: PolicyCall = (name, args) => {
    const r = base(name, args);
    // A message may quote what the user typed ("NaN"): only the function's own words count.
    const own = (text: string) =>
      args.reduce<string>((t, a) => (typeof a === "string" && a !== "" ? t.split(a).join("") : t), text);
    const bad = (text: string) => /Infinity|NaN|\[object/.test(own(text));
    if (typeof r === "number" && !Number.isFinite(r)) seen = `${name} returned ${r}`;
    else if (typeof r === "string" && (bad(r) || /undefined/.test(own(r)))) seen = `${name} returned "${r}"`;
    else if (r instanceof XlError && (!r.message || bad(r.message)))
      seen = `${name} raised ${r.code} with message ${JSON.stringify(r.message)}`;
    else if (r !== null && typeof r === "object" && !(r instanceof XlError)) seen = `${name} returned an object`;
    return r;
  };
  return {
    policy,
    take: () => {
      const s = seen;
      seen = undefined;
      return s;
    },
  };
}

/** The row's cells for HyperFormula: inputs in B…H of HF_ROW. */
function hfCells(values: Input[]): Record<string, Input> {
  const cells: Record<string, Input> = {};
  INPUT_COLUMNS.forEach((col, i) => (cells[`${col}${HF_ROW}`] = i < values.length ? values[i] : null));
  return cells;
}

/**
 * Computes every case's add-in value and HyperFormula's native value. Cases are grouped by formula so
 * that HyperFormula parses each formula once.
 */
export function evaluateWithHyperFormula(specs: CaseSpec[]): CaseResult[] {
  const results: CaseResult[] = specs.map((s, i) => ({ ...s, n: i + 1, addinValue: null, native_: {} }));
  const { policy, take } = watchedPolicy();
  const byFormula = (key: (c: CaseResult) => string | null) => {
    const groups = new Map<string, CaseResult[]>();
    for (const c of results) {
      const k = key(c);
      if (k !== null) groups.set(k, [...(groups.get(k) ?? []), c]);
    }
    return groups;
  };
  for (const [formula, cases] of byFormula((c) => c.addin))
    for (const c of cases) {
      c.addinValue = evaluate(formula, hfCells(c.values), { row: HF_ROW, policy });
      c.nonFinite = take();
      if (typeof c.addinValue === "number" && !Number.isFinite(c.addinValue))
        c.nonFinite ??= `the cell shows ${c.addinValue}`;
    }
  for (const [formula, cases] of byFormula((c) => c.native))
    for (const c of cases) c.native_.HyperFormula = evaluate(formula, hfCells(c.values), { row: HF_ROW });
  return results;
}

const fill = (formula: string, row: number) => formula.replace(/\{r\}/g, String(row));

function cellValue(v: Input): ExcelJS.CellValue {
  if (v instanceof XlError) return { error: v.code as ExcelJS.CellErrorValue["error"] };
  return v;
}

/** One workbook holding every case with a native formula: row n+1 = case n. */
export async function casesWorkbook(results: CaseResult[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("cases");
  ws.getRow(1).values = ["n", ...INPUT_COLUMNS.map((c) => `input ${c}`), "native", "form"];
  for (const c of results) {
    const row = c.n + 1;
    ws.getCell(`A${row}`).value = c.n;
    c.values.forEach((v, i) => {
      if (v !== null) ws.getCell(`${INPUT_COLUMNS[i]}${row}`).value = cellValue(v);
    });
    if (c.native !== null) ws.getCell(`${RESULT_COLUMN}${row}`).value = { formula: fill(c.native, row) };
    ws.getCell(`J${row}`).value = c.form;
  }
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A CSV field as Gnumeric writes a value: errors, booleans, numbers, else text ("" = blank). */
export function csvValue(field: string | undefined): XlValue {
  if (field === undefined || field === "") return "";
  if (/^#(N\/A|VALUE!|NUM!|DIV\/0!|REF!|NAME\?|NULL!)$/.test(field)) return new XlError(field);
  if (field === "TRUE" || field === "FALSE") return field === "TRUE";
  if (/^[+-]?(\d+\.?\d*|\.\d+)(E[+-]?\d+)?$/i.test(field)) return Number(field);
  return field;
}

export interface EngineRun {
  libreoffice?: string | null;
  ssconvert?: string | null;
}

/**
 * Writes the cases into one workbook, recalculates it in LibreOffice and Gnumeric (concurrently: two
 * processes), and stores each engine's native value in the results. Returns the seconds each took.
 */
export async function evaluateInSpreadsheets(results: CaseResult[], run: EngineRun): Promise<Record<string, number>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duibiao-differential-"));
  const file = path.join(dir, "cases.xlsx");
  const seconds: Record<string, number> = {};
  try {
    fs.writeFileSync(file, new Uint8Array(await casesWorkbook(results)));
    const t0 = Date.now();
    const gnumeric = run.ssconvert
      ? recalcWithGnumeric(file, run.ssconvert).then((sheets) => {
          seconds.Gnumeric = (Date.now() - t0) / 1000;
          return sheets;
        })
      : undefined;
    if (run.libreoffice) {
      const t1 = Date.now();
      const converted = convertWithLibreOffice(file, "xlsx", run.libreoffice);
      seconds.LibreOffice = (Date.now() - t1) / 1000;
      const ws = (await loadXlsx(fs.readFileSync(converted))).getWorksheet("cases");
      fs.rmSync(path.dirname(converted), { recursive: true, force: true });
      if (!ws) throw new Error("LibreOffice lost the cases sheet");
      for (const c of results)
        if (c.native !== null) {
          const v = cellScalar(ws.getCell(`${RESULT_COLUMN}${c.n + 1}`));
          c.native_.LibreOffice = v === null ? "" : v;
        }
    }
    if (gnumeric) {
      const [rows] = await gnumeric;
      const col = RESULT_COLUMN.charCodeAt(0) - "A".charCodeAt(0);
      for (const c of results) if (c.native !== null) c.native_.Gnumeric = csvValue(rows[c.n]?.[col]);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return seconds;
}

/** A kind of disagreement already known, with why it is accepted. */
export interface KnownMismatch {
  id: string;
  /** Why the difference is accepted: the documented limitation it is (and where it is documented). */
  reason: string;
  /** True when this case's disagreement on `engine` is of this class. */
  matches: (c: CaseResult, engine: Engine) => boolean;
}

export interface Mismatch {
  c: CaseResult;
  engine: Engine;
  known?: KnownMismatch;
}

/** Every disagreement, each with the first known class that explains it. */
export function mismatches(results: CaseResult[], known: readonly KnownMismatch[]): Mismatch[] {
  const out: Mismatch[] = [];
  for (const c of results)
    for (const engine of ["HyperFormula", "LibreOffice", "Gnumeric"] as Engine[])
      if (!agrees(c, engine)) out.push({ c, engine, known: known.find((k) => k.matches(c, engine)) });
  return out;
}

export function describeCase(c: CaseResult): string {
  const args = c.values.map((v, i) => `${INPUT_COLUMNS[i]}=${show(v)}`).join(" ");
  const natives = (["HyperFormula", "LibreOffice", "Gnumeric"] as Engine[])
    .filter((e) => c.native_[e] !== undefined)
    .map((e) => `${e} ${show(c.native_[e])}`)
    .join(", ");
  return `#${c.n} ${c.form}: ${args} → add-in ${show(c.addinValue)}; native ${natives}`;
}

/** A table of mismatches by class and engine, with up to `examples` cases each. */
export function report(found: Mismatch[], examples = 3): string {
  const groups = new Map<string, Mismatch[]>();
  for (const m of found) {
    const key = `${m.known ? m.known.id : "UNEXPECTED"} | ${m.engine} | ${m.c.form}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([key, ms]) =>
        `${key}: ${ms.length}\n${ms
          .slice(0, examples)
          .map((m) => `    ${describeCase(m.c)}`)
          .join("\n")}`,
    )
    .join("\n");
}

/** What kind of value an input is, for classifying disagreements. */
export type InputKind =
  | "number"
  | "extreme"
  | "blank"
  | "boolean"
  | "error"
  | "space"
  | "percentText"
  | "exponentText"
  | "numericText"
  | "booleanText"
  | "word";

const WIDE_DIGITS = /[\uFF10-\uFF19\uFF0C\uFF0E]/;

export function inputKind(v: Input): InputKind {
  if (v === null) return "blank";
  if (v instanceof XlError) return "error";
  if (typeof v === "boolean") return "boolean";
  if (typeof v === "number") return v !== 0 && (Math.abs(v) < 1e-9 || Math.abs(v) > 1e12) ? "extreme" : "number";
  const t = v.trim();
  if (t === "") return "space";
  if (/^(true|false)$/i.test(t)) return "booleanText";
  if (/^[+-]?[\d.,\uFF10-\uFF19\uFF0C\uFF0E]+\s*[%％]$/.test(t)) return "percentText";
  if (/^[+-]?\d[\d.]*(\s+\d+|[eE][+-]?\d+)$/.test(t)) return "exponentText";
  if (/^[+-]?[\d.,]/.test(t) || WIDE_DIGITS.test(t[0]) || /^(Infinity|NaN)$/.test(t)) return "numericText";
  return "word";
}
