/**
 * The functions bundle as Excel sees it: every function in functions.json is registered by the built
 * bundle, every function of SPEC §4 is there, and the zh-CN metadata describes each function and
 * parameter in Chinese.
 */
import * as fs from "fs";
import * as path from "path";
import { DIST, loadFunctionsBundle, type FunctionsMetadata } from "../support/functionsBundle";

const SPEC_FUNCTIONS = [
  "GAPTOTARGET",
  "PROGRESS",
  "EXPECTED",
  "STATUS",
  "TARGET",
  "INFO",
  "SUBSIDY",
  "EXPLAIN",
  "SCORE",
  "TIER",
];

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

test("every function of SPEC §4 is there", () => {
  const names = bundle.metadata.functions.map((f) => f.name);
  expect(SPEC_FUNCTIONS.filter((n) => !names.includes(n))).toEqual([]);
});

test("English metadata has a description for every function", () => {
  for (const f of bundle.metadata.functions) expect(f.description ?? "").not.toBe("");
});

test("zh-CN metadata: same functions, Chinese descriptions for each function and parameter", () => {
  expect(zh.functions.map((f) => f.id)).toEqual(bundle.metadata.functions.map((f) => f.id));
  for (const f of zh.functions) {
    expect({ f: f.name, ok: CJK.test(f.description ?? "") }).toEqual({ f: f.name, ok: true });
    for (const p of f.parameters) {
      const d = (p as { description?: string }).description ?? "";
      expect({ f: f.name, p: p.name, ok: CJK.test(d) }).toEqual({ f: f.name, p: p.name, ok: true });
    }
  }
});

test("the functions bundle does not contain React", () => {
  const code = fs.readFileSync(path.join(DIST, "functions.js"), "utf8");
  expect(code).not.toMatch(/react\.production|__SECRET_INTERNALS_DO_NOT_USE|react-dom/);
});
