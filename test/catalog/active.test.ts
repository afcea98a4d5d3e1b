import { activeCatalog, completeCatalog, setActiveCatalog } from "../../src/catalog/active";
import { computeCatalog, isComputeCatalog } from "../../src/catalog/compute";
import { builtInCatalog } from "../../src/catalog";

afterEach(() => setActiveCatalog(null));

test("the functions compute with the built-in catalog's version and entries", () => {
  const full = builtInCatalog();
  const index = activeCatalog();
  expect(index.version).toBe(full.version);
  expect(index.catalog.indicators.map((i) => i.id)).toEqual(full.indicators.map((i) => i.id));
  expect(index.catalog.rules.map((r) => r.id)).toEqual(full.rules.map((r) => r.id));
});

test("the compute catalog drops quotes, notes and tasks but keeps every number", () => {
  const full = builtInCatalog();
  const compute = computeCatalog(full);
  expect(isComputeCatalog(compute)).toBe(true);
  expect(isComputeCatalog(full)).toBe(false);
  expect(compute.tasks).toEqual([]);
  expect(JSON.stringify(compute)).not.toContain('"quote":"规');
  expect(compute.indicators.map((i) => i.milestones)).toEqual(full.indicators.map((i) => i.milestones));
  expect(JSON.stringify(compute).length).toBeLessThan(JSON.stringify(full).length / 2);
});

test("completeCatalog gives quotes and tasks when the active catalog is the compute one", async () => {
  const complete = await completeCatalog();
  expect(isComputeCatalog(complete.catalog)).toBe(false);
  expect(complete.catalog.tasks.length).toBeGreaterThan(100);
});

test("a workbook's embedded catalog replaces the built-in one until cleared", () => {
  const embedded = { ...builtInCatalog(), version: "1.embedded-test" };
  setActiveCatalog(embedded);
  expect(activeCatalog().version).toBe("1.embedded-test");
  setActiveCatalog(null);
  expect(activeCatalog().version).toBe(builtInCatalog().version);
});
