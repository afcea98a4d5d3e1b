/**
 * What the import view (./ImportSection.tsx) needs from where the pane runs: inside Excel it reads the
 * selection and writes into the open workbook; on the web page it downloads an .xlsx. Types only, so
 * the pane's chunk carries none of the import's code until the user opens it.
 */
import type { CellGrid } from "../../core/recognize/types";
import type { Catalog } from "../../core/schema";
import type { FormulaForm } from "../../workbook/plan";

/** A table to recognize, and where it came from (for cell addresses in the review list). */
export interface TableInput {
  table: string | CellGrid;
  /** The selection's first cell (row 1-based, column 0-based), when the table is a sheet range. */
  origin?: { sheet?: string; row: number; column: number };
  name?: string;
  document?: string;
}

/** The selected range as Excel shows it. */
export interface SelectionTable {
  sheet: string;
  /** e.g. Sheet1!B3:H20 */
  address: string;
  /** First row (1-based) and column (0-based) of the range. */
  row: number;
  column: number;
  /** Displayed text of every cell (Range.text), so 6% reads as shown. */
  text: string[][];
}

export interface ApplyOptions {
  form: FormulaForm;
  reportDate: string;
}

export interface Importer {
  mode: "excel" | "web";
  /** The catalog a new source is checked against and merged into: built-in plus the workbook's user sources. */
  baseCatalog(): Promise<Catalog>;
  /** Excel only: the selected range. */
  readSelection?(): Promise<SelectionTable>;
  /**
   * Writes the merged catalog's new sources (and the sources the workbook already holds) into the
   * workbook, or downloads them (web). Returns what was done, one line, 中文 / English.
   */
  apply(catalog: Catalog, newSourceIds: string[], options: ApplyOptions): Promise<string>;
}
