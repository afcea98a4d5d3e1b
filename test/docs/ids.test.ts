/**
 * docs/CATALOG.md states the fixed IDs in the project's own words: its tables list exactly the
 * built-in catalog's source, rule and rubric item IDs, so a renamed, added or dropped ID fails here
 * until the docs say so.
 */
import * as fs from "fs";
import * as path from "path";
import { builtInCatalog } from "../../src/catalog";

const doc = fs.readFileSync(path.resolve(__dirname, "../../docs/CATALOG.md"), "utf8");

/** The text of the section that starts with `heading`, up to the next heading of any level. */
function section(heading: string): string {
  const start = doc.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`docs/CATALOG.md has no "${heading}"`);
  const rest = doc.slice(start + heading.length + 2);
  const end = rest.search(/\n#{2,3} /);
  return end < 0 ? rest : rest.slice(0, end);
}

/** The backticked IDs in the first column of a section's table. */
const firstColumnIds = (text: string) => [...text.matchAll(/^\| `([A-Z0-9.-]+)` \|/gm)].map((m) => m[1]);

const catalog = builtInCatalog();

test("the Sources table lists every built-in source ID, in the catalog's order", () => {
  expect(firstColumnIds(section("### Sources"))).toEqual(catalog.sources.map((s) => s.id));
});

test("the Incentive rules table lists every built-in rule ID, in the catalog's order", () => {
  expect(firstColumnIds(section("### Incentive rules"))).toEqual(catalog.rules.map((r) => r.id));
});

test("the rubric section lists every item ID of HS-BANK-2024, in the rubric's order", () => {
  const text = section("### Scoring rubric `HS-BANK-2024`");
  const listed = [...text.matchAll(/`(S-[A-Z0-9-]+)`/g)].map((m) => `HS-BANK-2024.${m[1]}`);
  const rubric = catalog.rubrics.find((r) => r.id === "HS-BANK-2024")!;
  expect(listed).toEqual(rubric.items.map((i) => i.id));
});
