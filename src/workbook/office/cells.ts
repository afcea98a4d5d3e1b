/**
 * What the office.js renderer assigns to a cell for a plan value. Everything goes through
 * `Range.formulas` (a formula where the plan has one, a constant otherwise), so one 2-D array writes
 * a whole block. Strings get Excel's text prefix where Excel would read them as something else
 * (../text.ts): catalog text never becomes a formula, a number or a date.
 */
import { serialFromYmd } from "../../core/dates";
import { fillRow } from "../a1";
import type { CellValue, DualFormula, FormulaForm } from "../plan";
import { asExcelText } from "../text";

export type ExcelInput = string | number | boolean;

export function isDualFormula(v: unknown): v is DualFormula {
  return typeof v === "object" && v !== null && "addin" in v && "portable" in v;
}

export function dateSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return serialFromYmd(y, m, d);
}

export function literalInput(v: CellValue | undefined): ExcelInput {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return dateSerial(v.date);
  if (typeof v === "string") return asExcelText(v);
  return v;
}

/** The formula of the chosen form, or the engine's value where the portable form has none. */
export function formulaInput(
  f: DualFormula,
  form: FormulaForm,
  vars: { r?: number; first?: number; last?: number },
): ExcelInput {
  const text = form === "addin" ? f.addin : f.portable;
  if (text === null) return literalInput(f.value);
  const t = fillRow(text, vars).trim();
  return t.startsWith("=") ? t : `=${t}`;
}

export function cellInput(
  v: CellValue | DualFormula | undefined,
  form: FormulaForm,
  vars: { r?: number; first?: number; last?: number },
): ExcelInput {
  return isDualFormula(v) ? formulaInput(v, form, vars) : literalInput(v);
}
