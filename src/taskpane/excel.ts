/**
 * The pane's Excel side: read the workbook's embedded catalog (and make the functions use it), and
 * insert a plan. Only this module and index.tsx touch office.js globals.
 */
import { builtInCatalog } from "../catalog";
import { setActiveCatalog } from "../catalog/active";
import type { Catalog } from "../core/schema";
import { buildPlan } from "../workbook/buildPlan";
import type { Capabilities } from "../workbook/office/capabilities";
import { readWorkbookCatalog } from "../workbook/office/readCatalog";
import { applyPlan } from "../workbook/office/render";
import type { EmbeddedStatus } from "./components/CapabilityBar";
import type { InsertOutcome, InsertRequest } from "./components/Pane";

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
async function switchCatalog(catalog: Catalog | null): Promise<void> {
  if (setActiveCatalog(catalog)) await recalculateWorkbook();
}

/** Reads the embedded catalog; when present, the functions compute with it from now on. */
export async function loadEmbeddedCatalog(): Promise<EmbeddedStatus> {
  let status: EmbeddedStatus;
  let use: Catalog | null = null;
  try {
    const embedded = await Excel.run((context) => readWorkbookCatalog(context));
    if (!embedded) return { state: "none" };
    const same = embedded.version === builtInCatalog().version;
    use = same ? null : embedded.catalog;
    status = { state: "ok", version: embedded.version, sources: embedded.sources, sameAsAddin: same };
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

export function excelInserter(capabilities: Capabilities): (request: InsertRequest) => Promise<InsertOutcome> {
  return async (request) => {
    const catalog = builtInCatalog();
    const plan = buildPlan(catalog, request.sourceIds, { form: request.form, reportDate: request.reportDate });
    const report = await Excel.run((context) =>
      applyPlan(context, plan, { form: request.form, supports: capabilities.supports }),
    );
    // The workbook now embeds the add-in's catalog: the functions use it, in every sheet.
    try {
      await switchCatalog(null);
    } catch (e) {
      throw new Error(
        "已写入，但未能重新计算整个工作簿：其他工作表中的 POLICY 公式可能仍是旧目录的结果，请按 Ctrl+Alt+F9 全部重算 / " +
          "Written, but the workbook could not be recalculated: POLICY formulas on other sheets may still show the old catalog's results; press Ctrl+Alt+F9" +
          ` (${e instanceof Error ? e.message : String(e)})`,
      );
    }
    return {
      sheets: report.sheets.filter((s) => s.key !== "catalog").length,
      kept: report.merges.reduce((n, m) => n + m.kept, 0),
      syncs: report.syncs,
      skipped: report.skipped,
      notices: report.notices,
    };
  };
}
