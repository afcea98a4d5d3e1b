/**
 * Reading a workbook's embedded catalog through office.js, against Microsoft's office-addin-mock:
 * a workbook without one, with one (the same cells the renderers write), and with a damaged one.
 */
import { OfficeMockObject } from "office-addin-mock";
import { builtInCatalog } from "../../../src/catalog";
import { buildCatalogSheet, serializeCatalog } from "../../../src/workbook/catalogSheet";
import { readWorkbookCatalog } from "../../../src/workbook/office/readCatalog";

const ROWS = 401;

/** The values of A1:E401 of the catalog sheet as the renderers lay it out. */
function sheetValues(json: string, version: string): unknown[][] {
  const values: unknown[][] = Array.from({ length: ROWS }, () => ["", "", "", "", ""]);
  for (const c of buildCatalogSheet(json, version, ["DY-MFG-2024"]).cells) {
    const m = /^([A-E])(\d+)$/.exec(c.address)!;
    values[Number(m[2]) - 1]["ABCDE".indexOf(m[1])] = c.value;
  }
  return values;
}

/** A mock Excel context whose workbook has (or lacks) the catalog sheet. */
function contextWith(values: unknown[][] | null) {
  const requested: string[] = [];
  const mock = new OfficeMockObject({
    workbook: {
      worksheets: {
        getItemOrNullObject(name: string) {
          requested.push(name);
          return this.sheet;
        },
        sheet: {
          name: "_duibiao_catalog",
          getRange(address: string) {
            requested.push(address);
            return this.range;
          },
          range: { values: values ?? [] },
        },
      },
    },
  });
  // office-addin-mock has no notion of null objects: isNullObject is set on the sheet mock as Excel
  // sets it after the sync.
  const sheetMock = (mock as unknown as { workbook: { worksheets: { sheet: object } } }).workbook.worksheets.sheet;
  Object.defineProperty(sheetMock, "isNullObject", { value: values === null });
  const context = mock as unknown as Excel.RequestContext & { sync(): Promise<void> };
  const sync = jest.spyOn(context, "sync");
  return { context, sync, requested };
}

test("a workbook without the catalog sheet: null, after one round trip", async () => {
  const { context, sync, requested } = contextWith(null);
  await expect(readWorkbookCatalog(context)).resolves.toBeNull();
  expect(sync).toHaveBeenCalledTimes(1);
  expect(requested).toEqual(["_duibiao_catalog"]);
});

test("the embedded catalog comes back whole, with its version, in two round trips", async () => {
  const catalog = builtInCatalog();
  const { context, sync, requested } = contextWith(sheetValues(serializeCatalog(catalog), catalog.version));
  const embedded = await readWorkbookCatalog(context);
  expect(embedded?.version).toBe(catalog.version);
  expect(embedded?.catalog.rules.map((r) => r.id)).toEqual(catalog.rules.map((r) => r.id));
  expect(embedded?.catalog.tasks).toHaveLength(catalog.tasks.length);
  expect(sync).toHaveBeenCalledTimes(2);
  expect(requested).toEqual(["_duibiao_catalog", `A1:E${ROWS}`]);
});

test("a damaged catalog (a chunk cut short) is refused with a Chinese-first message", async () => {
  const catalog = builtInCatalog();
  const values = sheetValues(serializeCatalog(catalog), catalog.version);
  values[1][0] = String(values[1][0]).slice(0, 100);
  const { context } = contextWith(values);
  await expect(readWorkbookCatalog(context)).rejects.toThrow(/^[\u4e00-\u9fff]/);
});
