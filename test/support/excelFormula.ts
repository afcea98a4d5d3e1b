/**
 * Evaluates the native Excel formulas the generators write (src/core/native, src/core/incentives/native,
 * src/core/rubric/native) with HyperFormula, a real spreadsheet engine, so unit tests can compare a
 * formula with the engine on the same cells. One engine instance is reused: a call only rewrites the
 * cells it was given, which keeps the property tests (thousands of calls) fast.
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
} from "hyperformula";
import type { SimpleCellAddress, SimpleRangeValue } from "hyperformula";

export type Cell = number | string | boolean | null;

/** An Excel error value, e.g. new XlError("#NUM!"). */
export class XlError {
  constructor(readonly code: string) {}
}
export type XlValue = Cell | XlError;
/** Cell values by A1 address ("K5", "Tasks!E2") or defined name ("DB_ReportDate"). */
export type Cells = Record<string, Cell>;

export interface EvaluateOptions {
  /** The only functions the formula may call; any other throws "function X is not allowed". */
  functions?: readonly string[];
  /** The row number that replaces each "{r}" placeholder (table-row formulas). */
  row?: number;
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
  const f = 10 ** Math.abs(d);
  const scaled = Number((d >= 0 ? Math.abs(x) * f : Math.abs(x) / f).toPrecision(15));
  const r = Math.round(scaled);
  return Math.sign(x) * (d >= 0 ? r / f : r * f);
}

const TRUE_FALSE = new Set(["TRUE", "FALSE"]);

let engine: { hf: HyperFormula; main: number; names: number; at: SimpleCellAddress } | undefined;
/** Input cells holding a value now, by "sheet:col:row": a call rewrites only what changed. */
let written = new Map<string, { at: SimpleCellAddress; value: Cell }>();
/** The formula in FORMULA_AT: kept while calls repeat it, as parsing a long formula costs most. */
let current: string | undefined;
let currentFunctions: string[] | undefined;
/** Defined name → its value cell on the NAMES sheet. */
const nameCells = new Map<string, SimpleCellAddress>();

function getEngine() {
  if (engine) return engine;
  HyperFormula.registerFunctionPlugin(ExcelFixes, {
    enGB: { IF: "IF", INT: "INT", ROUND: "ROUND", LOOKUP: "LOOKUP" },
  });
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
  engine = { hf, main, names, at: hf.simpleCellAddressFromString(FORMULA_AT, main)! };
  return engine;
}

/** An A1 reference, optionally sheet-qualified ("Tasks!$E$2", "'指标 表'!E5"); else undefined. */
const CELL_REF = /^(?:(?:'((?:[^']|'')+)'|([^'!]+))!)?\$?([A-Za-z]{1,3})\$?(\d+)$/;

function addressOf(key: string): SimpleCellAddress | undefined {
  const m = CELL_REF.exec(key);
  if (!m) return undefined;
  const { hf, main } = getEngine();
  const sheetName = m[1]?.replace(/''/g, "'") ?? m[2];
  let sheet = main;
  if (sheetName !== undefined) {
    sheet = hf.getSheetId(sheetName) ?? -1;
    if (sheet < 0) {
      sheet = hf.getSheetId(hf.addSheet(sheetName))!;
      current = undefined; // as for a new name
    }
  }
  return hf.simpleCellAddressFromString(`${m[3].toUpperCase()}${m[4]}`, sheet);
}

/** The cell holding a defined name's value, creating the name on first use. */
function nameCell(name: string): SimpleCellAddress {
  let at = nameCells.get(name);
  if (!at) {
    const { hf, names } = getEngine();
    at = { sheet: names, col: 0, row: nameCells.size };
    current = undefined; // a formula already in place may have been parsed before the name existed
    hf.addNamedExpression(name, `=${quoteSheet(NAMES)}!$A$${at.row + 1}`);
    nameCells.set(name, at);
  }
  return at;
}

const quoteSheet = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** What a cell holds: text is written with a leading apostrophe so "123" or "TRUE" stays text. */
function content(v: Cell): number | string | boolean | null {
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
 * is blank. Returns the value Excel shows, an Excel error as XlError. Throws when the formula does
 * not parse, calls an unknown function or names an unknown name (#NAME?): those are bugs in the
 * formula or the test, not results.
 */
export function evaluate(formula: string, cells: Cells = {}, options: EvaluateOptions = {}): XlValue {
  const { hf, at } = getEngine();
  let f = formula.replace(/^=/, "");
  if (f.includes("{r}")) {
    if (options.row === undefined) throw new Error(`formula has {r} placeholders but no row was given: ${f}`);
    f = f.replace(/\{r\}/g, String(options.row));
  }
  if (options.functions) {
    const bad = (f === current ? currentFunctions! : functionsUsed(f)).filter((fn) => !options.functions!.includes(fn));
    if (bad.length > 0) throw new Error(`function ${bad.join(", ")} is not allowed`);
  }

  const next = new Map<string, { at: SimpleCellAddress; value: Cell }>();
  for (const [key, value] of Object.entries(cells)) {
    const a = addressOf(key) ?? nameCell(key);
    if (a.sheet === at.sheet && a.col === at.col && a.row === at.row)
      throw new Error(`${key} is where the evaluator computes`);
    if (value !== null) next.set(`${a.sheet}:${a.col}:${a.row}`, { at: a, value });
  }
  hf.batch(() => {
    for (const [k, old] of written) if (!next.has(k)) hf.setCellContents(old.at, null);
    for (const [k, now] of next)
      if (!Object.is(written.get(k)?.value, now.value)) hf.setCellContents(now.at, content(now.value));
    if (current !== f) {
      hf.setCellContents(at, `=${f}`);
      currentFunctions = functionsUsed(f);
    }
    current = f;
  });
  written = next;

  const v = hf.getCellValue(at);
  if (v instanceof DetailedCellError) {
    if (["#N/A", "#VALUE!", "#NUM!", "#DIV/0!", "#REF!"].includes(v.value)) return new XlError(v.value);
    throw new Error(`${v.value} ${v.message} in ${f}`);
  }
  // A formula that ends on a blank cell shows 0 in Excel. (HyperFormula's evaluateNullToZero would
  // also turn a defined name pointing at a blank cell into 0, so that DB_ReportDate="" failed.)
  return v ?? 0;
}
