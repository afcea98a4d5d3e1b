/**
 * The workbook plan: pure data describing what a workbook should contain (sheets, tables, headers,
 * values, formulas in both forms, number formats, validation, conditional formats, named cells, the
 * embedded catalog). One plan feeds two renderers: office.js (the task pane, into the open workbook)
 * and .xlsx (exceljs: the CLI, the web page, portable copies). No office.js, no exceljs here.
 *
 * Addresses are A1 strings relative to the sheet. A row formula is written for the table's first data
 * row with the placeholder `{r}` for the row number (e.g. `=POLICY.GAPTOTARGET(K{r},I{r},E{r})`), so it
 * renders the same in Excel, exceljs and LibreOffice (no structured references).
 */

/** Which form of every computed cell a renderer writes. */
export type FormulaForm = "addin" | "portable";

/** A computed cell in both forms. `portable` is a native formula, or null when none exists (then the
 *  renderer writes `value` and marks the cell as a value, see `portableNote`). */
export interface DualFormula {
  addin: string;
  portable: string | null;
  /** The value computed by the engine, for the portable form when `portable` is null. */
  value?: CellValue;
  portableNote?: string;
}

/** A literal cell value. Strings are always written as text (never parsed as a formula). */
export type CellValue = string | number | boolean | null | { date: string /* ISO YYYY-MM-DD */ };

export type ColumnRole =
  /** Owned by the catalog: rewritten on re-inject, locked where Excel allows. */
  | "catalog"
  /** Typed by the user (actual value, as-of date, application rows): kept on re-inject, marked visibly. */
  | "input"
  /** A formula over the row's own cells. */
  | "computed";

export type Validation =
  | { kind: "list"; values: string[] }
  /** A list from a range, e.g. `'规则'!$A$2:$A$40` or a named range. */
  | { kind: "listRange"; source: string }
  | { kind: "decimal"; min?: number; max?: number }
  | { kind: "wholeNumber"; min?: number; max?: number }
  /**
   * A custom rule: a boolean formula for the column's first data row, with `{r}` (relative
   * references follow each cell, as Excel reads a validation formula from the range's top-left cell).
   * Native functions only, ≤255 characters (Excel's limit for a validation formula). `error` is the
   * message shown when a value is refused ("中文 / English"): it must describe exactly what the
   * formula accepts.
   */
  | { kind: "custom"; formula: string; error: string };

export interface ColumnPlan {
  header: string;
  role: ColumnRole;
  /** Excel number format, e.g. "0.00", "0.0%", "yyyy-mm-dd", "@" for text. */
  numberFormat?: string;
  /** Column width in characters. */
  width?: number;
  validation?: Validation;
  /** For computed columns: the row formula (with `{r}`) in both forms. */
  formula?: DualFormula;
  /** Input prompt / header note shown to the user. */
  note?: string;
}

export interface RowPlan {
  /** Stable key for re-inject matching (the catalog ID, or a row key for input tables). */
  key: string;
  /** Values by column header. Computed columns may carry a per-row formula overriding the column's. */
  values: Record<string, CellValue | DualFormula>;
}

export interface ConditionalFormatPlan {
  /** Headers of the columns the format applies to (over all data rows); empty = the whole row. */
  columns: string[];
  /**
   * Boolean formula for the first data row, with `{r}`; native functions only, never POLICY.*, in
   * both forms, at most 255 characters (MAX_CF_FORMULA). The logic lives in cells, the rule compares
   * a cell: `portable` compares the row's native computed cell (e.g. `$Q{r}="滞后"`); `addin` must
   * not depend on a POLICY cell (the add-in may be absent), so it compares the row's native helper
   * column (e.g. 状态（原生）, see highlight.ts). Renderers pick by form.
   */
  formula: DualFormula;
  fill: string; // #RRGGBB
  fontColor?: string;
  /** What it means, e.g. 滞后 (shown in the legend). */
  label: string;
}

export interface TablePlan {
  /** Stable Excel table name (letters, digits, underscore), unique in the workbook. */
  name: string;
  /** Top-left cell of the header row, e.g. "A3". */
  anchor: string;
  columns: ColumnPlan[];
  rows: RowPlan[];
  /** Header of the column whose value is the row key (usually "ID"). */
  keyColumn: string;
  /**
   * A composite key — the row key is these columns' values joined by
   * "|" (e.g. 银行|考评项ID on the bank evaluation's detail table); `keyColumn` is then the first.
   */
  keyColumns?: string[];
  conditionalFormats: ConditionalFormatPlan[];
  /** Extra empty rows for the user to type into (application calculator). */
  blankRows?: number;
  /** A totals row (SUM etc.), formulas per header with `{first}`/`{last}` data rows. */
  totals?: Record<string, DualFormula | CellValue>;
  /**
   * Workbook-level names for columns' data cells, so formulas and list
   * validations on other sheets never spell a sheet name (the office.js renderer may suffix sheet
   * names on collision). The name refers to the column's cells from the first data row through the
   * last data row (blank rows included) plus `extraRows` more (room for rows a user adds), as an
   * absolute reference, e.g. `DB_RuleIds` → `'奖补规则'!$A$4:$A$30`.
   */
  names?: TableNamePlan[];
  /** Native data bars (a conditional format drawing a bar in each cell of a column), see DataBarPlan. */
  dataBars?: DataBarPlan[];
}

/**
 * A data bar over one column's data cells, scaled from 0 to 1 (a share: 完成进度, 完成率): a value at
 * or beyond 1 fills the cell, so bars compare across rows and sheets. Native, needs no add-in.
 */
export interface DataBarPlan {
  /** Header of the column. */
  column: string;
  color: string; // #RRGGBB
}

/**
 * How a sheet prints (docs/WORKBOOK.md, "Printing"): A4 landscape, one page wide, rows 1…titleRows
 * repeated on every page (the title, the live report date and the table header), the title in the page
 * header and page numbers in the footer.
 */
export interface PrintPlan {
  orientation: "landscape" | "portrait";
  paper: "A4";
  /** Pages wide (tall is as many as needed). */
  fitToWidth: number;
  /** Rows 1…titleRows repeat at the top of every page. */
  titleRows: number;
  /** Centre of the page header (plain text; & is escaped by the renderers). */
  header: string;
}

/** A workbook-level name over one column of a table, see TablePlan.names. */
export interface TableNamePlan {
  name: string;
  /** Header of the column. */
  column: string;
  extraRows?: number;
}

/** A free cell outside tables: a title, a legend, the report date, a note. */
export interface CellPlan {
  address: string;
  value: CellValue | DualFormula;
  role: ColumnRole;
  numberFormat?: string;
  bold?: boolean;
  /** A workbook-level name for this cell (e.g. DB_ReportDate). */
  name?: string;
}

export interface SheetPlan {
  /** Stable key: what this sheet is (e.g. `indicators:DY-MFG-2024`, `rules`, `bank:HS-BANK-2024`). */
  key: string;
  /** Preferred name (≤31 chars); the renderer suffixes it when a user sheet already has it. */
  name: string;
  kind: "indicators" | "tasks" | "rules" | "calculator" | "bank" | "catalog" | "about" | "checkins" | "summary";
  cells: CellPlan[];
  tables: TablePlan[];
  /** Rows frozen at the top (the header row of the first table). */
  freezeRows: number;
  /**
   * Protect the sheet (no password), so catalog-owned cells are locked against accidental edits;
   * input cells stay unlocked; filtering is allowed, sorting is not. Excel sorts a protected sheet
   * only where every cell is unlocked and never grows a table there, so a sheet people sort or add
   * rows to is left unprotected (docs/WORKBOOK.md, "Protection").
   */
  protect: boolean;
  hidden?: boolean;
  tabColor?: string;
  print?: PrintPlan;
}

export interface WorkbookPlan {
  /** Catalog version the plan was built from (stored in the workbook). */
  catalogVersion: string;
  /** Source IDs included. */
  sources: string[];
  sheets: SheetPlan[];
  /** The embedded catalog as JSON (stored in a hidden sheet and/or custom XML part by renderers). */
  embeddedCatalog: string;
  /**
   * The form the plan was built for (buildPlan's option). Both forms of
   * every computed cell are always in the plan; this records the intended one (a renderer's own
   * option wins), and the about sheet's text matches it.
   */
  form?: FormulaForm;
}
