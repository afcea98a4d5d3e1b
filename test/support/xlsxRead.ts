/** Reading .xlsx files back in tests: cell values as plain scalars, defined names, formulas as written. */
import ExcelJS from "exceljs";
import { parseAddress } from "../../src/workbook/a1";
import { EMPTY, type Scalar, type Value, XlError } from "./formulaEval";

const EPOCH = Date.UTC(1899, 11, 30);

export async function loadXlsx(data: Uint8Array | Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb;
}

/** A cell's value as a spreadsheet shows it: formulas by their cached result, dates as serials. */
export function scalarOf(v: ExcelJS.CellValue): Scalar {
  if (v === null || v === undefined) return EMPTY;
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
  return v as Scalar;
}

/** A cell's value as a spreadsheet shows it (exceljs leaves a formula's falsy result out of `value`). */
export function cellScalar(cell: ExcelJS.Cell): Scalar {
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

/** Workbook names → their value (one cell) or values (a range), read from the workbook itself. */
export function nameResolver(wb: ExcelJS.Workbook): (name: string) => Value {
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  const byName = new Map(model.map((d) => [d.name.toLowerCase(), d.ranges[0]]));
  return (name) => {
    const range = byName.get(name.toLowerCase());
    if (!range) return new XlError("#NAME?", `no name ${name}`);
    const bang = range.lastIndexOf("!");
    const sheet = range
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    const ws = wb.getWorksheet(sheet);
    if (!ws) return new XlError("#REF!", `no sheet ${sheet}`);
    const [a, b] = range
      .slice(bang + 1)
      .replace(/\$/g, "")
      .split(":");
    if (!b) return cellScalar(ws.getCell(a));
    const from = parseAddress(a);
    const to = parseAddress(b);
    const rows: Scalar[][] = [];
    for (let r = from.row; r <= to.row; r++) {
      const row: Scalar[] = [];
      for (let c = from.col; c <= to.col; c++) row.push(cellScalar(ws.getCell(r, c)));
      rows.push(row);
    }
    return rows;
  };
}
