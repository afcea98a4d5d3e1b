/** The catalog embedded in a workbook: written in chunks, read back validated, damage reported. */
import { builtInCatalog } from "../../src/catalog";
import {
  buildCatalogSheet,
  chunkText,
  EmbeddedCatalogError,
  readCatalogSheet,
  serializeCatalog,
} from "../../src/workbook";
import type { SheetPlan } from "../../src/workbook/plan";
import { parseAddress } from "../../src/workbook/a1";

/** The sheet's cells as a values grid from A1 (what a reader gets from Excel). */
function grid(sheet: SheetPlan): unknown[][] {
  const rows: unknown[][] = [];
  for (const c of sheet.cells) {
    const { col, row } = parseAddress(c.address);
    while (rows.length < row) rows.push(["", "", "", "", ""]);
    rows[row - 1][col - 1] = c.value;
  }
  return rows;
}

const catalog = builtInCatalog();
const json = serializeCatalog(catalog);

describe("embedded catalog", () => {
  test("round-trips through the hidden sheet with its version and sources", () => {
    const sheet = buildCatalogSheet(json, catalog.version, ["DY-MFG-2024", "HS-BANK-2024"]);
    expect(sheet).toMatchObject({ name: "_duibiao_catalog", hidden: true });
    const back = readCatalogSheet(grid(sheet))!;
    expect(back.version).toBe(catalog.version);
    expect(back.sources).toEqual(["DY-MFG-2024", "HS-BANK-2024"]);
    expect(back.catalog).toEqual(catalog);
  });

  test("every chunk fits in one Excel cell (< 32,767 characters)", () => {
    const sheet = buildCatalogSheet(json, catalog.version, []);
    const chunks = sheet.cells.filter((c) => /^A\d+$/.test(c.address) && c.address !== "A1");
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(String(c.value).length).toBeLessThan(32_767);
  });

  test("chunks never split a character outside the BMP", () => {
    const text = "𠀀".repeat(10) + "a";
    const chunks = chunkText(text, 3);
    expect(chunks.join("")).toBe(text);
    for (const c of chunks) expect(c).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
  });

  test("a workbook without the marker has no catalog", () => {
    expect(readCatalogSheet([["something else"]])).toBeNull();
    expect(readCatalogSheet([])).toBeNull();
  });

  test("damage is reported clearly, Chinese first", () => {
    const g = grid(buildCatalogSheet(json, catalog.version, []));
    const missing = g.slice(0, -1);
    expect(() => readCatalogSheet(missing)).toThrow(EmbeddedCatalogError);
    expect(() => readCatalogSheet(missing)).toThrow(/^工作簿内嵌目录已损坏/);

    const edited = g.map((r) => [...r]);
    edited[1][0] = String(edited[1][0]).replace('"version"', '"versiom"');
    expect(() => readCatalogSheet(edited)).toThrow(/目录/);

    const invalid = JSON.stringify({ ...catalog, indicators: [{ id: "bad" }] });
    expect(() => readCatalogSheet(grid(buildCatalogSheet(invalid, catalog.version, [])))).toThrow(
      /不符合目录格式.*indicators/,
    );

    const otherVersion = grid(buildCatalogSheet(json, "1.other", []));
    expect(() => readCatalogSheet(otherVersion)).toThrow(/版本/);
  });
});
