/**
 * Print setup of the sheets people print (indicators, tasks, 汇总, bank evaluation, 填报记录, the rule
 * reference and the calculator): A4 landscape, one page wide, the rows down to the first table's
 * header repeated on every page, the sheet's title in the page header and page numbers in the footer
 * (docs/WORKBOOK.md, "Printing").
 *
 * A page header holds fixed text only (Excel's header codes have no cell reference: &D is the day of
 * printing, not the report date), so the report date is a live cell in row 1, which repeats on every
 * page with the print titles: changing the report date changes every printed page.
 */
import { columnLetter, parseAddress } from "./a1";
import { REPORT_DATE_NAME, sameInBothForms } from "./layout";
import type { CellPlan, PrintPlan, SheetPlan } from "./plan";

const PRINTED: ReadonlySet<SheetPlan["kind"]> = new Set([
  "indicators",
  "tasks",
  "summary",
  "bank",
  "checkins",
  "rules",
  "calculator",
]);

/** "报告日期：2024-12-31" (or "报告日期：2024年末" for a year), whatever the locale's date format. */
export const REPORT_DATE_TEXT =
  `="报告日期："&IF(${REPORT_DATE_NAME}<10000,${REPORT_DATE_NAME}&"年末",` +
  `YEAR(${REPORT_DATE_NAME})&"-"&TEXT(MONTH(${REPORT_DATE_NAME}),"00")&"-"&TEXT(DAY(${REPORT_DATE_NAME}),"00"))`;

/** The footer: 第 n 页，共 m 页. */
export const PRINT_FOOTER = "第 &P 页，共 &N 页";

/** Header/footer text with & doubled (a single & starts a code). */
export function headerText(s: string): string {
  return s.replace(/&/g, "&&");
}

/** The sheet with its print setup and the live report-date cell, for the sheets people print; others as they are. */
export function withPrintSetup(sheet: SheetPlan): SheetPlan {
  if (!PRINTED.has(sheet.kind) || !sheet.tables.length) return sheet;
  const first = sheet.tables[0];
  const { col, row } = parseAddress(first.anchor);
  const title = sheet.cells.find((c) => c.address === "A1");
  const print: PrintPlan = {
    orientation: "landscape",
    paper: "A4",
    fitToWidth: 1,
    titleRows: row,
    header: typeof title?.value === "string" ? title.value : sheet.name,
  };
  // The report date at the right end of row 1, over the first table's last column (the title overflows to its left).
  const dateCol = Math.max(col + first.columns.length - 1, col + 5);
  const address = `${columnLetter(dateCol)}1`;
  const cells: CellPlan[] = sheet.cells.some((c) => c.address === address)
    ? sheet.cells
    : [...sheet.cells, { address, value: sameInBothForms(REPORT_DATE_TEXT), role: "computed", bold: true }];
  return { ...sheet, cells, print };
}
