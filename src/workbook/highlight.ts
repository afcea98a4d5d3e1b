/**
 * Highlights that work without the add-in (docs/WORKBOOK.md, "Highlighting"), with rules short enough for Excel.
 *
 * Excel limits a conditional-format formula to 255 characters; a native status condition written
 * inline runs to several hundred. So the logic lives in cells and the rule compares a cell:
 * - in the portable form the computed column (状态, 结果) is itself native: the rule compares it;
 * - in the add-in form that column is a POLICY formula (#NAME? where the add-in is not loaded), so
 *   the table carries a native helper column right after it (状态（原生）, 结果（原生）): the POLICY
 *   cell's label when it has one, else the same label computed with native functions. The rule
 *   compares the helper, so the colours are right with the add-in, and without it (a colleague's
 *   Excel, WPS, LibreOffice), where the helper also shows the status the POLICY column cannot.
 *   In the portable form the helper repeats the computed cell, so both forms have the same columns.
 */
import type { DualFormula } from "./plan";

/** Excel's limit on the length of a conditional-format formula. */
export const MAX_CF_FORMULA = 255;

/** Header of the native helper column placed after `header` (状态 → 状态（原生）). */
export function nativeHeader(header: string): string {
  return `${header}（原生）`;
}

/**
 * The helper cell: the POLICY cell's label when it holds text (the add-in computed it), else the
 * native formula (without the leading "="). Portable form: the computed cell, already native.
 */
export function nativeHelperFormula(policyCell: string, native: string): DualFormula {
  return { addin: `=IF(ISTEXT(${policyCell}),${policyCell},${native})`, portable: `=${policyCell}` };
}

/** A rule comparing a cell with a label; an error in the cell leaves the row uncoloured. */
export function labelIs(cell: string, label: string): string {
  return `${cell}="${label.replace(/"/g, '""')}"`;
}
