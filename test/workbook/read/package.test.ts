/**
 * The product's workbook reader opens files exceljs 4.4.0 alone cannot (tables with calculated
 * columns, exceljs issue #1240) without patching exceljs: this file deliberately does not import
 * test/support/exceljsTables.ts.
 */
import ExcelJS from "exceljs";
import { builtInCatalog } from "../../../src/catalog";
import { buildPlan } from "../../../src/workbook";
import { loadWorkbookForReading, WorkbookReadError } from "../../../src/workbook/read";
import { stripTableColumnChildren } from "../../../src/workbook/read/package";
import { renderXlsx } from "../../../src/workbook/xlsx/render";

describe("stripTableColumnChildren", () => {
  it("drops a column's children and keeps everything else, escaped as before", () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<x:table xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="T" ref="A1:B3">' +
      '<x:autoFilter ref="A1:B3"/><x:tableColumns count="2">' +
      '<x:tableColumn id="1" name="a &amp; &quot;b&quot;"/>' +
      '<x:tableColumn id="2" name="c>d"><x:calculatedColumnFormula>IF(A2&gt;1,"&lt;x","")</x:calculatedColumnFormula>' +
      "<x:totalsRowFormula>SUM(B2:B3)</x:totalsRowFormula></x:tableColumn>" +
      '</x:tableColumns><x:tableStyleInfo name="TableStyleLight9"/></x:table>';
    expect(stripTableColumnChildren(xml)).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<x:table xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="T" ref="A1:B3">' +
        '<x:autoFilter ref="A1:B3"/><x:tableColumns count="2">' +
        '<x:tableColumn id="1" name="a &amp; &quot;b&quot;"/>' +
        '<x:tableColumn id="2" name="c&gt;d"/>' +
        '</x:tableColumns><x:tableStyleInfo name="TableStyleLight9"/></x:table>',
    );
  });
});

describe("loadWorkbookForReading", () => {
  it("reads a workbook with calculated columns that exceljs alone refuses", async () => {
    const plan = buildPlan(builtInCatalog(), ["DY-MFG-2024"], { form: "portable", reportDate: "2024-12-31" });
    const bytes = await renderXlsx(plan, { form: "portable" });
    // exceljs by itself: the bug this reader works around.
    await expect(new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer)).rejects.toThrow(/filterButton/);
    const wb = await loadWorkbookForReading(bytes);
    const ws = wb.worksheets.find((w) => w.name.startsWith("指标·"))!;
    const tables = ws.getTables() as unknown as { table: { name: string; columns: { name: string }[] } }[];
    expect(tables[0].table.name).toBe("DB_Ind_DY_MFG_2024");
    expect(tables[0].table.columns.map((c) => c.name)).toContain("状态");
  });

  it("refuses a file that is not an .xlsx, Chinese first", async () => {
    await expect(loadWorkbookForReading(new TextEncoder().encode("hello"), "x.xlsx")).rejects.toThrow(
      WorkbookReadError,
    );
    await expect(loadWorkbookForReading(new TextEncoder().encode("hello"), "x.xlsx")).rejects.toThrow(
      /^无法读取工作簿 x\.xlsx：不是有效的 \.xlsx 文件/,
    );
  });
});
