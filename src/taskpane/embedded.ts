/**
 * The runtime's side of the workbook's embedded catalog: read it and make the functions compute with
 * it. In the shared runtime this runs whether or not the pane is shown (a workbook built with another
 * catalog must compute with its own from the start), so it is a small chunk of its own, without the
 * pane's UI or the built-in catalog. The embedded catalog is user data: it is validated here, when it
 * is read (the built-in catalog was validated at build time).
 */
import { setActiveCatalog } from "../catalog/chosen";
import summary from "../catalog/summary";
import type { Catalog } from "../core/schema";
import { readWorkbookCatalog } from "../workbook/office/readCatalog";
import type { EmbeddedStatus } from "./model";

/**
 * Recalculates every formula in the workbook. POLICY functions are not volatile, so Excel's ordinary
 * recalculation ("Recalculate": only cells marked dirty) leaves every POLICY cell outside the tables
 * just written holding a result of the previous catalog; "Full" marks all cells dirty and recalculates
 * them (Excel.CalculationType, Application.calculate, ExcelApi 1.1:
 * learn.microsoft.com/javascript/api/excel/excel.calculationtype).
 */
async function recalculateWorkbook(): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.application.calculate("Full");
    await context.sync();
  });
}

/** The functions compute with `catalog` (null: the add-in's) from now on; every formula follows. */
export async function switchCatalog(catalog: Catalog | null): Promise<void> {
  if (setActiveCatalog(catalog)) await recalculateWorkbook();
}

/** Reads the embedded catalog; when present, the functions compute with it from now on. */
export async function loadEmbeddedCatalog(): Promise<EmbeddedStatus> {
  let status: EmbeddedStatus;
  let use: Catalog | null = null;
  try {
    const embedded = await Excel.run((context) => readWorkbookCatalog(context));
    if (!embedded) return { state: "none" };
    const same = embedded.version === summary.version;
    use = same ? null : embedded.catalog;
    status = {
      state: "ok",
      version: embedded.version,
      sources: embedded.sources,
      sameAsAddin: same,
      catalog: embedded.catalog,
    };
  } catch (e) {
    status = { state: "damaged", message: e instanceof Error ? e.message : String(e) };
  }
  try {
    // Cells computed before the pane loaded used the add-in's catalog: recompute with the workbook's.
    await switchCatalog(use);
  } catch {
    if (status.state === "ok") return { ...status, recalcFailed: true };
  }
  return status;
}
