/**
 * Reads the catalog embedded in the open workbook (the hidden sheet `_duibiao_catalog`), so the
 * functions compute with the rules the template was built with. Two round trips: is the sheet
 * there, then its cells. Null when the workbook has none; EmbeddedCatalogError when it is damaged.
 */
import { CATALOG_SHEET_NAME, readCatalogSheet, type EmbeddedCatalog } from "../catalogSheet";

/** Rows read at once: 400 chunks of 30,000 characters, a 12 MB catalog. */
const MAX_ROWS = 401;

export async function readWorkbookCatalog(context: Excel.RequestContext): Promise<EmbeddedCatalog | null> {
  // ExcelApi 1.4, the pane's minimum; asks for one sheet instead of listing them all.
  const sheet = context.workbook.worksheets.getItemOrNullObject(CATALOG_SHEET_NAME);
  sheet.load("name"); // isNullObject itself is not a loadable property; it is set by the sync
  await context.sync();
  if (sheet.isNullObject) return null;
  const range = sheet.getRange(`A1:E${MAX_ROWS}`);
  range.load("values");
  await context.sync();
  return readCatalogSheet(range.values);
}
