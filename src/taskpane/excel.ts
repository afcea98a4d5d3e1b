/**
 * The pane's Excel side: read the workbook's embedded catalog (and make the functions use it), and
 * insert a plan. Only this module and index.tsx touch office.js globals.
 */
import { builtInCatalog } from "../catalog";
import { setActiveCatalog } from "../catalog/active";
import { buildPlan } from "../workbook/buildPlan";
import type { Capabilities } from "../workbook/office/capabilities";
import { readWorkbookCatalog } from "../workbook/office/readCatalog";
import { applyPlan } from "../workbook/office/render";
import type { EmbeddedStatus } from "./components/CapabilityBar";
import type { InsertOutcome, InsertRequest } from "./components/Pane";

/** Reads the embedded catalog; when present, the functions compute with it from now on. */
export async function loadEmbeddedCatalog(): Promise<EmbeddedStatus> {
  try {
    const embedded = await Excel.run((context) => readWorkbookCatalog(context));
    if (!embedded) return { state: "none" };
    const addin = builtInCatalog();
    const same = embedded.version === addin.version;
    setActiveCatalog(same ? null : embedded.catalog);
    if (!same) {
      // Cells computed before the pane loaded used the add-in's catalog: recompute with the workbook's.
      await Excel.run(async (context) => {
        context.workbook.application.calculate("Full" as Excel.CalculationType);
        await context.sync();
      }).catch(() => undefined);
    }
    return { state: "ok", version: embedded.version, sources: embedded.sources, sameAsAddin: same };
  } catch (e) {
    setActiveCatalog(null);
    return { state: "damaged", message: e instanceof Error ? e.message : String(e) };
  }
}

export function excelInserter(capabilities: Capabilities): (request: InsertRequest) => Promise<InsertOutcome> {
  return async (request) => {
    const catalog = builtInCatalog();
    const plan = buildPlan(catalog, request.sourceIds, { form: request.form, reportDate: request.reportDate });
    const report = await Excel.run((context) =>
      applyPlan(context, plan, { form: request.form, supports: capabilities.supports }),
    );
    // The workbook now embeds the add-in's catalog: the functions use it.
    setActiveCatalog(null);
    return {
      sheets: report.sheets.filter((s) => s.key !== "catalog").length,
      kept: report.merges.reduce((n, m) => n + m.kept, 0),
      syncs: report.syncs,
      skipped: report.skipped,
      notices: report.notices,
    };
  };
}
