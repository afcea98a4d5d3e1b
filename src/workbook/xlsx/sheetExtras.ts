/**
 * The .xlsx renderer's print setup and data bars (./render.ts calls these).
 *
 * Data bars are written in the ECMA-376 form (`<cfRule type="dataBar"><dataBar><cfvo type="num"
 * val="0"/><cfvo type="num" val="1"/><color/></dataBar>`, Part 1 §18.3.1.28), which Excel 2007+,
 * LibreOffice and WPS draw; Excel 2010's x14 extension (solid fill, negative bars) is not needed for
 * shares from 0 to 1. exceljs writes that extension (with a random GUID) unless `gradient` is true, so
 * gradient bars keep the file deterministic and free of extLst.
 */
import type ExcelJS from "exceljs";
import { cellAddress, parseAddress } from "../a1";
import { headerText, PRINT_FOOTER } from "../print";
import type { PrintPlan, TablePlan } from "../plan";

/** exceljs' paperSize code for A4 (the OOXML ST_PaperSize value 9). */
const PAPER_A4 = 9;

export function applyPrint(ws: ExcelJS.Worksheet, print: PrintPlan | undefined): void {
  if (!print) return;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: PAPER_A4,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitToWidth,
    // 0 = as many pages tall as needed.
    fitToHeight: 0,
    printTitlesRow: `1:${print.titleRows}`,
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = {
    ...ws.headerFooter,
    oddHeader: `&C${headerText(print.header)}`,
    oddFooter: `&C${PRINT_FOOTER}`,
  };
}

/** `priority` gives the next rule priority of the sheet (unique per sheet). */
export function addDataBars(
  ws: ExcelJS.Worksheet,
  table: TablePlan,
  first: number,
  last: number,
  priority: () => number,
): void {
  const tl = parseAddress(table.anchor);
  for (const bar of table.dataBars ?? []) {
    const j = table.columns.findIndex((c) => c.header === bar.column);
    if (j < 0) throw new Error(`data bar names unknown column ${bar.column} in ${table.name}`);
    ws.addConditionalFormatting({
      ref: `${cellAddress(tl.col + j, first)}:${cellAddress(tl.col + j, last)}`,
      rules: [
        {
          type: "dataBar",
          priority: priority(),
          gradient: true,
          cfvo: [
            { type: "num", value: 0 },
            { type: "num", value: 1 },
          ],
          color: { argb: "FF" + bar.color.replace(/^#/, "").toUpperCase() },
        } as unknown as ExcelJS.ConditionalFormattingRule,
      ],
    });
  }
}
