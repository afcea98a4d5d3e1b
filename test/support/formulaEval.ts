/**
 * A small evaluator of Excel formulas, for the portable-workbook test: it evaluates the ADD-IN form
 * of a computed cell (the POLICY.* formula a user with the add-in gets) over the cells of a recalculated
 * workbook, calling the functions bundle for POLICY.* exactly as Excel would. Comparing that with
 * LibreOffice's value of the NATIVE form of the same cell is the proof that the portable copy
 * computes what the add-in computes.
 *
 * Covers the operators and the handful of functions the add-in formulas wrap around POLICY.* calls
 * (IF, IFERROR, AND, OR, NOT, ISNUMBER, ISBLANK, COUNT, SUM, MIN, MAX, ABS, ROUND, TRIM, ROW); anything
 * else throws, so a formula the test cannot evaluate is reported, never silently skipped.
 */

export class XlError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** An empty cell (distinct from the empty string a formula returns). */
export const EMPTY = Symbol("empty");
export type Scalar = number | string | boolean | XlError | typeof EMPTY;
export type Value = Scalar | Scalar[][];
/** An omitted argument: `F(a,,c)`. */
export const OMITTED = Symbol("omitted");

export interface EvalContext {
  /** The value of a cell on the formula's own sheet (1-based). */
  cell(col: number, row: number): Scalar;
  /** A workbook name: a single cell's value or a range's values. */
  name(name: string): Value;
  /** The formula's own row (for ROW()). */
  row: number;
  /** POLICY.<NAME>(args): what the add-in returns (value or XlError). */
  policy(name: string, args: unknown[]): Scalar;
}

type Token =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "ref"; v: string }
  | { t: "id"; v: string }
  | { t: "op"; v: string }
  | { t: "(" }
  | { t: ")" }
  | { t: "," }
  | { t: "{" }
  | { t: "}" }
  | { t: ";" };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === " ") {
      i++;
      continue;
    }
    if (c === '"') {
      let s = "";
      i++;
      for (;;) {
        if (i >= src.length) throw new Error(`unterminated string in ${src}`);
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            s += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += src[i++];
      }
      out.push({ t: "str", v: s });
      continue;
    }
    const num = /^(\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)/.exec(src.slice(i));
    if (num && !/[A-Za-z_$]/.test(src[i - 1] ?? "")) {
      out.push({ t: "num", v: Number(num[1]) });
      i += num[1].length;
      continue;
    }
    const ref = /^(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?![A-Za-z0-9_.(])/.exec(src.slice(i));
    if (ref) {
      out.push({ t: "ref", v: ref[1] });
      i += ref[1].length;
      continue;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(src.slice(i));
    if (id) {
      out.push({ t: "id", v: id[0] });
      i += id[0].length;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (two === "<=" || two === ">=" || two === "<>") {
      out.push({ t: "op", v: two });
      i += 2;
      continue;
    }
    if ("+-*/^&=<>%".includes(c)) {
      out.push({ t: "op", v: c });
      i++;
      continue;
    }
    if ("(),{};".includes(c)) {
      out.push({ t: c } as Token);
      i++;
      continue;
    }
    throw new Error(`cannot read "${c}" in ${src}`);
  }
  return out;
}

type Node =
  | { k: "lit"; v: Scalar }
  | { k: "ref"; v: string }
  | { k: "name"; v: string }
  | { k: "call"; f: string; args: (Node | typeof OMITTED)[] }
  | { k: "bin"; op: string; a: Node; b: Node }
  | { k: "neg"; a: Node }
  | { k: "pct"; a: Node }
  | { k: "array"; rows: Scalar[][] };

function parse(src: string): Node {
  const toks = tokenize(src.replace(/^=/, ""));
  let p = 0;
  const peek = () => toks[p];
  const take = () => toks[p++];
  const isOp = (v: string) => peek()?.t === "op" && (peek() as { v: string }).v === v;

  const expr = (): Node => comparison();
  const comparison = (): Node => {
    let a = concat();
    while (peek()?.t === "op" && ["=", "<>", "<", ">", "<=", ">="].includes((peek() as { v: string }).v)) {
      const op = (take() as { v: string }).v;
      a = { k: "bin", op, a, b: concat() };
    }
    return a;
  };
  const concat = (): Node => {
    let a = additive();
    while (isOp("&")) {
      take();
      a = { k: "bin", op: "&", a, b: additive() };
    }
    return a;
  };
  const additive = (): Node => {
    let a = term();
    while (isOp("+") || isOp("-")) {
      const op = (take() as { v: string }).v;
      a = { k: "bin", op, a, b: term() };
    }
    return a;
  };
  const term = (): Node => {
    let a = unary();
    while (isOp("*") || isOp("/")) {
      const op = (take() as { v: string }).v;
      a = { k: "bin", op, a, b: unary() };
    }
    return a;
  };
  const unary = (): Node => {
    if (isOp("-")) {
      take();
      return { k: "neg", a: unary() };
    }
    if (isOp("+")) {
      take();
      return unary();
    }
    return power();
  };
  const power = (): Node => {
    let a = postfix();
    while (isOp("^")) {
      take();
      a = { k: "bin", op: "^", a, b: postfix() };
    }
    return a;
  };
  const postfix = (): Node => {
    let a = primary();
    while (isOp("%")) {
      take();
      a = { k: "pct", a };
    }
    return a;
  };
  const primary = (): Node => {
    const t = take();
    if (!t) throw new Error(`unexpected end of ${src}`);
    switch (t.t) {
      case "num":
        return { k: "lit", v: t.v };
      case "str":
        return { k: "lit", v: t.v };
      case "ref":
        return { k: "ref", v: t.v };
      case "(": {
        const e = expr();
        if (take()?.t !== ")") throw new Error(`missing ) in ${src}`);
        return e;
      }
      case "{": {
        const rows: Scalar[][] = [[]];
        for (;;) {
          const x = take();
          if (x.t === "}") break;
          if (x.t === ",") continue;
          if (x.t === ";") {
            rows.push([]);
            continue;
          }
          if (x.t === "num" || x.t === "str") rows[rows.length - 1].push(x.v);
          else if (x.t === "op" && x.v === "-" && peek()?.t === "num")
            rows[rows.length - 1].push(-(take() as { v: number }).v);
          else throw new Error(`bad array constant in ${src}`);
        }
        return { k: "array", rows };
      }
      case "id": {
        const up = t.v.toUpperCase();
        if (peek()?.t === "(") {
          take();
          const args: (Node | typeof OMITTED)[] = [];
          if (peek()?.t === ")") {
            take();
            return { k: "call", f: up, args };
          }
          for (;;) {
            if (peek()?.t === "," || peek()?.t === ")") args.push(OMITTED);
            else args.push(expr());
            const sep = take();
            if (sep?.t === ")") break;
            if (sep?.t !== ",") throw new Error(`expected , or ) in ${src}`);
          }
          return { k: "call", f: up, args };
        }
        if (up === "TRUE") return { k: "lit", v: true };
        if (up === "FALSE") return { k: "lit", v: false };
        return { k: "name", v: t.v };
      }
      default:
        throw new Error(`unexpected token ${t.t} in ${src}`);
    }
  };
  const node = expr();
  if (p !== toks.length) throw new Error(`unparsed rest of ${src}`);
  return node;
}

function colNum(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function cellOf(ref: string): { col: number; row: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref)!;
  return { col: colNum(m[1]), row: Number(m[2]) };
}

const scalar = (v: Value): Scalar => (Array.isArray(v) ? (v[0]?.[0] ?? EMPTY) : v);

function toNumber(v: Scalar): number | XlError {
  if (v instanceof XlError) return v;
  if (v === EMPTY) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const n = Number(v);
  return v.trim() !== "" && Number.isFinite(n) ? n : new XlError("#VALUE!");
}

function toText(v: Scalar): string {
  if (v === EMPTY) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

function truthy(v: Scalar): boolean | XlError {
  if (v instanceof XlError) return v;
  if (v === EMPTY) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  const u = v.toUpperCase();
  if (u === "TRUE") return true;
  if (u === "FALSE") return false;
  return new XlError("#VALUE!");
}

function compare(op: string, a: Scalar, b: Scalar): boolean {
  // Excel: empty equals "" and 0; text sorts above numbers; text compares case-insensitively.
  const norm = (x: Scalar, other: Scalar): Scalar =>
    x === EMPTY ? (typeof other === "number" ? 0 : typeof other === "boolean" ? false : "") : x;
  const x = norm(a, b);
  const y = norm(b, a);
  const rank = (v: Scalar) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  let c: number;
  if (rank(x) !== rank(y)) c = rank(x) - rank(y);
  else if (typeof x === "string")
    c = x.toLowerCase() < (y as string).toLowerCase() ? -1 : x.toLowerCase() > (y as string).toLowerCase() ? 1 : 0;
  else c = Number(x) - Number(y);
  switch (op) {
    case "=":
      return c === 0;
    case "<>":
      return c !== 0;
    case "<":
      return c < 0;
    case ">":
      return c > 0;
    case "<=":
      return c <= 0;
    default:
      return c >= 0;
  }
}

function flatten(vs: Value[]): Scalar[] {
  return vs.flatMap((v) => (Array.isArray(v) ? v.flat() : [v]));
}

export function evaluateFormula(formula: string, ctx: EvalContext): Scalar {
  return scalar(evalNode(parse(formula), ctx));
}

function evalNode(n: Node, ctx: EvalContext): Value {
  switch (n.k) {
    case "lit":
      return n.v;
    case "array":
      return n.rows;
    case "ref": {
      const [a, b] = n.v.split(":");
      const from = cellOf(a);
      if (!b) return ctx.cell(from.col, from.row);
      const to = cellOf(b);
      const rows: Scalar[][] = [];
      for (let r = from.row; r <= to.row; r++) {
        const row: Scalar[] = [];
        for (let c = from.col; c <= to.col; c++) row.push(ctx.cell(c, r));
        rows.push(row);
      }
      return rows;
    }
    case "name":
      return ctx.name(n.v);
    case "neg": {
      const x = toNumber(scalar(evalNode(n.a, ctx)));
      return x instanceof XlError ? x : -x;
    }
    case "pct": {
      const x = toNumber(scalar(evalNode(n.a, ctx)));
      return x instanceof XlError ? x : x / 100;
    }
    case "bin": {
      const a = scalar(evalNode(n.a, ctx));
      const b = scalar(evalNode(n.b, ctx));
      if (a instanceof XlError) return a;
      if (b instanceof XlError) return b;
      if (n.op === "&") return toText(a) + toText(b);
      if (["=", "<>", "<", ">", "<=", ">="].includes(n.op)) return compare(n.op, a, b);
      const x = toNumber(a);
      const y = toNumber(b);
      if (x instanceof XlError) return x;
      if (y instanceof XlError) return y;
      switch (n.op) {
        case "+":
          return x + y;
        case "-":
          return x - y;
        case "*":
          return x * y;
        case "/":
          return y === 0 ? new XlError("#DIV/0!") : x / y;
        default:
          return Math.pow(x, y);
      }
    }
    case "call":
      return call(n.f, n.args, ctx);
  }
}

function call(f: string, args: (Node | typeof OMITTED)[], ctx: EvalContext): Value {
  const arg = (i: number): Scalar => {
    const a = args[i];
    return a === undefined || a === OMITTED ? EMPTY : scalar(evalNode(a, ctx));
  };
  const all = (): Value[] => args.filter((a): a is Node => a !== OMITTED).map((a) => evalNode(a, ctx));
  if (f.startsWith("POLICY.")) {
    // Excel passes each argument's value; an omitted one and an empty cell arrive as null.
    const values = args.map((a) => {
      if (a === OMITTED) return null;
      const v = scalar(evalNode(a, ctx));
      return v === EMPTY ? null : v;
    });
    const err = values.find((v) => v instanceof XlError);
    if (err) return err as XlError;
    return ctx.policy(f.slice("POLICY.".length), values);
  }
  switch (f) {
    case "IF": {
      const c = truthy(arg(0));
      if (c instanceof XlError) return c;
      if (c) return args.length > 1 ? arg(1) : true;
      return args.length > 2 ? arg(2) : false;
    }
    case "IFERROR": {
      const v = arg(0);
      return v instanceof XlError ? arg(1) : v;
    }
    case "AND":
    case "OR": {
      const bs = flatten(all())
        .filter((v) => v !== EMPTY)
        .map(truthy);
      const e = bs.find((b) => b instanceof XlError);
      if (e) return e;
      return f === "AND" ? bs.every(Boolean) : bs.some(Boolean);
    }
    case "NOT": {
      const b = truthy(arg(0));
      return b instanceof XlError ? b : !b;
    }
    case "ISNUMBER":
      return typeof arg(0) === "number";
    case "ISBLANK":
      return arg(0) === EMPTY;
    case "ISERROR":
      return arg(0) instanceof XlError;
    case "COUNT":
      return flatten(all()).filter((v) => typeof v === "number").length;
    case "SUM":
    case "MIN":
    case "MAX": {
      const xs = flatten(all());
      const e = xs.find((v) => v instanceof XlError);
      if (e) return e;
      const ns = xs.filter((v): v is number => typeof v === "number");
      if (f === "SUM") return ns.reduce((s, x) => s + x, 0);
      if (!ns.length) return 0;
      return f === "MIN" ? Math.min(...ns) : Math.max(...ns);
    }
    case "ABS": {
      const x = toNumber(arg(0));
      return x instanceof XlError ? x : Math.abs(x);
    }
    case "ROUND": {
      const x = toNumber(arg(0));
      const d = toNumber(arg(1));
      if (x instanceof XlError) return x;
      if (d instanceof XlError) return d;
      const m = Math.pow(10, d);
      return (Math.sign(x) * Math.round(Math.abs(x) * m + 1e-9)) / m;
    }
    case "TRIM":
      return toText(arg(0)).trim().replace(/ +/g, " ");
    case "ROW":
      return ctx.row;
    default:
      throw new Error(`the test evaluator does not know ${f}()`);
  }
}
