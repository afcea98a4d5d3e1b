/**
 * Every catalog entry's quote occurs in its seed file, and every number the entry carries appears in
 * its quotes, so a typo in the data fails the build. Runs when ../shared/seeds is present.
 */
import * as fs from "fs";
import * as path from "path";
import { builtInCatalog } from "../../src/catalog";
import type { Provenance } from "../../src/core/schema";
import { numbersOf, numbersInText, squeeze } from "../support/provenance";

const SEEDS = process.env.DUIBIAO_SEEDS ?? path.resolve(__dirname, "../../../shared/seeds");
const haveSeeds = fs.existsSync(SEEDS);
if (!haveSeeds) {
  console.warn(`provenance: skipped, no seeds at ${SEEDS}`);
}
const seedText = new Map<string, string>();
function seed(name: string): string {
  if (!seedText.has(name)) seedText.set(name, squeeze(fs.readFileSync(path.join(SEEDS, name), "utf8")));
  return seedText.get(name)!;
}

const catalog = builtInCatalog();
type Entry = { id: string; provenance: Provenance[]; numbers: number[] };

const entries: Entry[] = [
  ...catalog.sources.map((s) => ({ id: s.id, provenance: s.provenance, numbers: [] })),
  ...catalog.indicators.map((i) => ({
    id: i.id,
    provenance: i.provenance,
    numbers: numbersOf({
      base: i.base,
      baseYear: i.baseYear,
      milestones: i.milestones,
      growthRate: i.growthRate,
      annualIncrement: i.annualIncrement,
    }),
  })),
  ...catalog.tasks.map((t) => ({
    id: t.id,
    provenance: t.provenance,
    numbers: numbersOf(t.quantities.map((q) => [q.value, q.max])),
  })),
  ...catalog.rules.map((r) => ({
    id: r.id,
    provenance: r.provenance,
    numbers: numbersOf({ computation: r.computation, cap: r.cap, gates: r.gates.map((g) => g.value) }),
  })),
  ...catalog.rubrics.flatMap((rb) => [
    { id: rb.id, provenance: rb.provenance, numbers: [] as number[] },
    ...rb.items.map((it) => ({ id: it.id, provenance: it.provenance, numbers: numbersOf(it.params) })),
    ...rb.annexes.map((a) => ({ id: `${rb.id}/${a.id}`, provenance: a.provenance, numbers: numbersOf(a.rows) })),
  ]),
];

const describeSeeds = haveSeeds ? describe : describe.skip;

describeSeeds("provenance against the seeds", () => {
  test.each(entries.map((e) => [e.id, e] as const))("%s: quotes occur in the seed", (_id, e) => {
    for (const p of e.provenance) {
      if (p.seed === undefined) throw new Error(`${e.id}: a built-in entry without a seed file`);
      expect(fs.existsSync(path.join(SEEDS, p.seed))).toBe(true);
      const found = seed(p.seed).includes(squeeze(p.quote));
      if (!found) throw new Error(`quote not found in ${p.seed}: «${p.quote}»`);
    }
  });

  test.each(entries.filter((e) => e.numbers.length > 0).map((e) => [e.id, e] as const))(
    "%s: every number appears in its quotes",
    (_id, e) => {
      const inQuotes = numbersInText(e.provenance.map((p) => p.quote).join("\n"));
      const missing = e.numbers.filter((n) => !inQuotes.has(n) && !inQuotes.has(Number((n * 100).toPrecision(12))));
      expect({ id: e.id, missing }).toEqual({ id: e.id, missing: [] });
    },
  );
});

describe("catalog structure", () => {
  test("IDs are unique and carry their source's prefix", () => {
    const seen = new Set<string>();
    for (const e of [...catalog.indicators, ...catalog.tasks, ...catalog.rules]) {
      expect(seen.has(e.id)).toBe(false);
      seen.add(e.id);
      expect(e.id.startsWith(e.sourceId + ".")).toBe(true);
    }
  });

  test("every entry's source exists and its provenance cites that source's seed", () => {
    const seeds = new Map(catalog.sources.map((s) => [s.id, s.seed]));
    for (const e of [...catalog.indicators, ...catalog.tasks, ...catalog.rules]) {
      expect(seeds.has(e.sourceId)).toBe(true);
      for (const p of e.provenance) expect(p.seed).toBe(seeds.get(e.sourceId));
    }
  });

  test("milestones are in ascending year order", () => {
    for (const i of catalog.indicators) {
      const years = i.milestones.map((m) => m.year);
      expect(years).toEqual([...years].sort((a, b) => a - b));
    }
  });
});
