/**
 * A small Excel formula evaluator for the functions native.ts emits (IF, AND, NOT, MIN, ROUND, INT,
 * N, TRIM, ISNUMBER, ISLOGICAL, ISNA, IFERROR, MATCH, LOOKUP, INDEX, CHOOSE, NA; operators, array and
 * error constants), with Excel's semantics for blank cells, comparisons and errors. It lets the unit
 * tests run every generated formula against the engine; the LibreOffice recalculation test checks
 * the same formulas in a real spreadsheet.
 */
export type Cell = number | string | boolean | null;

export class XlError {
  constructor(readonly code: string) {}
}

type Value = number | string | boolean | null | XlError | Value[][];

type Node =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "bool"; v: boolean }
  | { t: "err"; v: string }
  | { t: "ref"; v: string }
  | { t: "arr"; rows: Node[][] }
  | { t: "call"; name: string; args: Node[] }
  | { t: "un"; op: string; a: Node }
  | { t: "bin"; op: string; a: Node; b: Node };

const ERRORS = ["#N/A", "#VALUE!", "#NUM!", "#DIV/0!", "#REF!", "#NAME?", "#NULL!"];

function tokenize(src: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === " ") {
      i++;
    } else if (c === '"') {
      let j = i + 1;
      let s = "";
      for (;;) {
        if (src[j] === '"' && src[j + 1] === '"') {
          s += '"';
          j += 2;
        } else if (src[j] === '"') break;
        else s += src[j++];
      }
      out.push('"' + s);
      i = j + 1;
    } else if (c === "#") {
      const e = ERRORS.find((x) => src.startsWith(x, i));
      if (!e) throw new Error(`bad error constant at ${i}`);
      out.push(e);
      i += e.length;
    } else if ("<>".includes(c) && "=>".includes(src[i + 1])) {
      out.push(c + src[i + 1]);
      i += 2;
    } else if ("+-*/&=<>(),;{}".includes(c)) {
      out.push(c);
      i++;
    } else {
      const m = /^([0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?|[A-Za-z_$][A-Za-z0-9_.$]*)/.exec(src.slice(i));
      if (!m) throw new Error(`bad token at ${i}: ${src.slice(i, i + 10)}`);
      out.push(m[0]);
      i += m[0].length;
    }
  }
  return out;
}

function parse(src: string): Node {
  const tok = tokenize(src);
  let p = 0;
  const peek = () => tok[p];
  const eat = (x?: string) => {
    const t = tok[p++];
    if (x !== undefined && t !== x) throw new Error(`expected ${x}, got ${t}`);
    return t;
  };
  const LEVELS = [["=", "<>", "<", ">", "<=", ">="], ["&"], ["+", "-"], ["*", "/"]];
  function binary(level: number): Node {
    if (level === LEVELS.length) return unary();
    let a = binary(level + 1);
    while (LEVELS[level].includes(peek())) {
      const op = eat();
      a = { t: "bin", op, a, b: binary(level + 1) };
    }
    return a;
  }
  function unary(): Node {
    if (peek() === "-") {
      eat();
      return { t: "un", op: "-", a: unary() };
    }
    return primary();
  }
  function primary(): Node {
    const t = eat();
    if (t === "(") {
      const e = binary(0);
      eat(")");
      return e;
    }
    if (t === "{") {
      const rows: Node[][] = [[]];
      for (;;) {
        rows[rows.length - 1].push(unary());
        const s = eat();
        if (s === "}") break;
        if (s === ";") rows.push([]);
      }
      return { t: "arr", rows };
    }
    if (t.startsWith('"')) return { t: "str", v: t.slice(1) };
    if (ERRORS.includes(t)) return { t: "err", v: t };
    if (/^[0-9]/.test(t)) return { t: "num", v: Number(t) };
    if (t === "TRUE" || t === "FALSE") return { t: "bool", v: t === "TRUE" };
    if (peek() === "(") {
      eat("(");
      const args: Node[] = [];
      if (peek() !== ")") {
        for (;;) {
          args.push(binary(0));
          if (peek() === ",") eat();
          else break;
        }
      }
      eat(")");
      return { t: "call", name: t.toUpperCase(), args };
    }
    return { t: "ref", v: t.replace(/\$/g, "").toUpperCase() };
  }
  const e = binary(0);
  if (p !== tok.length) throw new Error(`trailing tokens: ${tok.slice(p).join(" ")}`);
  return e;
}

const isErr = (v: Value): v is XlError => v instanceof XlError;

function toNumber(v: Value): number | XlError {
  if (isErr(v)) return v;
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string") {
    const n = Number(v.trim());
    return v.trim() !== "" && Number.isFinite(n) ? n : new XlError("#VALUE!");
  }
  return new XlError("#VALUE!");
}

function toBool(v: Value): boolean | XlError {
  if (isErr(v)) return v;
  if (typeof v === "boolean") return v;
  if (v === null) return false;
  if (typeof v === "number") return v !== 0;
  if (typeof v === "string") {
    if (v.toUpperCase() === "TRUE") return true;
    if (v.toUpperCase() === "FALSE") return false;
  }
  return new XlError("#VALUE!");
}

/** Excel ordering: numbers < text < booleans; blank compares as 0 or "" by the other side's type. */
function compare(a: Value, b: Value): number {
  const kind = (v: Value) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (a === null) a = typeof b === "string" ? "" : typeof b === "boolean" ? false : 0;
  if (b === null) b = typeof a === "string" ? "" : typeof a === "boolean" ? false : 0;
  const ka = kind(a);
  const kb = kind(b);
  if (ka !== kb) return ka - kb;
  if (ka === 1) {
    const x = (a as string).toLowerCase();
    const y = (b as string).toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = Number(a);
  const y = Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function flat(v: Value): Value[] {
  return Array.isArray(v) ? v.flat() : [v];
}

/** Excel's ROUND: half away from zero, on the decimal value. */
function round(x: number, d: number): number {
  const f = Math.pow(10, d);
  const y = Math.abs(x) * f;
  const r = Math.round(Number(y.toPrecision(15)));
  return (Math.sign(x) * r) / f;
}

export function evaluateFormula(formula: string, cells: Record<string, Cell>): Value {
  const ast = parse(formula.replace(/^=/, ""));
  const cell = (ref: string): Value => (ref in cells ? cells[ref] : null);

  function ev(n: Node): Value {
    switch (n.t) {
      case "num":
      case "str":
      case "bool":
        return n.v;
      case "err":
        return new XlError(n.v);
      case "ref":
        return cell(n.v);
      case "arr":
        return n.rows.map((r) => r.map((x) => ev(x) as Value));
      case "un": {
        const a = toNumber(ev(n.a));
        return isErr(a) ? a : -a;
      }
      case "bin": {
        const a = ev(n.a);
        const b = ev(n.b);
        if (isErr(a)) return a;
        if (isErr(b)) return b;
        if (n.op === "&") return `${a ?? ""}${b ?? ""}`;
        if (["=", "<>", "<", ">", "<=", ">="].includes(n.op)) {
          const c = compare(a, b);
          return { "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 }[n.op]!;
        }
        const x = toNumber(a);
        const y = toNumber(b);
        if (isErr(x)) return x;
        if (isErr(y)) return y;
        if (n.op === "/" && y === 0) return new XlError("#DIV/0!");
        return { "+": x + y, "-": x - y, "*": x * y, "/": x / y }[n.op]!;
      }
      case "call":
        return call(n.name, n.args);
    }
  }

  function call(name: string, args: Node[]): Value {
    switch (name) {
      case "IF": {
        const c = toBool(ev(args[0]));
        if (isErr(c)) return c;
        return c ? ev(args[1]) : args.length > 2 ? ev(args[2]) : false;
      }
      case "IFERROR": {
        const v = ev(args[0]);
        return isErr(v) ? ev(args[1]) : v;
      }
      case "CHOOSE": {
        const i = toNumber(ev(args[0]));
        if (isErr(i)) return i;
        const k = Math.trunc(i);
        return k >= 1 && k < args.length ? ev(args[k]) : new XlError("#VALUE!");
      }
      case "NA":
        return new XlError("#N/A");
    }
    const vals = args.map(ev);
    switch (name) {
      case "AND":
      case "OR": {
        const bs = vals.flatMap(flat).map(toBool);
        const e = bs.find(isErr);
        if (e) return e;
        return name === "AND" ? bs.every((b) => b === true) : bs.some((b) => b === true);
      }
      case "NOT": {
        const b = toBool(vals[0]);
        return isErr(b) ? b : !b;
      }
      case "MIN": {
        const ns = vals.flatMap(flat).map(toNumber);
        const e = ns.find(isErr);
        return e ?? Math.min(...(ns as number[]));
      }
      case "ROUND": {
        const x = toNumber(vals[0]);
        const d = toNumber(vals[1]);
        if (isErr(x)) return x;
        if (isErr(d)) return d;
        return round(x, d);
      }
      case "INT": {
        const x = toNumber(vals[0]);
        return isErr(x) ? x : Math.floor(x);
      }
      case "N": {
        const v = vals[0];
        if (isErr(v)) return v;
        return typeof v === "number" ? v : typeof v === "boolean" ? (v ? 1 : 0) : 0;
      }
      case "TRIM": {
        const v = vals[0];
        if (isErr(v)) return v;
        return String(v === null ? "" : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : v)
          .trim()
          .replace(/ +/g, " ");
      }
      case "ISNUMBER":
        return typeof vals[0] === "number";
      case "ISLOGICAL":
        return typeof vals[0] === "boolean";
      case "ISNA":
        return isErr(vals[0]) && vals[0].code === "#N/A";
      case "MATCH": {
        const [x, arr, mode] = vals;
        if (isErr(x)) return x;
        if (mode !== 0) throw new Error("only exact MATCH is emitted");
        const i = flat(arr).findIndex((v) => !isErr(v) && typeof v === typeof x && compare(x, v) === 0);
        return i < 0 ? new XlError("#N/A") : i + 1;
      }
      case "LOOKUP": {
        const [x, look, result] = vals;
        if (isErr(x)) return x;
        const l = flat(look);
        const r = flat(result);
        let found = -1;
        for (let i = 0; i < l.length; i++) if (compare(l[i], x) <= 0) found = i;
        return found < 0 ? new XlError("#N/A") : r[found];
      }
      case "INDEX": {
        const [arr, rowV, colV] = vals;
        const row = toNumber(rowV);
        const col = colV === undefined ? 1 : toNumber(colV);
        if (isErr(row)) return row;
        if (isErr(col)) return col;
        const rows = arr as Value[][];
        // A one-row array indexed by a single number picks a column, as in Excel.
        if (colV === undefined && rows.length === 1) return rows[0][row - 1] ?? new XlError("#REF!");
        return rows[row - 1]?.[col - 1] ?? new XlError("#REF!");
      }
    }
    throw new Error(`function not supported by the test evaluator: ${name}`);
  }

  return ev(ast);
}
