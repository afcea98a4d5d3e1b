/**
 * The user's own sources: a catalog file (docs/CATALOG.md, "Your own policy: the catalog file")
 * checked and merged with the built-in catalog into the one catalog the engine, the workbook plan and
 * the functions use. The built-in catalog was validated when the add-in was built; a user's file is
 * the user's data and is validated here, when it is loaded. Nothing is half-imported: a file with any
 * error adds nothing, and every error names its JSON path and says what to change (中文 / English).
 */
import type { z } from "zod";
import { compileRule } from "../core/incentives";
import { type Catalog, CatalogFile, catalogProblems, isBuiltInSourceId } from "../core/schema";
import { catalogVersion } from "./version";

export interface CatalogFileError {
  /** JSON path of the value at fault, e.g. `indicators[3].milestones[0].target.value`; "" for the whole file. */
  path: string;
  /** What is wrong and what to change, Chinese first: "中文 / English". */
  message: string;
}

export type UserCatalogResult =
  { ok: true; catalog: Catalog; file: CatalogFile } | { ok: false; errors: CatalogFileError[] };

/** `indicators[3].milestones[0].value`: how a JSON editor or a reader finds the place. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else if (/^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(String(p))) out += out ? `.${String(p)}` : String(p);
    else out += `[${JSON.stringify(String(p))}]`;
  }
  return out;
}

const TYPE_ZH: Record<string, string> = {
  string: "文字",
  number: "数字",
  int: "整数",
  boolean: "true/false",
  array: "列表 [ ]",
  object: "对象 { }",
  null: "null",
  undefined: "（无）",
};

function typeOf(x: unknown): string {
  if (x === null) return "null";
  if (Array.isArray(x)) return "array";
  return typeof x;
}

const zhType = (t: string) => TYPE_ZH[t] ?? t;
const list = (xs: readonly unknown[]) => xs.map((x) => JSON.stringify(x)).join(", ");

/**
 * A zod issue as "中文 / English" saying what to change. Messages the schema itself gives (ID
 * patterns, the catalog's cross-checks) are already bilingual and are kept.
 */
function issueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type": {
      const got = typeOf(issue.input);
      if (got === "undefined")
        return `缺少此项，请补上（${zhType(issue.expected)}） / missing: add it (${issue.expected})`;
      return `应为${zhType(issue.expected)}，现为${zhType(got)}；请改正 / expected ${issue.expected}, got ${got}: change it`;
    }
    case "too_small": {
      const n = Number(issue.minimum);
      if (issue.origin === "string")
        return n <= 1 ? "不能为空 / must not be empty" : `至少${n}个字 / needs at least ${n} characters`;
      if (issue.origin === "array") return `至少要有${n}项 / needs at least ${n} item(s)`;
      return issue.inclusive ? `应不小于 ${n} / must be at least ${n}` : `应大于 ${n} / must be above ${n}`;
    }
    case "too_big": {
      const n = Number(issue.maximum);
      if (issue.origin === "string") return `最多${n}个字 / at most ${n} characters`;
      if (issue.origin === "array") return `最多${n}项 / at most ${n} items`;
      return issue.inclusive ? `应不大于 ${n} / must be at most ${n}` : `应小于 ${n} / must be below ${n}`;
    }
    case "invalid_value":
      return `应为以下之一：${issue.values.map((v) => JSON.stringify(v)).join("、")} / must be one of ${list(issue.values)}`;
    case "invalid_union": {
      const options = (issue as { options?: unknown[] }).options;
      if (options?.length)
        return `应为以下之一：${options.map((v) => JSON.stringify(v)).join("、")} / must be one of ${list(options)}`;
      return "不符合任何一种允许的写法，请对照 docs/CATALOG.md / fits none of the allowed forms: see docs/CATALOG.md";
    }
    case "invalid_format":
      return `格式不对（应符合 ${(issue as { pattern?: string }).pattern ?? issue.format}） / wrong format (expected ${(issue as { pattern?: string }).pattern ?? issue.format})`;
    default:
      return undefined;
  }
}

type AnySchema = z.core.$ZodType;
type Def = {
  type: string;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  innerType?: AnySchema;
  valueType?: AnySchema;
  in?: AnySchema;
  options?: AnySchema[];
  discriminator?: string;
  values?: unknown[];
};
const defOf = (s: AnySchema) => s._zod.def as unknown as Def;

/**
 * Keys the schema does not know, found by walking the data beside the schema (zod drops them without
 * a word): a misspelt `milestone` is an error, not a value silently ignored. Runs whether or not the
 * rest of the file is valid, so one pass lists every error.
 */
function unknownKeys(schema: AnySchema, data: unknown, path: PropertyKey[], out: CatalogFileError[]): void {
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
    case "default":
    case "prefault":
    case "nullable":
      return unknownKeys(def.innerType!, data, path, out);
    case "pipe":
      return unknownKeys(def.in!, data, path, out);
    case "array":
      if (Array.isArray(data)) data.forEach((x, i) => unknownKeys(def.element!, x, [...path, i], out));
      return;
    case "record":
      if (typeOf(data) === "object")
        for (const [k, v] of Object.entries(data as object)) unknownKeys(def.valueType!, v, [...path, k], out);
      return;
    case "union": {
      if (!def.discriminator || typeOf(data) !== "object") return;
      const tag = (data as Record<string, unknown>)[def.discriminator];
      const option = def.options!.find((o) => defOf(defOf(o).shape![def.discriminator!]).values?.includes(tag));
      if (option) unknownKeys(option, data, path, out);
      return;
    }
    case "object": {
      if (typeOf(data) !== "object") return;
      const shape = def.shape!;
      for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
        if (k in shape) unknownKeys(shape[k], v, [...path, k], out);
        else
          out.push({
            path: jsonPath([...path, k]),
            message: `未知的项“${k}”，请删去或改正拼写（可用的项见 docs/catalog.schema.json） / unknown key "${k}": remove it or fix its spelling (docs/catalog.schema.json lists the keys)`,
          });
      }
      return;
    }
    default:
      return;
  }
}

/**
 * The file's entries as far as they can be read, for the cross-checks (IDs, sources, duplicates)
 * when some field is invalid: the schema runs those only on a file whose every field is valid.
 */
function looseEntries(data: unknown) {
  const obj = (typeOf(data) === "object" ? data : {}) as Record<string, unknown>;
  const arr = (k: string) => (Array.isArray(obj[k]) ? (obj[k] as unknown[]) : []);
  const str = (x: unknown) => (typeof x === "string" ? x : undefined);
  const rec = (x: unknown) => (typeOf(x) === "object" ? (x as Record<string, unknown>) : {});
  const provenance = (x: unknown) =>
    (Array.isArray(x) ? x : []).map((p) => ({ ...rec(p), seed: str(rec(p).seed) }) as never);
  const entry = (x: unknown) => ({
    id: str(rec(x).id) ?? "",
    sourceId: str(rec(x).sourceId) ?? "",
    provenance: provenance(rec(x).provenance),
  });
  return {
    sources: arr("sources").map((x) => ({
      id: str(rec(x).id) ?? "",
      seed: str(rec(x).seed),
      provenance: provenance(rec(x).provenance),
    })),
    indicators: arr("indicators").map((x) => ({ ...entry(x), milestones: [] })),
    tasks: arr("tasks").map(entry),
    rules: arr("rules").map(entry),
  };
}

const TOP = ["$schema", "sources", "indicators", "tasks", "rules"];

/** Errors in the order of the file: sources, indicators, tasks, rules, each by position. */
function inFileOrder(errors: CatalogFileError[]): CatalogFileError[] {
  const key = (e: CatalogFileError) => {
    const top = TOP.indexOf(/^[^.[]*/.exec(e.path)![0]);
    return [top < 0 ? TOP.length : top, ...[...e.path.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]))];
  };
  const cmp = (a: number[], b: number[]): number => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
    return a.length - b.length;
  };
  return errors
    .map((e, i) => ({ e, i, k: key(e) }))
    .sort((a, b) => cmp(a.k, b.k) || a.i - b.i)
    .map((x) => x.e);
}

/**
 * Where JSON text first goes wrong (an offset), for a message with a line and column: V8's own
 * message gives the position for some errors only ("Unexpected token ','" has none). A minimal
 * scanner of the JSON grammar (RFC 8259), written here because it is a few lines and needs no package.
 */
function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i])) i++;
  };
  const str = () => {
    if (text[i] !== '"') fail();
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail();
      i += text[i] === "\\" ? 2 : 1;
    }
    if (i >= text.length) fail();
    i++;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      ws();
      if (text[i] === "}") return void i++;
      for (;;) {
        ws();
        str();
        ws();
        if (text[i++] !== ":") (i--, fail());
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "}") return void i++;
        else fail();
      }
    }
    if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "]") return void i++;
        else fail();
      }
    }
    if (c === '"') return str();
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  try {
    value();
    ws();
    return i < text.length ? i : -1;
  } catch (at) {
    return at as number;
  }
}

/** JSON text → value, or the error with its line and column. */
function parseJson(text: string): { value: unknown } | { error: CatalogFileError } {
  const body = text.replace(/^\uFEFF/, "");
  try {
    return { value: JSON.parse(body) };
  } catch (e) {
    const msg = e instanceof Error ? e.message.split("\n")[0] : String(e);
    const at = jsonErrorOffset(body);
    let where = "";
    let whereEn = "";
    if (at >= 0) {
      const lines = body.slice(0, at).split("\n");
      const line = lines.length;
      const column = lines[lines.length - 1].length + 1;
      where = `第${line}行第${column}列：`;
      whereEn = ` at line ${line}, column ${column}`;
    }
    return {
      error: {
        path: "",
        message: `${where}不是有效的JSON，请检查引号、逗号和括号 / not valid JSON${whereEn} (${msg}): check quotes, commas and brackets`,
      },
    };
  }
}

/**
 * Checks a user's catalog file (its text, or the parsed JSON) and merges it with `base` (the built-in
 * catalog, possibly with other user files already merged). Refused: anything the schema refuses, an
 * unknown key, a source ID that is built-in or already in `base`, an entry whose ID does not start
 * with its source's ID or that belongs to no source of this file, a duplicate ID, a rule whose
 * computation does not fit its qualifier.
 */
export function loadUserCatalog(json: unknown, base: Catalog): UserCatalogResult {
  let data = json;
  if (typeof json === "string") {
    const parsed = parseJson(json);
    if ("error" in parsed) return { ok: false, errors: [parsed.error] };
    data = parsed.value;
  }
  const parsed = CatalogFile.safeParse(data, { error: issueMessage });
  const errors: CatalogFileError[] = [];
  unknownKeys(CatalogFile, data, [], errors);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message }));
    const cross = catalogProblems(looseEntries(data), { userFile: true })
      .map((p) => ({ path: jsonPath(p.path), message: p.message }))
      // An entry with no readable ID or source is reported by the schema already.
      .filter((p) => !issues.some((i) => i.path === p.path));
    return { ok: false, errors: inFileOrder([...issues, ...cross, ...errors]) };
  }
  const file = parsed.data;

  const baseIds = new Set(base.sources.map((s) => s.id));
  file.sources.forEach((s, i) => {
    if (baseIds.has(s.id) && !isBuiltInSourceId(s.id))
      errors.push({
        path: jsonPath(["sources", i, "id"]),
        message: `来源ID“${s.id}”已由另一个已载入的目录文件使用，请改用另一个ID / the source ID ${s.id} is already used by another loaded catalog file: choose another ID`,
      });
  });
  file.rules.forEach((r, i) => {
    try {
      compileRule(r);
    } catch (e) {
      errors.push({
        path: jsonPath(["rules", i]),
        message: `计算方式与 qualifier 不相符，请对照 docs/INCENTIVES.md 改正 / the computation does not fit the qualifier (${e instanceof Error ? e.message : String(e)}): see docs/INCENTIVES.md`,
      });
    }
  });
  if (errors.length) return { ok: false, errors: inFileOrder(errors) };

  const merged = {
    sources: [...base.sources, ...file.sources],
    indicators: [...base.indicators, ...file.indicators],
    tasks: [...base.tasks, ...file.tasks],
    rules: [...base.rules, ...file.rules],
    rubrics: base.rubrics,
  };
  return { ok: true, catalog: { ...merged, version: catalogVersion(merged) }, file };
}

/** Every error of a refused file, one a line: "path: message". */
export function formatCatalogErrors(errors: readonly CatalogFileError[]): string {
  return errors.map((e) => `  ${e.path || "（文件）/ (file)"}: ${e.message}`).join("\n");
}
