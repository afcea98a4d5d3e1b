/**
 * The pane's Excel side: insert a plan (and read the workbook's embedded catalog, ./embedded.ts). Only
 * these modules and index.tsx touch office.js globals. Loaded with the full pane, after its first paint.
 */
import { chosenCatalog } from "../catalog/chosen";
import full from "../catalog/full";
import { buildPlan } from "../workbook/buildPlan";
import type { Capabilities } from "../workbook/office/capabilities";
import { applyPlan } from "../workbook/office/render";
import { switchCatalog } from "./embedded";
import { withUserSources } from "./import/workbookCatalog";
import type { InsertOutcome, InsertRequest } from "./model";

export { loadEmbeddedCatalog } from "./embedded";
export { excelBoardHost } from "./board/host";
export { excelImporter } from "./import/excelImport";

export function excelInserter(capabilities: Capabilities): (request: InsertRequest) => Promise<InsertOutcome> {
  return async (request) => {
    // The user's own sources the workbook carries (./import) stay in its embedded catalog, ticked or
    // not: the pane lists them from there, and formulas on their sheets keep computing after removal.
    const catalog = withUserSources(full, chosenCatalog());
    const plan = buildPlan(catalog, request.sourceIds, { form: request.form, reportDate: request.reportDate });
    const report = await Excel.run((context) =>
      applyPlan(context, plan, { form: request.form, supports: capabilities.supports }),
    );
    // The workbook now embeds the add-in's catalog: the functions use it, in every sheet.
    try {
      await switchCatalog(catalog === full ? null : catalog);
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
