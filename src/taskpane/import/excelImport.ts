/**
 * The import inside Excel: read the selected range as shown, and write the user's source into the
 * open workbook like a built-in one (its sheets, and the embedded catalog the functions compute with,
 * here and in a colleague's Excel). Everything is checked before the first write (the engine refuses
 * the whole import on any error, and the plan is built before Excel.run), so a refused import leaves
 * the workbook as it was.
 */
import type { Catalog } from "../../core/schema";
import { buildPlan } from "../../workbook/buildPlan";
import type { Capabilities } from "../../workbook/office/capabilities";
import { readWorkbookCatalog } from "../../workbook/office/readCatalog";
import { applyPlan } from "../../workbook/office/render";
import { switchCatalog } from "../embedded";
import type { Importer, SelectionTable } from "./types";
import { withUserSources } from "./workbookCatalog";

/**
 * The selection's displayed text in one round trip. Range.text gives each cell as Excel shows it
 * (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-text-member), so a cell
 * formatted as a percent arrives as "6%", not 0.06, and the recognizer reads the unit as written.
 */
export async function readSelection(): Promise<SelectionTable> {
  return Excel.run(async (context) => {
    // The selection is on the active sheet; asking for it there keeps this to one sync.
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load("name");
    // Only the selected cells that hold values (ExcelApi 1.4): whole columns, selected by their
    // headers, are over seven million cells, and Excel refuses to get more than five million
    // (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-large).
    const selected = context.workbook.getSelectedRange();
    selected.load("address");
    const range = selected.getIntersectionOrNullObject(sheet.getUsedRangeOrNullObject(true));
    range.load("address,text,rowIndex,columnIndex");
    await context.sync();
    if (range.isNullObject) return { sheet: sheet.name, address: selected.address, row: 1, column: 0, text: [] };
    return {
      sheet: sheet.name,
      address: range.address,
      row: range.rowIndex + 1,
      column: range.columnIndex,
      text: range.text,
    };
  });
}

export function excelImporter(capabilities: Capabilities, builtIn: Catalog): Importer {
  return {
    mode: "excel",
    async baseCatalog() {
      const embedded = await Excel.run((context) => readWorkbookCatalog(context));
      return withUserSources(builtIn, embedded?.catalog ?? null);
    },
    readSelection,
    async apply(catalog, newSourceIds, options) {
      // The sources the workbook holds stay in it (a re-insert keeps what the user typed).
      const embedded = await Excel.run((context) => readWorkbookCatalog(context));
      const known = new Set(catalog.sources.map((s) => s.id));
      const ids = [...new Set([...(embedded?.sources ?? []), ...newSourceIds])].filter((id) => known.has(id));
      const plan = buildPlan(catalog, ids, { form: options.form, reportDate: options.reportDate });
      const report = await Excel.run((context) =>
        applyPlan(context, plan, { form: options.form, supports: capabilities.supports }),
      );
      const sheets = report.sheets.filter((s) => s.key !== "catalog").length;
      const done = `已导入 ${newSourceIds.join("、")}：写入 ${sheets} 个工作表，函数已可使用其指标和规则 / imported ${newSourceIds.join(", ")}: ${sheets} sheets written; the functions now know its indicators and rules`;
      // From now on the functions compute with the workbook's catalog, which holds the user's source.
      // The sheets are written by now: a failed recalculation is said, not reported as a failed import.
      try {
        await switchCatalog(catalog);
      } catch {
        return `${done}。未能重新计算整个工作簿，请按 Ctrl+Alt+F9 / the workbook could not be recalculated: press Ctrl+Alt+F9`;
      }
      return done;
    },
  };
}
