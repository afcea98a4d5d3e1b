/**
 * A tiny Excel formula evaluator for testing native formulas against the engine: numbers, text,
 * booleans, blank cells, errors; operators + - * / ^ & = <> < > <= >= and unary minus with Excel's
 * precedence; the functions the native formulas use (IF, OR, AND, MIN, MAX, ABS, YEAR, DATE,
 * ISNUMBER, SQRT, NA, ROUND). Excel's coercions that matter here: a blank cell is 0 in arithmetic
 * and equals ""; text compares greater than any number; text comparison ignores case.
 * Not a spreadsheet: enough to catch a wrong sign, a missing blank guard or a bad clamp.
 */
import { serialFromYmd, ymdFromSerial } from "../../../src/core/dates";

export class XlError {
  constructor(readonly code: string) {}
}
export type XlValue = number | string | boolean | null | XlError;

type Node =
  | { k: "num"; v: number }
  | { k: "str"; v: string }
  | { k: "ref"; name: string }
  | { k: "neg"; x: Node }
  | { k: "bin"; op: string; a: Node; b: Node }
  | { k: "call"; fn: string; args: Node[] };

function tokenize(src: string): string[] {
  const re =
    /\s*("(?:[^"]|"")*"|\d+(?:\.\d+)?(?:E[+-]?\d+)?|<=|>=|<>|[-+*/^&=<>(),]|[A-Za-z_$\u4e00-\u9fff][A-Za-z0-9_$.{}\u4e00-\u9fff]*)/gy;
  const out: string[] = [];
  while (src.slice(re.lastIndex).trim() !== "") {
    const at = re.lastIndex;
    const m = re.exec(src);
    if (!m) throw new Error(`cannot tokenize at ${at}: ${src.slice(at, at + 20)}`);
    out.push(m[1]);
  }
  return out;
}

const PREC: Record<string, number> = {
  "=": 1,
  "<>": 1,
  "<": 1,
  ">": 1,
  "<=": 1,
  ">=": 1,
  "&": 2,
  "+": 3,
  "-": 3,
  "*": 4,
  "/": 4,
  "^": 5,
};

export function parse(formula: string): Node {
  const toks = tokenize(formula.replace(/^=/, ""));
  let i = 0;
  const peek = (): string | undefined => toks[i];
  const next = (): string | undefined => toks[i++];
  const expect = (t: string) => {
    if (next() !== t) throw new Error(`expected ${t} at token ${i - 1} in ${formula}`);
  };
  function primary(): Node {
    const t = next();
    if (t === undefined) throw new Error(`unexpected end of ${formula}`);
    // Unary minus binds tighter than ^ in Excel (-2^2 = 4).
    if (t === "-") return { k: "neg", x: primary() };
    if (t === "+") return primary();
    if (t === "(") {
      const e = expr(1);
      expect(")");
      return e;
    }
    if (t.startsWith('"')) return { k: "str", v: t.slice(1, -1).replace(/""/g, '"') };
    if (/^\d/.test(t)) return { k: "num", v: Number(t) };
    if (peek() === "(") {
      next();
      const args: Node[] = [];
      if (peek() !== ")") {
        args.push(expr(1));
        while (peek() === ",") {
          next();
          args.push(expr(1));
        }
      }
      expect(")");
      return { k: "call", fn: t.toUpperCase(), args };
    }
    return { k: "ref", name: t.replace(/\$/g, "") };
  }
  // Precedence climbing; every binary operator is left-associative in Excel (2^3^2 = 64).
  function expr(min: number): Node {
    let left = primary();
    for (;;) {
      const op = peek();
      const p = op === undefined ? undefined : PREC[op];
      if (op === undefined || p === undefined || p < min) break;
      next();
      left = { k: "bin", op, a: left, b: expr(p + 1) };
    }
    return left;
  }
  const e = expr(1);
  if (i !== toks.length) throw new Error(`trailing tokens in ${formula}: ${toks.slice(i).join(" ")}`);
  return e;
}

const isErr = (v: unknown): v is XlError => v instanceof XlError;

function toNumber(v: XlValue): number | XlError {
  if (isErr(v)) return v;
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const n = Number(v.trim());
  return v.trim() !== "" && Number.isFinite(n) ? n : new XlError("#VALUE!");
}

function compare(a: XlValue, b: XlValue): number {
  // Blank compares as "" against text, FALSE against booleans and 0 against numbers.
  if (a === null) a = typeof b === "string" ? "" : typeof b === "boolean" ? false : 0;
  if (b === null) b = typeof a === "string" ? "" : typeof a === "boolean" ? false : 0;
  const rank = (x: XlValue) => (typeof x === "number" ? 0 : typeof x === "string" ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string" && typeof b === "string") {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = Number(a);
  const y = Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export type Cells = Record<string, XlValue>;

export function evaluate(formula: string, cells: Cells): XlValue {
  return ev(parse(formula), cells);
}

function ev(n: Node, cells: Cells): XlValue {
  switch (n.k) {
    case "num":
    case "str":
      return n.v;
    case "ref":
      if (!(n.name in cells)) throw new Error(`unknown cell ${n.name}`);
      return cells[n.name];
    case "neg": {
      const x = toNumber(ev(n.x, cells));
      return isErr(x) ? x : -x;
    }
    case "bin": {
      const a = ev(n.a, cells);
      const b = ev(n.b, cells);
      if (isErr(a)) return a;
      if (isErr(b)) return b;
      if (["=", "<>", "<", ">", "<=", ">="].includes(n.op)) {
        const c = compare(a, b);
        return { "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 }[n.op] as boolean;
      }
      if (n.op === "&") return `${a ?? ""}${b ?? ""}`;
      const x = toNumber(a);
      const y = toNumber(b);
      if (isErr(x)) return x;
      if (isErr(y)) return y;
      switch (n.op) {
        case "+":
          return x + y;
        case "-":
          return x - y;
        case "*":
          return x * y;
        case "/":
          return y === 0 ? new XlError("#DIV/0!") : x / y;
        case "^": {
          if (x < 0 && !Number.isInteger(y)) return new XlError("#NUM!");
          const r = Math.pow(x, y);
          return Number.isFinite(r) ? r : new XlError("#NUM!");
        }
      }
      throw new Error(`operator ${n.op}`);
    }
    case "call":
      return call(n.fn, n.args, cells);
  }
}

function call(fn: string, args: Node[], cells: Cells): XlValue {
  const vals = () => args.map((a) => ev(a, cells));
  const nums = (): number[] | XlError => {
    const out: number[] = [];
    for (const v of vals()) {
      const x = toNumber(v);
      if (isErr(x)) return x;
      out.push(x);
    }
    return out;
  };
  const truthy = (v: XlValue): boolean | XlError => {
    if (typeof v === "string") return new XlError("#VALUE!");
    const x = toNumber(v);
    return isErr(x) ? x : x !== 0;
  };
  switch (fn) {
    case "IF": {
      const c = truthy(ev(args[0], cells));
      if (isErr(c)) return c;
      if (c) return ev(args[1], cells);
      return args.length > 2 ? ev(args[2], cells) : false;
    }
    case "OR":
    case "AND": {
      const bs = vals().map(truthy);
      const e = bs.find(isErr);
      if (e) return e;
      return fn === "OR" ? bs.some(Boolean) : bs.every(Boolean);
    }
    case "MIN":
    case "MAX": {
      const xs = nums();
      return isErr(xs) ? xs : fn === "MIN" ? Math.min(...xs) : Math.max(...xs);
    }
    case "ABS":
    case "SQRT":
    case "YEAR": {
      const xs = nums();
      if (isErr(xs)) return xs;
      if (fn === "ABS") return Math.abs(xs[0]);
      if (fn === "SQRT") return xs[0] < 0 ? new XlError("#NUM!") : Math.sqrt(xs[0]);
      return xs[0] < 0 ? new XlError("#NUM!") : ymdFromSerial(xs[0]).year;
    }
    case "DATE": {
      const xs = nums();
      if (isErr(xs)) return xs;
      return serialFromYmd(Math.trunc(xs[0]), Math.trunc(xs[1]), Math.trunc(xs[2]));
    }
    case "ROUND": {
      const xs = nums();
      if (isErr(xs)) return xs;
      const f = Math.pow(10, xs[1]);
      return Math.round(xs[0] * f) / f;
    }
    case "ISNUMBER":
      return typeof ev(args[0], cells) === "number";
    case "NA":
      return new XlError("#N/A");
  }
  throw new Error(`function ${fn} is not known to the mini evaluator`);
}
