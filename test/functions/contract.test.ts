/**
 * The functions bundle as Excel sees it: every function in functions.json is registered by the built
 * bundle, every fixed signature of docs/FUNCTIONS.md is there unchanged, and the zh-CN metadata
 * describes each function and parameter in Chinese (the Chinese half of functions.json's text).
 */
import * as fs from "fs";
import * as path from "path";
import { DIST, loadFunctionsBundle, type FunctionsMetadata } from "../support/functionsBundle";

/** The fixed signatures (docs/FUNCTIONS.md): workbooks call these names with these parameters, in this order. */
const FIXED_SIGNATURES = [
  "GAPTOTARGET(actual, target, [direction])",
  "PROGRESS(actual, target, [base], [direction])",
  "EXPECTED(base, target, baseYear, targetYear, asOf, [path])",
  "STATUS(actual, target, [base], [expected], [direction], [tolerance])",
  "TARGET(indicatorId, [year])",
  "INFO(id, field)",
  "SUBSIDY(rule, amount, [qualifier], [bound])",
  "EXPLAIN(rule, amount, [qualifier], [bound])",
  "SCORE(item, actual, [reference], [extra])",
  "TIER(rubric, rank, count)",
];
const { signature } = require("../../scripts/function-text") as {
  signature(fn: { name: string; parameters?: { name: string; optional?: boolean }[] }): string;
};

const bundle = loadFunctionsBundle();
const zh = JSON.parse(fs.readFileSync(path.join(DIST, "functions.zh-CN.json"), "utf8")) as FunctionsMetadata;
const CJK = /[\u4e00-\u9fff]/;

test("every id in functions.json is registered by the bundle", () => {
  const unregistered = bundle.metadata.functions
    .map((f) => f.id.toUpperCase())
    .filter((id) => !bundle.registered.has(id));
  expect(unregistered).toEqual([]);
});

test("the bundle registers nothing that functions.json does not declare", () => {
  const declared = new Set(bundle.metadata.functions.map((f) => f.id.toUpperCase()));
  expect([...bundle.registered.keys()].filter((id) => !declared.has(id))).toEqual([]);
});

test("every fixed signature is there, with the same id, parameters and optional marks", () => {
  const built = bundle.metadata.functions.map((f) => signature(f));
  expect(FIXED_SIGNATURES.filter((sig) => !built.includes(sig))).toEqual([]);
  for (const f of bundle.metadata.functions) expect(f.id).toBe(f.name);
});

test("English metadata has a description for every function", () => {
  for (const f of bundle.metadata.functions) expect(f.description ?? "").not.toBe("");
});

test("zh-CN metadata: same functions, Chinese descriptions for each function and parameter", () => {
  expect(zh.functions.map((f) => signature(f))).toEqual(bundle.metadata.functions.map((f) => signature(f)));
  for (const f of zh.functions) {
    expect({ f: f.name, ok: CJK.test(f.description ?? "") }).toEqual({ f: f.name, ok: true });
    for (const p of f.parameters) {
      const d = (p as { description?: string }).description ?? "";
      expect({ f: f.name, p: p.name, ok: CJK.test(d) }).toEqual({ f: f.name, p: p.name, ok: true });
    }
  }
});

test("the zh-CN text is the Chinese half of the en-US text (one source, no drift)", () => {
  const en = new Map(bundle.metadata.functions.map((f) => [f.id, f]));
  for (const f of zh.functions) {
    const e = en.get(f.id)!;
    expect((e.description ?? "").startsWith(`${f.description} / `)).toBe(true);
    f.parameters.forEach((p, i) => {
      const ep = e.parameters[i] as { description?: string };
      expect({
        f: f.name,
        p: p.name,
        ok: (ep.description ?? "").startsWith(`${(p as { description?: string }).description} / `),
      }).toEqual({ f: f.name, p: p.name, ok: true });
    });
  }
});

test("the functions bundle does not contain React", () => {
  const code = fs.readFileSync(path.join(DIST, "functions.js"), "utf8");
  expect(code).not.toMatch(/react\.production|__SECRET_INTERNALS_DO_NOT_USE|react-dom/);
});
