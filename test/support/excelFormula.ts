/**
 * Evaluates Excel formulas with HyperFormula, a real spreadsheet engine: the native formulas the
 * generators write (src/core/native, src/core/incentives/native, src/core/rubric/native), compared with
 * the engine on the same cells, and — given `policy` — the add-in's POLICY.* formulas over a
 * recalculated workbook (test/workbook/xlsx/portable.libreoffice.test.ts). One engine instance is
 * reused: a call only rewrites the cells it was given, which keeps the property tests (thousands of
 * calls) fast.
 *
 * Where HyperFormula departs from Excel on what these formulas use, a small plugin restores Excel:
 * - INT floors (HyperFormula truncates toward zero: INT(-0.5) gave 0);
 * - ROUND rounds the 15-digit decimal value half away from zero (HyperFormula rounds the binary
 *   value: ROUND(1.005,2) gave 1);
 * - LOOKUP exists (HyperFormula has none);
 * - IF evaluates only the branch it takes (HyperFormula evaluates every argument: same values, but
 *   the rule chooser formula then computes every rule on every call);
 * - bare TRUE and FALSE are constants (HyperFormula only knows TRUE() and FALSE()).
 */
import {
  CellError,
  DetailedCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import type { SimpleCellAddress } from "hyperformula";

export type Cell = number | string | boolean | null;

/** An Excel error value, e.g. new XlError("#NUM!"); the message says why, for reports only. */
export class XlError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
export type XlValue = Cell | XlError;
/** Cell values by A1 address ("K5", "Tasks!E2") or defined name ("DB_ReportDate"). */
export type Cells = Record<string, XlValue>;

/**
 * What the add-in's POLICY.<name> returns for these arguments, as Excel passes them to a custom
 * function: each argument's value, a blank cell or an omitted argument as null.
 */
export type PolicyCall = (name: string, args: (number | string | boolean | null)[]) => XlValue;

export interface EvaluateOptions {
  /** The only functions the formula may call; any other throws "function X is not allowed". */
  functions?: readonly string[];
  /** The row number that replaces each "{r}" placeholder (table-row formulas). */
  row?: number;
  /**
   * Computes POLICY.<NAME>(…) calls; without it they are unknown functions. HyperFormula takes dotted
   * function names as they are: each POLICY name is registered the first time a formula calls it.
   * Must be a pure function of its arguments (a result is reused while its cells do not change).
   */
  policy?: PolicyCall;
  /**
   * Defined names by the cells they refer to, as in a workbook ("'说明'!$B$3", "'奖补规则'!$A$4:$A$29");
   * the caller gives those cells' values in `cells`, sheet-qualified. A name stays defined afterwards.
   */
  names?: Record<string, string>;
}

/** The sheet unqualified references point to. */
const MAIN = "Sheet1";
/** Holds the values of defined names (e.g. DB_ReportDate), one per row of column A. */
const NAMES = "DefinedNames";
/** Where nothing a test writes can be: the formula is computed there. */
const FORMULA_AT = "ZZZ39999";

// The plugin API's AST and state types are not exported; take them from runFunction.
type PluginArgs = Parameters<ExcelFixes["runFunction"]>;

/** IF's condition, coerced as HyperFormula's own IF does (blank FALSE, number ≠ 0, text #VALUE!). */
const IF_CONDITION = { method: "lazyIf", parameters: [{ argumentType: FunctionArgumentType.BOOLEAN }] };

/** IF, INT, ROUND and LOOKUP as Excel computes them. */
class ExcelFixes extends FunctionPlugin {
  static override implementedFunctions = {
    IF: { method: "lazyIf", parameters: IF_CONDITION.parameters },
    INT: { method: "int", parameters: [{ argumentType: FunctionArgumentType.NUMBER }] },
    ROUND: {
      method: "round",
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 },
      ],
    },
    LOOKUP: {
      method: "lookup",
      parameters: [
        { argumentType: FunctionArgumentType.NOERROR },
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.RANGE, optionalArg: true },
      ],
    },
  };

  /** Evaluates only the branch taken, as Excel does: the chooser formula has one branch per rule. */
  lazyIf(ast: { args: PluginArgs[0] }, state: PluginArgs[1]) {
    const c = this.runFunction(ast.args.slice(0, 1), state, IF_CONDITION, (x: boolean) => x);
    if (typeof c !== "boolean") return c;
    const branch = ast.args[c ? 1 : 2];
    return branch === undefined ? false : this.evaluateAst(branch, state);
  }

  int(ast: { args: PluginArgs[0] }, state: PluginArgs[1]) {
    return this.runFunction(ast.args, state, this.metadata("INT"), (x: number) => Math.floor(x));
  }

  round(ast: { args: PluginArgs[0] }, state: PluginArgs[1]) {
    return this.runFunction(ast.args, state, this.metadata("ROUND"), excelRound);
  }

  /** Vector LOOKUP on an ascending vector: the last entry of the key's type that is ≤ the key. */
  lookup(ast: { args: PluginArgs[0] }, state: PluginArgs[1]) {
    return this.runFunction(
      ast.args,
      state,
      this.metadata("LOOKUP"),
      (key: unknown, look: SimpleRangeValue, result?: SimpleRangeValue) => {
        const k = plain(key === EmptyValue ? 0 : key);
        const keys = look.data.flat().map(plain);
        let found = -1;
        keys.forEach((v, i) => {
          if (typeof v === typeof k && compareSameType(v, k) <= 0) found = i;
        });
        if (found < 0) return new CellError(ErrorType.NA);
        return (result ?? look).data.flat()[found];
      },
    );
  }
}

/** The POLICY.* functions formulas have called so far, all computed by `policyCall`. */
class PolicyFunctions extends FunctionPlugin {
  static override implementedFunctions: Record<string, { method: string; parameters: [] }> = {};

  /** Excel computes each argument, then calls the add-in unless an argument is an error. */
  policy(ast: { args: PluginArgs[0]; procedureName: string }, state: PluginArgs[1]) {
    const args: (number | string | boolean | null)[] = [];
    for (const arg of ast.args) {
      const v = this.evaluateAst(arg, state);
      if (v instanceof CellError) return v;
      if (v instanceof SimpleRangeValue) throw new Error(`a range passed to ${ast.procedureName}: not modelled`);
      args.push(v === EmptyValue ? null : (plain(v) as number | string | boolean));
    }
    if (!policyCall) throw new Error(`${ast.procedureName} called without the policy option`);
    const r = policyCall(ast.procedureName.slice(POLICY.length), args);
    if (!(r instanceof XlError)) return r ?? EmptyValue;
    const type = ERROR_TYPES[r.code];
    if (!type) throw new Error(`${ast.procedureName} returned ${r.code}, which HyperFormula has no value for`);
    return new CellError(type, r.message);
  }
}

const POLICY = "POLICY.";
const ERROR_TYPES: Record<string, ErrorType> = {
  "#N/A": ErrorType.NA,
  "#VALUE!": ErrorType.VALUE,
  "#NUM!": ErrorType.NUM,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#REF!": ErrorType.REF,
  "#NAME?": ErrorType.NAME,
};
/** The `policy` option of the call being evaluated. */
let policyCall: PolicyCall | undefined;

/** A HyperFormula number may be a rich number object (date, percent); its `val` is the number. */
function plain(v: unknown): unknown {
  return typeof v === "object" && v !== null && "val" in v ? (v as { val: number }).val : v;
}

function compareSameType(a: unknown, b: unknown): number {
  if (typeof a === "string") {
    const x = a.toLowerCase();
    const y = (b as string).toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}

/** Excel's ROUND: half away from zero on the value's 15-significant-digit decimal form. */
function excelRound(x: number, digits: number): number {
  const d = Math.trunc(digits);
  // A double from 2^53 on has no fraction: nothing to round (and x * 10^d could overflow).
  if (d >= 0 && Math.abs(x) >= 2 ** 53) return x;
  const f = 10 ** Math.abs(d);
  const scaled = Number((d >= 0 ? Math.abs(x) * f : Math.abs(x) / f).toPrecision(15));
  const r = Math.round(scaled);
  return Math.sign(x) * (d >= 0 ? r / f : r * f);
}

const TRUE_FALSE = new Set(["TRUE", "FALSE"]);

HyperFormula.registerFunctionPlugin(ExcelFixes, {
  enGB: { IF: "IF", INT: "INT", ROUND: "ROUND", LOOKUP: "LOOKUP" },
});

let engine: { hf: HyperFormula; main: number; names: number; at: SimpleCellAddress } | undefined;
/** Input cells holding a value now: a call rewrites only what changed. */
let written = new Map<SimpleCellAddress, XlValue>();
/** The formula in FORMULA_AT: kept while calls repeat it, as parsing a long formula costs most. */
let current: string | undefined;
let currentFunctions: string[] | undefined;
/** The policy the formula in place was computed with. */
let currentPolicy: PolicyCall | undefined;
/** Defined name → its value cell on the NAMES sheet. */
const nameCells = new Map<string, SimpleCellAddress>();
/** Defined name (upper case) → the expression it stands for now. */
const defined = new Map<string, string>();
/** Cells keys → their address (null: a defined name), as a sheet's cells are given on every call. */
const addresses = new Map<string, SimpleCellAddress | null>();
/** One address object per cell ("A1" and "$A$1" share it), by "sheet:col:row". */
const canonical = new Map<string, SimpleCellAddress>();

function cellAt(a: SimpleCellAddress): SimpleCellAddress {
  const id = `${a.sheet}:${a.col}:${a.row}`;
  const known = canonical.get(id);
  if (known) return known;
  canonical.set(id, a);
  return a;
}

function getEngine() {
  if (engine) return engine;
  const hf = HyperFormula.buildEmpty({
    licenseKey: "gpl-v3",
    // Full doubles out, as Excel keeps them (HyperFormula rounds results to 10 digits by default).
    smartRounding: false,
    // Excel compares text ignoring case but not accents ("é"="e" is FALSE).
    accentSensitive: true,
    // No undo history: it grows with every call and each edit scans it.
    undoLimit: 0,
  });
  const main = hf.getSheetId(hf.addSheet(MAIN))!;
  const names = hf.getSheetId(hf.addSheet(NAMES))!;
  for (const b of TRUE_FALSE) hf.addNamedExpression(b, `=${b}()`);
  engine = { hf, main, names, at: cellAt(hf.simpleCellAddressFromString(FORMULA_AT, main)!) };
  return engine;
}

/** Drops the engine and all it holds: an engine only knows the functions registered before it was built. */
function resetEngine() {
  engine?.hf.destroy();
  engine = undefined;
  written = new Map();
  loadedBy = undefined;
  current = undefined;
  nameCells.clear();
  defined.clear();
  addresses.clear();
  canonical.clear();
}

/** Registers the POLICY.* functions `formula` calls that no formula called before. */
function registerPolicyFunctions(formula: string) {
  const added = functionsUsed(formula).filter(
    (fn) => fn.startsWith(POLICY) && !(fn in PolicyFunctions.implementedFunctions),
  );
  for (const fn of added) {
    PolicyFunctions.implementedFunctions[fn] = { method: "policy", parameters: [] };
    HyperFormula.registerFunction(fn, PolicyFunctions, { enGB: { [fn]: fn } });
  }
  if (added.length > 0) resetEngine();
}

/** A sheet's id, adding the sheet on first use. */
function sheetId(name: string): number {
  const { hf } = getEngine();
  const id = hf.getSheetId(name);
  if (id !== undefined) return id;
  current = undefined; // as for a new name
  return hf.getSheetId(hf.addSheet(name))!;
}

/** An A1 reference, optionally sheet-qualified ("Tasks!$E$2", "'指标 表'!E5"); else undefined. */
const CELL_REF = /^(?:(?:'((?:[^']|'')+)'|([^'!]+))!)?\$?([A-Za-z]{1,3})\$?(\d+)$/;
/** The sheet a reference names ("'说明'!$B$3" → 说明), if any. */
const SHEET_OF = /^(?:'((?:[^']|'')+)'|([^'!]+))!/;

function addressOf(key: string): SimpleCellAddress | undefined {
  let at = addresses.get(key);
  if (at === undefined) {
    const m = CELL_REF.exec(key);
    const sheetName = m?.[1]?.replace(/''/g, "'") ?? m?.[2];
    at = m
      ? cellAt(
          getEngine().hf.simpleCellAddressFromString(
            `${m[3].toUpperCase()}${m[4]}`,
            sheetName === undefined ? getEngine().main : sheetId(sheetName),
          )!,
        )
      : null;
    addresses.set(key, at);
  }
  return at ?? undefined;
}

/** Defines `name` as `expression`, or redefines it when it stood for something else. */
function define(name: string, expression: string) {
  const key = name.toUpperCase();
  if (defined.get(key) === expression) return;
  const { hf } = getEngine();
  if (defined.has(key)) hf.changeNamedExpression(name, expression);
  else hf.addNamedExpression(name, expression);
  defined.set(key, expression);
  current = undefined; // a formula already in place may have been parsed before the name existed
}

/** The cell holding a defined name's value, creating the name on first use. */
function nameCell(name: string): SimpleCellAddress {
  let at = nameCells.get(name);
  if (!at) {
    at = cellAt({ sheet: getEngine().names, col: 0, row: nameCells.size });
    nameCells.set(name, at);
  }
  define(name, `=${quoteSheet(NAMES)}!$A$${at.row + 1}`);
  return at;
}

const quoteSheet = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** What a cell holds: text is written with a leading apostrophe so "123" or "TRUE" stays text. */
function content(v: XlValue): number | string | boolean | null {
  if (v instanceof XlError) {
    if (!(v.code in ERROR_TYPES)) throw new Error(`a cell holds ${v.code}, which HyperFormula has no value for`);
    return v.code; // HyperFormula reads an error literal as that error
  }
  return typeof v === "string" ? `'${v}` : v;
}

/** The function names a formula calls (outside string literals), upper case, each once. */
export function functionsUsed(formula: string): string[] {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...new Set([...code.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\(/g)].map((m) => m[1].toUpperCase()))];
}

/**
 * Evaluates `formula` (with or without the leading "=") over `cells`: A1 addresses, optionally
 * sheet-qualified, or defined names such as DB_ReportDate, mapped to their values; any cell not given
 * is blank. Returns the value Excel shows, an Excel error as XlError (with its message when `policy`
 * is given). Throws when the formula does not parse, calls an unknown function or names an unknown
 * name (#NAME?): those are bugs in the formula or the test, not results.
 */
export function evaluate(formula: string, cells: Cells = {}, options: EvaluateOptions = {}): XlValue {
  return compute(prepare(formula, options), cells, options, undefined);
}

/**
 * `evaluate` for many formulas over the same cells, e.g. every computed cell of a recalculated sheet:
 * the cells (as they are now) are written once, where `evaluate` compares all of them on every call.
 */
export function evaluator(cells: Cells, options: EvaluateOptions = {}): (formula: string) => XlValue {
  const own = { ...cells };
  const token = {};
  return (formula) => compute(prepare(formula, options), own, options, token);
}

/** The evaluator whose cells the engine holds (undefined: those of the last `evaluate` call). */
let loadedBy: object | undefined;

/** The formula to compute: placeholders filled, functions checked, POLICY functions registered. */
function prepare(formula: string, options: EvaluateOptions): string {
  let f = formula.replace(/^=/, "");
  if (f.includes("{r}")) {
    if (options.row === undefined) throw new Error(`formula has {r} placeholders but no row was given: ${f}`);
    f = f.replace(/\{r\}/g, String(options.row));
  }
  if (options.functions) {
    const bad = (f === current ? currentFunctions! : functionsUsed(f)).filter((fn) => !options.functions!.includes(fn));
    if (bad.length > 0) throw new Error(`function ${bad.join(", ")} is not allowed`);
  }
  if (options.policy && f !== current) registerPolicyFunctions(f);
  if (options.policy !== currentPolicy) current = undefined;
  policyCall = currentPolicy = options.policy;
  return f;
}

/** Writes `cells` unless `token`'s evaluator wrote them last, puts `f` in place and reads its value. */
function compute(f: string, cells: Cells, options: EvaluateOptions, token: object | undefined): XlValue {
  const { hf, at } = getEngine();
  let next: Map<SimpleCellAddress, XlValue> | undefined;
  if (token === undefined || loadedBy !== token) {
    for (const [name, ref] of Object.entries(options.names ?? {})) {
      if (name in cells) throw new Error(`${name} is given both as a value and as a reference`);
      const sheet = SHEET_OF.exec(ref);
      if (sheet) sheetId(sheet[1]?.replace(/''/g, "'") ?? sheet[2]);
      define(name, `=${ref}`);
    }
    next = new Map();
    for (const [key, value] of Object.entries(cells)) {
      const a = addressOf(key) ?? nameCell(key);
      if (a === at) throw new Error(`${key} is where the evaluator computes`);
      if (value !== null) next.set(a, value);
    }
  }
  // Suspended evaluation, not hf.batch: a batch's undo bookkeeping grows with the square of its edits
  // (each edit re-lists the batch's), seconds for a sheet of thousands of cells.
  hf.suspendEvaluation();
  try {
    if (next) {
      for (const a of written.keys()) if (!next.has(a)) hf.setCellContents(a, null);
      for (const [a, value] of next) if (!Object.is(written.get(a), value)) hf.setCellContents(a, content(value));
      written = next;
      loadedBy = token;
    }
    if (current !== f) {
      hf.setCellContents(at, `=${f}`);
      currentFunctions = functionsUsed(f);
    }
    current = f;
  } finally {
    hf.resumeEvaluation();
  }

  const v = hf.getCellValue(at);
  if (v instanceof DetailedCellError) {
    if (["#N/A", "#VALUE!", "#NUM!", "#DIV/0!", "#REF!"].includes(v.value))
      return new XlError(v.value, options.policy && v.message ? v.message : undefined);
    throw new Error(`${v.value} ${v.message} in ${f}`);
  }
  // A formula that ends on a blank cell shows 0 in Excel. (HyperFormula's evaluateNullToZero would
  // also turn a defined name pointing at a blank cell into 0, so that DB_ReportDate="" failed.)
  return v ?? 0;
}
