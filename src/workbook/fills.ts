/**
 * Every colour the workbook uses, in one table for both renderers. Colours are "#RRGGBB", the form
 * office.js takes (RangeFill.color); the .xlsx renderer writes them as ARGB through `argb()`
 * (ECMA-376 Part 1, CT_Color's `rgb` attribute: alpha, red, green, blue in hex).
 */

/** Fills of header and input cells: a user sees where to type. */
export const CELL_FILL = {
  /** Header of a column the catalog or a formula owns. */
  header: "#D9E1F2",
  /** Header of an input column. */
  inputHeader: "#FFE699",
  /** Input cells (actual value, as-of date, application rows). */
  input: "#FFF2CC",
} as const;

/** Font of a value written where the portable form has no native formula (grey italics). */
export const VALUE_FONT_COLOR = "#7F7F7F";

/** Excel's own good/neutral/bad cell styles: readable in light and dark Office themes (contrast ≥ 4.5:1). */
export const STATUS_STYLE = {
  滞后: { fill: "#FFC7CE", fontColor: "#9C0006" },
  预警: { fill: "#FFEB9C", fontColor: "#9C5700" },
  已达标: { fill: "#C6EFCE", fontColor: "#006100" },
} as const;

export const TAB_COLOR = {
  indicators: "#2F5597",
  tasks: "#548235",
  rules: "#BF8F00",
  calculator: "#C55A11",
  bank: "#7030A0",
  about: "#595959",
} as const;

/** "#D9E1F2" → "FFD9E1F2", the opaque ARGB form a .xlsx file stores. */
export function argb(hex: string): string {
  return "FF" + hex.replace(/^#/, "").toUpperCase();
}
