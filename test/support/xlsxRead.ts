/** Reading .xlsx files back in tests: cell values as plain scalars, defined names, formulas as written. */
import ExcelJS from "exceljs";
import "./exceljsTables";
import { cellAddress, parseRange, sheetRef } from "../../src/workbook/a1";
import { type Cells, XlError, type XlValue } from "./excelFormula";

const EPOCH = Date.UTC(1899, 11, 30);

export async function loadXlsx(data: Uint8Array | Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb;
}

/** A cell's value as a spreadsheet shows it: formulas by their cached result, dates as serials. */
export function scalarOf(v: ExcelJS.CellValue): XlValue {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return Math.round(((v.getTime() - EPOCH) / 86_400_000) * 1e6) / 1e6;
  if (typeof v === "object") {
    if ("formula" in v || "sharedFormula" in v) {
      const r = (v as ExcelJS.CellFormulaValue).result;
      // A formula whose result is the empty string may be stored with no value at all.
      return r === undefined || r === null ? "" : scalarOf(r as ExcelJS.CellValue);
    }
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("error" in v) return new XlError(String(v.error));
    if ("text" in v) return String((v as { text: unknown }).text);
  }
  return v as XlValue;
}

/** A cell's value as a spreadsheet shows it (exceljs leaves a formula's falsy result out of `value`). */
export function cellScalar(cell: ExcelJS.Cell): XlValue {
  if (cell.type === ExcelJS.ValueType.Formula) {
    const r = cell.result as ExcelJS.CellValue;
    return r === undefined || r === null ? "" : scalarOf(r);
  }
  return scalarOf(cell.value);
}

/** The formula text a cell holds (no "="), or null. */
export function formulaOf(cell: ExcelJS.Cell): string | null {
  const v = cell.value as ExcelJS.CellValue;
  if (v && typeof v === "object" && "formula" in v) return (v as ExcelJS.CellFormulaValue).formula;
  if (v && typeof v === "object" && "sharedFormula" in v) return cell.formula ?? null;
  return null;
}

/** Every cell of a sheet that holds something, by A1 address ("B3"), as test/support/excelFormula takes them. */
export function sheetCells(ws: ExcelJS.Worksheet): Cells {
  const cells: Cells = {};
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cellScalar(cell);
      if (v !== null) cells[cell.address] = v;
    }),
  );
  return cells;
}

/**
 * The workbook's defined names by the cells they refer to ("'说明'!$B$3"), and those cells' values
 * keyed sheet-qualified ("'说明'!B3"): the `names` option and part of the cells of excelFormula's evaluate.
 */
export function definedNames(wb: ExcelJS.Workbook): { names: Record<string, string>; cells: Cells } {
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  const names: Record<string, string> = {};
  const cells: Cells = {};
  for (const { name, ranges } of model) {
    const { sheet, from, to } = parseRange(ranges[0]);
    const ws = sheet === undefined ? undefined : wb.getWorksheet(sheet);
    if (!ws) throw new Error(`name ${name} refers to ${ranges[0]}, which is on no sheet of the workbook`);
    names[name] = ranges[0];
    for (let r = from.row; r <= to.row; r++)
      for (let c = from.col; c <= to.col; c++) {
        const v = cellScalar(ws.getCell(r, c));
        if (v !== null) cells[`${sheetRef(ws.name)}!${cellAddress(c, r)}`] = v;
      }
  }
  return { names, cells };
}
