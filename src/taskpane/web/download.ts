/**
 * The task pane's web mode (the page opened in a plain browser, not in Excel): build the workbook
 * plan for the chosen sources and download it as an .xlsx, in the form chosen (add-in formulas or
 * portable native formulas). exceljs is large, so the renderer is loaded only on the first download
 * (a separate chunk), keeping the pane's initial script small.
 */
import type { Catalog } from "../../core/schema";
import { buildPlan } from "../../workbook/buildPlan";
import type { FormulaForm } from "../../workbook/plan";
import type { InsertRequest } from "../model";
import { loadError } from "../lazy";

/** File name of a download: the sources (or their count), the form, the report date. */
export function downloadName(sourceIds: readonly string[], form: FormulaForm, reportDate: string): string {
  const what = sourceIds.length <= 2 ? sourceIds.join("_") : `${sourceIds.length}个来源`;
  return `对标-${what}${form === "portable" ? "-通用版" : ""}-${reportDate}.xlsx`;
}

/** Hands the bytes to the browser as a file download. */
export function saveFile(bytes: Uint8Array, name: string, doc: Document = document): void {
  const blob = new Blob([bytes as BlobPart], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement("a");
  a.href = url;
  a.download = name;
  a.style.display = "none";
  doc.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start reading the blob only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The pane's `onDownload` for web mode. */
export function webDownloader(catalog: Catalog): (request: InsertRequest) => Promise<void> {
  return async (request) => {
    // A failed load is not remembered: webpack fetches the chunk again on the next download.
    const { renderXlsx } = await import(/* webpackChunkName: "xlsx" */ "../../workbook/xlsx/render").catch((e) => {
      throw loadError(e);
    });
    const plan = buildPlan(catalog, request.sourceIds, { form: request.form, reportDate: request.reportDate });
    const bytes = await renderXlsx(plan, { form: request.form });
    saveFile(bytes, downloadName(plan.sources, request.form, request.reportDate));
  };
}
