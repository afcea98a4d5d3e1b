/**
 * A user's source ID may start with a digit (docs/CATALOG.md: upper-case letters, digits, hyphens).
 * When the workbook lacks that source, its indicator ID is an unknown ID (#N/A naming it), not text
 * that failed to read as a number (#VALUE!); a plain decimal stays a number.
 */
import { builtInCatalog } from "../../src/catalog";
import { CatalogIndex } from "../../src/core/catalogIndex";
import { resolveTarget } from "../../src/core/target";

const index = new CatalogIndex(builtInCatalog());

test("an unknown indicator ID whose source starts with a digit is #N/A with the ID", () => {
  expect(() => resolveTarget(index, "2025-PLAN.03", undefined)).toThrow(
    expect.objectContaining({ code: "#N/A", message: expect.stringContaining("2025-PLAN.03") }),
  );
  expect(() => resolveTarget(index, "MY-PLAN.03", undefined)).toThrow(expect.objectContaining({ code: "#N/A" }));
});

test("numeric text is still a number", () => {
  expect(resolveTarget(index, "12.5", undefined).target).toBe(12.5);
});
