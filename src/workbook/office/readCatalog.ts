/**
 * Reads the catalog embedded in the open workbook (the hidden sheet `_duibiao_catalog`), so the
 * functions compute with the rules the template was built with. Two round trips: is the sheet
 * there, then its cells. Null when the workbook has none; EmbeddedCatalogError when it is damaged.
 */
import { CATALOG_SHEET_NAME, readCatalogSheet, type EmbeddedCatalog } from "../catalogSheet";

/** Rows read at once: 400 chunks of 30,000 characters, a 12 MB catalog. */
const MAX_ROWS = 401;

export async function readWorkbookCatalog(context: Excel.RequestContext): Promise<EmbeddedCatalog | null> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  if (!sheets.items.some((s) => s.name === CATALOG_SHEET_NAME)) return null;
  const range = sheets.getItem(CATALOG_SHEET_NAME).getRange(`A1:E${MAX_ROWS}`);
  range.load("values");
  await context.sync();
  return readCatalogSheet(range.values);
}
