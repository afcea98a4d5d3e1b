/**
 * Shared pieces of every sheet builder: the names and colours the workbook uses, and a table layout
 * that turns a column header into the A1 reference of the same row (`K{r}`), so formulas are written
 * against headers and never against hand-counted letters.
 */
import { columnLetter, parseAddress } from "./a1";
import type { ColumnPlan, DualFormula } from "./plan";

/** The workbook's report date (one input cell): blank 截至日期 cells use it (docs/WORKBOOK.md). */
export const REPORT_DATE_NAME = "DB_ReportDate";
/** The report date as a time point (a year = its end, 2024.5 ≈ mid-2024), computed natively beside it for the reader. */
export const REPORT_POINT_NAME = "DB_ReportPoint";

/** The status and tab colours live with every other colour in fills.ts; re-exported for the sheet builders. */
export { STATUS_STYLE, TAB_COLOR } from "./fills";

/** Stable Excel table name from parts: letters, digits and underscores only. */
export function tableName(...parts: string[]): string {
  return ["DB", ...parts].join("_").replace(/[^A-Za-z0-9_]/g, "_");
}

/** The same formula in both forms (native formulas that need no add-in). */
export function sameInBothForms(formula: string): DualFormula {
  return { addin: formula, portable: formula };
}

export class TableLayout {
  private readonly letters = new Map<string, string>();
  readonly headerRow: number;
  readonly firstDataRow: number;

  constructor(
    readonly anchor: string,
    columns: Pick<ColumnPlan, "header">[],
  ) {
    const { col, row } = parseAddress(anchor);
    columns.forEach((c, i) => this.letters.set(c.header, columnLetter(col + i)));
    this.headerRow = row;
    this.firstDataRow = row + 1;
  }

  letter(header: string): string {
    const l = this.letters.get(header);
    if (!l) throw new Error(`no column "${header}" in this table`);
    return l;
  }

  /** `K{r}`: the cell of this column in the formula's own row. */
  cell(header: string): string {
    return `${this.letter(header)}{r}`;
  }

  /** `$K{r}`: column-absolute, for conditional formats applied over several columns. */
  rowCell(header: string): string {
    return `$${this.letter(header)}{r}`;
  }

  /** `$K{first}:$K{last}`: the column's data rows, for totals. */
  span(header: string): string {
    const l = this.letter(header);
    return `$${l}{first}:$${l}{last}`;
  }
}
