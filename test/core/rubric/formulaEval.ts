/**
 * A tiny evaluator of the spreadsheet formulas src/core/rubric/native.ts writes, with Excel's
 * semantics for what those formulas use: numbers, text, booleans, empty cells, errors; + - * / and
 * comparisons; IF (lazy), MIN, MAX, INT, ROUND, AND, OR, NOT, N, ISNUMBER, SQRT, NA. It also rejects
 * any function outside that list, so a formula that would not run in Excel 2010 / LibreOffice / WPS
 * fails here first. The portable-workbook tests recalculate the same formulas in LibreOffice.
 */
export type Cell = number | string | boolean | null;
export class FormulaError {
  constructor(readonly code: "#NUM!" | "#N/A" | "#VALUE!" | "#DIV/0!") {}
}
export type Value = Cell | FormulaError;

type Tok = { t: "num"; v: number } | { t: "str"; v: string } | { t: "id"; v: string } | { t: "op"; v: string };

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === " ") {
      i++;
    } else if (/[0-9.]/.test(c)) {
      const m = /^\d*\.?\d+(?:[eE][+-]?\d+)?/.exec(src.slice(i))!;
      out.push({ t: "num", v: Number(m[0]) });
      i += m[0].length;
    } else if (c === '"') {
      let s = "";
      i++;
      for (;;) {
        if (i >= src.length) throw new Error("unterminated string");
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            s += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else s += src[i++];
      }
      out.push({ t: "str", v: s });
    } else if (/[A-Za-z$_]/.test(c)) {
      const m = /^[A-Za-z$_][A-Za-z0-9$_.]*/.exec(src.slice(i))!;
      out.push({ t: "id", v: m[0] });
      i += m[0].length;
    } else {
      const two = src.slice(i, i + 2);
      if (["<=", ">=", "<>"].includes(two)) {
        out.push({ t: "op", v: two });
        i += 2;
      } else if ("+-*/=<>(),".includes(c)) {
        out.push({ t: "op", v: c });
        i++;
      } else throw new Error(`unexpected character ${c}`);
    }
  }
  return out;
}

type Node =
  | { k: "lit"; v: Cell }
  | { k: "ref"; name: string }
  | { k: "call"; fn: string; args: Node[] }
  | { k: "bin"; op: string; a: Node; b: Node }
  | { k: "neg"; a: Node };

const FUNCTIONS = ["IF", "MIN", "MAX", "INT", "ROUND", "AND", "OR", "NOT", "N", "ISNUMBER", "SQRT", "NA"];

function parse(src: string): Node {
  const toks = tokenize(src);
  let p = 0;
  const peek = () => toks[p];
  const isOp = (v: string) => peek()?.t === "op" && peek().v === v;
  /** The operator at the cursor, if the token there is one. */
  const opAt = (): string | undefined => {
    const t = toks[p];
    return t?.t === "op" ? t.v : undefined;
  };
  const expect = (v: string) => {
    if (!isOp(v)) throw new Error(`expected ${v} at token ${p} of ${src}`);
    p++;
  };
  const comparison = (): Node => {
    let a = additive();
    while (["=", "<>", "<", ">", "<=", ">="].includes(opAt() ?? "")) {
      const op = opAt()!;
      p++;
      a = { k: "bin", op, a, b: additive() };
    }
    return a;
  };
  const additive = (): Node => {
    let a = term();
    while (isOp("+") || isOp("-")) {
      const op = opAt()!;
      p++;
      a = { k: "bin", op, a, b: term() };
    }
    return a;
  };
  const term = (): Node => {
    let a = unary();
    while (isOp("*") || isOp("/")) {
      const op = opAt()!;
      p++;
      a = { k: "bin", op, a, b: unary() };
    }
    return a;
  };
  const unary = (): Node => {
    if (isOp("-")) {
      p++;
      return { k: "neg", a: unary() };
    }
    return primary();
  };
  const primary = (): Node => {
    const tok = toks[p++];
    if (!tok) throw new Error(`unexpected end of ${src}`);
    if (tok.t === "num") return { k: "lit", v: tok.v };
    if (tok.t === "str") return { k: "lit", v: tok.v };
    if (tok.t === "op" && tok.v === "(") {
      const e = comparison();
      expect(")");
      return e;
    }
    if (tok.t === "id") {
      const up = tok.v.toUpperCase();
      if (isOp("(")) {
        if (!FUNCTIONS.includes(up)) throw new Error(`function ${tok.v} is not allowed`);
        p++;
        const args: Node[] = [];
        if (!isOp(")")) {
          args.push(comparison());
          while (isOp(",")) {
            p++;
            args.push(comparison());
          }
        }
        expect(")");
        return { k: "call", fn: up, args };
      }
      if (up === "TRUE" || up === "FALSE") return { k: "lit", v: up === "TRUE" };
      if (!/^\$?[A-Z]+\$?\d+$/.test(up)) throw new Error(`not a cell reference: ${tok.v}`);
      return { k: "ref", name: up.replace(/\$/g, "") };
    }
    throw new Error(`unexpected token ${JSON.stringify(tok)} in ${src}`);
  };
  const root = comparison();
  if (p !== toks.length) throw new Error(`trailing tokens in ${src}`);
  return root;
}

const isErr = (v: Value): v is FormulaError => v instanceof FormulaError;

function toNumber(v: Value): number | FormulaError {
  if (isErr(v)) return v;
  if (v === null) return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return v;
  const n = Number(v);
  return v.trim() !== "" && Number.isFinite(n) ? n : new FormulaError("#VALUE!");
}

function toBool(v: Value): boolean | FormulaError {
  if (isErr(v)) return v;
  if (v === null) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  return new FormulaError("#VALUE!");
}

/** Excel's comparison: empty adapts to the other side; numbers < text < booleans; text ignores case. */
function compare(a: Cell, b: Cell): number {
  if (a === null && b === null) return 0;
  if (a === null) a = typeof b === "string" ? "" : typeof b === "boolean" ? false : 0;
  if (b === null) b = typeof a === "string" ? "" : typeof a === "boolean" ? false : 0;
  const rank = (x: Cell) => (typeof x === "number" ? 0 : typeof x === "string" ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string") {
    const x = a.toLowerCase();
    const y = (b as string).toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = Number(a);
  const y = Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** ROUND half away from zero on the 15-digit decimal value, like Excel. */
function round(x: number, d: number): number {
  const f = 10 ** d;
  const scaled = Number((Math.abs(x) * f).toPrecision(15));
  return (Math.sign(x) * Math.round(scaled)) / f;
}

function evalNode(n: Node, cells: Record<string, Cell>): Value {
  switch (n.k) {
    case "lit":
      return n.v;
    case "ref":
      return cells[n.name] ?? null;
    case "neg": {
      const v = toNumber(evalNode(n.a, cells));
      return isErr(v) ? v : -v;
    }
    case "bin": {
      const a = evalNode(n.a, cells);
      const b = evalNode(n.b, cells);
      if (isErr(a)) return a;
      if (isErr(b)) return b;
      if (["=", "<>", "<", ">", "<=", ">="].includes(n.op)) {
        const c = compare(a, b);
        return { "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 }[n.op]!;
      }
      const x = toNumber(a);
      const y = toNumber(b);
      if (isErr(x)) return x;
      if (isErr(y)) return y;
      if (n.op === "+") return x + y;
      if (n.op === "-") return x - y;
      if (n.op === "*") return x * y;
      return y === 0 ? new FormulaError("#DIV/0!") : x / y;
    }
    case "call":
      return call(n.fn, n.args, cells);
  }
}

function call(fn: string, args: Node[], cells: Record<string, Cell>): Value {
  const ev = (i: number) => evalNode(args[i], cells);
  const nums = (): number[] | FormulaError => {
    const out: number[] = [];
    for (let i = 0; i < args.length; i++) {
      const v = toNumber(ev(i));
      if (isErr(v)) return v;
      out.push(v);
    }
    return out;
  };
  switch (fn) {
    case "IF": {
      const c = toBool(ev(0));
      if (isErr(c)) return c;
      return c ? ev(1) : args.length > 2 ? ev(2) : false;
    }
    case "MIN":
    case "MAX": {
      const v = nums();
      if (v instanceof FormulaError) return v;
      return fn === "MIN" ? Math.min(...v) : Math.max(...v);
    }
    case "INT": {
      const v = toNumber(ev(0));
      return isErr(v) ? v : Math.floor(v);
    }
    case "ROUND": {
      const v = nums();
      return v instanceof FormulaError ? v : round(v[0], v[1]);
    }
    case "AND":
    case "OR": {
      const bs: boolean[] = [];
      for (let i = 0; i < args.length; i++) {
        const b = toBool(ev(i));
        if (isErr(b)) return b;
        bs.push(b);
      }
      return fn === "AND" ? bs.every(Boolean) : bs.some(Boolean);
    }
    case "NOT": {
      const b = toBool(ev(0));
      return isErr(b) ? b : !b;
    }
    case "N": {
      const v = ev(0);
      if (isErr(v)) return v;
      return typeof v === "number" ? v : v === true ? 1 : 0;
    }
    case "ISNUMBER":
      return typeof ev(0) === "number";
    case "SQRT": {
      const v = toNumber(ev(0));
      if (isErr(v)) return v;
      return v < 0 ? new FormulaError("#NUM!") : Math.sqrt(v);
    }
    case "NA":
      return new FormulaError("#N/A");
  }
  throw new Error(`function ${fn} is not allowed`);
}

/** Evaluate a formula (without "=") over named cells, e.g. { D2: 45.3, E2: 42.3 }. */
export function evaluate(formula: string, cells: Record<string, Cell>): Value {
  const norm: Record<string, Cell> = {};
  for (const [k, v] of Object.entries(cells)) norm[k.toUpperCase().replace(/\$/g, "")] = v;
  return evalNode(parse(formula), norm);
}

/** The function names a formula calls. */
export function functionsUsed(formula: string): string[] {
  return [...new Set([...formula.matchAll(/([A-Za-z]+)\(/g)].map((m) => m[1].toUpperCase()))];
}
