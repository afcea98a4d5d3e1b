/**
 * A user's catalog file: the example in docs/ loads and computes like a built-in source; every error
 * is named by its JSON path with what to change, Chinese first; a refused file adds nothing.
 */
import * as fs from "fs";
import * as path from "path";
import { builtInCatalog } from "../../src/catalog";
import { loadUserCatalog, type CatalogFileError } from "../../src/catalog/user";
import { CatalogIndex } from "../../src/core/catalogIndex";
import { explain, subsidy } from "../../src/core/incentives";
import type { Catalog } from "../../src/core/schema";
import { catalogJsonSchemaText } from "../../src/core/schema/jsonSchema";

const ROOT = path.resolve(__dirname, "../..");
const EXAMPLE = path.join(ROOT, "docs/examples/my-plan.catalog.json");
const exampleText = fs.readFileSync(EXAMPLE, "utf8");
const example = () => JSON.parse(exampleText) as Record<string, any>;
const builtIn = builtInCatalog();

function loaded(json: unknown, base: Catalog = builtIn): Catalog {
  const r = loadUserCatalog(json, base);
  if (!r.ok) throw new Error(JSON.stringify(r.errors, null, 1));
  return r.catalog;
}

function errorsOf(json: unknown, base: Catalog = builtIn): CatalogFileError[] {
  const r = loadUserCatalog(json, base);
  if (r.ok) throw new Error("expected the file to be refused");
  expect("catalog" in r).toBe(false);
  // Chinese first, then English.
  for (const e of r.errors) {
    const [zh, en] = e.message.split(" / ");
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(en).toMatch(/[a-z]/);
  }
  return r.errors;
}

describe("the example catalog file", () => {
  const catalog = loaded(exampleText);
  const index = new CatalogIndex(catalog);

  test("merges with the built-in nine into one catalog with a new version", () => {
    expect(catalog.sources.map((s) => s.id)).toEqual([...builtIn.sources.map((s) => s.id), "MY-PLAN-2025"]);
    expect(catalog.version).not.toBe(builtIn.version);
    expect(index.indicator("MY-PLAN-2025.01").milestones.at(-1)?.target).toEqual({ kind: "number", value: 170 });
    expect(index.source("MY-PLAN-2025").seed).toBeUndefined();
  });

  test("has one rule of every kind the engine has", () => {
    const kinds = catalog.rules.filter((r) => r.sourceId === "MY-PLAN-2025").map((r) => r.computation.kind);
    expect(new Set(kinds)).toEqual(
      new Set(["rate", "rateOnExcess", "fixed", "byLevel", "milestones", "perItem", "reservedShare"]),
    );
  });

  test("SUBSIDY and EXPLAIN compute its rules and cite the user's document and clause", () => {
    expect(subsidy(index, "MY-PLAN-2025.R-TECHREFORM", 800, 1000)).toBe(64);
    expect(subsidy(index, "MY-PLAN-2025.R-TECHREFORM", 2000, 3000)).toBe(100); // cap
    expect(subsidy(index, "MY-PLAN-2025.R-TECHREFORM", 800, 400)).toBe(0); // gate
    expect(explain(index, "MY-PLAN-2025.R-TECHREFORM", 800, 400)).toContain("项目总投资500万元以上");
    expect(explain(index, "MY-PLAN-2025.R-TECHREFORM", 800, 1000)).toContain("依据某政发〔2025〕1号 四、（一）");
    expect(subsidy(index, "MY-PLAN-2025.R-RND", 500, 10000, "max")).toBeCloseTo(40); // (500 − 300) × 20%
    expect(subsidy(index, "MY-PLAN-2025.R-NEWSCALE", 1, "已获")).toBe(0);
    expect(subsidy(index, "MY-PLAN-2025.R-PLATFORM", 1, "省级")).toBe(20);
    expect(subsidy(index, "MY-PLAN-2025.R-REVENUE", 12, 8)).toBe(10);
    expect(subsidy(index, "MY-PLAN-2025.R-PRODUCT", 5)).toBe(9);
    expect(subsidy(index, "MY-PLAN-2025.R-PROCUREMENT", 80, "货物")).toBe(80);
  });

  test("a second file goes on top of the first; its ID must differ", () => {
    const other = example();
    other.sources[0].id = "OTHER-PLAN";
    for (const list of ["indicators", "rules"])
      for (const e of other[list]) {
        e.sourceId = "OTHER-PLAN";
        e.id = e.id.replace("MY-PLAN-2025", "OTHER-PLAN");
      }
    expect(
      loaded(other, catalog)
        .sources.map((s) => s.id)
        .slice(-2),
    ).toEqual(["MY-PLAN-2025", "OTHER-PLAN"]);
    expect(errorsOf(exampleText, catalog)).toEqual([
      { path: "sources[0].id", message: expect.stringContaining("已由另一个已载入的目录文件使用") },
    ]);
  });
});

describe("a refused file names every error by its JSON path", () => {
  test("a built-in source's ID", () => {
    const f = example();
    f.sources[0].id = "DY-MFG-2024";
    const errors = errorsOf(f);
    expect(errors[0]).toEqual({ path: "sources[0].id", message: expect.stringContaining("内置来源的ID") });
    // The entries still name MY-PLAN-2025, which is no longer in the file.
    expect(errors.map((e) => e.path)).toContain("indicators[0].sourceId");
  });

  test("an ID that is not upper-case letters, digits and hyphens", () => {
    const f = example();
    f.sources[0].id = "my plan";
    expect(errorsOf(f)[0]).toEqual({
      path: "sources[0].id",
      message: expect.stringContaining("大写字母、数字和连字符"),
    });
  });

  test("an entry whose ID does not start with its source's ID, and a duplicate", () => {
    const f = example();
    f.indicators[1].id = "MY-PLAN.02";
    f.rules[1].id = f.rules[0].id;
    expect(errorsOf(f)).toEqual([
      { path: "indicators[1].id", message: expect.stringContaining("应以其来源ID“MY-PLAN-2025.”开头") },
      { path: "rules[1].id", message: expect.stringContaining("已用于 rules[0]") },
    ]);
  });

  test("an entry of a source the file does not have (a built-in one)", () => {
    const f = example();
    f.rules[0].sourceId = "DY-MFG-2024";
    f.rules[0].id = "DY-MFG-2024.R-MINE";
    expect(errorsOf(f)).toEqual([{ path: "rules[0].sourceId", message: expect.stringContaining("不在 sources 中") }]);
  });

  test("wrong types, values and unknown keys, all in one pass, in file order", () => {
    const f = example();
    f.indicators[0].milestones[0].target.value = "135";
    f.indicators[0].direction = "higher";
    f.indicators[2].milestone = [];
    delete f.rules[0].amountUnit;
    f.rules[1].provenance[0].seed = "000_598209be3eb1f2e2.txt";
    expect(errorsOf(f)).toEqual([
      { path: "indicators[0].direction", message: expect.stringContaining('应为以下之一："up"、"down"') },
      {
        path: "indicators[0].milestones[0].target.value",
        message: "应为数字，现为文字；请改正 / expected number, got string: change it",
      },
      { path: "indicators[2].milestone", message: expect.stringContaining("未知的项“milestone”") },
      { path: "rules[0].amountUnit", message: expect.stringContaining("缺少此项") },
      { path: "rules[1].provenance[0].seed", message: expect.stringContaining("自定义来源没有种子文件") },
    ]);
  });

  test("a rule whose computation does not fit its qualifier", () => {
    const f = example();
    f.rules[3].qualifier = { type: "none" }; // byLevel needs a level
    expect(errorsOf(f)).toEqual([
      { path: "rules[3]", message: expect.stringContaining("计算方式与 qualifier 不相符") },
    ]);
  });

  test("text that is not JSON: the line and column", () => {
    const errors = errorsOf('{\n  "sources": [\n    { "id": "A" },,\n  ]\n}');
    expect(errors).toHaveLength(1);
    expect(errors[0].path).toBe("");
    expect(errors[0].message).toMatch(/^第3行第19列：不是有效的JSON.* \/ not valid JSON at line 3, column 19/);
  });

  test("a file without sources", () => {
    expect(errorsOf({ sources: [] })).toEqual([
      { path: "sources", message: expect.stringContaining("至少要有一个来源") },
    ]);
  });
});

test("docs/catalog.schema.json is the JSON Schema generated from the zod schema (npm run catalog-schema)", () => {
  const shipped = fs.readFileSync(path.join(ROOT, "docs/catalog.schema.json"), "utf8");
  expect(shipped).toBe(catalogJsonSchemaText());
  const schema = JSON.parse(shipped);
  expect(schema.additionalProperties).toBe(false);
  expect(schema.properties.sources.items.properties.id.pattern).toBe("^[A-Z0-9]+(?:-[A-Z0-9]+)*$");
});
