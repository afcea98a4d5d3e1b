/**
 * The office.js renderer's print setup and data bars, queued inside the sheet's and the table's own
 * write batches (./renderWrite.ts): no sync of their own.
 *
 * - Print: Worksheet.pageLayout (ExcelApi 1.9,
 *   learn.microsoft.com/javascript/api/excel/excel.pagelayout): orientation, paper size, zoom
 *   { horizontalFitToPages: 1, verticalFitToPages: 0 } (one page wide, as many tall as needed, as
 *   fitToHeight="0" in the file), setPrintTitleRows, headersFooters.defaultForAllPages.
 * - Data bars: conditionalFormats.add(dataBar) (ExcelApi 1.6,
 *   learn.microsoft.com/javascript/api/excel/excel.databarconditionalformat) with bounds 0 and 1.
 */
import { rangeAddress } from "../a1";
import type { PrintPlan, TablePlan } from "../plan";
import { headerText, PRINT_FOOTER } from "../print";
import type { TableRect } from "./renderCommon";

export function queuePrint(ws: Excel.Worksheet, print: PrintPlan): void {
  const layout = ws.pageLayout;
  layout.orientation = (print.orientation === "landscape" ? "Landscape" : "Portrait") as Excel.PageOrientation;
  layout.paperSize = "A4" as Excel.PaperType;
  layout.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: 0 };
  layout.setPrintTitleRows(`$1:$${print.titleRows}`);
  const hf = layout.headersFooters.defaultForAllPages;
  hf.centerHeader = headerText(print.header);
  hf.centerFooter = PRINT_FOOTER;
}

export function queueDataBars(ws: Excel.Worksheet, t: TablePlan, rect: TableRect): void {
  for (const bar of t.dataBars ?? []) {
    const j = t.columns.findIndex((c) => c.header === bar.column);
    if (j < 0) throw new Error(`data bar names unknown column ${bar.column} in ${t.name}`);
    const rg = ws.getRange(rangeAddress(rect.left + j, rect.first, rect.left + j, rect.last));
    const cf = rg.conditionalFormats.add("DataBar" as Excel.ConditionalFormatType);
    cf.dataBar.lowerBoundRule = { type: "Number" as Excel.ConditionalFormatRuleType, formula: "0" };
    cf.dataBar.upperBoundRule = { type: "Number" as Excel.ConditionalFormatRuleType, formula: "1" };
    cf.dataBar.positiveFormat.fillColor = bar.color;
  }
}
